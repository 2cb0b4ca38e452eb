"""Merge: one meeting, one item across every report that describes it.

Meetings of different reports are one meeting when they have the same body and the same
date. A month-only meeting joins the single day-dated meeting of its body in that month
when that day is known from the same document (another post of an archive page). Otherwise
it keeps its own row, dated as its reports date it (a day no report of its document gives
would be invented), but when its body has a single day-dated meeting in that month, known
from other documents, it points to it in ``same_as``: probably the same real
meeting. Its decisions share items with that meeting's, so statistics count them once, and
``Corpus.one_row_per_meeting`` folds such rows for the analyses. Undated meetings stay
apart. Work is grouped by body and period, so it grows with the corpus, not with pairs of
reports.

Decisions at one meeting with the same outcome and overlapping words are one item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from toolkit.dates import PartialDate


@dataclass
class MergedMeeting:
    """A real meeting and the report-local meetings (``members``) merged into it."""

    meeting_id: str
    body_id: str
    date: PartialDate | None
    date_end: int | None
    status: str
    members: list[tuple[str, int]] = field(default_factory=list)  # (report_id, local index)
    same_as: str = ""  # the day-dated meeting this month-only one probably is


@dataclass(frozen=True)
class LocalRef:
    """A report-local meeting as the merge sees it."""

    report_id: str
    index: int
    body_id: str
    date: PartialDate | None
    date_end: int | None
    status: str
    has_day_in_month: bool
    doc_id: str = ""


def _status(statuses: list[str]) -> str:
    if "held" in statuses:
        return "held"
    if "cancelled" in statuses:
        return "cancelled"
    return "scheduled"


def merge_meetings(locals_: list[LocalRef]) -> list[MergedMeeting]:
    """Merge report-local meetings into real meetings with stable ids (see module doc)."""
    groups: dict[tuple[str, str], list[LocalRef]] = {}
    undated: list[LocalRef] = []
    for lr in locals_:
        if lr.date is None:
            undated.append(lr)
        else:
            groups.setdefault((lr.body_id, lr.date.iso()), []).append(lr)
    days_by_month: dict[tuple[str, str], list[str]] = {}
    for body, iso in groups:
        if len(iso) == 10:
            days_by_month.setdefault((body, iso[:7]), []).append(iso)
    same_as: dict[tuple[str, str], str] = {}
    for (body, iso), members in list(groups.items()):
        days = days_by_month.get((body, iso), []) if len(iso) == 7 else []
        if len(days) != 1:
            continue
        # the day is known from the same document (another post of an archive page): one meeting
        day_docs = {m.doc_id for m in groups[(body, days[0])]}
        moving = [m for m in members if not m.has_day_in_month and m.doc_id and m.doc_id in day_docs]
        rest = [m for m in members if m not in moving]
        if moving:
            groups[(body, days[0])].extend(moving)
            if rest:
                groups[(body, iso)] = rest
            else:
                del groups[(body, iso)]
        if rest and all(not m.has_day_in_month for m in rest) and len({m.report_id for m in rest}) == len(rest):
            same_as[(body, iso)] = f"{body or 'unknown'}-{days[0]}"
    out: list[MergedMeeting] = []
    for (body, iso), members in sorted(groups.items()):
        # a report that names two meetings of one body in one period (the first REC meeting
        # of 2019 and the second) holds two meetings: the k-th of each report go together
        rank: dict[str, int] = {}
        layers: dict[int, list[LocalRef]] = {}
        for m in sorted(members, key=lambda m: (m.report_id, m.index)):
            k = rank.get(m.report_id, 0)
            rank[m.report_id] = k + 1
            layers.setdefault(k, []).append(m)
        for k, layer in sorted(layers.items()):
            day = [m for m in layer if m.date is not None and m.date.iso() == iso]
            date = day[0].date if day else layer[0].date
            ends = [m.date_end for m in layer if m.date_end]
            suffix = f"-{k + 1}" if k else ""
            out.append(MergedMeeting(f"{body or 'unknown'}-{iso}{suffix}", body, date, ends[0] if ends else None,
                                     _status([m.status for m in layer]), [(m.report_id, m.index) for m in layer],
                                     same_as.get((body, iso), "")))
    for lr in undated:
        out.append(MergedMeeting(f"{lr.body_id or 'unknown'}-undated-{_short(lr.report_id)}-{lr.index}",
                                 lr.body_id, None, None, lr.status, [(lr.report_id, lr.index)]))
    return out


def _short(report_id: str) -> str:
    import hashlib

    return hashlib.sha1(report_id.encode()).hexdigest()[:6]


_WORD = re.compile(r"[a-z0-9]{3,}")
_STOP = {"the", "and", "was", "were", "that", "this", "with", "for", "from", "agreed", "noted", "deferred",
         "rejected", "referred", "withdrawn", "elected", "meeting", "nec", "committee", "which", "would"}
ITEM_JACCARD = 0.25


def _words(s: str) -> set[str]:
    return {w for w in _WORD.findall(s.lower()) if w not in _STOP}


def assign_items(rows: list[dict], same_as: dict[str, str] | None = None) -> None:
    """Set ``item_id`` on decision rows (dicts with meeting_id, outcome, report_id, text,
    decision_id): rows of different reports at one meeting with the same outcome and
    overlapping words share the id of the first of them. ``same_as`` maps a meeting id to
    the meeting it probably is (see the module doc); such meetings count as one here."""
    same_as = same_as or {}
    by_key: dict[tuple[str, str], list[dict]] = {}
    for r in sorted(rows, key=lambda r: r["decision_id"]):
        r["item_id"] = r["decision_id"]
        if not r["meeting_id"]:
            continue
        by_key.setdefault((same_as.get(r["meeting_id"], r["meeting_id"]), r["outcome"]), []).append(r)
    for group in by_key.values():
        items: list[tuple[set[str], set[str], str]] = []  # (words, reports, item_id)
        for r in group:
            w = _words(r["text"])
            best, best_j = None, ITEM_JACCARD
            for i, (iw, reps, _) in enumerate(items):
                if r["report_id"] in reps or not w or not iw:
                    continue
                j = len(w & iw) / len(w | iw)
                if j >= best_j:
                    best, best_j = i, j
            if best is None:
                items.append((w, {r["report_id"]}, r["decision_id"]))
            else:
                iw, reps, iid = items[best]
                items[best] = (iw | w, reps | {r["report_id"]}, iid)
                r["item_id"] = iid


DATE_CONFLICT_DAYS = 3


def outcome_conflicts(rows: list[dict], same_as: dict[str, str] | None = None) -> list[dict]:
    """Review rows for an item two reports record with different outcomes: decisions of one
    meeting (``same_as`` as in :func:`assign_items`), from different reports, whose words
    overlap, with outcomes that differ."""
    same_as = same_as or {}
    by_meeting: dict[str, list[dict]] = {}
    for r in rows:
        if r["meeting_id"]:
            by_meeting.setdefault(same_as.get(r["meeting_id"], r["meeting_id"]), []).append(r)
    out = []
    for group in by_meeting.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a["report_id"] == b["report_id"] or a["outcome"] == b["outcome"]:
                    continue
                wa, wb = _words(a["text"]), _words(b["text"])
                if wa and wb and len(wa & wb) / len(wa | wb) >= ITEM_JACCARD:
                    out.append({"kind": "outcome-conflict", "ref_id": a["decision_id"], "report_id": a["report_id"],
                                "doc_id": a["doc_id"], "quote": f"{a['text']} || {b['text']}",
                                "reason": f"{a['outcome']} in {a['report_id']} but {b['outcome']} in {b['report_id']} "
                                          f"(decision {b['decision_id']})"})
    return out


def date_conflicts(meetings: list[MergedMeeting]) -> list[dict]:
    """Review rows for two day-dated meetings of one body, each known from other reports,
    a few days apart: perhaps one meeting the reports date differently."""
    by_body: dict[str, list[MergedMeeting]] = {}
    for m in meetings:
        if m.date is not None and m.date.precision == "day":
            by_body.setdefault(m.body_id, []).append(m)
    out = []
    for ms in by_body.values():
        ms.sort(key=lambda m: m.date.first_day())
        for a, b in zip(ms, ms[1:], strict=False):  # neighbours: the list is one shorter
            gap = (b.date.first_day() - a.date.first_day()).days
            ra, rb = {r for r, _ in a.members}, {r for r, _ in b.members}
            if gap <= DATE_CONFLICT_DAYS and not (ra & rb):
                out.append({"kind": "date-conflict", "ref_id": a.meeting_id, "report_id": sorted(ra)[0],
                            "doc_id": "", "quote": f"{a.meeting_id} / {b.meeting_id}",
                            "reason": f"{gap} day(s) apart in different reports ({', '.join(sorted(ra | rb))}): "
                                      "the same meeting dated differently?"})
    return out
