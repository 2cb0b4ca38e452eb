"""Deferrals: how often items are put off, where they go, and when they come back.

Every number counts items (``item_id``), not decision rows: an item deferred in two
reports of one meeting is one deferral.

- **Rate**: deferred items ÷ all items, by body, meeting year or publisher.
- **Targets**: where a deferred item is sent (``deferred_to_body_id``; blank when the
  report names no body) and, when ``deferred_to_date`` is a day and the meeting is dated
  to the day, how many days ahead.
- **Chains**: a deferred item *taken up* at a later held meeting. The later item must be
  at the target body (the deferring body when none is named), at a later meeting, with a
  subject similar enough (:func:`subject_similarity` ≥ ``min_similarity``). Among such
  candidates one at a meeting within the target date's period comes first, then the
  earliest meeting, then the most similar subject. Each later item takes up at most one
  deferral. When the item taken up is deferred again the chain goes on.
"""

from __future__ import annotations

import re

import pandas as pd

from toolkit.analysis.filters import body_names, body_sort_key, fold
from toolkit.analysis.periods import days_between, period
from toolkit.analysis.sources import decision_items, items_by_publisher
from toolkit.corpus import Corpus

DEFERRED = "deferred"
#: Default minimum subject similarity for a later item to take up a deferral.
MIN_SIMILARITY = 0.5
#: Shown for a deferral whose report names no target body.
NO_TARGET = "(not given)"

_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    "a an the of on to for and in at by with from about into its their our this that "
    "these those re item items".split()
)


def subject_words(subject: str) -> frozenset[str]:
    """The content words of a subject: folded, stop words dropped, a plural ``s`` cut
    (``motions`` → ``motion``, but not ``process``)."""
    words = set()
    for w in _WORD.findall(fold(subject)):
        if w in _STOPWORDS:
            continue
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        words.add(w)
    return frozenset(words)


def subject_similarity(a: str, b: str) -> float:
    """Jaccard similarity of the content words of two subjects, in [0, 1]; 0 when either
    has none. Word order does not matter: "Review of the disciplinary process" and
    "Disciplinary process review" score 1."""
    return _jaccard(subject_words(a), subject_words(b))


def _jaccard(wa: frozenset[str], wb: frozenset[str]) -> float:
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


RATE_KEYS = ("body_id", "year", "publisher")


def deferral_rates(corpus: Corpus, by: str = "body_id") -> pd.DataFrame:
    """Deferral rate by ``by`` (``body_id``, ``year`` or ``publisher``): columns ``<by>,
    label, n_items, n_deferred, rate, n_reports, publishers``.

    ``n_items`` counts items, ``n_deferred`` those whose outcome is deferred, ``rate`` their
    ratio; ``n_reports`` and ``publishers`` (``; ``-joined) say what each row rests on. By
    publisher an item told by two publishers counts under each. Bodies are in lane
    order, years ascending, publishers by items told.
    """
    if by not in RATE_KEYS:
        raise ValueError(f"by must be one of {RATE_KEYS}, not {by!r}")
    items = decision_items(corpus)
    if by == "publisher":
        items = items_by_publisher(corpus, items)
        items["publishers"] = items["publisher"].map(lambda p: [p])
    items = items.loc[items[by].notna() & (items[by].astype("str") != "")]
    cols = [by, "label", "n_items", "n_deferred", "rate", "n_reports", "publishers"]
    if items.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    names = body_names(corpus)
    for key, grp in items.groupby(by):
        reports = {r for ids in grp["report_ids"] for r in ids}
        pubs = sorted({p for ps in grp["publishers"] for p in ps})
        n = int(grp["item_id"].nunique())
        k = int(grp.loc[grp["outcome"] == DEFERRED, "item_id"].nunique())
        label = names.get(key, key) if by == "body_id" else str(key)
        rows.append((key, label, n, k, k / n if n else 0.0, len(reports), "; ".join(pubs)))
    out = pd.DataFrame(rows, columns=cols)
    if by == "year":
        out["year"] = out["year"].astype("int64")
        return out.sort_values("year", ignore_index=True)
    if by == "body_id":
        out["_k"] = [body_sort_key(b, n) for b, n in zip(out["body_id"], out["label"],
                                                         strict=True)]
        return out.sort_values("_k").drop(columns="_k").reset_index(drop=True)
    return out.sort_values(["n_items", "publisher"], ascending=[False, True], ignore_index=True)


