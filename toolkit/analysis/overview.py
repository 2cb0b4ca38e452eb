"""What the corpus holds: documents by status, reports by year, meetings by body and year,
coverage gaps and the review list.

Each function reads a Corpus (filtered or not) and returns a tidy DataFrame. Counts of
reports are of ``report_id``; counts of meetings of ``meeting_id``; nothing here counts
rows of a table that repeats a thing per report.
"""

from __future__ import annotations

import pandas as pd

from toolkit import vocab
from toolkit.analysis.filters import body_names, body_sort_key, filters_of
from toolkit.analysis.periods import meeting_dates, text_or_empty, year_of
from toolkit.analysis.sources import NO_PUBLISHER, decision_items, report_sources
from toolkit.corpus import Corpus

#: Label for a report that names no author.
NO_AUTHOR = "(no author named)"


def summary(corpus: Corpus) -> pd.DataFrame:
    """Headline counts as ``what, n``: documents (and how many are usable), reports,
    publishers, meetings by status, items and the decision rows that record them, people
    and organisations named."""
    docs = corpus.documents
    meetings = corpus.meetings
    status = text_or_empty(meetings["status"])
    app = corpus.appearances
    people = set(text_or_empty(app["actor_id"])) - {""}
    unresolved = set(text_or_empty(app.loc[text_or_empty(app["actor_id"]) == "", "name"]))
    actors = corpus.actors
    kinds = dict(zip(text_or_empty(actors["actor_id"]), text_or_empty(actors["kind"]),
                     strict=True))
    rows = [
        ("documents", len(docs)),
        ("documents read (status ok)", int((text_or_empty(docs["status"]) == "ok").sum())),
        ("reports", corpus.reports["report_id"].nunique()),
        ("publishers", report_sources(corpus)["publisher"].nunique()),
        ("meetings", meetings["meeting_id"].nunique()),
        *[(f"meetings {s}", int((status == s).sum())) for s in vocab.MEETING_STATUSES],
        ("items decided (item_id)", corpus.decisions["item_id"].nunique()),
        ("decision rows (one per report and item)", len(corpus.decisions)),
        ("people named", sum(1 for a in people if kinds.get(a, "person") == "person")
         + len(unresolved - {""})),
    ]
    return pd.DataFrame(rows, columns=["what", "n"])


def documents_by_status(corpus: Corpus) -> pd.DataFrame:
    """``status, n_documents, meaning`` for each status present, in the order of
    ``vocab.DOCUMENT_STATUSES``; ``n_documents`` counts ``doc_id``."""
    status = text_or_empty(corpus.documents["status"]).replace("", "error")
    counts = status.value_counts()
    order = [s for s in vocab.DOCUMENT_STATUSES if s in counts.index]
    order += sorted(s for s in counts.index if s not in vocab.DOCUMENT_STATUSES)
    return pd.DataFrame({
        "status": order,
        "n_documents": [int(counts[s]) for s in order],
        "meaning": [vocab.DOCUMENT_STATUSES.get(s, "") for s in order],
    })


def failed_documents(corpus: Corpus) -> pd.DataFrame:
    """Every document whose status is not ``ok``, with why: ``doc_id, path, status,
    message, duplicate_of, publisher, published``, ordered by status then path."""
    docs = corpus.documents
    failed = docs.loc[text_or_empty(docs["status"]) != "ok"]
    cols = ["doc_id", "path", "status", "message", "duplicate_of", "publisher", "published"]
    out = failed[cols].copy()
    for c in cols:
        out[c] = text_or_empty(out[c])
    order = {s: k for k, s in enumerate(vocab.DOCUMENT_STATUSES)}
    out["_o"] = out["status"].map(order).fillna(len(order))
    return out.sort_values(["_o", "path"]).drop(columns="_o").reset_index(drop=True)


