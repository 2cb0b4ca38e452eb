"""The seed build shows the behaviour the pipeline issue names (general rules, seen on the seeds)."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest
from conftest import RAW, ROOT


def _meeting(corpus, body, date):
    m = corpus.meetings
    return m[(m["body_id"] == body) & (m["date"] == date)]


def test_archive_page_splits_into_posts_with_titles_and_dates(seed_build):
    corpus, _ = seed_build
    doc = corpus.documents.set_index("path").loc["002_e605f0b03f158327.txt", "doc_id"]
    reports = corpus.reports[corpus.reports["doc_id"] == doc]
    assert len(reports) >= 9
    assert reports["title"].str.len().gt(0).all()
    assert (reports["published"] != "").sum() == 7


def test_one_nec_meeting_of_29_september_2020_from_two_reports(seed_build):
    corpus, _ = seed_build
    m = _meeting(corpus, "nec", "2020-09-29")
    assert len(m) == 1
    row = m.iloc[0]
    assert row["n_sources"] >= 2 and row["status"] == "held"
    docs = corpus.reports.set_index("report_id").loc[list(row["report_ids"]), "doc_id"]
    assert docs.nunique() >= 2


@pytest.mark.parametrize(
    "body,date,status",
    [
        ("nec-org", "2020-10-06", "held"),
        ("nec-equalities", "2020-11-05", "scheduled"),
        ("nec-org", "2020-11-10", "scheduled"),
        ("nec-disputes", "2020-11-10", "scheduled"),
        ("nec", "2020-11-24", "scheduled"),
        ("rec-london", "2019-10-28", "scheduled"),
        ("nec", "2011-11", "held"),
    ],
)
def test_named_meetings_with_status(seed_build, body, date, status):
    corpus, _ = seed_build
    m = _meeting(corpus, body, date)
    assert len(m) == 1, corpus.meetings[corpus.meetings["body_id"] == body][["meeting_id", "status"]]
    assert m.iloc[0]["status"] == status


def test_london_rec_held_in_2019(seed_build):
    corpus, _ = seed_build
    m = corpus.meetings
    held = m[(m["body_id"] == "rec-london") & (m["status"] == "held") & m["date"].str.startswith("2019")]
    assert len(held) >= 1


def test_nec_2011_dated_from_the_manifest(seed_build):
    corpus, _ = seed_build
    mid = _meeting(corpus, "nec", "2011-11").iloc[0]["meeting_id"]
    mentions = corpus.meeting_mentions[corpus.meeting_mentions["meeting_id"] == mid]
    assert set(mentions["date_source"]) == {"manifest"}


def test_seed_003_deferrals_with_targets_and_no_false_one(seed_build):
    corpus, _ = seed_build
    doc = corpus.documents.set_index("path").loc["003_168ffa841ae5a642.txt", "doc_id"]
    d = corpus.decisions[(corpus.decisions["doc_id"] == doc) & (corpus.decisions["outcome"] == "deferred")]
    texts = " || ".join(d["text"])
    assert len(d) == 4, texts
    targets = dict(zip(d["text"].str[:30], d["deferred_to"], strict=True))
    assert any("Gypsy, Roma" in t for t in d["text"])
    assert "the NEC Equalities Committee" in targets.values()
    assert "late November" in targets.values()
    assert "a future meeting" in targets.values()
    body = d.set_index("deferred_to").loc["the 24th November meeting of the NEC"]
    assert body["deferred_to_body_id"] == "nec" and body["deferred_to_date"] == "2020-11-24"
    assert d.set_index("deferred_to").loc["the NEC Equalities Committee", "deferred_to_body_id"] == "nec-equalities"
    assert not d["text"].str.contains("voted not to defer").any()


def test_rejections_read_as_rejections(seed_build):
    corpus, _ = seed_build
    rej = corpus.decisions[corpus.decisions["outcome"] == "rejected"]["text"]
    assert rej.str.contains("narrowly defeated").any()
    assert rej.str.contains("amendments were defeated").any()


def test_every_span_is_exact(seed_build):
    corpus, out = seed_build
    texts = {}
    checked = 0
    for table, col in (("decisions", "text"), ("appearances", "quote"), ("meeting_mentions", "quote")):
        df = getattr(corpus, table)
        if "evidence" in df:
            df = df[df["evidence"] == "text"]
        for _, r in df.iterrows():
            t = texts.setdefault(r["doc_id"], (out / "text" / f"{r['doc_id']}.txt").read_text(encoding="utf-8"))
            assert int(r["char_start"]) < int(r["char_end"])
            assert t[int(r["char_start"]) : int(r["char_end"])] == r[col]
            checked += 1
    assert checked > 100


def test_tables_match_the_registry_and_the_datapackage_validates(seed_build):
    from frictionless import validate

    from toolkit import schema

    corpus, out = seed_build
    for name, df in corpus.tables().items():
        assert list(df.columns) == list(schema.columns(name))
        assert (out / f"{name}.csv").exists() and (out / f"{name}.parquet").exists()
    report = validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_load_round_trips(seed_build):
    import toolkit

    corpus, out = seed_build
    again = toolkit.load(out)
    for name, df in corpus.tables().items():
        other = getattr(again, name)
        assert len(other) == len(df), name
    assert isinstance(again.meetings["report_ids"].iloc[0], list)


def test_authors_and_participants(seed_build):
    corpus, _ = seed_build
    a = corpus.appearances
    part = a[a["participant"]]
    nec929 = _meeting(corpus, "nec", "2020-09-29").iloc[0]["meeting_id"]
    names = set(part[part["meeting_id"] == nec929]["name"])
    assert {"Keir Starmer", "Angela Rayner"} <= names
    assert not a[(a["role"] == "mentioned")]["participant"].any()


def test_cli_build_summary_and_exit_codes(tmp_path):
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "toolkit", "build", str(RAW), "--out", str(out)],
                       capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert r.returncode == 0, r.stderr
    for word in ("documents:", "reports:", "meetings:", "decisions:", "appearances:", "unresolved names:"):
        assert word in r.stdout
    r = subprocess.run([sys.executable, "-m", "toolkit", "build", str(tmp_path / "nope"), "--out", str(out)],
                       capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "not found" in r.stderr
    r = subprocess.run([sys.executable, "-m", "toolkit", "build", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "RAW_DIR" in r.stdout.upper()


def test_manifest_carries_the_seed_facts():
    m = pd.read_csv(RAW / "manifest.csv").fillna("")
    shared = ROOT.parent / "shared" / "corpus" / "seeds" / "MANIFEST.csv"
    if shared.exists():
        s = pd.read_csv(shared).fillna("")
        for col in ("title", "authors", "published", "publisher"):
            assert m.set_index("file")[col].astype(str).to_dict() == s.set_index("file")[col].astype(str).to_dict()
    assert len(m) == 5
    json.dumps(m.to_dict())


def test_filter_bar_shows_one_row_per_real_meeting(seed_build):
    """Seed 002 dates the March 2020 Equalities Committee to the month only; another seed
    dates it to the day. The tables keep each dating; the notebooks' view folds them."""
    from toolkit import widgets

    corpus, _ = seed_build
    m = corpus.meetings.set_index("meeting_id")
    assert m.loc["nec-equalities-2020-03", "same_as"] == "nec-equalities-2020-03-04"
    assert m.loc["nec-equalities-2020-03", "date_precision"] == "month"
    bar = widgets.FilterBar(corpus)
    shown = bar.corpus.meetings.set_index("meeting_id")
    assert "nec-equalities-2020-03" not in shown.index and len(shown) == len(m) - 1
    both = set(m.loc["nec-equalities-2020-03", "report_ids"]) | set(m.loc["nec-equalities-2020-03-04", "report_ids"])
    assert set(shown.loc["nec-equalities-2020-03-04", "report_ids"]) == both
    assert shown.loc["nec-equalities-2020-03-04", "n_sources"] == len(both)