def chain_links(corpus: Corpus, min_similarity: float = MIN_SIMILARITY) -> pd.DataFrame:
    """Each deferral matched to the later item that took it up (see the module notes):
    ``from_item, to_item, from_meeting, to_meeting, to_body_id, similarity, on_target_date,
    days`` (days between the meetings when both are dated to the day, else NA)."""
    return _links(decision_items(corpus), min_similarity)


def _links(all_items: pd.DataFrame, min_similarity: float) -> pd.DataFrame:
    cols = ["from_item", "to_item", "from_meeting", "to_meeting", "to_body_id", "similarity",
            "on_target_date", "days"]
    held = all_items.loc[(all_items["status"] == "held") & all_items["when"].notna()]
    held = held.sort_values(["when", "item_id"])
    records = held[["item_id", "meeting_id", "body_id", "date", "when", "outcome", "subject",
                    "deferred_to_body_id", "deferred_to_date"]].to_dict("records")
    words = {r["item_id"]: subject_words(r["subject"]) for r in records}
    by_body: dict[str, list[dict]] = {}
    for r in records:
        by_body.setdefault(r["body_id"], []).append(r)
    used: set[str] = set()
    rows = []
    for d in records:
        if d["outcome"] != DEFERRED:
            continue
        target = period(d["deferred_to_date"])
        best: tuple | None = None
        for c in by_body.get(d["deferred_to_body_id"] or d["body_id"], []):
            if c["when"] <= d["when"] or c["item_id"] in used:
                continue
            sim = _jaccard(words[d["item_id"]], words[c["item_id"]])
            if sim < min_similarity:
                continue
            on_target = target is not None and target[0] <= c["when"].date() <= target[1]
            rank = (not on_target, c["when"], -sim, c["item_id"])
            if best is None or rank < best[0]:
                best = (rank, c, sim, on_target)
        if best is None:
            continue
        _, c, sim, on_target = best
        used.add(c["item_id"])
        rows.append((d["item_id"], c["item_id"], d["meeting_id"], c["meeting_id"], c["body_id"],
                     sim, on_target, days_between(d["date"], c["date"])))
    out = pd.DataFrame(rows, columns=cols)
    out["days"] = out["days"].astype("Int64")
    return out


CHAIN_COLUMNS = [
    "chain_id", "subject", "item_ids", "meeting_ids", "body_ids", "first_date", "last_date",
    "times_deferred", "days_deferred", "final_outcome", "status", "n_reports", "report_ids",
    "publishers",
]


def deferral_chains(corpus: Corpus, min_similarity: float = MIN_SIMILARITY) -> pd.DataFrame:
    """One row per chain of deferrals, in ``CHAIN_COLUMNS``, ordered by first date.

    A chain starts at a deferred item that was taken up and that no earlier deferral
    leads to; it follows :func:`chain_links` to its last item. ``chain_id`` is the first
    item's id; ``times_deferred`` counts its deferred items; ``days_deferred`` is days
    from the first to the last meeting (NA unless both are dated to the day);
    ``final_outcome`` is the last item's outcome and ``status`` is ``taken up`` or, when
    the last item was deferred again and never taken up, ``still deferred``. List columns
    (``item_ids``, ``meeting_ids``, ``body_ids``, ``report_ids``, ``publishers``) hold
    Python lists.
    """
    items = decision_items(corpus)
    return _chains(items, _links(items, min_similarity))


def _chains(all_items: pd.DataFrame, links: pd.DataFrame) -> pd.DataFrame:
    if links.empty:
        return pd.DataFrame(columns=CHAIN_COLUMNS)
    items = all_items.set_index("item_id")
    nxt = dict(zip(links["from_item"], links["to_item"], strict=True))
    starts = sorted(set(nxt) - set(nxt.values()),
                    key=lambda i: (items.at[i, "when"], i))
    rows = []
    for start in starts:
        chain = [start]
        while chain[-1] in nxt:
            chain.append(nxt[chain[-1]])
        sub = items.loc[chain]
        outcomes = list(sub["outcome"])
        reports = sorted({r for ids in sub["report_ids"] for r in ids})
        pubs = sorted({p for ps in sub["publishers"] for p in ps})
        rows.append((
            start,
            sub["subject"].iloc[0],
            chain,
            list(sub["meeting_id"]),
            list(sub["body_id"]),
            sub["date"].iloc[0],
            sub["date"].iloc[-1],
            sum(o == DEFERRED for o in outcomes),
            days_between(sub["date"].iloc[0], sub["date"].iloc[-1]),
            outcomes[-1],
            "still deferred" if outcomes[-1] == DEFERRED else "taken up",
            len(reports),
            reports,
            pubs,
        ))
    out = pd.DataFrame(rows, columns=CHAIN_COLUMNS)
    out["days_deferred"] = out["days_deferred"].astype("Int64")
    return out


