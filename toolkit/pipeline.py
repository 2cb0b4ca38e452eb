"""The build: ingest -> segment -> extract -> resolve -> merge -> tables, and its writer.

``build`` reads RAW_DIR, processes each document on its own (in worker processes when
there are many), merges meetings and items across reports, and writes OUT_DIR. It is the
only place besides ingest, export and the CLI that touches files.
"""

from __future__ import annotations

import os
import re
import shutil
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from toolkit import vocab
from toolkit.corpus import Corpus
from toolkit.dates import PartialDate
from toolkit.extract import DocExtraction, extract_document, main_meeting, stable_id
from toolkit.extract.meetings import RECALLED_YEAR
from toolkit.extract.people import sent_apologies
from toolkit.ingest import DEFAULT_MAX_BYTES, Document, ingest
from toolkit.merge import LocalRef, assign_items, date_conflicts, merge_meetings, outcome_conflicts
from toolkit.overrides import OverrideResult, apply_overrides, read_overrides
from toolkit.reference import Reference, compile_outcomes, default_reference_dir, load_reference, name_key
from toolkit.resolve import resolve_name
from toolkit.tables import frame, write_tables

#: Below this many documents the build stays in one process.
PARALLEL_MIN_DOCS = 40
LOW_CONFIDENCE = 0.6


class BuildError(RuntimeError):
    """Nothing could be built (RAW_DIR missing, OUT_DIR not writable)."""


@dataclass
class BuildSummary:
    """Counts for the closing summary of a build."""

    documents_by_status: dict[str, int]
    reports: int
    meetings: int
    decisions: int
    unclassified: int
    appearances: int
    unresolved_names: int
    manifest_problems: list[str]
    overrides_applied: int = 0
    override_problems: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        docs = ", ".join(f"{k} {v}" for k, v in sorted(self.documents_by_status.items()))
        out = [
            f"documents: {sum(self.documents_by_status.values())} ({docs})",
            f"reports: {self.reports}",
            f"meetings: {self.meetings}",
            f"decisions: {self.decisions} (+{self.unclassified} unclassified sentences in review)",
            f"appearances: {self.appearances}",
            f"unresolved names: {self.unresolved_names}",
        ]
        out += [f"manifest: {p}" for p in self.manifest_problems]
        out.append(f"overrides applied: {self.overrides_applied}")
        out += [f"override not applied: {p}" for p in self.override_problems]
        return out


_STATE: dict = {}


def _init_worker(ref_dir: str | None) -> None:
    ref = load_reference(ref_dir)
    _STATE["ref"] = ref
    _STATE["vocab"] = compile_outcomes(ref.outcomes)


def _extract_in_worker(doc: Document) -> DocExtraction:
    return extract_document(doc, _STATE["ref"], _STATE["vocab"])


def _extract_all(docs: list[Document], ref_dir: str | None, ref: Reference, *, workers: int,
                 tick: Callable[[], None]) -> list[DocExtraction]:
    todo = [d for d in docs if d.status == "ok"]
    out: dict[str, DocExtraction] = {}
    if workers > 1 and len(todo) >= PARALLEL_MIN_DOCS:
        with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(ref_dir,)) as pool:
            for ex in pool.map(_extract_in_worker, todo, chunksize=16):
                out[ex.doc.doc_id] = ex
                tick()
    else:
        voc = compile_outcomes(ref.outcomes)
        for d in todo:
            out[d.doc_id] = extract_document(d, ref, voc)
            tick()
    return [out[d.doc_id] if d.doc_id in out else DocExtraction(d) for d in docs]


def _iso_end(date: PartialDate | None, end_day: int | None) -> str:
    if date is None or end_day is None or date.month is None:
        return ""
    return PartialDate(date.year, date.month, end_day).iso()


