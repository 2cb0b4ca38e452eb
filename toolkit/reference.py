"""Curated reference data (``data/reference/*.csv``) loaded into lookups.

Bodies with aliases, people with aliases and dated roles, organisations, a glossary and
the outcome vocabulary. The CSV files are the source of truth, reviewable in a diff; this
module only reads them (it is the resolve stage's loader) and compiles the lookups once.
"""

from __future__ import annotations

import csv
import datetime
import functools
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

from toolkit import patterns as P

REFERENCE_FILES = ("bodies.csv", "people.csv", "roles.csv", "organisations.csv",
                   "glossary.csv", "outcomes.csv", "given_names.csv")


def default_reference_dir() -> Path:
    """``data/reference`` of the project this package belongs to."""
    return Path(__file__).resolve().parent.parent / "data" / "reference"


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """A person's or body's name reduced for matching: no accents, honorifics,
    post-nominals or punctuation; lower case; single spaces."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'")
    s = P.HONORIFICS.sub("", s + " ")
    s = P.POSTNOMINALS.sub("", s)
    s = re.sub(r"[^\w' -]", " ", s.lower())
    return " ".join(s.replace("-", " ").split())


class ReferenceDataError(ValueError):
    """A curated reference file that cannot be read as its header says."""


def topic_key(words: str) -> str:
    """A policy commission's topic as written ("Economy, Business & Trade") in the form
    ``Reference.commission_topic`` is looked up by: lower case, "&" as "and", single spaces."""
    return " ".join(words.lower().replace("&", "and").split())


def _read(path: Path) -> list[dict[str, str]]:
    """The rows of a reference CSV. A row with more fields than the header (a pattern or
    note with an unquoted comma) is an error, not a row read wrongly."""
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = []
        for row in reader:
            if None in row:
                raise ReferenceDataError(
                    f"{path}: line {reader.line_num} has more fields than the header "
                    f"({', '.join(reader.fieldnames or [])}); quote a value that holds a comma")
            rows.append({k.strip(): (v or "").strip() for k, v in row.items() if k})
        return rows


def _split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


@dataclass(frozen=True)
class Role:
    """A dated office or membership of a person."""

    person_id: str
    role: str
    body_id: str
    organisation: str
    start_date: str
    end_date: str
    source: str


@dataclass
class Reference:
    """All lookups the extractors and resolvers need, compiled once."""

    bodies: list[dict[str, str]]
    people: list[dict[str, str]]
    roles: list[Role]
    organisations: list[dict[str, str]]
    glossary: list[dict[str, str]]
    outcomes: list[dict[str, str]]
    body_name: dict[str, str] = field(default_factory=dict)
    body_parent: dict[str, str] = field(default_factory=dict)
    body_alias: dict[str, str] = field(default_factory=dict)
    #: a policy commission's topic, its name less "(Policy) Commission" ("health and social care") -> body id
    commission_topic: dict[str, str] = field(default_factory=dict)
    person_name: dict[str, str] = field(default_factory=dict)
    person_by_key: dict[str, str] = field(default_factory=dict)
    person_alias_kind: dict[str, str] = field(default_factory=dict)
    people_by_first: dict[str, list[str]] = field(default_factory=dict)
    people_by_last: dict[str, list[str]] = field(default_factory=dict)
    org_by_key: dict[str, str] = field(default_factory=dict)
    org_name: dict[str, str] = field(default_factory=dict)
    given_names: frozenset[str] = frozenset()
    body_gazetteer: Gazetteer | None = None
    person_gazetteer: Gazetteer | None = None
    org_gazetteer: Gazetteer | None = None

    def roles_of(self, person_id: str) -> list[Role]:
        return [r for r in self.roles if r.person_id == person_id]


def load_reference(ref_dir: str | Path | None = None) -> Reference:
    """Load and compile the reference data of ``ref_dir`` (default: the project's).

    Missing files give empty lookups, never an exception, so a build on a fresh folder
    still runs (with every name unresolved and every body from the built-in rules).
    """
    folder = Path(ref_dir) if ref_dir else default_reference_dir()
    bodies = _read(folder / "bodies.csv")
    people = _read(folder / "people.csv")
    roles = [
        Role(r.get("person_id", ""), r.get("role", ""), r.get("body_id", ""), r.get("organisation", ""),
             r.get("start_date", ""), r.get("end_date", ""), r.get("source", ""))
        for r in _read(folder / "roles.csv") if r.get("person_id")
    ]
    orgs = _read(folder / "organisations.csv")
    ref = Reference(bodies, people, roles, orgs, _read(folder / "glossary.csv"),
                    _read(folder / "outcomes.csv"))
    for b in bodies:
        bid = b.get("body_id", "")
        if not bid:
            continue
        ref.body_name[bid] = b.get("name", bid)
        ref.body_parent[bid] = b.get("parent_id") or ""
        for alias in [b.get("name", "")] + _split(b.get("aliases", "")):
            key = " ".join(alias.lower().replace("’", "'").split())
            if key and key not in ref.body_alias:
                ref.body_alias[key] = bid
    for key, bid in ref.body_alias.items():
        if bid.startswith("npf-") and key.endswith(" commission"):
            topic = re.sub(r"\s+(?:policy\s+)?commission$", "", key)
            if len(topic.split()) >= 2:  # ("International": too common a word to stand alone)
                ref.commission_topic.setdefault(topic, bid)
    originals = [a for b in bodies for a in [b.get("name", "")] + _split(b.get("aliases", ""))]
    ref.body_gazetteer = Gazetteer({a: ref.body_alias[" ".join(a.lower().replace("’", "'").split())]
                                    for a in originals if a and " ".join(a.lower().replace("’", "'").split()) in ref.body_alias})
    person_phrases = []
    for p in people:
        pid = p.get("person_id", "")
        if not pid:
            continue
        ref.person_name[pid] = p.get("name", pid)
        for kind, alias in [("exact", p.get("name", ""))] + [("alias", a) for a in _split(p.get("aliases", ""))]:
            key = name_key(alias)
            if not key:
                continue
            if len(key.split()) >= 2:
                ref.person_by_key.setdefault(key, pid)
                ref.person_alias_kind.setdefault(key, kind)
                person_phrases.append(key)
        words = name_key(p.get("name", "")).split()
        if len(words) >= 2:
            ref.people_by_first.setdefault(words[0], []).append(pid)
            ref.people_by_last.setdefault(words[-1], []).append(pid)
    ref.person_gazetteer = Gazetteer({k: ref.person_by_key[k] for k in person_phrases})
    given = {name_key(r.get("given_name", "")) for r in _read(folder / "given_names.csv")}
    given |= {name_key(p.get("name", "")).split()[0] for p in people if name_key(p.get("name", ""))}
    ref.given_names = frozenset(g for g in given if g)
    org_phrases = []
    for o in orgs:
        oid = o.get("org_id", "")
        if not oid:
            continue
        ref.org_name[oid] = o.get("name", oid)
        for alias in [o.get("name", "")] + _split(o.get("aliases", "")):
            if alias:
                ref.org_by_key.setdefault(alias.lower(), oid)
                org_phrases.append(alias)
    ref.org_gazetteer = Gazetteer({a: ref.org_by_key[a.lower()] for a in org_phrases})
    return ref


@dataclass(frozen=True)
class OutcomeVocabulary:
    """The outcome vocabulary compiled: triggers per outcome, and the guards that cancel
    a trigger (negation, hedging, 'rather than', a person's view)."""

    triggers: tuple[tuple[str, re.Pattern], ...]
    negation: tuple[re.Pattern, ...]
    opposite: tuple[re.Pattern, ...]
    hedge: tuple[re.Pattern, ...]
    rather_than: tuple[re.Pattern, ...]
    person_view: tuple[re.Pattern, ...]
    cue: tuple[re.Pattern, ...]
    descriptive: tuple[re.Pattern, ...] = ()
    #: One pattern matching any trigger or cue: a sentence without a match is no decision.
    any_cue: re.Pattern | None = None
    #: Per trigger (in order), words one of which every match contains (lower case; the
    #: ``needs`` column): a sentence holding none of them is not searched with it.
    trigger_needs: tuple[frozenset[str], ...] = ()
    #: Every word of ``trigger_needs``, and the words the cue patterns need (None: no shortcut).
    need_words: frozenset[str] = frozenset()
    cue_words: frozenset[str] | None = None
    #: Word of ``need_words`` -> the indices of the triggers that need it (the inverse of ``trigger_needs``).
    needed_by: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: Per outcome, patterns before a trigger that show it is not about an item ("the meeting was postponed").
    not_item: tuple[tuple[str, re.Pattern], ...] = ()
    #: Per outcome, patterns after a trigger that place the outcome elsewhere ("elected at the Regional Conference").
    not_here: tuple[tuple[str, re.Pattern], ...] = ()


def _stem_words(patterns: list[str]) -> frozenset[str] | None:
    """The literal words (4+ letters, first five kept, lower case) that each of ``patterns``
    needs, or None when one of them has none (then no shortcut is safe)."""
    stems: set[str] = set()
    for pat in patterns:
        words = re.findall(r"[a-z]{4,}", re.sub(r"\\[a-z]", " ", pat.lower()))
        if not words:
            return None
        stems |= {w[:5] for w in words}
    return frozenset(stems)


def _stem_filter(patterns: list[str]) -> re.Pattern:
    """A cheap pattern that matches every sentence any of ``patterns`` could match: the
    literal words (4+ letters, first five kept) that each pattern needs, as one
    case-insensitive alternation of plain strings. Used only to skip sentences early."""
    stems = _stem_words(patterns)
    if stems is None:
        return re.compile(r"")  # a pattern with no literal word: no shortcut is safe
    return re.compile("|".join(sorted(stems)), re.I)


def compile_outcomes(rows: list[dict[str, str]]) -> OutcomeVocabulary:
    """Compile the rows of outcomes.csv (case-insensitive). Guards whose pattern ends in
    ``$`` are matched against the words just before a trigger."""
    trig, neg, opp, hedge, rather, person, cue, desc, not_item, not_here = [], [], [], [], [], [], [], [], [], []
    needs: list[tuple[str, ...]] = []
    for r in rows:
        rx = re.compile(r["pattern"], re.I)
        kind = r.get("kind", "")
        if kind == "trigger":
            trig.append((r["outcome"], rx))
            needs.append(tuple(w.strip().lower() for w in (r.get("needs") or "").split("|") if w.strip()))
        elif kind == "negation":
            (opp if "\\s+not\\s+" in r["pattern"] else neg).append(rx)
        elif kind == "hedge":
            hedge.append(rx)
        elif kind == "rather_than":
            rather.append(rx)
        elif kind == "person_view":
            person.append(rx)
        elif kind == "cue":
            cue.append(rx)
        elif kind == "descriptive":
            desc.append(rx)
        elif kind == "not_item":
            not_item.append((r["outcome"], rx))
        elif kind == "not_here":
            not_here.append((r["outcome"], rx))
    any_cue = _stem_filter([t.pattern for _, t in trig] + [c.pattern for c in cue]) if trig else None
    need_words = frozenset(w for ws in needs for w in ws)
    cue_words = _stem_words([c.pattern for c in cue])
    if not all(needs) or cue_words is None:
        need_words, cue_words = frozenset(), None  # a trigger or cue without literal words: no shortcut
    needed_by = {w: tuple(k for k, ws in enumerate(needs) if w in ws) for w in need_words}
    return OutcomeVocabulary(tuple(trig), tuple(neg), tuple(opp), tuple(hedge), tuple(rather),
                             tuple(person), tuple(cue), tuple(desc), any_cue=any_cue, not_item=tuple(not_item),
                             not_here=tuple(not_here), trigger_needs=tuple(frozenset(ws) for ws in needs),
                             need_words=need_words, cue_words=cue_words, needed_by=needed_by)


def _covers(role: Role, day) -> bool:
    from toolkit.dates import from_iso

    start, end = from_iso(role.start_date), from_iso(role.end_date)
    if start is not None and day < start.first_day():
        return False
    if end is not None and day > end.last_day():
        return False
    return start is not None or end is not None


def holders(ref: Reference, role: str, on, body_id: str = "") -> list[str]:
    """Person ids holding ``role`` (in ``body_id``, when given) on the date ``on``
    (a ``datetime.date``), from the dated roles. Several when the data has several."""
    out = []
    for r in ref.roles:
        if r.role != role or (body_id and r.body_id and r.body_id != body_id):
            continue
        if _covers(r, on) and r.person_id not in out:
            out.append(r.person_id)
    return out


#: Roles whose holder is the same whatever body the meeting is of.
PARTY_ROLES = {"leader", "deputy-leader", "general-secretary", "treasurer", "campaign-coordinator",
               "first-minister", "mayor-of-london", "compliance-officer"}
#: The bodies a party-wide office is held in: not, say, the leader of the Labour MEPs (``eplp``).
_PARTY_LEVEL = frozenset({"", "nec", "shadow-cabinet"})
#: "The Leader" at a meeting of a nation's party (its executive, conference or committees) is
#: that nation's leader, or whoever is acting as leader there.
_NATION_LEADER = (("scotland", "scottish-leader", "rec-scotland"), ("wales", "welsh-leader", "rec-wales"))
#: Offices a nation's party has its own holder of: "the General Secretary" at the Scottish
#: Executive is Scottish Labour's, never the UK party's (nobody, when the data has no holder).
_NATION_OFFICES = {"general-secretary": {"scotland": "scottish-general-secretary", "wales": "welsh-general-secretary"}}
#: Party offices a region (or a CLP) has its own holder of: "the Treasurer" at a REC is the region's.
_OWN_IN_REGIONS = frozenset({"treasurer"})
_REGIONAL_BODIES = ("rec-", "conference-", "clp-", "welsh-", "scottish-")


def office_holders(ref: Reference, role: str, on, body_id: str = "") -> list[str]:
    """Who holds ``role`` on the date ``on`` for a meeting of ``body_id``: a party-wide office
    (PARTY_ROLES) from its party-level holders, the Leader at a Scottish or Welsh body from
    that nation's leaders, an acting leader when there is no leader; any other role (the
    Chair, the Regional Director) in that body."""
    if role not in PARTY_ROLES or (role in _OWN_IN_REGIONS and body_id.startswith(_REGIONAL_BODIES)):
        # ("the Treasurer's update" at a REC or a regional conference: the region's treasurer)
        return holders(ref, role, on, body_id)
    for word, nation_role in _NATION_OFFICES.get(role, {}).items():
        if word in body_id:
            return holders(ref, nation_role, on)
    if role == "leader":
        for word, nation_role, nation_body in _NATION_LEADER:
            if word in body_id:
                ids = holders(ref, nation_role, on) or holders(ref, "acting-leader", on, nation_body)
                if ids:
                    return ids
    ids = [p for p in holders(ref, role, on) if any(
        r.person_id == p and r.role == role and r.body_id in _PARTY_LEVEL and _covers(r, on) for r in ref.roles)]
    if role == "leader" and not ids:
        ids = [p for p in holders(ref, "acting-leader", on, "nec") if any(
            r.person_id == p and r.role == "acting-leader" and r.body_id in _PARTY_LEVEL and _covers(r, on)
            for r in ref.roles)]
    return ids


def office_first_names(ref: Reference, on: datetime.date | None) -> dict[str, str]:
    """First names of people holding a party-wide office on ``on``, to their ids (a first
    name shared by two office holders is left out)."""
    if on is None:
        return {}
    cache = _FIRST_NAMES.setdefault(id(ref), (ref, {}))[1]  # (the reference is kept, so its id is not reused)
    if on not in cache:
        cache[on] = _office_first_names(ref, on)
    return dict(cache[on])


_FIRST_NAMES: dict[int, tuple[Reference, dict]] = {}


def _office_first_names(ref: Reference, on: datetime.date) -> dict[str, str]:
    seen: dict[str, set[str]] = {}
    for role in PARTY_ROLES:
        for pid in office_holders(ref, role, on):
            first = name_key(ref.person_name.get(pid, "")).split()[:1]
            if first:
                seen.setdefault(first[0], set()).add(pid)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


#: A word, its possessive "'s" apart ("NCC's" is "NCC", "'", "s": the NCC is found before its "'s").
_TOKEN = re.compile(r"[0-9A-Za-z\u00c0-\u024f]+(?:['’](?!s\b)[A-Za-z]+)?|&")
#: What may stand between the words of one name: a space or hyphen, "&", a line break, ", "
#: ("Housing, Local Government and ..."), the apostrophe of a possessive ("Women's Conference").
_JOINER = re.compile(r"^[ \t\-–]{1,3}$|^\s*&\s*$|^[ \t]*\n[ \t]*$|^,[ \t]+$|^['’]$")


_HYPHEN_BREAK = re.compile(r"-[ \t]*\n[ \t]*$")


def _join_hyphenated(text: str, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A word hyphenated over a line break, as in a PDF's text ("Organ-" / "isation"), is
    one word: its span covers both parts."""
    out: list[tuple[int, int, str]] = []
    for t in toks:
        if out and text[t[0]].islower() and _HYPHEN_BREAK.match(text, out[-1][1], t[0]):
            s, _, w = out[-1]
            out[-1] = (s, t[1], w + t[2])
        else:
            out.append(t)
    return out


#: Abbreviations of the words of bodies' names, read as the word in every gazetteer.
_ABBREVIATED = {"cttee": "committee", "ctee": "committee", "cttees": "committees", "cmttee": "committee",
                "subcttee": "sub-committee"}


class Tokens:
    """The words of a text, read once (lower case, ’ as '), for every gazetteer to use."""

    def __init__(self, text: str):
        self.text = text
        low = text.lower().replace("’", "'")
        if len(low) != len(text):  # a character whose lower case is longer: read word by word
            self.toks = [(m.start(), m.end(), text[m.start() : m.end()].lower().replace("’", "'"))
                         for m in _TOKEN.finditer(text)]
        else:
            self.toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(low)]
        if "-\n" in text:
            self.toks = _join_hyphenated(text, self.toks)
        #: the words alone, for the gazetteers' look-ups
        self.words = [t[2] for t in self.toks]
        if not _ABBREVIATED.keys().isdisjoint(self.words):  # "Org Cttee": read as "Org Committee"
            self.toks = [(s, e, _ABBREVIATED.get(w, w)) for s, e, w in self.toks]
            self.words = [t[2] for t in self.toks]
        self.starts = [t[0] for t in self.toks]
        self._phrase_starts: dict[Gazetteer, list[int]] = {}

    def phrase_starts(self, gazetteer: Gazetteer) -> list[int]:
        """Indices of the words that can start one of ``gazetteer``'s phrases, in order
        (read once per gazetteer, for every stretch of the text it is asked about)."""
        got = self._phrase_starts.get(gazetteer)
        if got is None:
            firsts = gazetteer._lengths
            got = self._phrase_starts[gazetteer] = [k for k, w in enumerate(self.words) if w in firsts]
        return got


class Gazetteer:
    """Find known phrases (aliases) in text by looking up runs of words in a dictionary.

    Equivalent to one big case-insensitive alternation of the phrases, but linear in the
    text: words are matched case-insensitively, joined by spaces or hyphens ("Sub-Committee"
    and "Sub Committee" are one phrase); a short all-capitals acronym ("SEC") matches only
    in capitals. The longest phrase at a position wins, and matches do not overlap.
    """

    def __init__(self, phrases: dict[str, str]):
        self._table: dict[tuple[str, ...], tuple[str, bool]] = {}
        self._lengths: dict[str, list[int]] = {}  # first word -> phrase lengths, longest first
        for phrase, value in phrases.items():
            words = tuple(w.lower().replace("’", "'") for w in _TOKEN.findall(phrase))
            if not words:
                continue
            acronym = phrase.isupper() and len(phrase) <= 5
            self._table.setdefault(words, (value, acronym))
            lengths = self._lengths.setdefault(words[0], [])
            if len(words) not in lengths:
                lengths.append(len(words))
                lengths.sort(reverse=True)

    def __bool__(self) -> bool:
        return bool(self._table)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, value) of every phrase found in ``text``, in order."""
        return self.find_tokens(Tokens(text), 0, len(text))

    def find_tokens(self, tokens: Tokens, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """As :meth:`find` on ``tokens.text[lo:hi]``, from words read once for the whole
        text (offsets into the whole text)."""
        text, toks, words = tokens.text, tokens.toks, tokens.words
        lengths, table = self._lengths, self._table
        out = []
        first, n_tok = bisect_left(tokens.starts, lo), bisect_left(tokens.starts, hi)
        while n_tok > first and toks[n_tok - 1][1] > hi:
            n_tok -= 1  # a word cut by the end of the stretch
        # only the tokens that can start a phrase, in order (the others are stepped over)
        if n_tok - first < 64:  # a short stretch: step through it
            starts = [k for k in range(first, n_tok) if words[k] in lengths]
        else:
            every = tokens.phrase_starts(self)
            starts = every[bisect_left(every, first) : bisect_left(every, n_tok)]
        nxt = first
        for i in starts:
            if i < nxt:
                continue  # inside the phrase found before
            cand = lengths[words[i]]
            hit = None
            for n in cand:
                if i + n > n_tok:
                    continue
                got = table.get(tuple(words[i : i + n]))
                if got is None or not all(
                    _JOINER.match(text[toks[k][1] : toks[k + 1][0]]) for k in range(i, i + n - 1)
                ):
                    continue
                value, acronym = got
                s, e = toks[i][0], toks[i + n - 1][1]
                if acronym and not text[s:e].isupper():
                    continue
                if (s > lo and (text[s - 1].isalnum() or text[s - 1] == "-")) or (
                    e < hi and (text[e].isalnum() or text[e] == "-")
                ):
                    continue
                hit = (s, e, value, n)
                break
            if hit:
                out.append(hit[:3])
                nxt = i + hit[3]
        return out