def chain_steps(corpus: Corpus, min_similarity: float = MIN_SIMILARITY) -> pd.DataFrame:
    """The chains in long form, one row per step: ``chain_id, step, item_id, meeting_id,
    body_id, date, when, outcome, subject`` (step 0 is the first deferral)."""
    all_items = decision_items(corpus)
    chains = _chains(all_items, _links(all_items, min_similarity))
    items = all_items.set_index("item_id")
    rows = []
    for chain_id, ids in zip(chains["chain_id"], chains["item_ids"], strict=True):
        for step, item_id in enumerate(ids):
            it = items.loc[item_id]
            rows.append((chain_id, step, item_id, it["meeting_id"], it["body_id"], it["date"],
                         it["when"], it["outcome"], it["subject"]))
    return pd.DataFrame(rows, columns=["chain_id", "step", "item_id", "meeting_id", "body_id",
                                       "date", "when", "outcome", "subject"])


DEFERRED_ITEM_COLUMNS = [
    "item_id", "meeting_id", "body_id", "date", "subject", "text", "deferred_to",
    "deferred_to_body_id", "deferred_to_date", "days_until_target", "taken_up_at",
    "chain_id", "n_reports", "report_ids", "publishers",
]


def deferred_items(corpus: Corpus, min_similarity: float = MIN_SIMILARITY) -> pd.DataFrame:
    """One row per deferred item, in ``DEFERRED_ITEM_COLUMNS``, by date then item.

    ``text`` is the sentence of the first report (by report id) that records it;
    ``report_ids`` and ``publishers`` are ``; ``-joined; ``days_until_target`` is days from
    the meeting to ``deferred_to_date`` when both are days (else NA); ``taken_up_at`` is the
    meeting that took it up (``""`` when none) and ``chain_id`` the chain it belongs to.
    """
    items = decision_items(corpus)
    d = items.loc[items["outcome"] == DEFERRED].copy()
    if d.empty:
        return pd.DataFrame(columns=DEFERRED_ITEM_COLUMNS)
    links = _links(items, min_similarity)
    chains = _chains(items, links)
    taken = dict(zip(links["from_item"], links["to_meeting"], strict=True))
    chain_of = {i: c for c, ids in zip(chains["chain_id"], chains["item_ids"], strict=True)
                for i in ids}
    d["days_until_target"] = pd.array(
        [days_between(a, b) for a, b in zip(d["date"], d["deferred_to_date"], strict=True)],
        dtype="Int64",
    )
    d["taken_up_at"] = d["item_id"].map(lambda i: taken.get(i, "")).astype("str")
    d["chain_id"] = d["item_id"].map(lambda i: chain_of.get(i, "")).astype("str")
    d["report_ids"] = d["report_ids"].map("; ".join)
    d["publishers"] = d["publishers"].map("; ".join)
    d = d.sort_values(["when", "item_id"], na_position="last")
    return d[DEFERRED_ITEM_COLUMNS].reset_index(drop=True)


def deferral_targets(corpus: Corpus) -> pd.DataFrame:
    """Where deferred items go: ``from_body_id, to_body_id, n_items, n_dated_to_day,
    median_days_until`` per (deferring body, target body); ``to_body_id`` is ``NO_TARGET``
    when the report names none. Most items first."""
    d = deferred_items(corpus)
    cols = ["from_body_id", "to_body_id", "n_items", "n_dated_to_day", "median_days_until"]
    if d.empty:
        return pd.DataFrame(columns=cols)
    d["to_body_id"] = d["deferred_to_body_id"].replace("", NO_TARGET)
    g = d.groupby(["body_id", "to_body_id"])
    out = g.agg(
        n_items=("item_id", "nunique"),
        n_dated_to_day=("days_until_target", "count"),
        median_days_until=("days_until_target", "median"),
    ).reset_index().rename(columns={"body_id": "from_body_id"})
    out["median_days_until"] = out["median_days_until"].astype("Float64")
    return out.sort_values(["n_items", "from_body_id", "to_body_id"],
                           ascending=[False, True, True], ignore_index=True)[cols]