def assemble(docs: list[Document], extractions: list[DocExtraction], ref: Reference,
             previous_mentions: pd.DataFrame | None = None,
             previous_redirects: pd.DataFrame | None = None) -> Corpus:
    """Merge the per-document extractions into the tables of a Corpus (pure)."""
    first_title = {ex.doc.doc_id: ex.reports[0].report.title for ex in extractions if ex.reports}
    doc_rows = [
        {"doc_id": d.doc_id, "path": d.path, "title": d.title or first_title.get(d.doc_id, ""),
         "authors": list(d.authors),
         "publisher": d.publisher, "published": d.published, "source_url": d.source_url,
         "format": d.format, "sha256": d.sha256, "n_chars": d.n_chars, "status": d.status,
         "message": d.message, "duplicate_of": d.duplicate_of}
        for d in docs
    ]
    report_rows, locals_ = [], []
    for ex in extractions:
        for rx in ex.reports:
            report_rows.append({
                "report_id": rx.report_id, "doc_id": ex.doc.doc_id, "title": rx.report.title,
                "authors": [a for a, _, _ in rx.authors], "published": rx.report.published,
                "char_start": rx.report.char_start, "char_end": rx.report.char_end,
            })
            for i, lm in enumerate(rx.meetings):
                month = lm.date.iso()[:7] if lm.date is not None and lm.date.precision == "month" else None
                has_day = month is not None and any(
                    o.body_id == lm.body_id and o.date is not None and o.date.precision == "day"
                    and o.date.iso().startswith(month) for o in rx.meetings)
                locals_.append(LocalRef(rx.report_id, i, lm.body_id, lm.date, lm.date_end, lm.status, has_day,
                                       ex.doc.doc_id))
    merged = merge_meetings(locals_)
    meeting_of: dict[tuple[str, int], str] = {}
    for mm in merged:
        for key in mm.members:
            meeting_of[key] = mm.meeting_id
    meeting_rows = []
    for mm in merged:
        reports = sorted({r for r, _ in mm.members})
        body_name = ref.body_name.get(mm.body_id, mm.body_id or "unknown body")
        date = mm.date.iso() if mm.date else ""
        meeting_rows.append({
            "meeting_id": mm.meeting_id, "body_id": mm.body_id, "body_name": body_name,
            "date": date, "date_end": _iso_end(mm.date, mm.date_end),
            "date_start": mm.date.first_day().isoformat() if mm.date else "",
            "date_precision": mm.date.precision if mm.date else "unknown",
            "status": mm.status, "title": f"{body_name}, {date or 'date unknown'}",
            "n_sources": len(reports), "report_ids": reports, "same_as": mm.same_as,
        })
    mention_rows, decision_rows, appearance_rows, review_rows = [], [], [], []
    for ex in extractions:
        text = ex.doc.text
        for rx in ex.reports:
            for i, lm in enumerate(rx.meetings):
                mid = meeting_of[(rx.report_id, i)]
                if not lm.mentions:
                    s, e = rx.report.title_start, rx.report.title_end
                    if e <= s:
                        s, e = rx.report.char_start, min(rx.report.char_end, rx.report.char_start + 80)
                    mention_rows.append({
                        "meeting_id": mid, "report_id": rx.report_id, "doc_id": ex.doc.doc_id,
                        "char_start": s, "char_end": e, "quote": text[s:e],
                        "status_as_reported": lm.status, "date_source": lm.date_source if lm.date else ""})
                for m in lm.mentions:
                    mention_rows.append({
                        "meeting_id": mid, "report_id": rx.report_id, "doc_id": ex.doc.doc_id,
                        "char_start": m.start, "char_end": m.end, "quote": text[m.start : m.end],
                        "status_as_reported": m.status,
                        "date_source": m.date_source if m.date is not None else (lm.date_source if lm.date else "")})
            for hit, li in rx.decisions:
                mid = meeting_of.get((rx.report_id, li), "") if li >= 0 else ""
                deferred_body, deferred_date = "", ""
                if hit.deferred_to:
                    deferred_body, deferred_date = _target(hit.deferred_to, ref, rx, lm_date(rx, li))
                did = stable_id("dec", ex.doc.doc_id, hit.start, hit.trigger_start, hit.outcome)
                decision_rows.append({
                    "decision_id": did, "item_id": did, "meeting_id": mid, "report_id": rx.report_id,
                    "doc_id": ex.doc.doc_id, "outcome": hit.outcome, "subject": hit.subject,
                    "text": text[hit.start : hit.end], "deferred_to": hit.deferred_to,
                    "deferred_to_body_id": deferred_body, "deferred_to_date": deferred_date,
                    "vote": hit.vote, "evidence": "text", "char_start": hit.start, "char_end": hit.end,
                    "confidence": hit.confidence})
                if hit.confidence < LOW_CONFIDENCE:
                    review_rows.append({"kind": "low-confidence", "ref_id": did, "report_id": rx.report_id,
                                        "doc_id": ex.doc.doc_id, "quote": text[hit.start : hit.end],
                                        "reason": f"{hit.outcome} with confidence {hit.confidence}"})
            for u in rx.unclassified:
                review_rows.append({"kind": "unclassified", "ref_id": stable_id("sent", ex.doc.doc_id, u.start),
                                    "report_id": rx.report_id, "doc_id": ex.doc.doc_id,
                                    "quote": text[u.start : u.end], "reason": u.reason})
            appearance_rows += _appearances(ex.doc, rx, ref, meeting_of, review_rows)
    # drop duplicate mentions (one mention can be listed once per meeting)
    seen = set()
    mention_rows = [r for r in mention_rows
                    if (k := (r["meeting_id"], r["report_id"], r["char_start"], r["char_end"])) not in seen
                    and not seen.add(k)]
    same_as = {mm.meeting_id: mm.same_as for mm in merged if mm.same_as}
    assign_items(decision_rows, same_as)
    review_rows += outcome_conflicts(decision_rows, same_as) + date_conflicts(merged)
    for d in docs:
        if d.status != "ok":
            review_rows.append({"kind": "document", "ref_id": d.doc_id, "report_id": "", "doc_id": d.doc_id,
                                "quote": d.path, "reason": f"{d.status}: {d.message}"})
    for m in meeting_rows:
        if not m["date"]:
            review_rows.append({"kind": "undated-meeting", "ref_id": m["meeting_id"], "report_id": m["report_ids"][0],
                                "doc_id": "", "quote": m["title"], "reason": "no date could be given"})
    redirects = _redirects(previous_mentions, previous_redirects, mention_rows)
    bodies = _bodies(ref, meeting_rows)
    actors = ([{"actor_id": pid, "name": ref.person_name[pid], "kind": "person",
                "aliases": _aliases(p.get("aliases", ""))} for p in ref.people if (pid := p.get("person_id"))]
              + [{"actor_id": oid, "name": ref.org_name[oid], "kind": "organisation",
                  "aliases": _aliases(o.get("aliases", ""))} for o in ref.organisations if (oid := o.get("org_id"))])
    actors = list({a["actor_id"]: a for a in actors}.values())
    roles = [{"actor_id": r.person_id, "role": r.role, "body_id": r.body_id, "organisation": r.organisation,
              "start_date": r.start_date, "end_date": r.end_date, "source": r.source} for r in ref.roles]
    # meetings of one date in the order the corpus first mentions them (documents by path)
    doc_path = {d.doc_id: d.path for d in docs}
    first_seen: dict[str, tuple[str, int]] = {}
    for r in mention_rows:
        at = (doc_path.get(r["doc_id"], r["doc_id"]), r["char_start"] if r["char_start"] is not None else -1)
        if r["meeting_id"] not in first_seen or at < first_seen[r["meeting_id"]]:
            first_seen[r["meeting_id"]] = at
    return Corpus(
        documents=frame("documents", sorted(doc_rows, key=lambda r: r["path"])),
        reports=frame("reports", sorted(report_rows, key=lambda r: r["report_id"])),
        bodies=frame("bodies", sorted(bodies, key=lambda r: r["body_id"])),
        meetings=frame("meetings", sorted(meeting_rows, key=lambda r: (r["date_start"] or "9999", first_seen.get(r["meeting_id"], ("\uffff", 0)), r["meeting_id"]))),
        meeting_redirects=frame("meeting_redirects", redirects),
        meeting_mentions=frame("meeting_mentions", sorted(mention_rows, key=lambda r: (r["doc_id"], r["char_start"], r["meeting_id"]))),
        actors=frame("actors", sorted(actors, key=lambda r: r["actor_id"])),
        roles=frame("roles", sorted(roles, key=lambda r: (r["actor_id"], r["start_date"], r["role"], r["body_id"]))),
        appearances=frame("appearances", sorted(appearance_rows, key=lambda r: (r["doc_id"], r["char_start"] if r["char_start"] is not None else -1, r["appearance_id"]))),
        decisions=frame("decisions", sorted(decision_rows, key=lambda r: (r["doc_id"], r["char_start"], r["decision_id"]))),
        review=frame("review", sorted(review_rows, key=lambda r: (r["kind"], r["doc_id"], r["ref_id"]))),
    )


