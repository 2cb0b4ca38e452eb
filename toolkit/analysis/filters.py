"""Filters over a Corpus: a year range, bodies, a person; and the options they offer.

A :class:`Filters` value says what to keep; :func:`apply` returns a
:class:`FilteredCorpus` (a ``Corpus`` that remembers its filters, so charts can say
which are active). Every option a user can choose (years, bodies, people) is read from
the tables by :func:`filter_options`, never written into code.

What the filters keep
---------------------
- **Meetings** whose year (of ``date_start``, else ``date``) lies in the range, whose
  ``body_id`` is one of the bodies, and at which a matching person is named (any
  appearance, taking part or not). Undated meetings drop out once a year range is set.
- **Mentions, appearances, decisions** of the kept meetings.
- **Reports** that describe or record anything kept; **documents** of those reports.
  A document or report tied to no meeting at all (a failed file, a report with nothing
  extracted) is kept only while no body or person filter is set, and then by the year it
  was published.
- **Review** rows that refer to a kept row or report. **Bodies** are cut to the chosen
  bodies; actors, roles and redirects are lookups and stay whole.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from itertools import chain

import pandas as pd

from toolkit import vocab
from toolkit.analysis.periods import meeting_dates, text_or_empty, year_of
from toolkit.corpus import Corpus

#: Body groups of the filter bar, in display order: key -> label.
BODY_GROUPS: dict[str, str] = {
    "nec-and-committees": "NEC and committees",
    "recs": "RECs",
    "other": "Other bodies",
}

#: Body families (``vocab.body_family``) in the order lanes and options are listed.
FAMILY_ORDER: tuple[str, ...] = tuple(vocab.BODY_FAMILIES)


def body_group(body_id: str | None) -> str:
    """The filter-bar group of a body: ``nec-and-committees``, ``recs`` or ``other``."""
    family = vocab.body_family(body_id)
    if family in ("nec", "nec-"):
        return "nec-and-committees"
    if family == "rec-":
        return "recs"
    return "other"


def body_sort_key(body_id: str, name: str = "") -> tuple[int, str, str]:
    """Sort key listing the NEC first, then NEC committees, RECs, conferences, others;
    by name within a family."""
    family = vocab.body_family(body_id)
    return (FAMILY_ORDER.index(family), (name or body_id).casefold(), body_id)


def fold(text: object) -> str:
    """``text`` reduced for searching: no accents, curly apostrophes straightened,
    case-folded, single spaces. Blank or missing values give ``""``."""
    if not isinstance(text, str):
        return ""
    s = unicodedata.normalize("NFKD", text.replace("’", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.casefold().split())


@dataclass(frozen=True)
class Filters:
    """What to keep of a corpus. The default keeps everything.

    ``years`` is an inclusive range of meeting years, or None for all years;
    ``body_ids`` the bodies to keep (empty: all); ``person`` a search string matched
    against the names, spellings and aliases of the people named at a meeting (empty:
    anyone).
    """

    years: tuple[int, int] | None = None
    body_ids: tuple[str, ...] = ()
    person: str = ""

    def __post_init__(self) -> None:
        if self.years is not None:
            lo, hi = (int(y) for y in self.years)
            object.__setattr__(self, "years", (min(lo, hi), max(lo, hi)))
        object.__setattr__(self, "body_ids", tuple(sorted(set(self.body_ids))))
        object.__setattr__(self, "person", (self.person or "").strip())

    @property
    def active(self) -> bool:
        """True when any filter would drop something."""
        return self.years is not None or bool(self.body_ids) or bool(self.person)

    @property
    def narrows_by_meeting(self) -> bool:
        """True when bodies or a person are chosen (rows tied to no meeting drop out)."""
        return bool(self.body_ids) or bool(self.person)

    def describe(self) -> str:
        """The filters in words, always naming all three: e.g.
        ``2019–2020 · bodies: rec-london · person: "Asha"``."""
        if self.years is None:
            years = "all years"
        elif self.years[0] == self.years[1]:
            years = str(self.years[0])
        else:
            years = f"{self.years[0]}–{self.years[1]}"
        if not self.body_ids:
            bodies = "all bodies"
        elif len(self.body_ids) <= 4:
            bodies = "bodies: " + ", ".join(self.body_ids)
        else:
            bodies = f"{len(self.body_ids)} bodies: " + ", ".join(self.body_ids[:3]) + ", …"
        parts = [years, bodies]
        if self.person:
            parts.append(f'person: "{self.person}"')
        return " · ".join(parts)

    def slug(self) -> str:
        """A short file-name-safe form: ``all`` when inactive, else e.g.
        ``2019-2020_rec-london_person-asha``."""
        if not self.active:
            return "all"
        parts = []
        if self.years is not None:
            parts.append(f"{self.years[0]}-{self.years[1]}")
        if self.body_ids:
            parts.append("-".join(self.body_ids) if len(self.body_ids) <= 3
                         else f"{len(self.body_ids)}-bodies")
        if self.person:
            parts.append("person-" + "-".join(fold(self.person).replace("'", "").split()))
        return "_".join(parts)

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready record: ``years`` (list or None), ``body_ids``, ``person``,
        ``description``."""
        return {
            "years": list(self.years) if self.years else None,
            "body_ids": list(self.body_ids),
            "person": self.person,
            "description": self.describe(),
        }


