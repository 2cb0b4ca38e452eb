"""Overrides: corrections by stable id are applied, counted, and stale ids are reported."""

from __future__ import annotations

import shutil

from conftest import RAW, ROOT

from toolkit.pipeline import build


def test_overrides_apply_and_stale_ids_are_reported(tmp_path, seed_build):
    corpus, _ = seed_build
    ref = tmp_path / "ref"
    shutil.copytree(ROOT / "data" / "reference", ref)
    meeting = corpus.meetings[corpus.meetings["meeting_id"] == "nec-2020-07"].iloc[0]
    decision = corpus.decisions[corpus.decisions["outcome"] == "noted"].iloc[0]
    appearance = corpus.appearances[corpus.appearances["resolution"] == "unresolved"].iloc[0]
    (ref / "overrides.csv").write_text(
        "table,id,column,value,note\n"
        f"meetings,{meeting['meeting_id']},date,2020-07-21,from the minutes\n"
        f"decisions,{decision['decision_id']},outcome,agreed,the report was approved\n"
        f"appearances,{appearance['appearance_id']},actor_id,ann-black,checked by hand\n"
        "decisions,dec-000000000000,outcome,agreed,an id that does not exist\n"
        f"decisions,{decision['decision_id']},outcome,approved,not an outcome\n",
        encoding="utf-8",
    )
    again = build(RAW, tmp_path / "out", ref)
    assert again.summary.overrides_applied == 3
    assert len(again.summary.override_problems) == 2
    m = again.meetings.set_index("meeting_id").loc[meeting["meeting_id"]]
    assert (m["date"], m["date_precision"], str(m["date_start"])) == ("2020-07-21", "day", "2020-07-21")
    assert again.decisions.set_index("decision_id").loc[decision["decision_id"], "outcome"] == "agreed"
    a = again.appearances.set_index("appearance_id").loc[appearance["appearance_id"]]
    assert (a["actor_id"], a["name"], a["resolution"]) == ("ann-black", "Ann Black", "override")
    stale = again.review[again.review["kind"] == "override"]
    assert set(stale["ref_id"]) == {"dec-000000000000", decision["decision_id"]}
    assert stale["reason"].str.contains("no longer exists").any()
    assert (tmp_path / "out" / "review.csv").read_text(encoding="utf-8").count("override") >= 2
