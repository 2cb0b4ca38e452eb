"""Determinism and evidence: the same input gives the same files; a new document changes
no existing id; every span points at its quote.

Checked on the seed build (``data/raw``, the five seeds, with the project's reference
data) and on a build of the bad-input folder (``fixtures.bad_inputs``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from conftest import RAW
from fixtures.bad_inputs import GOOD, write_bad_folder

from toolkit.pipeline import build

NEW_REPORT = """NEC report: July 2020

The National Executive Committee met on 21 July 2020.

The NEC agreed the timetable for the selection of candidates for the mayoral elections.
"""


def output_files(out: Path) -> dict[str, bytes]:
    """Every CSV table and text file of a build, by path relative to ``out``."""
    files = sorted(out.glob("*.csv")) + sorted((out / "text").glob("*.txt"))
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in files}


def assert_same_files(a: Path, b: Path) -> None:
    fa, fb = output_files(a), output_files(b)
    assert sorted(fa) == sorted(fb)
    assert any(name.startswith("text/") for name in fa)
    differ = [name for name in fa if fa[name] != fb[name]]
    assert not differ, f"files differ between two builds of the same input: {differ}"


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory):
    """The bad-input folder built once: ``(corpus, raw, out)``."""
    raw = write_bad_folder(tmp_path_factory.mktemp("bad-raw"))
    out = tmp_path_factory.mktemp("bad-build")
    return build(raw, out), raw, out


# --- the same input gives the same files -----------------------------------------------------

def test_two_builds_of_the_seeds_are_byte_identical(seed_build, tmp_path):
    _, out = seed_build
    build(RAW, tmp_path / "again")
    assert_same_files(out, tmp_path / "again")


def test_two_builds_of_the_bad_folder_are_byte_identical(bad_build, tmp_path):
    _, raw, out = bad_build
    build(raw, tmp_path / "again")
    assert_same_files(out, tmp_path / "again")


def test_rebuilding_over_an_old_build_gives_the_same_files(tmp_path):
    build(RAW, tmp_path / "fresh")
    build(RAW, tmp_path / "twice")
    build(RAW, tmp_path / "twice")  # reads the first build's mentions for redirects
    assert_same_files(tmp_path / "fresh", tmp_path / "twice")


# --- every span points at its quote ------------------------------------------------------------

def assert_spans_hold(corpus, out: Path) -> int:
    """For every evidence row, text/DOC_ID.txt[char_start:char_end] is its quote; return
    the number of spans checked."""
    texts: dict[str, str] = {}

    def text_of(doc_id: str) -> str:
        if doc_id not in texts:
            texts[doc_id] = (out / "text" / f"{doc_id}.txt").read_text(encoding="utf-8")
        return texts[doc_id]

    checked = 0
    for table, column in (("decisions", "text"), ("appearances", "quote"),
                          ("meeting_mentions", "quote")):
        df = getattr(corpus, table)
        if "evidence" in df.columns:
            manifest_rows = df[df["evidence"] == "manifest"]
            assert manifest_rows["char_start"].isna().all(), f"{table}: manifest rows have no span"
            assert (manifest_rows[column] == "").all()
            df = df[df["evidence"] == "text"]
        for r in df.itertuples():
            start, end = int(r.char_start), int(r.char_end)
            assert 0 <= start < end <= len(text_of(r.doc_id)), (table, r)
            assert text_of(r.doc_id)[start:end] == getattr(r, column), (table, r)
            checked += 1
    for r in corpus.reports.itertuples():
        assert 0 <= r.char_start < r.char_end <= len(text_of(r.doc_id)), r
    return checked


def test_spans_hold_on_the_seed_build(seed_build):
    corpus, out = seed_build
    assert assert_spans_hold(corpus, out) > 50
    assert len(corpus.decisions) and len(corpus.appearances)


def test_spans_hold_on_the_bad_folder_build(bad_build):
    corpus, _, out = bad_build
    assert assert_spans_hold(corpus, out) > 20
    assert (corpus.decisions["evidence"] == "text").any()


# --- adding a document keeps every existing id -------------------------------------------------

def _copy_seeds(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    return raw


def _bad_folder(tmp_path: Path) -> Path:
    return write_bad_folder(tmp_path / "raw")


def assert_ids_kept(before, after) -> None:
    """What adding a document may not change."""
    keep = ["doc_id", "path", "sha256", "status", "n_chars", "duplicate_of"]
    old_docs = before.documents[keep].set_index("doc_id")
    new_docs = after.documents[keep].set_index("doc_id")
    assert set(old_docs.index) <= set(new_docs.index)
    pd.testing.assert_frame_equal(old_docs, new_docs.loc[old_docs.index])
    for table, column in (("decisions", "decision_id"), ("appearances", "appearance_id"),
                          ("reports", "report_id")):
        lost = set(getattr(before, table)[column]) - set(getattr(after, table)[column])
        assert not lost, f"{table}: ids lost by adding a document: {sorted(lost)[:5]}"
    redirects = dict(zip(after.meeting_redirects["old_id"], after.meeting_redirects["new_id"],
                         strict=True))
    now = set(after.meetings["meeting_id"])
    for mid in before.meetings["meeting_id"]:
        assert mid in now or redirects.get(mid) in now, f"meeting {mid} vanished without a redirect"


@pytest.mark.parametrize("make_raw", [
    pytest.param(_copy_seeds, id="seeds"),
    pytest.param(_bad_folder, id="bad-folder"),
])
def test_adding_a_document_keeps_every_existing_id(make_raw, tmp_path):
    raw = make_raw(tmp_path)
    out = tmp_path / "out"
    before = build(raw, out)
    old_texts = {p.name: p.read_bytes() for p in (out / "text").iterdir()}
    (raw / "zzz-new-report.txt").write_text(NEW_REPORT, encoding="utf-8")
    after = build(raw, out)
    assert len(after.documents) == len(before.documents) + 1
    assert after.documents.set_index("path").loc["zzz-new-report.txt", "status"] == "ok"
    assert_ids_kept(before, after)
    for name, data in old_texts.items():
        assert (out / "text" / name).read_bytes() == data


def test_a_more_precise_date_redirects_the_old_meeting_id(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("NEC report: July 2020\n\nThe NEC met in July 2020. "
                               "The NEC agreed the budget.\n", encoding="utf-8")
    out = tmp_path / "out"
    before = build(raw, out)
    assert "nec-2020-07" in set(before.meetings["meeting_id"])
    (raw / "b.txt").write_text(NEW_REPORT, encoding="utf-8")
    after = build(raw, out)
    assert_ids_kept(before, after)
    if "nec-2020-07" not in set(after.meetings["meeting_id"]):
        redirects = after.meeting_redirects
        assert redirects.loc[redirects["old_id"] == "nec-2020-07", "new_id"].tolist() == [
            "nec-2020-07-21"]


def test_a_day_from_another_report_keeps_the_month_meeting_and_its_ids(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("NEC report: July 2020\n\nBy Jane Example\n\nThe NEC met in "
                               "July 2020. The NEC agreed the budget.\n", encoding="utf-8")
    out = tmp_path / "out"
    before = build(raw, out)
    authors = before.appearances[before.appearances["role"] == "author"]
    assert list(authors["meeting_id"]) == ["nec-2020-07"]
    (raw / "b.txt").write_text(NEW_REPORT, encoding="utf-8")
    after = build(raw, out)
    # report a still dates its meeting to the month; it points to the day report b gives
    m = after.meetings.set_index("meeting_id")
    assert m.loc["nec-2020-07", "same_as"] == "nec-2020-07-21" and m.loc["nec-2020-07", "date"] == "2020-07"
    kept = after.appearances[after.appearances["appearance_id"].isin(authors["appearance_id"])]
    assert len(kept) == len(authors) and set(kept["meeting_id"]) == {"nec-2020-07"}
    # the analyses' view folds the two into one meeting with both reports
    one = after.one_row_per_meeting()
    assert "nec-2020-07" not in set(one.meetings["meeting_id"])
    row = one.meetings.set_index("meeting_id").loc["nec-2020-07-21"]
    assert row["n_sources"] == 2 and set(one.appearances["meeting_id"]) >= {"nec-2020-07-21"}
    assert "nec-2020-07" not in set(one.appearances["meeting_id"]) | set(one.decisions["meeting_id"])


def test_adding_an_earlier_copy_keeps_the_existing_document(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "m-report.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    before = build(raw, out)
    (raw / "a-copy.txt").write_text(GOOD, encoding="utf-8")
    after = build(raw, out)
    assert_ids_kept(before, after)


def test_decisions_do_not_depend_on_the_string_hash_seed():
    """Two elected triggers start at one word ("was elected", "was elected vice-chair"):
    which one is kept must not follow the order of a set, which changes between runs."""
    import os
    import subprocess
    import sys

    code = ("from toolkit.extract.decisions import classify_sentence\n"
            "from toolkit.reference import load_reference, compile_outcomes\n"
            "v = compile_outcomes(load_reference(None).outcomes)\n"
            "s = 'Louise was elected vice-chair of the committee, unopposed.'\n"
            "print([(h.trigger_start, h.trigger_end, h.subject) for h in classify_sentence(s, 0, len(s), v)[0]])\n")
    root = Path(__file__).resolve().parent.parent
    got = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root,
                          env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(6)}
    assert len(got) == 1, got