@dataclass(repr=False)
class FilteredCorpus(Corpus):
    """A ``Corpus`` cut down by :func:`apply`, with the ``filters`` that made it and the
    unfiltered ``base`` it was cut from."""

    filters: Filters = field(default_factory=Filters)
    base: Corpus | None = None


def filters_of(corpus: Corpus) -> Filters:
    """The filters a corpus was cut with (``Filters()`` for an unfiltered corpus)."""
    return getattr(corpus, "filters", None) or Filters()


@dataclass(frozen=True)
class BodyOption:
    """One choosable body: its id, display name and filter-bar group key."""

    body_id: str
    name: str
    group: str


@dataclass(frozen=True)
class FilterOptions:
    """What the filter bar offers, read from the tables.

    ``years`` is the (first, last) year of any meeting or report, or None when no date
    is known; ``bodies`` the bodies that have meetings, in lane order; ``people`` the
    display names of everyone named at a meeting.
    """

    years: tuple[int, int] | None
    bodies: tuple[BodyOption, ...]
    people: tuple[str, ...]

    def groups(self) -> dict[str, list[BodyOption]]:
        """The bodies by group key, groups in ``BODY_GROUPS`` order, empty groups left out."""
        out: dict[str, list[BodyOption]] = {}
        for key in BODY_GROUPS:
            members = [b for b in self.bodies if b.group == key]
            if members:
                out[key] = members
        return out


def body_names(corpus: Corpus) -> dict[str, str]:
    """Display name per body id: ``bodies.name``, else ``meetings.body_name``, else the id."""
    names: dict[str, str] = {}
    meetings = corpus.meetings
    for body_id, name in zip(text_or_empty(meetings["body_id"]),
                             text_or_empty(meetings["body_name"]), strict=True):
        if body_id and name and body_id not in names:
            names[body_id] = name
    for body_id, name in zip(text_or_empty(corpus.bodies["body_id"]),
                             text_or_empty(corpus.bodies["name"]), strict=True):
        if body_id and name:
            names[body_id] = name
    return names


def filter_options(corpus: Corpus) -> FilterOptions:
    """The years, bodies and people ``corpus`` offers to filter on (see
    :class:`FilterOptions`); the same corpus always gives the same options, in order."""
    dated = meeting_dates(corpus.meetings)
    years = [int(y) for y in dated["year"].dropna()]
    years += [y for y in (year_of(v) for v in corpus.reports["published"]) if y is not None]
    year_range = (min(years), max(years)) if years else None

    names = body_names(corpus)
    ids = sorted({b for b in text_or_empty(corpus.meetings["body_id"]) if b},
                 key=lambda b: body_sort_key(b, names.get(b, b)))
    bodies = tuple(BodyOption(b, names.get(b, b), body_group(b)) for b in ids)

    app = corpus.appearances
    actor_name = dict(zip(text_or_empty(corpus.actors["actor_id"]),
                          text_or_empty(corpus.actors["name"]), strict=True))
    people = {
        actor_name.get(a) or n
        for a, n in zip(text_or_empty(app["actor_id"]), text_or_empty(app["name"]), strict=True)
        if actor_name.get(a) or n
    }
    return FilterOptions(year_range, bodies, tuple(sorted(people, key=fold)))


def person_meetings(corpus: Corpus, person: str) -> set[str]:
    """Meeting ids at which someone matching ``person`` is named (any appearance).

    A match is ``person`` (folded: case, accents, apostrophes) found inside an
    appearance's ``name`` or ``mention``, or inside the ``name`` or an alias of the
    actor the appearance is resolved to. An empty search matches no meeting.
    """
    q = fold(person)
    if not q:
        return set()
    actors = corpus.actors
    matched_actors = {
        a for a, n, aliases in zip(text_or_empty(actors["actor_id"]), actors["name"],
                                   actors["aliases"], strict=True)
        if a and any(q in fold(x) for x in chain([n], _as_list(aliases)))
    }
    app = corpus.appearances
    hit = (
        text_or_empty(app["actor_id"]).isin(matched_actors)
        | text_or_empty(app["name"]).map(lambda s: q in fold(s)).astype(bool)
        | text_or_empty(app["mention"]).map(lambda s: q in fold(s)).astype(bool)
    )
    return set(text_or_empty(app.loc[hit, "meeting_id"]))