def lm_date(rx, li: int) -> PartialDate | None:
    if 0 <= li < len(rx.meetings):
        return rx.meetings[li].date
    return rx.ref_date


def _target(target: str, ref: Reference, rx, meeting_date: PartialDate | None) -> tuple[str, str]:
    """The body and date a deferral target names."""
    from toolkit.dates import find_dates, resolve
    from toolkit.extract.bodies import find_bodies, region_in

    bodies = [b.body_id for b in find_bodies(target, ref, region=region_in(rx.report.title)) if b.body_id]
    body = bodies[0] if bodies else ""
    date = ""
    base = meeting_date or rx.ref_date
    for d in find_dates(target):
        got, _ = resolve(d, base, direction="future")
        if got is not None:
            date = got.iso()
            break
    return body, date


def _aliases(cell: str) -> list[str]:
    return [a.strip() for a in (cell or "").split(";") if a.strip()]


def _bodies(ref: Reference, meeting_rows: list[dict]) -> list[dict]:
    rows = {b["body_id"]: {"body_id": b["body_id"], "name": b.get("name", b["body_id"]),
                           "level": b.get("level", "") if b.get("level") in ("national", "regional", "local") else "",
                           "parent_id": b.get("parent_id", ""), "aliases": _aliases(b.get("aliases", ""))}
            for b in ref.bodies if b.get("body_id")}
    for m in meeting_rows:
        bid = m["body_id"]
        if bid and bid not in rows:
            level = "regional" if bid.startswith(("rec-", "conference-")) and bid != "conference-women" else (
                "local" if bid.startswith("clp-") else "national")
            parent = "nec" if bid.startswith("nec-") else "npf" if bid.startswith("npf-") else ""
            rows[bid] = {"body_id": bid, "name": bid, "level": level, "parent_id": parent, "aliases": []}
    return list(rows.values())


