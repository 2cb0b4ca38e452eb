"""Fixed vocabularies, declared once with what each value means.

Every module uses these names rather than string literals, so a value cannot drift
between the extractor that writes it and the notebook that filters on it.
"""

from __future__ import annotations

#: What happened to an input file (``documents.status``).
DOCUMENT_STATUSES: dict[str, str] = {
    "ok": "text extracted and processed",
    "empty": "the file holds no text (e.g. a scanned PDF without a text layer, or 0 bytes)",
    "unreadable": "corrupt, binary or undecodable",
    "unsupported": "a format or size we do not read; the message says what we do read",
    "duplicate": "same text as `duplicate_of` (byte-identical, or the same report published twice)",
    "missing": "named in manifest.csv but not on disk",
    "error": "a bug in the toolkit: the message says what failed",
}

#: File suffixes the ingest stage reads, and the reader used for each.
SUPPORTED_FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}

#: Outcome of an item of business (``decisions.outcome``).
OUTCOMES: dict[str, str] = {
    "agreed": "approved, adopted, endorsed, passed or carried",
    "rejected": "voted down, defeated, fell, not agreed",
    "deferred": "postponed to a later meeting, date or body",
    "referred": "referred back, remitted or sent to another body for decision",
    "noted": "received or noted a report or a fact",
    "withdrawn": "withdrawn by its mover or sponsor",
    "elected": "a person elected or appointed to a post",
}

#: A meeting's status (``meetings.status``, ``meeting_mentions.status_as_reported``).
MEETING_STATUSES: dict[str, str] = {
    "held": "took place, as described or recalled by the report",
    "scheduled": "announced for a date after the report",
    "cancelled": "was to take place but was called off",
}

#: How precisely a date is known (``meetings.date_precision``).
DATE_PRECISIONS: dict[str, str] = {
    "day": "YYYY-MM-DD",
    "month": "YYYY-MM",
    "year": "YYYY",
    "unknown": "no date could be given",
}

#: Where a meeting's date came from (``meeting_mentions.date_source``).
DATE_SOURCES: dict[str, str] = {
    "text": "a date written in the sentence or passage",
    "title": "the report's title",
    "url": "the document's URL (/2020/10/...)",
    "manifest": "the manifest's published date",
    "inferred": "the year or month completed from the report's date",
}

#: How a name was matched to an actor (``appearances.resolution``).
RESOLUTIONS: dict[str, str] = {
    "exact": "the canonical name as written",
    "alias": "a listed alias (other spelling, title, short form)",
    "role": "a role phrase ('the General Secretary') resolved by date",
    "first-name": "a first name matched to one person named in the same report or holding an office",
    "unresolved": "no actor found; kept as written with the reason",
    "override": "set by hand in data/reference/overrides.csv",
}

#: An actor's part in a meeting (``appearances.role``).
APPEARANCE_ROLES: dict[str, str] = {
    "author": "wrote the report and, as a member, was present",
    "chair": "chaired the meeting",
    "reporter": "gave a report to the meeting",
    "speaker": "spoke, asked or raised a point",
    "proposer": "proposed or moved a motion or amendment",
    "member": "named as a member present or welcomed",
    "elected": "elected or appointed at the meeting (not in their absence, which is 'mentioned')",
    "mentioned": "named, but not as taking part",
}

#: Appearance roles that count as taking part (``appearances.participant``).
PARTICIPANT_ROLES: frozenset[str] = frozenset(
    {"author", "chair", "reporter", "speaker", "proposer", "member", "elected"}
)

#: Where an extracted row's evidence lies (``evidence``).
EVIDENCE_KINDS: dict[str, str] = {
    "text": "a span of text/DOC_ID.txt",
    "manifest": "the manifest only (e.g. an author not named in the text)",
}

#: Actor kinds (``actors.kind``).
ACTOR_KINDS: dict[str, str] = {
    "person": "a named individual",
    "organisation": "a union, affiliate, faction, slate or other organisation",
}

#: Kinds of row in the ``review`` table.
REVIEW_KINDS: dict[str, str] = {
    "document": "a document that failed or was skipped",
    "unclassified": "a sentence that looks like a decision but fits no outcome",
    "low-confidence": "a decision extracted with low confidence",
    "unresolved": "a name that matched no actor",
    "undated-meeting": "a meeting with no date",
    "date-conflict": "reports disagree on a meeting's date",
    "outcome-conflict": "reports disagree on an item's outcome",
    "override": "an override whose id no longer exists",
}

#: Body families, for colours and grouping: first matching prefix wins.
BODY_FAMILIES: dict[str, str] = {
    "nec": "NEC (full meeting)",
    "nec-": "NEC committees",
    "rec-": "Regional and national executive committees",
    "conference": "Conferences",
    "other": "Other bodies",
}


def body_family(body_id: str | None) -> str:
    """Return the family key of a body id: ``nec``, ``nec-``, ``rec-``, ``conference`` or ``other``."""
    if not body_id:
        return "other"
    if body_id == "nec":
        return "nec"
    if body_id.startswith("nec-"):
        return "nec-"
    if body_id.startswith("rec-"):
        return "rec-"
    if body_id.startswith("conference") or body_id.startswith("cac"):
        return "conference"
    return "other"

#: Region words as reports write them, to the region part of ``rec-<region>`` and
#: ``conference-<region>`` ids. Longest phrases are matched first.
REGION_WORDS: dict[str, str] = {
    "london": "london",
    "scottish": "scotland",
    "scotland": "scotland",
    "welsh": "wales",
    "wales": "wales",
    "yorkshire and the humber": "yorkshire",
    "yorkshire & humber": "yorkshire",
    "yorkshire and humber": "yorkshire",
    "yorkshire": "yorkshire",
    "north west": "north-west",
    "north-west": "north-west",
    "northwest": "north-west",
    "north east": "northern",
    "north-east": "northern",
    "northern": "northern",
    "labour north": "northern",  # the Northern region's own name (not "Labour North West")
    "eastern": "eastern",
    "east of england": "eastern",
    "east midlands": "east-midlands",
    "east-midlands": "east-midlands",
    "west midlands": "west-midlands",
    "west-midlands": "west-midlands",
    "south east": "south-east",
    "south-east": "south-east",
    "south west": "south-west",
    "south-west": "south-west",
}
