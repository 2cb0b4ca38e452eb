"""Counting each thing once, and naming the reports a number rests on.

Two rules of every statistic in the toolkit live here:

- **Items, not rows.** ``decisions`` has one row per report that records an item; the
  rows of several reports on the same item share an ``item_id``. :func:`decision_items`
  collapses them to one row per item, with the reports and publishers behind it.
- **Say what it rests on.** :func:`source_note` turns a set of report ids into the
  number of reports and their publishers (``documents.publisher`` via ``reports.doc_id``),
  for chart notes, export sidecars and tables.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from toolkit import vocab
from toolkit.analysis.periods import meeting_dates, text_or_empty, year_of
from toolkit.corpus import Corpus

#: Publisher shown for a document that names none.
NO_PUBLISHER = "(publisher not given)"


def report_sources(corpus: Corpus) -> pd.DataFrame:
    """One row per report: ``report_id, doc_id, publisher, published, year``.

    ``publisher`` is its document's (``NO_PUBLISHER`` when blank); ``published`` is the
    report's own date, else its document's; ``year`` is that date's year (Int64, or NA).
    """
    reports = corpus.reports
    docs = corpus.documents[["doc_id", "publisher", "published"]].rename(
        columns={"published": "doc_published"}
    )
    out = reports[["report_id", "doc_id", "published"]].merge(docs, on="doc_id", how="left")
    out["publisher"] = text_or_empty(out["publisher"]).str.strip().replace("", NO_PUBLISHER)
    own = text_or_empty(out["published"])
    out["published"] = own.where(own.str.strip() != "", text_or_empty(out["doc_published"]))
    out["year"] = pd.array([year_of(v) for v in out["published"]], dtype="Int64")
    return out[["report_id", "doc_id", "publisher", "published", "year"]]


@dataclass(frozen=True)
class SourceNote:
    """The reports a number rests on, and their publishers with report counts.

    ``report_ids`` are sorted and unique; ``publishers`` maps each publisher to the
    number of those reports it published, largest first.
    """

    report_ids: tuple[str, ...]
    publishers: tuple[tuple[str, int], ...]

    @property
    def n_reports(self) -> int:
        """Number of distinct reports."""
        return len(self.report_ids)

    def summary(self) -> str:
        """How many reports from which publishers, without report ids (for chart notes)."""
        if not self.report_ids:
            return "Source: no report in this selection."
        noun = "report" if self.n_reports == 1 else "reports"
        pub_noun = "publisher" if len(self.publishers) == 1 else "publishers"
        pubs = "; ".join(f"{p} ({n})" for p, n in self.publishers)
        return f"Source: {self.n_reports} {noun} from {len(self.publishers)} {pub_noun}: {pubs}."

    def text(self, max_ids: int = 6) -> str:
        """One sentence for a chart or table: how many reports, which publishers, and the
        first ``max_ids`` report ids ("and N more" for the rest)."""
        if not self.report_ids:
            return self.summary()
        ids = ", ".join(self.report_ids[:max_ids])
        more = len(self.report_ids) - max_ids
        if more > 0:
            ids += f" and {more} more"
        return f"{self.summary()} Reports: {ids}."

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready record of the note (for export sidecars)."""
        return {
            "n_reports": self.n_reports,
            "report_ids": list(self.report_ids),
            "publishers": [{"publisher": p, "n_reports": n} for p, n in self.publishers],
            "note": self.text(max_ids=len(self.report_ids) or 1),
        }


def source_note(corpus: Corpus, report_ids: Iterable[str]) -> SourceNote:
    """The :class:`SourceNote` of ``report_ids`` (blank ids ignored) in ``corpus``.

    Publishers come from ``documents.publisher`` via ``reports.doc_id``; a report id not
    in ``reports`` counts under ``NO_PUBLISHER``.
    """
    ids = sorted({str(r) for r in report_ids if isinstance(r, str) and r.strip()})
    by_report = dict(zip(*_publisher_lookup(corpus), strict=True))
    counts = Counter(by_report.get(r, NO_PUBLISHER) for r in ids)
    ordered = tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return SourceNote(tuple(ids), ordered)


def _publisher_lookup(corpus: Corpus) -> tuple[list[str], list[str]]:
    src = report_sources(corpus)
    return src["report_id"].tolist(), src["publisher"].tolist()


def all_report_ids(corpus: Corpus) -> list[str]:
    """Every report id of ``corpus.reports``, sorted."""
    return sorted(text_or_empty(corpus.reports["report_id"]).loc[lambda s: s != ""].unique())


def meeting_report_ids(meetings: pd.DataFrame) -> list[str]:
    """The distinct report ids of ``meetings.report_ids`` (list cells), sorted."""
    ids: set[str] = set()
    for cell in meetings["report_ids"]:
        if isinstance(cell, str):
            ids.update(r for r in cell.split(";") if r)
        elif cell is not None and not isinstance(cell, float):
            ids.update(str(r) for r in cell if r)
    return sorted(ids)