_NOT_MEMBER = re.compile(r"\b(?:I\s+am|I['’]m|I\s+was)\s+not\s+(?:a\s+)?(?:member\s+of|on|at)\s+"
                         r"|\bI\s+(?:do\s+not|don['’]t|did\s+not|didn['’]t)\s+(?:sit|serve)\s+on\s+"  # "I don't sit on the Business Board"
                         r"|\bI\s+(?:also\s+)?(?:sit|serve)\s+on\b[^.;\n]{0,150}?\bbut\s+not\s+(?:on\s+)?(?:the\s+)?",  # "..., but not on the Board"
                         re.I)
_ATTENDED = re.compile(r"\bI\s+(?:also\s+)?(?:attended|went\s+to|was\s+at|joined)\s+(?:the\s+|a\s+)?")


#: One of several authors sitting on a committee: "Hannah also sits on the Women's Committee".
_SITS_ON = re.compile(r"\b(?P<who>[A-Z][a-z'’-]+)(?:[ ]+[A-Z][a-z'’-]+)?\s+(?:also\s+)?(?:sits|serves|is\s+(?:also\s+)?"
                      r"(?:a\s+)?member)\s+(?:on|of)\s+(?:the\s+|our\s+)?"
                      r"|\b(?P<i>I)\s+(?:also\s+)?(?:sit|serve)\s+on\s+(?:the\s+)?"  # "I sit on Education and Skills"
                      # "(Sam & James) met as part of the working group", "James met with the working group"
                      r"|\b(?P<met>[A-Z][a-z'’-]+(?:\s*(?:&|and)\s*[A-Z][a-z'’-]+)?)\)?\s+(?:also\s+)?"
                      r"(?:met\s+(?:as\s+part\s+of|with)|attended)\s+(?:the\s+|our\s+)?")


def _members_named(text: str, offset: int, meetings, ref: Reference) -> dict[str, set[str]]:
    """Bodies that the text says a named person sits on, with the first names said to sit
    on each: a body one of the report's meetings is named by right there, else the body
    the words name."""
    out: dict[str, set[str]] = {}
    for m in _SITS_ON.finditer(text):
        at = m.end() + offset
        named = {lm.body_id for lm in meetings if any(at <= mm.start <= at + 8 for mm in lm.mentions)}
        if not named and m.group("i") and re.match(r"it\b", text[m.end() : m.end() + 3]):
            # "The Procedures Committee met on Tuesday 23 August ...; I sit on it": the body that sentence named
            start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1 + offset
            before = [(mm.start, lm.body_id) for lm in meetings for mm in lm.mentions if start <= mm.start < at]
            named = {max(before)[1]} if before else set()
        if not named:
            named = {_body_named_at(text, m.end(), ref, alone=True)} - {""}
        if named:  # "I sit on the NEC and the Org Committee, but not on ...": each body of the list
            named |= _listed_bodies(text, m.end(), ref)
        who = re.split(r"\s*(?:&|\band\b)\s*", m.group("met")) if m.group("met") else [m.group("who") or m.group("i")]
        for body in named:
            out.setdefault(body, set()).update(w.lower() for w in who)
    return out


#: Where the list of bodies after "I sit on" ends: "but", a clause's or sentence's end.
_LIST_END = re.compile(r"\bbut\b|[.;:()\n]|,\s+(?:so|which|who|where|because|as)\b")
#: What may join two bodies of one list: "and", ", ", "and on", "as well as".
_LIST_JOIN = re.compile(r"^\s*(?:,\s*)?(?:and|&|as\s+well\s+as)?(?:\s+(?:on|of))?(?:\s+(?:the|its|our))?\s*$|^\s*,\s*(?:the\s+)?$")


def _listed_bodies(text: str, pos: int, ref: Reference) -> set[str]:
    """The bodies of a list starting at ``pos`` ("the NEC, the Org Committee and the
    Disputes Panel"), each joined to the one before by a comma or "and", up to "but" or
    the clause's end."""
    from toolkit.extract.bodies import find_bodies

    stop = _LIST_END.search(text, pos, pos + 200)
    found = find_bodies(text[pos : stop.start() if stop else pos + 200], ref)
    out: set[str] = set()
    last = None
    for b in found:
        if last is not None and not _LIST_JOIN.match(text[pos + last : pos + b.start]):
            break
        if b.body_id:
            out.add(b.body_id)
        last = b.end
    return out


def _body_named_at(text: str, pos: int, ref: Reference, *, alone: bool = False) -> str:
    """The body whose name starts within a few characters of ``pos``, or ''. ``alone``:
    only when no other body's name follows it at once ("the REC Women's Committee")."""
    from toolkit.extract.bodies import find_bodies

    found = find_bodies(text[pos : pos + 60], ref)
    if not found or found[0].start > 4 or (alone and len(found) > 1 and found[1].start - found[0].end <= 1):
        return ""
    return found[0].body_id