def _as_list(cell: object) -> list[str]:
    if isinstance(cell, str):
        return [x for x in cell.split(";") if x]
    if cell is None or isinstance(cell, float):
        return []
    return [str(x) for x in cell]


def apply(corpus: Corpus, filters: Filters) -> FilteredCorpus:
    """``corpus`` cut down to what ``filters`` keep (see the module notes).

    Guarantees: every kept meeting passes all filters; every kept mention, appearance and
    decision belongs to a kept meeting; every kept report and document is one those rows
    (or the meetings' ``report_ids``) rest on, or, with no body or person filter, one tied
    to no meeting that was published in the year range. Inactive filters return the same
    tables (not copies). Applying to a ``FilteredCorpus`` starts again from its base:
    filters replace each other, they do not stack. The input is never modified.
    """
    base = getattr(corpus, "base", None) or corpus
    if not filters.active:
        return FilteredCorpus(**base.tables(), path=base.path, filters=filters, base=base)

    dated = meeting_dates(base.meetings)
    keep = pd.Series(True, index=dated.index)
    if filters.years is not None:
        lo, hi = filters.years
        keep &= dated["year"].between(lo, hi).fillna(False).astype(bool)
    if filters.body_ids:
        keep &= text_or_empty(dated["body_id"]).isin(filters.body_ids)
    if filters.person:
        keep &= text_or_empty(dated["meeting_id"]).isin(person_meetings(base, filters.person))
    meetings = base.meetings.loc[keep.to_numpy()]
    meeting_ids = set(text_or_empty(meetings["meeting_id"]))

    def of_meetings(df: pd.DataFrame) -> pd.DataFrame:
        return df.loc[text_or_empty(df["meeting_id"]).isin(meeting_ids).to_numpy()]

    mentions = of_meetings(base.meeting_mentions)
    appearances = of_meetings(base.appearances)
    decisions = of_meetings(base.decisions)

    report_ids = set(_meeting_report_cells(meetings))
    for df in (mentions, appearances, decisions):
        report_ids.update(text_or_empty(df["report_id"]))
    report_ids.discard("")
    if not filters.narrows_by_meeting:
        report_ids |= _unattached_reports(base, filters.years)
    reports = base.reports.loc[text_or_empty(base.reports["report_id"]).isin(report_ids)]

    doc_ids = set(text_or_empty(reports["doc_id"]))
    if not filters.narrows_by_meeting:
        doc_ids |= _reportless_documents(base, filters.years)
    documents = base.documents.loc[text_or_empty(base.documents["doc_id"]).isin(doc_ids)]

    bodies = base.bodies
    if filters.body_ids:
        bodies = bodies.loc[text_or_empty(bodies["body_id"]).isin(filters.body_ids)]

    kept_ids = set(doc_ids) | report_ids | meeting_ids
    kept_ids |= set(text_or_empty(decisions["decision_id"])) | set(
        text_or_empty(decisions["item_id"])
    )
    kept_ids |= set(text_or_empty(appearances["appearance_id"]))
    review = base.review
    review = review.loc[(text_or_empty(review["report_id"]).isin(report_ids)
                         | text_or_empty(review["ref_id"]).isin(kept_ids)).to_numpy()]

    return FilteredCorpus(
        documents=documents,
        reports=reports,
        bodies=bodies,
        meetings=meetings,
        meeting_redirects=base.meeting_redirects,
        meeting_mentions=mentions,
        actors=base.actors,
        roles=base.roles,
        appearances=appearances,
        decisions=decisions,
        review=review,
        path=base.path,
        filters=filters,
        base=base,
    )


def _meeting_report_cells(meetings: pd.DataFrame) -> list[str]:
    out: list[str] = []
    for cell in meetings["report_ids"]:
        out.extend(_as_list(cell))
    return out


def _attached_reports(corpus: Corpus) -> set[str]:
    ids = set(_meeting_report_cells(corpus.meetings))
    for df in (corpus.meeting_mentions, corpus.appearances, corpus.decisions):
        ids.update(text_or_empty(df["report_id"]))
    return ids


def _in_years(published: object, years: tuple[int, int] | None) -> bool:
    if years is None:
        return True
    y = year_of(published)
    return y is not None and years[0] <= y <= years[1]


def _unattached_reports(corpus: Corpus, years: tuple[int, int] | None) -> set[str]:
    attached = _attached_reports(corpus)
    return {
        r for r, p in zip(text_or_empty(corpus.reports["report_id"]),
                          corpus.reports["published"], strict=True)
        if r and r not in attached and _in_years(p, years)
    }


def _reportless_documents(corpus: Corpus, years: tuple[int, int] | None) -> set[str]:
    with_reports = set(text_or_empty(corpus.reports["doc_id"]))
    return {
        d for d, p in zip(text_or_empty(corpus.documents["doc_id"]),
                          corpus.documents["published"], strict=True)
        if d and d not in with_reports and _in_years(p, years)
    }
