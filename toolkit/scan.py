"""Run a costly pattern only where it can match: near the literal words it needs.

Many extraction patterns can only match around a word they contain ("CLP", "Commission",
"onference"). Scanning a whole report with each of them costs far more than finding those
words with ``str.find`` and scanning short stretches around them. :func:`near` gives the
stretches, merged so that none overlap; :func:`finditer_near` yields what ``finditer``
over the whole text would, provided every match lies within ``before`` characters before
and ``after`` characters after one of the words (look-behinds still see the text before
a stretch). Tests check the equivalence on the gold texts for each pattern used this way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def around(anchors: Iterable[tuple[int, int]], n: int, before: int, after: int) -> list[tuple[int, int]]:
    """Merged stretches reaching ``before`` characters before and ``after`` after each
    ``(start, end)`` anchor, clipped to ``0..n``."""
    out: list[tuple[int, int]] = []
    for s, e in sorted((max(0, s - before), min(n, e + after)) for s, e in anchors):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def near(text: str, words: Iterable[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged ``(start, end)`` stretches of ``text`` around every occurrence of ``words``."""
    anchors = []
    for w in words:
        i = text.find(w)
        while i >= 0:
            anchors.append((i, i + len(w)))
            i = text.find(w, i + 1)
    return around(anchors, len(text), before, after)


def finditer_in(rx: re.Pattern, text: str, stretches: Iterable[tuple[int, int]]) -> Iterator[re.Match]:
    """``rx.finditer`` over each stretch of ``text`` in turn (the stretches do not overlap)."""
    for s, e in stretches:
        yield from rx.finditer(text, s, e)


def finditer_near(rx: re.Pattern, text: str, words: Iterable[str], before: int, after: int) -> Iterator[re.Match]:
    """``rx.finditer(text)``, read only around ``words`` (see the module's note)."""
    return finditer_in(rx, text, near(text, words, before, after))


class Gated:
    """A case-insensitive pattern with the words (lower case) one of which every match
    contains: a text holding none of them is not searched. Pass the text's lower case as
    ``low`` when it is at hand. Every instance is listed in :data:`GATED` for the tests."""

    def __init__(self, rx: re.Pattern, words: Iterable[str]):
        self.rx = rx
        self.words = tuple(words)
        GATED.append(self)

    def _open(self, text: str, low: str | None) -> bool:
        low = text.lower() if low is None else low
        return any(w in low for w in self.words)

    def search(self, text: str, low: str | None = None) -> re.Match | None:
        return self.rx.search(text) if self._open(text, low) else None

    def finditer(self, text: str, low: str | None = None) -> Iterator[re.Match]:
        return self.rx.finditer(text) if self._open(text, low) else iter(())


GATED: list[Gated] = []