#: A CLP officer's title on a byline, and the words of a representative on another body.
_CLP_OFFICER_ROLE = re.compile(r"\b(?:[Ss]ecretary|[Cc]hair|[Tt]reasurer|[Oo]fficer)\b")
_REP_ROLE = re.compile(r"\b(?:rep|reps|representative|delegate|member)\b", re.I)


def _line_end(text: str, at: int) -> int:
    """End of the line holding ``at`` (at most 160 characters on)."""
    stop = text.find("\n", at)
    return min(len(text) if stop < 0 else stop, at + 160)


def _byline_bodies(text: str, end: int, ref: Reference, main_body: str) -> set[str]:
    """Bodies the rest of an author's byline line names ("Rosie Falconer, CLP member of
    the East Midlands Regional Board"): bodies the author sits on."""
    from toolkit.extract.bodies import find_bodies

    line = text[end : _line_end(text, end)]
    region = main_body[4:] if main_body.startswith("rec-") else ""
    return {b.body_id for b in find_bodies(line, ref, region=region) if b.body_id}


def _bodies_named_after(rx: re.Pattern, text: str, ref: Reference) -> set[str]:
    """Bodies named right after each match of ``rx``: with _NOT_MEMBER those the author
    says they do not sit on ("I am not a member of the Equalities Committee"), with
    _ATTENDED those whose meeting they say they attended."""
    return {_body_named_at(text, m.end(), ref) for m in rx.finditer(text)} - {""}


#: A committee's chair reporting on its meeting to the meeting the report covers: "..., reported on its
#: meeting of 13 May", "reported on the Business Board meeting she had attended".
_REPORTED_ON_MEETING = re.compile(r"(?:,[^,.;]{0,80},)?\s+(?:then\s+|also\s+)?reported\s+(?:back\s+)?(?:on|from)\s+"
                                  r"(?:its|their|that|the|this)\s+(?:[\w'’-]+\s+){0,4}?(?:meeting|meetings)\b", re.I)


#: After a name, in its sentence: the person chaired another meeting and presented it to this one, or the
#: reverse ("Marion Tregarthen, who chaired it, presented its report"; "Lorna Pitt ... presented the report of its
#: meeting on 16 January, which she chaired").
_CHAIRED_IT = re.compile(r"[^.;!?]{0,160}?\b(?:who\s+(?:had\s+)?(?:chaired|convened|chairs|convenes)\s+(?:it|that\b|the\s+(?:meeting|committee|panel|"
                         r"sub-?committee|group)\b)|which\s+(?:she|he|they)\s+(?:had\s+)?(?:chaired|convened)\b)"
                         r"|^\s+(?:had\s+)?(?:chaired|convened)\s+it\b", re.I)  # ("Samir Haddad chaired it, and he gave ...")
#: A chair of a body's every meeting a report tells of: "..., who chaired every one of the CAC meetings below".
#: ("who chaired every CAC meeting in this diary"; "CAC at 10am, chaired, as at every meeting this week, by
#: Alun Pryor": _CHAIRED_EVERY_BY, before the name)
_CHAIRED_EVERY = re.compile(r"[^.;!?]{0,60}?\bwho\s+(?:has\s+)?chaired\s+(?:(?:every\s+one\s+of|each\s+of|all(?:\s+of)?)\s+"
                            r"(?:the|our|its)\s+(?P<body>[\w'’ -]{0,40}?\s+)?meetings|every\s+(?P<one>[\w'’ -]{0,40}?\s+)?meeting)\b",
                            re.I)
_CHAIRED_EVERY_BY = re.compile(r"\bchaired,?\s+as\s+(?:at|in|for)\s+(?:every|each|all)\s+(?:the\s+)?meetings?\b[^.;!?,]{0,30},\s*"
                               r"by\s+$", re.I)
_PRESENTED = re.compile(r"[^.;!?]{0,200}?\b(?:presented|reported|told\s+us|(?:took|talked)\s+us\s+through|introduced|"
                        r"gave\s+(?:its|the|her|his|their|a|a\s+short)\s+(?:[\w'’-]+\s+)?report)\b", re.I)


def _chaired_meeting(rx, text: str, at: int, main: int) -> int:
    """The held meeting of another body than the main one's told of nearest ``at`` (from 300
    characters before to the end of its sentence): the one a person "who chaired it" chaired."""
    end = min(len(text), at + 250)
    stop = re.search(r"[.;!?](?:\s|$)", text[at:end])
    end = at + stop.start() if stop else end
    best, gap = -1, 10**9
    for k, lm in enumerate(rx.meetings):
        if k == main or lm.status != "held" or lm.body_id == rx.meetings[main].body_id:
            continue
        for m in lm.mentions:
            if at - 300 <= m.start <= end and abs(m.start - at) < gap:
                best, gap = k, abs(m.start - at)
    return best


