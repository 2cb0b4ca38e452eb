"""Shortcuts taken for speed give the same results as the plain scans they replace.

Each check runs on every text of the gold corpus and the sample corpus, plus texts made
to sit at the shortcut's edges, so a pattern edited later without its shortcut fails here.
"""

import re
from pathlib import Path

import pytest

import toolkit.dates as D
from toolkit import patterns as P
from toolkit.extract import bodies as B
from toolkit.extract import meetings as M
from toolkit.reference import compile_outcomes, load_reference
from toolkit.scan import finditer_near, near

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "gold").glob("*/*.txt"))]
TEXTS += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]
EDGES = [
    "Tuesday,   29th  to  the 30th of   September 2020 was the date",
    "the Equalities, Disputes, Organisation, Procedures and Finance Sub-Committees met",
    "Bermondsey and Old Southwark Constituency Labour Party General Committee",
    "The Welsh Labour Democracy, Justice and Work Policy Commission; NEC Home Policy Committee",
    "Labour North West Regional Executive Committee, Special Scottish Labour Conference, the NECs",
    "x" * 500 + " the Yorkshire REC of 12 March " + "y" * 500,
    "Last year she was elected to the ",  # (a pattern read on the words before a body, to their end)
]


def _spans(it):
    return [(m.start(), m.end(), m.groupdict()) for m in it]


def test_corpus_is_there():
    assert len(TEXTS) >= 50


def test_near_merges_and_clips():
    assert near("abc CLP def CLP", ["CLP"], 2, 2) == [(2, 9), (10, 15)]
    assert near("abc CLP def CLP", ["CLP"], 3, 3) == [(1, 15)]
    assert near("CLP" + " " * 20 + "CLP", ["CLP"], 1, 1) == [(0, 4), (22, 26)]
    assert near("nothing here", ["CLP"], 5, 5) == []


@pytest.mark.parametrize("name", sorted(B.NEAR))
def test_body_patterns_read_near_their_words(name):
    rx = getattr(B, name)
    words, before, after = B.NEAR[name]
    for text in TEXTS + EDGES:
        assert _spans(finditer_near(rx, text, words, before, after)) == _spans(rx.finditer(text)), name


MEETING_EDGES = [
    "- \t December    Regional   Board: in Leeds; Wednesday's Sub-committee; the\n\nnew Executive; our CAC",
    "the Policy Task Force met; the Democracy Review Working Party met; a sub-group; Sub Group",
    "x" * 200 + " Last week's September. Forum " + "y" * 200 + " the Boards and the SECs",
]
DATE_EDGES = [
    "We met  on   Tuesday the 3rd and again the following\n\nMonday's meeting; Dydd Sadwrn",
    "the ( Saturday) (Sunday), a Friday evening and Friday lunchtime; SAT 14TH MAY; Mon 3RD",
    "a   fortnight ago, two weeks ago, earlier this month, the following year's plan",
    "the late summer of 2019, the early autumn; winter, last spring",
    "Today, yesterday, this afternoon, last weekend, tonight; on Weds. the 4th of",
    "x" * 300 + " last Tuesday " + "y" * 300 + " next week " + "z" * 300,
]


@pytest.mark.parametrize("name", sorted(M.NEAR))
def test_meeting_patterns_read_near_their_words(name):
    rx = getattr(M, name)
    words, before, after = M.NEAR[name]
    hits = 0
    for text in TEXTS + EDGES + MEETING_EDGES:
        fast = _spans(finditer_near(rx, text, words, before, after))
        assert fast == _spans(rx.finditer(text)), name
        hits += len(fast)
    assert hits > 20


def test_sub_groups_need_their_words():
    hits = 0
    for text in TEXTS + MEETING_EDGES:
        for m in M.SUB_GROUP.finditer(text):
            assert any(w in m.group(0) for w in M._SUB_GROUP_NEEDS), m.group(0)
            hits += 1
    assert hits > 5


def test_dates_read_near_month_words(monkeypatch):
    """Date patterns run only near a month word, or near another word they need (a weekday,
    an ordinal, "week", a season), find what they find over the whole text."""
    texts = TEXTS + EDGES + DATE_EDGES
    fast = [D.find_dates(t) for t in texts]
    monkeypatch.setattr(D, "_NEEDS_MONTH", frozenset())
    monkeypatch.setattr(D, "_NEEDS_WORD", {})
    monkeypatch.setattr(D, "_PREFILTER", {})
    monkeypatch.setattr(D, "_CAPS_GATE", re.compile(""))
    slow = [D.find_dates(t) for t in texts]
    assert fast == slow
    assert sum(map(len, fast)) > 500


def test_every_trigger_match_holds_one_of_its_needed_words():
    """The ``needs`` column of outcomes.csv: each match of a trigger contains one of its
    words (checked on every sentence-sized piece of the corpus and on the notes' examples)."""
    ref = load_reference()
    vocab = compile_outcomes(ref.outcomes)
    notes = " . ".join(r.get("note", "") for r in ref.outcomes)
    checked = 0
    for (outcome, rx), needs in zip(vocab.triggers, vocab.trigger_needs, strict=True):
        assert needs, f"a trigger of {outcome} has no needed words: {rx.pattern}"
        for text in TEXTS + [notes]:
            for m in rx.finditer(text):
                assert any(w in m.group(0).lower() for w in needs), (rx.pattern, m.group(0), needs)
                checked += 1
    assert checked > 500


def test_month_word_pattern_is_the_month_grammar():
    assert P.MONTH_WORD.pattern == P._MONTH


def test_gated_patterns_match_only_where_their_words_are():
    import toolkit.extract.meetings  # noqa: F401  (defines its gated patterns)
    from toolkit.scan import GATED

    assert len(GATED) >= 4
    for g in GATED:
        hits = 0
        for text in TEXTS + EDGES:
            for m in g.rx.finditer(text):
                assert any(w in m.group(0).lower() for w in g.words), (g.rx.pattern[:60], m.group(0))
                hits += 1
        assert hits > 0, g.rx.pattern[:60]


def test_sentence_ends_without_emoji_are_the_same():
    """A block with no emoji is split with _SENT_END_PLAIN: the matches _SENT_END finds there."""
    from toolkit import segment as S

    checked = 0
    for text in TEXTS + EDGES:
        for block in text.split("\n\n"):
            if S._EMOJI_CHAR.search(block):
                continue
            assert _spans(S._SENT_END_PLAIN.finditer(block)) == _spans(S._SENT_END.finditer(block))
            checked += 1
    assert checked > 500