_OUTCOME_ORDER = {o: k for k, o in enumerate(vocab.OUTCOMES)}

ITEM_COLUMNS = [
    "item_id", "meeting_id", "body_id", "date", "date_precision", "when", "year", "status",
    "outcome", "outcome_conflict", "subject", "text", "deferred_to", "deferred_to_body_id",
    "deferred_to_date", "n_reports", "report_ids", "publishers",
]


def decision_items(corpus: Corpus) -> pd.DataFrame:
    """One row per item (``item_id``) of ``corpus.decisions``, in ``ITEM_COLUMNS``.

    Guarantees:

    - each ``item_id`` appears once, however many reports record it;
    - ``outcome`` is the outcome most of its rows give (ties: the higher summed
      confidence, then the order of ``vocab.OUTCOMES``), ``outcome_conflict`` is True when
      its rows disagree;
    - ``subject``, ``text`` and the ``deferred_to*`` fields come from the first row (by
      report id) that has them; ``report_ids`` is the sorted list of its reports and
      ``publishers`` the sorted list of their publishers, ``n_reports`` their number;
    - ``body_id``, ``date``, ``when`` (Timestamp) and ``year`` come from the meeting.
    """
    dec = corpus.decisions
    if dec.empty:
        return pd.DataFrame({c: pd.Series([], dtype="object") for c in ITEM_COLUMNS})
    d = dec.copy()
    for col in ("item_id", "decision_id", "meeting_id", "report_id", "outcome", "subject",
                "text", "deferred_to", "deferred_to_body_id", "deferred_to_date"):
        d[col] = text_or_empty(d[col])
    d["item_id"] = d["item_id"].where(d["item_id"] != "", d["decision_id"])
    d["confidence"] = pd.to_numeric(d["confidence"], errors="coerce").fillna(0.0)
    d = d.sort_values(["item_id", "report_id", "decision_id"], kind="stable")

    votes = d.groupby(["item_id", "outcome"], sort=False).agg(
        n=("outcome", "size"), conf=("confidence", "sum")
    ).reset_index()
    votes["order"] = votes["outcome"].map(_OUTCOME_ORDER).fillna(len(_OUTCOME_ORDER))
    votes = votes.sort_values(["item_id", "n", "conf", "order"],
                              ascending=[True, False, False, True], kind="stable")
    consensus = votes.drop_duplicates("item_id")[["item_id", "outcome"]]
    n_outcomes = votes.groupby("item_id").size().rename("n_outcomes")

    publisher = dict(zip(*_publisher_lookup(corpus), strict=True))
    d["publisher"] = d["report_id"].map(lambda r: publisher.get(r, NO_PUBLISHER))
    grouped = d.groupby("item_id", sort=True)
    first = grouped.agg(
        meeting_id=("meeting_id", "first"),
        subject=("subject", _first_filled),
        text=("text", _first_filled),
        deferred_to=("deferred_to", _first_filled),
        deferred_to_body_id=("deferred_to_body_id", _first_filled),
        deferred_to_date=("deferred_to_date", _first_filled),
        report_ids=("report_id", lambda s: sorted({r for r in s if r})),
        publishers=("publisher", lambda s: sorted(set(s))),
    ).reset_index()
    first["n_reports"] = first["report_ids"].map(len).astype("int64")
    items = first.merge(consensus, on="item_id", how="left").merge(
        n_outcomes, left_on="item_id", right_index=True, how="left"
    )
    items["outcome_conflict"] = items["n_outcomes"] > 1

    meetings = meeting_dates(corpus.meetings)[
        ["meeting_id", "body_id", "date", "date_precision", "when", "year", "status"]
    ]
    items = items.merge(meetings, on="meeting_id", how="left")
    for col in ("body_id", "date", "date_precision", "status"):
        items[col] = text_or_empty(items[col])
    return items[ITEM_COLUMNS].reset_index(drop=True)


def _first_filled(values: pd.Series) -> str:
    for v in values:
        if v:
            return v
    return ""


def items_by_publisher(corpus: Corpus, items: pd.DataFrame | None = None) -> pd.DataFrame:
    """:func:`decision_items` (or ``items``) with one row per (item, publisher): an item
    told by two publishers appears once under each. ``publisher`` replaces
    ``publishers``, and ``report_ids``/``n_reports`` keep only that publisher's reports."""
    items = decision_items(corpus) if items is None else items
    publisher = dict(zip(*_publisher_lookup(corpus), strict=True))
    out = items.explode("publishers").rename(columns={"publishers": "publisher"})
    out["publisher"] = out["publisher"].fillna(NO_PUBLISHER).astype("str")
    out["report_ids"] = [
        [r for r in ids if publisher.get(r, NO_PUBLISHER) == p]
        for ids, p in zip(out["report_ids"], out["publisher"], strict=True)
    ]
    out["n_reports"] = out["report_ids"].map(len).astype("int64")
    return out.reset_index(drop=True)