def _appearances(doc: Document, rx, ref: Reference, meeting_of, review_rows) -> list[dict]:
    text = doc.text
    rows: dict[tuple, dict] = {}
    absent: set[tuple[int, str]] = set()  # (meeting index, name key) of people sending apologies
    order = {p: i for i, p in enumerate(("chair", "reporter", "proposer", "speaker", "member", "author", "elected", "mentioned"))}

    def put(row: dict) -> None:
        key = (row["meeting_id"], row["actor_id"] or row["name"].lower())
        old = rows.get(key)
        if old is None or order[row["role"]] < order[old["role"]]:
            rows[key] = row

    main = main_meeting(rx.meetings, rx.main_body)
    for nm, part, li in rx.names:
        mid = meeting_of.get((rx.report_id, li), "") if li >= 0 else ""
        lm = rx.meetings[li] if 0 <= li < len(rx.meetings) else None
        on = lm.date.first_day() if lm is not None and lm.date is not None and lm.date.precision == "day" else (
            lm.date.first_day() if lm is not None and lm.date is not None else (rx.ref_date.first_day() if rx.ref_date else None))
        res = resolve_name(nm, ref, on=on, body_id=lm.body_id if lm is not None else rx.main_body)
        if nm.resolution == "role" and not res.actor_id:
            continue  # an office nobody can be named for is not an appearance
        held = lm is not None and lm.status == "held"
        role = part if held or part == "mentioned" else "mentioned"
        if role == "mentioned" and sent_apologies(text, nm):  # an author among them did not take part
            absent.update({(li, name_key(res.name)), (li, name_key(nm.mention))})
        row = {"appearance_id": stable_id("app", doc.doc_id, nm.start, nm.end), "meeting_id": mid,
               "actor_id": res.actor_id, "name": res.name, "mention": nm.mention, "resolution": res.resolution,
               "role": role, "participant": role in vocab.PARTICIPANT_ROLES, "report_id": rx.report_id,
               "doc_id": doc.doc_id, "evidence": "text", "char_start": nm.start, "char_end": nm.end,
               "quote": text[nm.start : nm.end], "resolution_note": res.note}
        put(row)
        if (role == "reporter" and main >= 0 and li != main and rx.meetings[main].status == "held" and lm is not None
                and lm.body_id != rx.meetings[main].body_id and _REPORTED_ON_MEETING.match(text, nm.end, nm.end + 160)):
            # "Carol Wynne, who chairs the Disputes Panel, reported on its meeting of 13 May": she took part in
            # the panel's meeting and reported on it to the meeting the report covers
            put({**row, "appearance_id": stable_id("app", doc.doc_id, nm.start, nm.end, "reported-to"),
                 "meeting_id": meeting_of.get((rx.report_id, main), "")})  # (the same reporter, at the main meeting)
        elif (held and main >= 0 and rx.meetings[main].status == "held" and _CHAIRED_IT.match(text, nm.end)
              and _PRESENTED.match(text, nm.end)):
            other = _chaired_meeting(rx, text, nm.start, main)
            for k, r in ((other, "chair"), (main, "reporter")):
                if other >= 0 and k != li:  # chaired the committee's meeting, and presented its report to the main one
                    put({**row, "appearance_id": stable_id("app", doc.doc_id, nm.start, nm.end, "chaired-and-reported", k),
                         "meeting_id": meeting_of.get((rx.report_id, k), ""), "role": r, "participant": True})
        person = res.actor_id not in ref.org_name
        every = _CHAIRED_EVERY.match(text, nm.end) if person else None
        every_by = person and not every and _CHAIRED_EVERY_BY.search(text, max(0, nm.start - 90), nm.start)
        if every or every_by:  # "Tony Mulvaney of Unite, who chaired every one of the CAC meetings below": each held one
            named = next((g for g in ("body", "one") if every and every.group(g)), "")
            body = _body_named_at(every.group(0), every.start(named) - every.start(), ref) if named else ""
            for k, other in enumerate(rx.meetings):
                if other.status == "held" and other.body_id == (body or rx.main_body) and k != li:
                    put({**row, "appearance_id": stable_id("app", doc.doc_id, nm.start, nm.end, "chaired-every", k),
                         "meeting_id": meeting_of.get((rx.report_id, k), ""), "role": "chair", "participant": True})
    family = rx.main_body if rx.main_body.startswith("rec-") else rx.main_body.split("-")[0]
    report_text = text[rx.report.char_start : rx.report.char_end]
    not_member = _bodies_named_after(_NOT_MEMBER, report_text, ref)
    attended = _bodies_named_after(_ATTENDED, report_text, ref)
    sits_on = _members_named(report_text, rx.report.char_start, rx.meetings, ref)
    floor = rx.meetings[main].date.first_day() if main >= 0 and rx.meetings[main].date else None
    n_authors = len({name_key(a) for a, _, _ in rx.authors})  # (one author named on the byline and the sign-off)
    for name, s, e in rx.authors:
        if name in rx.staff:
            continue  # the party's press officer reports the meeting without taking part
        pid = ref.person_by_key.get(name_key(name), "")
        role_at = e
        name_end = _line_end(text, e)
        if s >= 0 and not text[e:name_end].strip() and text.startswith("\n", name_end):
            role_at = name_end + 1  # a sign-off's role on the line under the name: "Sue Brannigan" /
            # "Secretary, Eltham CLP"
        on_byline = _byline_bodies(text, role_at, ref, rx.main_body) if s >= 0 else set()
        # "Posted by Jo Pilling, Secretary, Broxtowe CLP": a CLP's officer reporting back what its REC rep
        # told it sits on the CLP, not on the body the report is about
        role_end = _line_end(text, role_at)
        clp_officer = bool(on_byline) and all(b.startswith("clp-") for b in on_byline) and bool(
            _CLP_OFFICER_ROLE.search(text, role_at, role_end)) and not _REP_ROLE.search(text, role_at, role_end)
        for li, lm in enumerate(rx.meetings):
            if lm.status != "held":
                continue
            # the author sits on the report's body and its committees ("I am not a member of
            # the Equalities Committee, so this section is based on notes from ..." excepted)
            own_body = (lm.body_id in (rx.main_body, family) and not clp_officer) or lm.body_id in on_byline
            # a committee meeting the report covers: since the main meeting, or one it describes
            # ("The Organisation Committee met on 26 March"), not one it only refers back to
            # (a region's committees are not the Board: its members sit on them only when the report says so)
            # (and one told of in the first person, or in a report whose author names the committees
            # they are not on: "I am not a member of the Equalities Committee")
            committee = lm.body_id.startswith(family + "-") and not family.startswith("rec-") and (
                li in rx.first_person or bool(not_member)) and (
                floor is None or lm.date is None or lm.date.last_day() >= floor
                or any(m.describes and not m.qualifier for m in lm.mentions))
            sits = name.split()[0].lower() in sits_on.get(lm.body_id, ()) or (  # "Linda is also a member of the JPC"
                n_authors == 1 and "i" in sits_on.get(lm.body_id, ()))  # "I sit on Education and Skills"
            if li in rx.author_absent and (n_authors == 1 or li in rx.authors_absent):
                continue  # "I was not there", "I am not on it, so this is from Derek's report"
            if lm.mentions and all(m.qualifier == RECALLED_YEAR for m in lm.mentions):
                continue  # a meeting known only from a decision recalled with its year ("in 2008 it had agreed")
            if (lm.date is not None and rx.ref_date is not None and li not in rx.author_present
                    and rx.ref_date.year - lm.date.year > 2):
                continue  # "The forum at Warwick in July 2004 agreed ..." in 2023: long before the author's term
            if (li, name_key(name)) in absent or (li, name_key(ref.person_name.get(pid, name))) in absent:
                continue  # "Apologies were received from Euan MacAskill", one of the authors
            if not (own_body or committee or sits or lm.body_id in attended or li in rx.author_present) or (
                    lm.body_id in not_member) or (
                    lm.body_id in sits_on and not sits and not own_body and n_authors > 1):
                continue
            mid = meeting_of[(rx.report_id, li)]
            put({"appearance_id": stable_id("app", doc.doc_id, "author", name, rx.report_id, li), "meeting_id": mid,
                 "actor_id": pid, "name": ref.person_name.get(pid, name), "mention": name,
                 "resolution": ("exact" if pid else "unresolved"), "role": "author", "participant": True,
                 "report_id": rx.report_id, "doc_id": doc.doc_id,
                 "evidence": "text" if s >= 0 else "manifest",
                 "char_start": s if s >= 0 else None, "char_end": e if s >= 0 else None,
                 "quote": text[s:e] if s >= 0 else "",
                 "resolution_note": "" if pid else "author not in the reference data"})
    # a person said to have sent apologies to a meeting took no part in it, whatever another sentence says
    # ("Apologies came from Rachel Dunn." / "... because its mover, Rachel Dunn, had sent apologies")
    away = {(meeting_of.get((rx.report_id, li), ""), key) for li, key in absent}
    for row in rows.values():
        if row["participant"] and row["role"] != "author" and (
                (row["meeting_id"], name_key(row["name"])) in away or (row["meeting_id"], name_key(row["mention"])) in away):
            row.update(role="mentioned", participant=False)
    out = list(rows.values())
    seen = set()
    for r in out:
        if r["resolution"] == "unresolved" and (r["report_id"], r["name"]) not in seen:
            seen.add((r["report_id"], r["name"]))
            review_rows.append({"kind": "unresolved", "ref_id": r["appearance_id"], "report_id": r["report_id"],
                                "doc_id": r["doc_id"], "quote": r["quote"] or r["mention"],
                                "reason": r["resolution_note"]})
    return out