def publishers(corpus: Corpus) -> pd.DataFrame:
    """Per publisher: ``publisher, n_documents, n_reports, first_year, last_year`` (years
    of the reports' publication), most reports first."""
    src = report_sources(corpus)
    docs = corpus.documents
    doc_pub = text_or_empty(docs["publisher"]).str.strip().replace("", NO_PUBLISHER)
    n_docs = doc_pub.value_counts()
    g = src.groupby("publisher")
    out = pd.DataFrame({
        "n_reports": g["report_id"].nunique(),
        "first_year": g["year"].min(),
        "last_year": g["year"].max(),
    })
    out = out.reindex(sorted(set(out.index) | set(n_docs.index)))
    out.insert(0, "n_documents", [int(n_docs.get(p, 0)) for p in out.index])
    out["n_reports"] = out["n_reports"].fillna(0).astype("int64")
    out = out.rename_axis("publisher").reset_index()
    return out.sort_values(["n_reports", "publisher"], ascending=[False, True],
                           ignore_index=True)


def reports_by_year(corpus: Corpus, by: str = "author") -> pd.DataFrame:
    """Reports per publication year and ``by`` (``author`` or ``publisher``), long form:
    ``year, <by>, n_reports``.

    By publisher each report counts once. By author a report counts once for each of its
    authors (``NO_AUTHOR`` when it names none), so a year's author counts can add up to
    more than its reports. Reports with no known year are left out, so the sum over
    ``by="publisher"`` is the number of dated reports.
    """
    if by not in ("author", "publisher"):
        raise ValueError(f"by must be 'author' or 'publisher', not {by!r}")
    src = report_sources(corpus)
    if by == "publisher":
        df = src[["report_id", "year", "publisher"]]
    else:
        authors = corpus.reports[["report_id", "authors"]].copy()
        authors["author"] = authors["authors"].map(
            lambda v: [a for a in (v if not isinstance(v, float | type(None)) else []) if a]
            or [NO_AUTHOR]
        )
        df = src[["report_id", "year"]].merge(
            authors[["report_id", "author"]].explode("author"), on="report_id"
        )
    df = df.dropna(subset=["year"])
    out = df.groupby(["year", by]).agg(n_reports=("report_id", "nunique")).reset_index()
    out["year"] = out["year"].astype("int64")
    return out.sort_values(["year", "n_reports", by], ascending=[True, False, True],
                           ignore_index=True)


def meetings_by_body_year(corpus: Corpus) -> pd.DataFrame:
    """Meetings per body and year, long form: ``body_id, body, year, n_meetings, n_held,
    n_scheduled, n_cancelled``; bodies in lane order, undated meetings left out."""
    m = meeting_dates(corpus.meetings).dropna(subset=["year"])
    if m.empty:
        return pd.DataFrame(columns=["body_id", "body", "year", "n_meetings", "n_held",
                                     "n_scheduled", "n_cancelled"])
    m["status"] = text_or_empty(m["status"])
    m["body_id"] = text_or_empty(m["body_id"]).replace("", "(no body)")
    g = m.groupby(["body_id", "year"])
    out = g.agg(n_meetings=("meeting_id", "nunique")).reset_index()
    for s in vocab.MEETING_STATUSES:
        n = m.loc[m["status"] == s].groupby(["body_id", "year"])["meeting_id"].nunique()
        out[f"n_{s}"] = [int(n.get((b, y), 0)) for b, y in zip(out["body_id"], out["year"],
                                                                  strict=True)]
    names = body_names(corpus)
    out["body"] = out["body_id"].map(lambda b: names.get(b, b))
    out["year"] = out["year"].astype("int64")
    out["_k"] = [body_sort_key(b, n) for b, n in zip(out["body_id"], out["body"], strict=True)]
    out = out.sort_values(["_k", "year"]).drop(columns="_k").reset_index(drop=True)
    return out[["body_id", "body", "year", "n_meetings", "n_held", "n_scheduled",
                "n_cancelled"]]


