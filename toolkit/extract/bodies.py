"""Find the bodies a text names, as canonical body ids with spans.

Specific names come from the reference gazetteer (``bodies.csv`` aliases). Generic forms
whose body depends on context are rules here: "the NEC", "REC"/"Regional Board" with or
without a region word, "Regional Conference", "policy commission", coordinated lists
("the Equalities, Disputes and Organisation Sub-Committees"), and an NEC committee that
the gazetteer does not know ("NEC Procedures Committee" -> ``nec-procedures``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from toolkit import vocab
from toolkit.reference import Reference
from toolkit.scan import Gated, finditer_near

_REGION_RX = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") + (r"(?![\s-]*[Ww]est)" if w.endswith(" north") else "")
                                       for w in vocab.REGION_WORDS),
                                      key=len, reverse=True)) + r")(?![\w-])",
    re.I,
)


@dataclass(frozen=True)
class BodyMention:
    """A body named in text: canonical id (``""`` when the region is unknown), span, and
    whether the name was generic ("the REC") rather than specific."""

    start: int
    end: int
    body_id: str
    generic: bool = False


NEC_RX = re.compile(r"(?<![\w-])(?:NEC|National\s+Executive(?:\s+Committee)?|national\s+executive\s+committee)(?![\w-])")
REC_RX = re.compile(
    r"(?<![\w-])(?:(?:Labour\s+)?(?:Regional\s+Executive(?:\s+Committee)?|Regional\s+Board|regional\s+executive(?:\s+committee)?|regional\s+board|REGIONAL\s+EXECUTIVE(?:\s+COMMITTEE)?|REGIONAL\s+BOARD)|RECs?|Scottish\s+Executive(?:\s+Committee)?|Welsh\s+Executive(?:\s+Committee)?|SEC|WEC)(?![\w-])"
)
CONFERENCE_RX = re.compile(
    r"(?<![\w-])(?P<kind>(?P<own>(?:[A-Z][a-z]+\s+){1,2}Labour['’]s\s+(?:(?:[a-z]+|\d{4})\s+){0,2})|"
    r"(?:Annual|annual|Party|party|Labour\s+Party|Labour|national|National|Regional|regional|Women['’]s|women['’]s|Scottish\s+Labour|Welsh\s+Labour|Scottish|Welsh|Special\s+Scottish\s+Labour|Young\s+Labour|BAME\s+Labour)\s+)?(?P<c>[Cc]onference|Conf(?=\s+\d{4}\b|\s*[(,:;]|\s+(?:in|on|from|at)\s|['’]s\b)|Conf\b(?=\.?$))(?![\w-])"
)
POLICY_COMMISSION_RX = re.compile(
    r"(?<![\w-])(?P<topic>(?:[A-Z][\w,&'’]*\s+(?:(?:and|&)\s+(?=[A-Z]))?){1,4})Policy\s+Commission(?![\w-])"
    # ("the Green Prosperity commission": its name, on one line, then "commission" in lower case)
    r"|(?<![\w-])(?P<topic2>(?:[A-Z][a-z][\w,&'’]*[ \t]+(?:(?:and|&)[ \t]+(?=[A-Z]))?){1,4})(?P<lower>(?:policy[ \t]+)?commission)(?![\w-])"
)
_DETERMINER = re.compile(r"(?:This|That|These|Those|Our|My|Your|Their|Its|His|Her|A|An|One|Which|What|Each|Every|Any|"
                         r"All|Other|Some|Several|Both|Two|Three|Four|No|New|Last|Next|Whole|Full|Same|Either|Neither"
                         r"|In|On|At|For|From|Of|To|With|By|And|But|So|Then|When|While|After|Before|If)\b")
#: Commissions outside the party, which "... commission" in lower case may also name.
_NOT_POLICY_COMMISSION = re.compile(r"(?:Electoral|Boundary|Boundaries|European|Equality|Equalities|Low|Law|Royal|"
                                    r"Independent|Charity|Care|Police|Forestry|Competition|Gambling|Sentencing|Social|"
                                    r"Parliamentary|Speaker['’]s|Leveson|Smith|Holtham|Silk|Kerslake|Commons)\b")
#: Words that describe CLPs rather than name one, at a line's or sentence's start in capitals.
_NOT_CLP_NAME = frozenset({"online", "online-only", "all", "every", "each", "other", "several", "many", "some", "most",
                           "two", "three", "four", "five", "new", "local", "neighbouring", "individual", "rural",
                           "urban", "marginal", "target", "any", "no", "both", "member", "members", "their", "his",
                           "her", "your", "this", "that", "these", "those", "which", "whose", "larger", "smaller",
                           "our", "my", "the", "from", "by", "to", "for", "at", "in", "on", "dear", "re", "fwd"})
#: "Colne Valley CLP", "Bermondsey and Old Southwark Constituency Labour Party".
CLP_RX = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]+\s+(?:and\s+|&\s+)?){1,4})(?:CLP|Constituency\s+Labour\s+Party)"
    r"(?:\s+(?:General\s+Committee|GC|executive|AGM|all[\s-]member\s+meeting))?(?![\w-])"
)
#: A CLP named in apposition: "my own CLP, Walthamstow, held its all-member meeting", "Owain's own
#: CLP, Ribble Vale, agreed at its general meeting".
_MY_CLP = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[A-Z][a-z]+['’]s)\s+(?:own\s+)?(?:local\s+|home\s+)?CLP,\s+"
                     r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]+){0,3}),")
NEC_COMMITTEE_RX = re.compile(
    r"(?<![\w-])NEC\s+(?P<name>(?:[A-Z][\w'’]*\s+){1,3})(?:Sub-?\s?[Cc]ommittee|Committee|Panel|Working\s+Group|Task\s?[Ff]orce|Board)(?![\w-])"
)
COMMITTEE_LIST_RX = re.compile(
    r"(?<![\w-])(?:(?:NEC|National\s+Executive)\s+)?(?P<list>(?:[A-Z][\w'’]+|[a-z]+al|[a-z]+ies)(?:\s*,\s*(?:[A-Z][\w'’]+|[a-z]+al|[a-z]+ies))*\s*(?:,\s*)?(?:and|&)\s+(?:[A-Z][\w'’]+|[a-z]+al|[a-z]+ies))\s+(?:[Ss]ub-?\s?)?[Cc]ommittees(?![\w-])"
)
#: For each pattern: the literal words one of which every match contains, and how far a
#: match reaches before and after that word (see toolkit.scan).
NEAR = {
    "COMMITTEE_LIST_RX": (("ommittees",), 300, 20),
    "NEC_COMMITTEE_RX": (("NEC",), 0, 160),
    "POLICY_COMMISSION_RX": (("ommission",), 200, 20),
    "REC_RX": (("REC", "SEC", "WEC", "egional", "EGIONAL", "Scottish", "Welsh"), 40, 60),
    "CONFERENCE_RX": (("onference", "Conf"), 100, 20),
    "CLP_RX": (("CLP", "Constituency"), 200, 100),
    "NEC_RX": (("NEC", "ational"), 20, 60),
}


def _scan(name: str, text: str):
    words, before, after = NEAR[name]
    return finditer_near(globals()[name], text, words, before, after)


_LIST_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)")
_ATTRIBUTIVE_AFTER = re.compile(
    r"^\s*(?:members?|reps?|representatives?|elections?|ballots?|posts?|seats?|places?|candidates?|slate|"
    r"officers?|nominations?|results?|colleagues?|documents?|consultations?|submissions?|website|timetables?|"
    r"budgets?|procedures?|guidance|rulebook|processes|statements?|business|"
    r"annual\s+reports?|reports?\s+(?:no\.?\s*)?\d+|reports(?!\s+(?:back|to)\b))\b"  # "Conference agreed CAC Report 1", "the commission reports go to"
    # what the body sent, owned by it: "the Organisation Committee's recommendations from 19 October"
    r"|^['’]s\s+(?:[\w-]+\s+){0,2}?(?:reports?|papers?|recommendations?|proposals?|minutes|guidance|timetables?|procedures?)\b",
    re.I,
)
#: What a conference has or costs, not the conference meeting: "conference income", "the
#: conference access arrangements", "the 2019 conference exhibition", "the conference papers".
_EVENT_ATTRIBUTE_AFTER = re.compile(
    r"[ \t]+(?:income|exhibition|exhibitors?|papers|packs?|access|arrangements|passes|pass|fees?|stalls?|agenda|"
    r"venues?|hotels?|budget|costs?|fringes?|timetables?|guides?|booklets?|credentials|registration|tickets?|"
    r"levy|season|planning|logistics|organisers?)\b", re.I)
_MEMBERSHIP_BEFORE = Gated(re.compile(
    r"(?:elected\s+to|joined|join|members?\s+of|seats?\s+on|places?\s+on|(?:reps?|representatives?)(?:\s+\([^()]{1,40}\))?\s+on|"
    r"sits?\s+on|sitting\s+on|serve\s+on|serving\s+on|standing\s+for|stand\s+for|elections?\s+(?:to|for)|"
    r"nominated\s+(?:to|for)|candidates?\s+for|member\s+for)\s+(?:the\s+|our\s+|Labour['’]s\s+)?$",
    re.I,
), ("elect", "join", "member", "seat", "place", "rep", "sit", "serv", "stand", "nominat", "candidat"))


def region_in(text: str) -> str:
    """The region slug of the first region word in ``text``, or ''."""
    m = _REGION_RX.search(text)
    return vocab.REGION_WORDS[" ".join(m.group(0).lower().split())] if m else ""


def report_region(title: str, text: str) -> str:
    """The region a report is about: a region word in its title, else the region word
    most often next to a REC/Regional Board mention in the text."""
    got = region_in(title)
    if got:
        return got
    counts: dict[str, int] = {}
    for m in _scan("REC_RX", text):
        r = region_in(text[max(0, m.start() - 40) : m.start()])
        if r:
            counts[r] = counts.get(r, 0) + 1
    return max(counts, key=lambda k: (counts[k], k)) if counts else ""


def _slug(words: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", words.lower().replace("’", "").replace("'", "")).strip("-")
    return s


#: The Organisation Committee's short name, capitalised, as a word of its own (not "example.org").
_ORG_ALONE = re.compile(r"(?<![\w./@-])Org(?![\w/@-]|\.\w)")


def _gazetteer(ref: Reference, key: str) -> str:
    return ref.body_alias.get(" ".join(key.lower().replace("’", "'").split()), "")


def find_bodies(text: str, ref: Reference, *, region: str = "", offset: int = 0,
                gazetteer_hits: list[tuple[int, int, str]] | None = None) -> list[BodyMention]:
    """Body mentions in ``text`` in order, non-overlapping, longest names first.

    ``region`` is the report's region, used for generic REC names with no region word.
    ``gazetteer_hits``: the body gazetteer's finds in ``text`` (offsets into ``text``), when
    the caller has them from words read once for the whole document.
    """
    out: list[BodyMention] = []
    taken = bytearray(len(text) + 1)  # 1 where a mention already lies

    def free(s: int, e: int) -> bool:
        return taken.find(1, s, e) < 0

    def add(s: int, e: int, bid: str, generic: bool = False) -> None:
        out.append(BodyMention(s + offset, e + offset, bid, generic))
        taken[s:e] = b"\1" * (e - s)

    for m in _scan("COMMITTEE_LIST_RX", text):
        parts = [p for p in _LIST_SPLIT.split(m.group("list")) if p]
        ids = []
        for p in parts:
            bid = (_gazetteer(ref, f"{p} committee") or _gazetteer(ref, f"{p} sub-committee")
                   or _gazetteer(ref, f"nec {p} committee"))
            ids.append(bid)
        if ids and all(ids):
            pos = m.start("list")
            for p, bid in zip(parts, ids, strict=True):
                s = text.find(p, pos)
                add(s, s + len(p), bid)
                pos = s + len(p)
            taken[m.start() : m.end()] = b"\1" * (m.end() - m.start())
    for m in _scan("NEC_COMMITTEE_RX", text):  # (before the gazetteer, whose "NEC" would take its first word)
        if free(m.start(), m.end()):
            name = m.group("name").strip()
            bid = _gazetteer(ref, m.group(0)[4:]) or ("nec-" + _slug(name))
            add(m.start(), m.end(), bid)
    if gazetteer_hits is None and ref.body_gazetteer:
        gazetteer_hits = ref.body_gazetteer.find(text)
    if gazetteer_hits:
        for s, e, bid in gazetteer_hits:
            if free(s, e):
                add(s, e, bid)
    if "Org" in text:  # "Org met on Tues 13th", "the May Org": the Organisation Committee, by its short name
        for m in _ORG_ALONE.finditer(text):
            if free(m.start(), m.end()):
                add(m.start(), m.end(), "nec-org")
    for m in _scan("POLICY_COMMISSION_RX", text):
        if free(m.start(), m.end()):
            topic = (m.group("topic") or m.group("topic2")).strip()
            if re.fullmatch(r"(?:Each|Every|Any|All|Other|Some|Several|Two|Three|Four|Both)", topic.split(" ")[0]):
                continue  # "Each policy commission had a session": every one of them, not one by name
            topic = re.sub(r"^(?:The|the|Labour['’]s|NPF|National\s+Policy\s+Forum)(?:\s+|$)", "", topic)
            if m.group("lower") and (not topic or _NOT_POLICY_COMMISSION.match(topic) or _DETERMINER.match(topic)):
                continue  # "The commission met", "the Electoral commission": no policy commission by name
            bid = _gazetteer(ref, m.group(0)) or ("npf-" + _slug(topic.split(",")[0]) if topic else "npf")
            add(m.start(), m.end(), bid)
    for m in _scan("REC_RX", text):
        if not free(m.start(), m.end()):
            continue
        word = m.group(0)
        if word.startswith(("Scottish", "SEC")):
            add(m.start(), m.end(), "rec-scotland")
            continue
        if word.startswith(("Welsh", "WEC")):
            add(m.start(), m.end(), "rec-wales")
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        near = re.search(r"((?:[A-Z][\w&']*|and|the|&)\s+){0,4}$", before)
        reg = region_in(near.group(0)) if near else ""
        start = m.start()
        if reg:
            rm = list(_REGION_RX.finditer(before))
            if rm:
                start = m.start() - (len(before) - rm[-1].start())
        add(start, m.end(), f"rec-{reg or region}" if (reg or region) else "", generic=not reg)
    for m in _scan("CONFERENCE_RX", text):
        if not free(m.start(), m.end()):
            continue
        kind = " ".join((m.group("kind") or "").lower().split())
        if m.group("own"):  # "Welsh Labour's online conference", "London Labour's 2019 conference"
            reg = region_in(m.group("own").split("Labour")[0])
            bid = f"conference-{reg}" if reg else "conference"
            if "women" in kind:
                bid = "conference-women"
        elif kind.startswith(("women", "labour women")):
            bid = "conference-women"
        elif kind in ("regional",):
            before = text[max(0, m.start() - 30) : m.start()]
            reg = region_in(before) or region
            bid = f"conference-{reg}" if reg else ""
        elif kind.startswith(("scottish", "special scottish")):
            bid = "conference-scotland"
        elif kind.startswith("welsh"):
            bid = "conference-wales"
        elif kind.startswith("young"):
            bid = "conference-young-labour"
        elif kind.startswith("bame"):
            bid = "conference-bame"
        elif kind in ("annual", "party", "labour party", "labour", "national"):
            bid = "conference"
        else:
            bid = "conference"  # a bare "conference": Annual Conference, unless context says otherwise
        if bid:
            add(m.start(), m.end(), bid, generic=not kind)
    for m in _scan("CLP_RX", text):
        if free(m.start(), m.end()):
            name = re.sub(r"^(?:the|our|my|own|local|and|of)\s+", "", m.group("name").strip(), flags=re.I)
            name = re.sub(r"^(?:(?:my|our)\s+own\s+|own\s+)", "", name, flags=re.I)
            words = name.split()
            while words and words[0].lower().strip("'’") in _NOT_CLP_NAME:
                words = words[1:]  # "Online-only CLP meetings", "Every CLP", "Two CLPs": no CLP's name
            name = " ".join(words)
            own = re.sub(r"['’]s$", "", name)  # "one of the South East's CLP representatives"
            if own and _REGION_RX.fullmatch(own):
                continue  # "the East Midlands CLP representatives": a region's CLP section, not a CLP
            if name and name[0].isupper():
                at = m.group("name").find(words[0])  # past the words dropped ("From Eastcombe CLP")
                add(m.start("name") + max(at, 0), m.end(), "clp-" + _slug(name))
    if "CLP," in text:
        for m in _MY_CLP.finditer(text):  # "My own CLP, Sheffield Hallam, agreed at its all-member meeting"
            if free(m.start(), m.end("name")) and not _REGION_RX.fullmatch(m.group("name")):
                add(m.start(), m.end("name"), "clp-" + _slug(m.group("name")))
    for m in _scan("NEC_RX", text):
        if free(m.start(), m.end()):
            add(m.start(), m.end(), "nec")
    out.sort(key=lambda b: b.start)
    # "the conference centre", "a conference call", "the Conference Office": a place, a phone call or the
    # staff, not the event
    out = [b for b in out if not (b.body_id.startswith("conference") and _VENUE_AFTER.match(text, b.end - offset))]
    for i, b in enumerate(out):
        s0 = b.start - offset
        if b.body_id == "conference" and _REGION_POSSESSIVE.search(text, max(0, s0 - 40), s0):
            reg = region_in(text[max(0, s0 - 40) : s0])
            if reg:  # "Eastern region's annual conference": the region's own
                out[i] = BodyMention(b.start, b.end, f"conference-{reg}", False)
        elif b.body_id == "conference-women":
            lead = _REGION_BEFORE_WOMEN.search(text, max(0, s0 - 40), b.end - offset)
            reg = region_in(lead.group("r")) if lead else ""
            if not reg and region and _REGIONAL_BEFORE.search(text, max(0, s0 - 12), s0):
                reg = region  # "The regional women's conference is on Saturday 27 April": the report's region's
            if reg:  # "London Labour Women's Conference", "Scottish Labour Women's Conference"
                out[i] = BodyMention(lead.start("r") + offset if lead else b.start, b.end, f"conference-{reg}-women", False)
    return out


_REGIONAL_BEFORE = re.compile(r"\b[Rr]egional\s+$")
#: A region's name just before "(Labour) Women's Conference".
_REGION_BEFORE_WOMEN = re.compile(r"(?P<r>(?:[A-Z][\w-]*\s+){1,2}?)(?:Labour\s+)?(?:Women|women)['’]s\s+[Cc]onference$")


_VENUE_AFTER = re.compile(r"[ \t]+(?:centre|center|hall|venue|room|rooms|suite|call|calls|facilities|office)\b", re.I)
_REGION_POSSESSIVE = re.compile(r"\b[Rr]egion['’]s\s+(?:own\s+)?$")
_COMMITTEES_AFTER = re.compile(r"\s*(?:committees|sub-?committees)\b", re.I)
_PARENT_NAME = re.compile(r"(?:\b(?:NEC|REC|SEC|WEC|[Ee]xecutive|[Ee]xecutive\s+[Cc]ommittee|[Bb]oard))$")
#: "... sits on the Women's Committee, which met on 24 June": the body then meets.
_MEETS_AFTER = re.compile(r"^\s*,?\s*(?:which|that)\s+(?:also\s+|last\s+|first\s+)?(?:met|meets|will\s+meet|convened|"
    r"(?:held|holds|will\s+hold)\s+(?:its|their)\s+(?:own\s+|first\s+|last\s+)?(?:session|meeting))\b", re.I)


def is_attributive(text: str, start: int, end: int) -> bool:
    """True when a body name is used as an attribute or membership ("NEC members",
    "elected to the NEC", "conference income"), not as the body meeting ("sits on the
    committee, which met on 24 June" is a meeting)."""
    if _ATTRIBUTIVE_AFTER.match(text[end : end + 25]) or (
            _EVENT_ATTRIBUTE_AFTER.match(text, end) and text[start:end].lower().endswith("conference")) or (
            _COMMITTEES_AFTER.match(text, end) and _PARENT_NAME.search(text, start, end)):
        return True  # "NEC members", "Two NEC committees have met" (not "Organisation Sub-Committees")
    return bool(_MEMBERSHIP_BEFORE.search(text[max(0, start - 80) : start])) and not _MEETS_AFTER.match(
        text[end : end + 30])