def _redirects(prev_mentions: pd.DataFrame | None, prev_redirects: pd.DataFrame | None,
               mention_rows: list[dict]) -> list[dict]:
    """Old meeting ids whose mentions now belong to a meeting with another id."""
    now = {(r["report_id"], r["char_start"]): r["meeting_id"] for r in mention_rows}
    new_ids = {r["meeting_id"] for r in mention_rows}
    out: dict[str, str] = {}
    if prev_redirects is not None:
        for old, new in zip(prev_redirects["old_id"], prev_redirects["new_id"], strict=True):
            out[old] = new
    if prev_mentions is not None:
        for old, rid, cs in zip(prev_mentions["meeting_id"], prev_mentions["report_id"],
                                prev_mentions["char_start"], strict=True):
            new = now.get((rid, int(cs)))
            if new and old != new and old not in new_ids:
                out[old] = new
    for old in list(out):  # follow chains to the current id; drop ids in use again
        seen = {old}
        while out[old] in out and out[old] not in seen:
            seen.add(out[old])
            out[old] = out[out[old]]
        if old in new_ids:
            del out[old]
    return [{"old_id": k, "new_id": v} for k, v in sorted(out.items())]


def build(raw_dir: str | Path, out_dir: str | Path, reference_dir: str | Path | None = None, *,
          progress: bool = False, workers: int | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
          on_document: Callable[[int, int], None] | None = None) -> Corpus:
    """Build the tables of every report under ``raw_dir`` into ``out_dir``.

    Guarantees: one ``documents`` row per input file (and per missing manifest entry),
    whatever happened to it; ``text/DOC_ID.txt`` for every ok document, to which every
    span points; the same input gives byte-identical CSV and text files. Raises
    ``BuildError`` only when nothing can be built.
    """
    raw, out = Path(raw_dir), Path(out_dir)
    if not raw.is_dir():
        raise BuildError(f"raw folder not found: {raw}")
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise BuildError(f"cannot write to {out}: {exc}") from exc
    ref = load_reference(reference_dir)
    kept: set[str] = set()
    if (out / "documents.parquet").exists():  # documents already built stay the originals
        try:
            prev = pd.read_parquet(out / "documents.parquet", columns=["doc_id", "status"])
            kept = set(prev.loc[prev["status"] == "ok", "doc_id"])
        except Exception:  # an unreadable old build is simply not used
            kept = set()
    docs, problems = ingest(raw, max_bytes=max_bytes, keep=kept)
    workers = workers or min(2, os.cpu_count() or 1)
    bar = _progress(len(docs), progress)
    ok_count = sum(d.status == "ok" for d in docs)
    done = [0]

    def tick() -> None:
        done[0] += 1
        bar.update(1)
        if on_document:
            on_document(done[0], ok_count)

    bar.update(len(docs) - ok_count)
    extractions = _extract_all(docs, str(reference_dir) if reference_dir else None, ref, workers=workers, tick=tick)
    bar.close()
    prev_m = prev_r = None
    if (out / "meeting_mentions.parquet").exists():
        try:
            prev_m = pd.read_parquet(out / "meeting_mentions.parquet")
            prev_r = pd.read_parquet(out / "meeting_redirects.parquet")
        except Exception:  # an unreadable old build is simply not used
            prev_m = prev_r = None
    corpus = assemble(docs, extractions, ref, prev_m, prev_r)
    ref_dir = Path(reference_dir) if reference_dir else default_reference_dir()
    overrides = apply_overrides(corpus.tables(), read_overrides(ref_dir / "overrides.csv"),
                                dict(zip(corpus.actors["actor_id"], corpus.actors["name"], strict=True)))
    if overrides.rejected:
        extra = pd.DataFrame([{"kind": "override", "ref_id": o.id, "report_id": "", "doc_id": "",
                               "quote": f"{o.table}.{o.column} = {o.value}", "reason": why}
                              for o, why in overrides.rejected])
        corpus.review = frame("review", corpus.review.to_dict("records") + extra.to_dict("records"))
    text_dir = out / "text"
    if text_dir.exists():
        shutil.rmtree(text_dir)
    text_dir.mkdir(parents=True)
    for d in docs:
        if d.status == "ok":
            (text_dir / f"{d.doc_id}.txt").write_text(d.text, encoding="utf-8", newline="\n")
    write_tables(corpus, out)
    corpus.path = out
    corpus.summary = summarise(corpus, problems, overrides)  # type: ignore[attr-defined]
    return corpus


def summarise(corpus: Corpus, problems: Iterable[str] = (), overrides: OverrideResult | None = None) -> BuildSummary:
    """The closing summary's counts."""
    a = corpus.appearances
    overrides = overrides or OverrideResult()
    return BuildSummary(
        documents_by_status=dict(Counter(corpus.documents["status"])),
        reports=len(corpus.reports),
        meetings=len(corpus.meetings),
        decisions=len(corpus.decisions),
        unclassified=int((corpus.review["kind"] == "unclassified").sum()),
        appearances=len(a),
        unresolved_names=int((a["resolution"] == "unresolved").sum()) if len(a) else 0,
        manifest_problems=list(problems),
        overrides_applied=len(overrides.applied),
        override_problems=[f"{o.table} {o.id} {o.column}: {why}" for o, why in overrides.rejected],
    )


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int, enabled: bool):
    if not enabled:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="documents", leave=False)
