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


def near(text: str, words: Iterable[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged ``(start, end)`` stretches of ``text`` around every occurrence of ``words``."""
    spans = []
    n = len(text)
    for w in words:
        i = text.find(w)
        while i >= 0:
            spans.append((max(0, i - before), min(n, i + len(w) + after)))
            i = text.find(w, i + 1)
    spans.sort()
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def finditer_near(rx: re.Pattern, text: str, words: Iterable[str], before: int, after: int) -> Iterator[re.Match]:
    """``rx.finditer(text)``, read only around ``words`` (see the module's note)."""
    for s, e in near(text, words, before, after):
        yield from rx.finditer(text, s, e)


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