def year_span(corpus: Corpus) -> tuple[int, int] | None:
    """The years the corpus covers: the filter's range when one is set, else first to
    last year of any meeting or report; None when nothing is dated."""
    years = filters_of(corpus).years
    if years is not None:
        return years
    found = [int(y) for y in meeting_dates(corpus.meetings)["year"].dropna()]
    found += [y for y in report_sources(corpus)["year"].dropna().astype(int)]
    return (min(found), max(found)) if found else None


def coverage_gaps(corpus: Corpus) -> pd.DataFrame:
    """Where the corpus is silent: ``kind, what, detail``.

    - ``year``: a year of the span (:func:`year_span`) in which no report was published;
      the detail names documents of that year that could not be used.
    - ``body``: a body of ``corpus.bodies`` with no meeting in the corpus.
    - ``body-year``: a year between a body's first and last meeting with none of its
      meetings.

    A gap says the *reports* are silent, not that nothing happened.
    """
    rows: list[tuple[str, str, str]] = []
    span = year_span(corpus)
    src = report_sources(corpus)
    report_years = set(src["year"].dropna().astype(int))
    docs = corpus.documents
    if span is not None:
        for year in range(span[0], span[1] + 1):
            if year in report_years:
                continue
            failed = [
                f"{d} ({s})" for d, s, p in zip(text_or_empty(docs["doc_id"]),
                                                text_or_empty(docs["status"]),
                                                docs["published"], strict=True)
                if s != "ok" and year_of(p) == year
            ]
            detail = f"no report published in {year}"
            if failed:
                detail += f"; documents of {year} not usable: " + ", ".join(failed)
            rows.append(("year", str(year), detail))

    names = body_names(corpus)
    m = meeting_dates(corpus.meetings)
    m["body_id"] = text_or_empty(m["body_id"])
    with_meetings = set(m["body_id"])
    bodies = sorted((b for b in text_or_empty(corpus.bodies["body_id"]) if b),
                    key=lambda b: body_sort_key(b, names.get(b, b)))
    for b in bodies:
        if b not in with_meetings:
            rows.append(("body", b, f"no report describes a meeting of {names.get(b, b)}"))

    dated = m.dropna(subset=["year"])
    for b in sorted(set(dated["body_id"]) - {""}, key=lambda b: body_sort_key(b, names.get(b, b))):
        years = set(dated.loc[dated["body_id"] == b, "year"].astype(int))
        for year in range(min(years), max(years) + 1):
            if year not in years:
                rows.append(("body-year", f"{b} {year}",
                             f"no meeting of {names.get(b, b)} reported in {year}"))
    return pd.DataFrame(rows, columns=["kind", "what", "detail"])


def review_list(corpus: Corpus) -> pd.DataFrame:
    """The ``review`` table ordered by kind (the order of ``vocab.REVIEW_KINDS``) then
    report, with ``kind_meaning`` added; missing cells as ``""``."""
    review = corpus.review.copy()
    for c in review.columns:
        review[c] = text_or_empty(review[c])
    order = {k: i for i, k in enumerate(vocab.REVIEW_KINDS)}
    review["kind_meaning"] = review["kind"].map(lambda k: vocab.REVIEW_KINDS.get(k, ""))
    review["_o"] = review["kind"].map(order).fillna(len(order))
    return review.sort_values(["_o", "report_id", "ref_id"]).drop(columns="_o").reset_index(
        drop=True
    )


def items_by_outcome(corpus: Corpus) -> pd.DataFrame:
    """Items (not decision rows) per outcome: ``outcome, n_items, n_rows``, in the order
    of ``vocab.OUTCOMES``; ``n_rows`` shows how many report rows told them."""
    items = decision_items(corpus)
    rows = text_or_empty(corpus.decisions["outcome"]).value_counts()
    n = items["outcome"].value_counts()
    return pd.DataFrame({
        "outcome": list(vocab.OUTCOMES),
        "n_items": [int(n.get(o, 0)) for o in vocab.OUTCOMES],
        "n_rows": [int(rows.get(o, 0)) for o in vocab.OUTCOMES],
    })
