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
from toolkit.analysis.periods import meeting_dates, str_list, text_or_empty, year_of
from toolkit.corpus import Corpus

#: Publisher shown for a document that names none.
NO_PUBLISHER = "(publisher not given)"


def report_sources(corpus: Corpus) -> pd.DataFrame:
    """One row per report: ``report_id, doc_id, publisher, published, year``.

    ``publisher`` is its document's (``NO_PUBLISHER`` when blank); ``published`` is the
    report's own date, else its document's; ``year`` is that date's year (Int64, or NA).
    """
    docs = corpus.documents
    doc_publisher = dict(zip(str_list(docs["doc_id"]), str_list(docs["publisher"]), strict=True))
    doc_published = dict(zip(str_list(docs["doc_id"]), str_list(docs["published"]), strict=True))
    reports = corpus.reports
    report_ids = str_list(reports["report_id"])
    doc_ids = str_list(reports["doc_id"])
    own = str_list(reports["published"])
    published = [p.strip() or doc_published.get(d, "") for p, d in zip(own, doc_ids, strict=True)]
    return pd.DataFrame({
        "report_id": pd.array(report_ids, dtype="str"),
        "doc_id": pd.array(doc_ids, dtype="str"),
        "publisher": pd.array([doc_publisher.get(d, "").strip() or NO_PUBLISHER for d in doc_ids],
                              dtype="str"),
        "published": pd.array(published, dtype="str"),
        "year": pd.array([year_of(p) for p in published], dtype="Int64"),
    })


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
    docs = corpus.documents
    doc_publisher = dict(zip(str_list(docs["doc_id"]), str_list(docs["publisher"]), strict=True))
    reports = corpus.reports
    return str_list(reports["report_id"]), [
        doc_publisher.get(d, "").strip() or NO_PUBLISHER for d in str_list(reports["doc_id"])
    ]


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

    - each ``item_id`` appears once, however many reports record it (a row with a blank
      ``item_id`` is an item of its own, under its ``decision_id``);
    - ``outcome`` is the outcome most of its rows give (ties: the higher summed
      confidence, then the order of ``vocab.OUTCOMES``), ``outcome_conflict`` is True when
      its rows disagree;
    - ``subject``, ``text`` and the ``deferred_to*`` fields come from the first row (by
      report id, then decision id) that has them; ``report_ids`` is the sorted list of its
      reports and ``publishers`` the sorted list of their publishers, ``n_reports`` their
      number;
    - ``body_id``, ``date``, ``date_precision``, ``status``, ``when`` (Timestamp) and
      ``year`` come from the meeting; rows are ordered by ``item_id``.
    """
    dec = corpus.decisions
    if dec.empty:
        return pd.DataFrame({c: pd.Series([], dtype="object") for c in ITEM_COLUMNS})
    text_cols = ("item_id", "decision_id", "meeting_id", "report_id", "outcome", "subject",
                 "text", "deferred_to", "deferred_to_body_id", "deferred_to_date")
    cols = {c: str_list(dec[c]) for c in text_cols}
    confidence = pd.to_numeric(dec["confidence"], errors="coerce").fillna(0.0).tolist()
    rows = sorted(
        range(len(dec)),
        key=lambda i: (cols["item_id"][i] or cols["decision_id"][i], cols["report_id"][i],
                       cols["decision_id"][i]),
    )
    publisher = dict(zip(*_publisher_lookup(corpus), strict=True))
    items: dict[str, dict] = {}
    for i in rows:
        key = cols["item_id"][i] or cols["decision_id"][i]
        it = items.get(key)
        if it is None:
            it = items[key] = {"item_id": key, "meeting_id": cols["meeting_id"][i],
                               "votes": {}, "reports": set()}
            for c in _FIRST_FILLED:
                it[c] = ""
        n, conf = it["votes"].get(cols["outcome"][i], (0, 0.0))
        it["votes"][cols["outcome"][i]] = (n + 1, conf + confidence[i])
        for c in _FIRST_FILLED:
            if not it[c] and cols[c][i]:
                it[c] = cols[c][i]
        if cols["report_id"][i]:
            it["reports"].add(cols["report_id"][i])

    records = []
    for it in items.values():
        votes = it.pop("votes")
        reports = sorted(it.pop("reports"))
        it["outcome"] = min(
            votes, key=lambda o: (-votes[o][0], -votes[o][1], _OUTCOME_ORDER.get(o, 99), o)
        )
        it["outcome_conflict"] = len(votes) > 1
        it["report_ids"] = reports
        it["publishers"] = sorted({publisher.get(r, NO_PUBLISHER) for r in reports})
        it["n_reports"] = len(reports)
        records.append(it)
    out = pd.DataFrame.from_records(records)

    meetings = meeting_dates(corpus.meetings)[
        ["meeting_id", "body_id", "date", "date_precision", "when", "year", "status"]
    ]
    meetings = meetings.assign(meeting_id=text_or_empty(meetings["meeting_id"]))
    out = out.merge(meetings.drop_duplicates("meeting_id"), on="meeting_id", how="left")
    for col in ("body_id", "date", "date_precision", "status"):
        out[col] = text_or_empty(out[col])
    out["n_reports"] = out["n_reports"].astype("int64")
    out["outcome_conflict"] = out["outcome_conflict"].astype(bool)
    return out[ITEM_COLUMNS].reset_index(drop=True)


_FIRST_FILLED = ("subject", "text", "deferred_to", "deferred_to_body_id", "deferred_to_date")


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
