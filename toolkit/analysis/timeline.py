"""Meetings in time: one lane per body, each meeting with its status, reports and items.

A meeting dated only to the month or year is a period (``when`` to ``when_end``), not a
day; charts draw it as a span.
"""

from __future__ import annotations

import pandas as pd

from toolkit import vocab
from toolkit.analysis.filters import body_names, body_sort_key
from toolkit.analysis.periods import meeting_dates, text_or_empty
from toolkit.analysis.sources import decision_items
from toolkit.corpus import Corpus

TIMELINE_COLUMNS = [
    "meeting_id", "body_id", "lane", "family", "date", "date_precision", "when", "when_end",
    "status", "n_reports", "n_items", *vocab.OUTCOMES,
]


def lanes(corpus: Corpus) -> pd.DataFrame:
    """One row per body that has meetings, in lane order (NEC, NEC committees, RECs,
    conferences, others; by name within each): ``lane_no, body_id, lane, family``."""
    names = body_names(corpus)
    ids = sorted({b for b in text_or_empty(corpus.meetings["body_id"]) if b},
                 key=lambda b: body_sort_key(b, names.get(b, b)))
    return pd.DataFrame({
        "lane_no": pd.Series(range(len(ids)), dtype="int64"),
        "body_id": pd.Series(ids, dtype="str"),
        "lane": pd.Series([names.get(b, b) for b in ids], dtype="str"),
        "family": pd.Series([vocab.body_family(b) for b in ids], dtype="str"),
    })


def items_per_meeting(corpus: Corpus) -> pd.DataFrame:
    """Items (``item_id``, not decision rows) per meeting and outcome, wide:
    ``meeting_id, n_items, <one column per outcome>``; meetings without items left out."""
    items = decision_items(corpus)
    if items.empty:
        return pd.DataFrame(columns=["meeting_id", "n_items", *vocab.OUTCOMES])
    wide = pd.crosstab(items["meeting_id"], items["outcome"])
    wide = wide.reindex(columns=list(vocab.OUTCOMES), fill_value=0).astype("int64")
    wide.insert(0, "n_items", wide.sum(axis=1))
    wide.columns.name = None
    return wide.rename_axis("meeting_id").reset_index()


def meeting_timeline(corpus: Corpus) -> pd.DataFrame:
    """One row per meeting, in lane order then date, in ``TIMELINE_COLUMNS``.

    ``n_reports`` counts the distinct reports that describe the meeting
    (``meetings.report_ids``); ``n_items`` and the outcome columns count items, so an item
    recorded by two reports counts once. Undated meetings are kept with ``when`` NaT.
    """
    m = meeting_dates(corpus.meetings)
    lane = lanes(corpus).set_index("body_id")
    m["body_id"] = text_or_empty(m["body_id"])
    m["lane"] = m["body_id"].map(lane["lane"]).fillna(m["body_id"]).astype("str")
    m["family"] = m["body_id"].map(vocab.body_family)
    m["lane_no"] = m["body_id"].map(lane["lane_no"])
    m["n_reports"] = m["report_ids"].map(_n_distinct).astype("int64")
    for c in ("meeting_id", "date", "date_precision", "status"):
        m[c] = text_or_empty(m[c])
    per = items_per_meeting(corpus)
    m = m.merge(per, on="meeting_id", how="left")
    for c in ["n_items", *vocab.OUTCOMES]:
        m[c] = m[c].fillna(0).astype("int64")
    m = m.sort_values(["lane_no", "when", "meeting_id"], na_position="last", kind="stable")
    return m[TIMELINE_COLUMNS].reset_index(drop=True)


def _n_distinct(cell: object) -> int:
    if isinstance(cell, str):
        return len({r for r in cell.split(";") if r})
    if cell is None or isinstance(cell, float):
        return 0
    return len({str(r) for r in cell if r})
