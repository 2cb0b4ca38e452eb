"""The single registry of tables and columns.

Every column is declared once (name, type, description) in :data:`FIELDS`; every table is
a list of those columns in :data:`TABLES`. Writing (``tables``), validation and
``datapackage.json`` all read this registry, so a column cannot be documented one way and
written another. The contract it encodes is ``SCHEMA.md`` of the project.

Types are Frictionless Table Schema types: ``string``, ``integer``, ``number``,
``boolean``, ``date``. A field with ``is_list`` holds a list: ``;``-joined in CSV, a list
of strings in Parquet (declared ``string`` in the data package, with the delimiter noted).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from toolkit import vocab


@dataclass(frozen=True)
class Field:
    """One column: its name, Frictionless type, meaning, and optional fixed vocabulary."""

    name: str
    type: str
    description: str
    is_list: bool = False
    enum: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Table:
    """One table: its columns in order, its primary key and what one row is."""

    name: str
    description: str
    columns: tuple[str, ...]
    primary_key: tuple[str, ...] = ()
    #: Per-table overrides of a shared field's description or vocabulary.
    overrides: dict[str, Field] = field(default_factory=dict)

    def fields(self) -> list[Field]:
        """The table's fields in column order, with this table's overrides applied."""
        return [self.overrides.get(c, FIELDS[c]) for c in self.columns]


def _f(name: str, type_: str, description: str, **kw) -> Field:
    return Field(name, type_, description, **kw)


FIELDS: dict[str, Field] = {
    f.name: f
    for f in [
        # identifiers
        _f("doc_id", "string", "Stable id of an input file (derived from its path under RAW_DIR)."),
        _f("report_id", "string", "Id of one report within a document: DOC_ID-rNN."),
        _f("meeting_id", "string", "Id of a real meeting: BODY-DATE, with a suffix when needed."),
        _f("body_id", "string", "Canonical body id (SCHEMA.md), e.g. nec, nec-org, rec-london."),
        _f("actor_id", "string", "Id of a person or organisation; empty when unresolved."),
        _f("appearance_id", "string", "Stable id of one appearance row."),
        _f("decision_id", "string", "Stable id of one decision row (one report's record)."),
        _f("item_id", "string", "Id shared by the decision rows of all reports on one item."),
        _f("parent_id", "string", "Body id of the parent body, empty for top-level bodies."),
        _f("duplicate_of", "string", "doc_id of the document this one duplicates."),
        _f("ref_id", "string", "Id of the row the review entry is about (any table)."),
        _f("old_id", "string", "A meeting id that is no longer used."),
        _f("new_id", "string", "The meeting id that replaced it."),
        # documents
        _f("path", "string", "Path of the file relative to RAW_DIR, with / separators."),
        _f("title", "string", "Title, from the manifest, the text or the URL."),
        _f("authors", "string", "Authors' names.", is_list=True),
        _f("publisher", "string", "Who published the document (site or group)."),
        _f("published", "string", "Publication date as ISO at its precision (YYYY, YYYY-MM, YYYY-MM-DD)."),
        _f("source_url", "string", "Where the document was published, if known."),
        _f("format", "string", "Reader used: txt, md, html, pdf, docx, or the unsupported suffix."),
        _f("sha256", "string", "SHA-256 of the file's bytes."),
        _f("n_chars", "integer", "Length of the normalised text in code points."),
        _f(
            "status",
            "string",
            "What happened to the file.",
            enum=tuple(vocab.DOCUMENT_STATUSES),
        ),
        _f("message", "string", "Why the status is what it is, in words."),
        # spans
        _f("char_start", "integer", "Start offset (code points) in text/DOC_ID.txt."),
        _f("char_end", "integer", "End offset (exclusive) in text/DOC_ID.txt."),
        _f("quote", "string", "The exact text of the span."),
        _f("text", "string", "The whole sentence (or list item) recording the outcome."),
        _f("evidence", "string", "Where the evidence lies.", enum=tuple(vocab.EVIDENCE_KINDS)),
        # bodies
        _f("name", "string", "Display name."),
        _f("level", "string", "national, regional or local.", enum=("national", "regional", "local")),
        _f("aliases", "string", "Other names this row is known by.", is_list=True),
        # meetings
        _f("body_name", "string", "Display name of the body."),
        _f("date", "string", "ISO date at its precision: YYYY-MM-DD, YYYY-MM or YYYY; empty if unknown."),
        _f("date_end", "string", "Last day of a range ('4 to 9 March'); empty otherwise."),
        _f("date_start", "date", "First day of the dated period, for sorting and plotting."),
        _f(
            "date_precision",
            "string",
            "How precisely the date is known.",
            enum=tuple(vocab.DATE_PRECISIONS),
        ),
        _f("n_sources", "integer", "Number of reports that describe the meeting."),
        _f("report_ids", "string", "Reports that describe the meeting.", is_list=True),
        _f("same_as", "string", "Extension: for a month-only meeting, the one day-dated meeting of its body "
           "in that month, known from other reports, that it probably is; empty otherwise. "
           "Corpus.one_row_per_meeting() folds such rows into that meeting."),
        _f(
            "status_as_reported",
            "string",
            "The status this mention gives the meeting.",
            enum=tuple(vocab.MEETING_STATUSES),
        ),
        _f("date_source", "string", "Where the date came from.", enum=tuple(vocab.DATE_SOURCES)),
        # actors and roles
        _f("kind", "string", "person or organisation.", enum=tuple(vocab.ACTOR_KINDS)),
        _f("role", "string", "A role (office in roles; part in the meeting in appearances)."),
        _f("organisation", "string", "Section, union or organisation the role is held for."),
        _f("start_date", "string", "When the role began (ISO at its precision)."),
        _f("end_date", "string", "When the role ended (ISO at its precision); empty if current or unknown."),
        _f("source", "string", "Where the fact comes from (a file in data/raw, or a named public record)."),
        # appearances
        _f("mention", "string", "The name as written in the text."),
        _f(
            "resolution",
            "string",
            "How the name was matched to an actor.",
            enum=tuple(vocab.RESOLUTIONS),
        ),
        _f("participant", "boolean", "True when the actor took part in the meeting."),
        _f("resolution_note", "string", "Why a name is unresolved, or which rule resolved it."),
        # decisions
        _f("outcome", "string", "Outcome of the item.", enum=tuple(vocab.OUTCOMES)),
        _f("subject", "string", "A short description of the item."),
        _f("deferred_to", "string", "A deferral's target as written."),
        _f("deferred_to_body_id", "string", "A deferral's target body, as a body id."),
        _f("deferred_to_date", "string", "A deferral's target date (ISO at its precision)."),
        _f("vote", "string", "FOR-AGAINST or FOR-AGAINST-ABSTAIN when numbers are given."),
        _f("confidence", "number", "Confidence of the extraction, in [0, 1]."),
        _f("negated", "boolean", "True when an outcome word was present but negated or hedged."),
        # review
        _f("reason", "string", "Why a person should look at this row."),
    ]
}

_APPEARANCE_ROLE = Field(
    "role", "string", "The actor's part in the meeting.", enum=tuple(vocab.APPEARANCE_ROLES)
)
_MEETING_STATUS = Field(
    "status", "string", "held, scheduled or cancelled.", enum=tuple(vocab.MEETING_STATUSES)
)
_REVIEW_KIND = Field("kind", "string", "What kind of check.", enum=tuple(vocab.REVIEW_KINDS))

TABLES: dict[str, Table] = {
    t.name: t
    for t in [
        Table(
            "documents",
            "One row per input file, whatever happened to it, and one per manifest row naming a missing file.",
            ("doc_id", "path", "title", "authors", "publisher", "published", "source_url",
             "format", "sha256", "n_chars", "status", "message", "duplicate_of"),
            ("doc_id",),
        ),
        Table(
            "reports",
            "One report within a document (an archive page holds several).",
            ("report_id", "doc_id", "title", "authors", "published", "char_start", "char_end"),
            ("report_id",),
        ),
        Table(
            "bodies",
            "Committees and other bodies, with their aliases (from data/reference/bodies.csv).",
            ("body_id", "name", "level", "parent_id", "aliases"),
            ("body_id",),
        ),
        Table(
            "meetings",
            "One row per real meeting, merged across every report that describes it.",
            ("meeting_id", "body_id", "body_name", "date", "date_end", "date_start",
             "date_precision", "status", "title", "n_sources", "report_ids", "same_as"),
            ("meeting_id",),
            {"status": _MEETING_STATUS},
        ),
        Table(
            "meeting_redirects",
            "Old meeting ids kept resolvable after a more precise date changed the id.",
            ("old_id", "new_id"),
            ("old_id",),
        ),
        Table(
            "meeting_mentions",
            "Every place a report describes or refers to a meeting, and where its date came from.",
            ("meeting_id", "report_id", "doc_id", "char_start", "char_end", "quote",
             "status_as_reported", "date_source"),
        ),
        Table(
            "actors",
            "People and organisations.",
            ("actor_id", "name", "kind", "aliases"),
            ("actor_id",),
        ),
        Table(
            "roles",
            "Dated offices and memberships, from the reference data and the reports.",
            ("actor_id", "role", "body_id", "organisation", "start_date", "end_date", "source"),
        ),
        Table(
            "appearances",
            "An actor named in connection with a meeting; the basis of co-attendance.",
            ("appearance_id", "meeting_id", "actor_id", "name", "mention", "resolution",
             "role", "participant", "report_id", "doc_id", "evidence", "char_start",
             "char_end", "quote", "resolution_note"),
            ("appearance_id",),
            {"role": _APPEARANCE_ROLE},
        ),
        Table(
            "decisions",
            "One row per recorded outcome of an item in one report.",
            ("decision_id", "item_id", "meeting_id", "report_id", "doc_id", "outcome",
             "subject", "text", "deferred_to", "deferred_to_body_id", "deferred_to_date",
             "vote", "evidence", "char_start", "char_end", "confidence"),
            ("decision_id",),
        ),
        Table(
            "review",
            "What a person should check first, with the id to use in overrides.csv.",
            ("kind", "ref_id", "report_id", "doc_id", "quote", "reason"),
            (),
            {"kind": _REVIEW_KIND},
        ),
    ]
}

TABLE_NAMES: tuple[str, ...] = tuple(TABLES)


def columns(table: str) -> tuple[str, ...]:
    """Column names of ``table`` in order."""
    return TABLES[table].columns
