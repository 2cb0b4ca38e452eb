"""People named in a report, and the part each played in the meeting.

Names are found three ways: known names and aliases from the reference data; runs of
capitalised words shaped like a personal name (kept, unresolved, when nobody matches);
and role phrases ("the General Secretary", "our Leader"), resolved later by date. A
first name alone ("Keir") is a mention when a person of that first name is named in full
in the same report or holds an office then (the resolve stage decides).

The part played comes from the words around the name: "X chaired", "report from X",
"X said/asked/raised", "proposed by X", "X was elected", "new members X and Y were
welcomed". Names in a list ("X, Y and Z were welcomed") share the list's verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from toolkit import patterns as P
from toolkit.reference import Reference, name_key

ROLE_PHRASE = re.compile(
    r"\b(?:[Tt]he|[Oo]ur|party['’]s|Labour['’]s|new|then)\s+(?P<role>General\s+Secretary|Deputy\s+Leader|Leader|"
    r"Chair|Vice[\s-]Chair|Treasurer|Regional\s+Director|Regional\s+Secretary|Campaign\s+Co-?ordinator|"
    r"First\s+Minister|Mayor\s+of\s+London|Compliance\s+Officer)\b(?!['’]s\s+(?:report|office))"
)
ROLE_KEYS = {
    "general secretary": "general-secretary", "deputy leader": "deputy-leader", "leader": "leader",
    "chair": "chair", "vice chair": "vice-chair", "vice-chair": "vice-chair", "treasurer": "treasurer",
    "regional director": "regional-director", "regional secretary": "regional-secretary",
    "campaign coordinator": "campaign-coordinator", "campaign co-ordinator": "campaign-coordinator",
    "first minister": "first-minister", "mayor of london": "mayor-of-london",
    "compliance officer": "compliance-officer",
}
_NOT_NAME_WORDS = {
    w.lower() for w in (
        "The This That These Those Labour Party Committee Committees Council Councils Conference NEC REC "
        "National Executive Regional Board Report Reports Item Agenda Minutes General Secretary Leader "
        "Deputy Chair Treasurer Director Officer Group Forum Policy Commission Working Government Local "
        "Election Elections Review Rule Book Act Equality Equalities Human Rights Commission Union Unions "
        "Trade Party's Labour's London Scotland Scottish Wales Welsh England English British Britain UK "
        "North South East West Eastern Western Northern Southern Midlands Yorkshire Humber January February "
        "March April May June July August September October November December Monday Tuesday Wednesday "
        "Thursday Friday Saturday Sunday Mayor Mayoral Assembly Authority Combined Tory Tories Conservative "
        "Conservatives Government Brexit Covid COVID Green New Deal Sexual Harassment Grassroots Alliance "
        "Left Right Centre Voice Momentum Progress Women Women's Young Youth Students Student BAME Black "
        "Asian Disabled LGBT Jewish Action Plan Annual General Meeting Meetings Strategy Campaign Campaigns "
        "Organisation Disputes Panel Membership Members Member Questions Question Any Other Business Our We "
        "In On At For With From By Following After Before During Since Having Given Moving Some Other "
        "Then And But So Also When While Meanwhile Finally Later Next Today Yesterday "
        "Points Several Both All Each Every Following Subsequently Specific Finance Update Updates Boundary "
        "Aims Objectives Refounding Reform Implementation Terms Reference Leadership Dialogue Forde "
        "Inquiry Overseas Operations Internal Market Front Bench Whip Shadow Cabinet PLP CLP CLPs "
        "Parliamentary Constituency Branch Branches Consultation Motion Motions Amendment Amendments "
        "Proposal Proposals Training Chapter "
        "Workers Workers' Pay Gap Transparency Immigration Hate Misogyny Racism Far Remembrance Holocaust "
        "Alliance International Definition Mr Mrs Ms Dr Cllr Councillor Lord Baroness Sir Dame MP MPs "
        "Continue Reading Read More Jargon Buster Introduction Apologies Matters Arising Summary Dear "
        "Putting Knife Embedded Advocating Racism Housing Making Climate Crime TULO Stand Standing Support "
        "Councillors Opposing Improving Tackling Winning Increasing Due Diligence Complaints Disciplinary "
        "Hearings Women’s Other Issues Health Jobs Growth Coalition Scottish Welsh Parliament Westminster "
        "Democracy West Centre Council's Programme Initiative Awards Hospital Rights Crime Change "
        "GMB Unite UNISON Usdaw CWU FBU Uvw ICO EHRC AWS ALC LGA TUC SNP MSPs MSP "
        "Pwyllgor Gweithredol Gwaith Cymru Llafur Fforwm Polisi Cynhadledd "
    ).split()
}


@dataclass(frozen=True)
class NameMention:
    """A person named (or referred to by role) in text, with the rule that found it."""

    start: int
    end: int
    mention: str
    person_id: str
    resolution: str  # exact | alias | role | first-name | unresolved
    role_key: str = ""  # for role phrases: general-secretary, leader, ...
    note: str = ""


#: Surnames that are also words a name is not made of: "Kate Green", "Catherine West", "Toni Young".
_SURNAME_WORDS = {"green", "west", "north", "south", "east", "young", "black", "law", "scott", "grant", "power",
                  "white", "brown"}
#: Words that end the name of a thing, not of a person ("the Internal Market Bill"), though
#: they may begin one ("Bill Forshaw").
_NOT_NAME_LAST = {"bill", "bills"}


def is_namey(words: list[str]) -> bool:
    if len(words) < 2 or len(words) > 4:
        return False
    if any(w.lower().strip("’'") in _NOT_NAME_WORDS for w in words):
        return False
    if any(w.lower().strip("’'") in _NOT_NAME_LAST for w in words[1:]):
        return False
    return all(w[:1].isupper() for w in words if len(w) > 2)


#: A name whose first name the reference data lacks is still a person's after a person's
#: role ("moved by CLP representative Amjad Siddiqui") or before ", who".
_PERSON_NOUN_BEFORE = re.compile(
    r"\b(?:representative|rep|delegate|member|chair|vice-chair|secretary|organiser|officer|candidate|director|"
    r"treasurer|convenor|convener|activist|councillor|steward|leader)\s+$", re.I)
_WHO_AFTER = re.compile(r",\s+who\b")


def find_names(text: str, start: int, end: int, ref: Reference, *, known_first: dict[str, str],
               person_hits: list[tuple[int, int, str]] | None = None, wrapped: bool = False) -> list[NameMention]:
    """People named in ``text[start:end]``, non-overlapping, in order.

    ``known_first`` maps a first name (lower case) to the person id (or the full name,
    for people not in the reference data) of someone already named in full in the report.
    ``person_hits`` are the reference names found once over the whole report, if known.
    ``wrapped``: the text is wrapped at a margin, so a name may run over a line break.
    """
    seg = text[start:end]
    out: list[NameMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(nm: NameMention) -> None:
        out.append(nm)
        taken.append((nm.start - start, nm.end - start))

    if person_hits is None and ref.person_gazetteer:
        person_hits = [(s + start, e + start, pid) for s, e, pid in ref.person_gazetteer.find(seg)]
    if person_hits:
        for s, e, pid in ((s - start, e - start, pid) for s, e, pid in person_hits if start <= s and e <= end):
            written = seg[s:e]
            if free(s, e) and written[:1].isupper():
                add(NameMention(start + s, start + e, written, pid,
                                ref.person_alias_kind.get(name_key(written), "alias")))
    for m in P.NAME_CANDIDATE.finditer(seg):
        s, e = m.start("name"), m.end("name")
        if not free(s, e):
            continue
        words = m.group("name").split()
        nl = seg.find("\n", s, e)
        if nl != -1 and not wrapped:
            # a name runs over a line break only in a text wrapped at a margin: not in
            # "moved by Dennis Arkwright" / "Withdrawn after ..."
            words = seg[s:nl].split()
            e = s + len(seg[s:nl].rstrip())
            if len(words) < 2:
                continue
        for k, w in enumerate(words[:-1]):
            if w.endswith(("’s", "'s")):  # a possessive ends a name: "Glenis Willmott’s EPLP report"
                words = words[: k + 1]
                e = s + len(" ".join(words))
                break
        if (len(words) == 2 and words[1].lower() in _SURNAME_WORDS and name_key(words[0]) in ref.given_names
                and words[0].lower() not in _NOT_NAME_WORDS):  # "Kate Green", "Catherine West"
            add(NameMention(start + s, start + s + len(" ".join(words)), " ".join(words), "", "unresolved",
                            note="not in the reference data"))
            continue
        # trim leading non-name words ("Both Sam", "Thank Alice Perry")
        while words and words[0].lower() in _NOT_NAME_WORDS:
            s += len(words[0]) + (len(seg[s + len(words[0]):]) - len(seg[s + len(words[0]):].lstrip()))
            words = words[1:]
        while words and words[-1].lower().strip("’'s") in _NOT_NAME_WORDS:
            words = words[:-1]
            e = s + len(" ".join(words)) if words else s
        if not is_namey(words):
            continue
        written = seg[s:e]
        if " ".join(written.split()) != " ".join(words):
            continue  # (a name may run over a line break: "chaired by Cllr Ray\nGowland")
        for poss in ("’s", "'s", "s'", "s’"):
            if written.endswith(poss):  # "Glenis Willmott’s", "Mick Travers' motion"
                cut = len(poss) if poss[0] != "s" else 1
                written, e = written[:-cut], e - cut
                words = written.split()
                break
        if not is_namey(words):
            continue
        honorific = m.start("name") > m.start() or bool(P.POSTNOMINALS.match(seg[m.end("name") : m.end("name") + 6]))
        if not honorific and name_key(words[0]) not in ref.given_names and not (
                _PERSON_NOUN_BEFORE.search(seg[max(0, s - 30) : s]) or _WHO_AFTER.match(seg, e)):
            continue  # capitalised words, but not shaped like a person's name
        add(NameMention(start + s, start + e, written, "", "unresolved", note="not in the reference data"))
    for m in ROLE_PHRASE.finditer(seg):
        if free(m.start("role"), m.end("role")):
            key = ROLE_KEYS.get(" ".join(m.group("role").lower().replace("-", " ").split()), "")
            if key:
                add(NameMention(start + m.start("role"), start + m.end("role"), m.group("role"), "", "role", key))
    for m in re.finditer(r"(?<![\w'’-])([A-Z][a-z\u00e0-\u024f]{2,}|[A-Z][a-z](?!\.))(?![\w-])", seg):  # ("Ed", "Jo")
        first = name_key(m.group(1))
        if first in known_first and free(m.start(), m.end()):
            nxt = seg[m.end() : m.end() + 2]
            if nxt[:1] == " " and seg[m.end() + 1 : m.end() + 2].isupper():
                continue  # the start of a longer capitalised run we did not accept
            add(NameMention(start + m.start(), start + m.end(), m.group(1), known_first[first], "first-name"))
    out.sort(key=lambda n: n.start)
    return _drop_appositions(text, out)


_APPOSITION_GAP = re.compile(r"^,?\s+(?:the|our|(?:the\s+)?party['’]s|Labour['’]s)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


def _drop_appositions(text: str, names: list[NameMention]) -> list[NameMention]:
    """A role phrase right after a name ("Hazel Flynn the regional director", "Declan
    McHugh, the party's Compliance Officer") is that person, not another mention."""
    out: list[NameMention] = []
    for nm in names:
        if nm.resolution == "role" and out and out[-1].resolution != "role" and _APPOSITION_GAP.match(
            text[out[-1].end : nm.start]
        ):
            continue
        out.append(nm)
    return out


# --- the part played ---------------------------------------------------------------------

#: The capitalised title that may stand between "heard from" and a name: "the General Secretary".
_TITLE_BEFORE_NAME = r"(?:\s+(?:the|our))?(?:\s+(?-i:[A-Z][\w'’-]*)){0,4}"
#: Who a person is with, between the name and the verb: "Edwin Saddler from the Governance
#: and Legal Unit presented", "Lorna Whyte from Unite Scotland addressed the SEC", "Kwame
#: Asante of Unison presented".
_FROM = r"|\s+(?:from|of)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+(?:(?:and|&|of|for)\s+)?){1,5}"
_AFTER_CUES = [
    ("chair", re.compile(r"^(?:,[^,]{0,40},|\s+the\s+(?:\w+\s+){1,3}?|\s*\([^)]{0,40}\)"
                         r"|\s+(?:from|of)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*[\s,]+(?:(?:and|&|of|for)\s+)?){1,5})?\s*(?:chaired|co-?chaired|co-?convened|convened\s+the|(?:was\s+)?in\s+the\s+chair|took\s+the\s+chair"
                         r"|took\s+(?:over\b(?!\s+(?:as|the\s+(?:job|role|post|brief|portfolio)))|the\s+meeting))\b"
                         r"|^,\s*chaired\b(?!\s+by)", re.I)),  # ("The co-convenor, Andrea Pullman, chaired.", "X took over from item 4")
    ("elected", re.compile(r"^(?:,[^,]{0,60},|\s*\([^)]{0,40}\))?\s*(?:MP\s+|MEP\s+)?(?:was|were|has\s+been|had\s+been)\s+(?:re-?)?(?:elected|appointed|co-opted)\b"
                           r"|^\s*(?:re-?)?elected\b(?=[,\s]+(?:unopposed|as|to|chair|vice|secretary|treasurer|by|on\b))", re.I)),  # "Priya Sandhu elected unopposed"
    ("member", re.compile(r"^[^.;]{0,10}(?:were|was)\s+(?:all\s+)?welcomed\b"
                          r"|^(?:,[^,]{0,60},|\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,?)?\s*(?:also\s+)?(?:attended|joined\s+(?:the|us)|joined\s+(?:the\s+meeting\s+)?"
                          r"(?:by|via|on|online|remotely|virtually)|came\s+(?:to|for)\s+the|stayed\s+for\s+(?:the|most|all|much)|"
                          r"came\s+to\s+(?:present|speak|report|address|introduce|answer)|"
                          r"came\s+along\b|(?:dropped|popped|looked|called|came)\s+in\b(?!\s+(?:on|at)\s+(?:a|an|the|his|her|their|my|our)\b(?!\s+(?:start|end|beginning)\b))|"
                          r"joined\s+(?:us\s+|the\s+meeting\s+)?for\s+(?:this|the|part|an?|most|all)\b)\b"
                          r"|^(?:\s+(?:from|of)\s+[^,.;]{0,50}?)?\s+acting\s+as\b"  # "with X from the GS's office acting as secretary"
                          r"|^(?:,[^,]{0,60})?,\s*who\s+(?:was|were)\s+(?:at|present|there)\b"
                          r"|^,\s*who\s+(?:also\s+)?(?:attended|joined\s+(?:us|the\s+meeting|by|via|online|remotely))\b"
                          r"|^\s+(?:both\s+|all\s+|also\s+)?(?:present|in\s+attendance)\b", re.I)),
    ("reporter", re.compile(
        r"^(?:,[^,]{0,90},|,(?!\s*(?:had|has)\b)|\s+the\s+(?:[\w'’]+\s+){1,3}?|\s*\([^)]{0,40}\)" + _FROM + r")?\s*(?:also\s+|then\s+)?"
        r"(?:(?:has|had|have)\s+(?:just\s+)?(?:given|presented|delivered|introduced|reported|updated|briefed|outlined)\b|"
        r"gave|giving|presented|delivered|introduced|reported|updated|briefed|went\s+through\s+(?:the|his|her|their)|"
        r"covered|outlined|took\s+(?:us|members|the\s+\w+)\s+through|walked\s+(?:us|members|the\s+\w+)\s+through)\b|^['’]s?\s+(?:[\w'’]+\s+){0,3}(?:report|update|paper|presentation)\b", re.I)),
    ("proposer", re.compile(r"^,\s*who\s+(?:had\s+)?(?:put|moved|proposed|tabled|brought)\s+(?:the|a|an|this|that|her|his)\s+(?:[\w'’-]+\s+)?(?:proposal|motion|amendment)\b"
                            r"|^(?:,[^,]{0,90},|\s*\([^)]{0,40}\)" + _FROM + r")?\s*(?:also\s+|then\s+|had\s+|has\s+)?(?:proposed|moved|seconded|tabled|put\s+forward|withdrew|"
                            r"reiterated\s+a\s+proposal)\b"
                            r"|^['’]s\s+(?:own\s+)?(?:amendment|motion|proposal)\b[^.;]{0,80}?\bwithdrawn\s+by\s+(?:him|her|them)\b"
                            # "Gareth Pryce's amendment ... fell", "Mick Travers' motion on ... was referred"
                            r"|^['’]s?\s+(?:(?:own|emergency|original|revised)\s+)?(?:amendments?|motions?|proposals?)\b", re.I)),
    ("speaker", re.compile(
        r"^(?:,[^,]{0,90},|,(?!\s*(?:had|has)\b)|\s+the\s+(?:[\w'’]+\s+){1,3}?|\s*\([^)]{0,40}\)" + _FROM + r")?"
        r"\s*(?:also\s+|then\s+|had\s+|has\s+|both\s+|all\s+)?(?:said|spoke|talked|asked|raised|stressed|highlighted|"
        r"told|argued|thanked|added|explained|addressed|responded|answered|suggested|urged|questioned|commented|"
        r"welcomed\s+(?:us|everyone|everybody|all|members|delegates|reps|the\s+(?:meeting|forum|committee|board))|"
        r"emphasised|emphasized|reiterated|advised|condemned|reminded|reaffirmed|assured|confirmed|defended|"
        r"indicated|described|expressed|touched\s+on|took\s+questions|paid\s+tribute|fed\s+back|"
        r"warned|insisted|challenged|set\s+out|summarised|requested|"
        r"made\s+(?:a|the|that|this|her|his|their|an)\s+(?:[\w'’-]+\s+)?(?:request|point|case|plea|argument|contribution)|"
        r"put\s+(?:the|a|her|his|their)\s+(?:case|argument|view)|"
        r"pressed|pushed|quizzed|probed|intervened|queried|objected|countered|cautioned|conceded|acknowledged|"
        r"pledged|promised|undertook|moved|opened|closed|thanked|welcomed\s+(?:the|new|all|everyone|members|colleagues)|"
        r"wanted\s+(?:to\s+(?:know|wait|see|hear|defer|delay|keep|add|amend|change|refer|send)|more|less|a|an|the|us|members)\b|"
        r"thanking|speaking|addressing|opening\s+the|introducing|presenting|reporting\s+on|"
        r"introduced|replied|pointed\s+out|voted\s+(?:for|against|in\s+favour)|abstained|"
        r"led\s+(?:the|a|our)\s+(?:discussion|debate|session))\b"
        r"|^,\s*(?:said|told|spoke|argued|asked|added|explained|stressed|warned|insisted|urged|set\s+out|outlined|reported|presented)\b"  # "..., Dan Whitcombe, told the meeting"
        r"|^(?:\s*\([^)]{0,40}\))?(?:,[^,]{0,90})?,\s*who\s+(?:\w+\s+){0,8}?(?:spoke|addressed|described|told|gave|presented|explained|"
        r"talked|outlined|updated|answered|introduced|said|asked|argued|raised|questioned|warned)\b"
        r"|^['’]s\s+(?:[\w'’-]+\s+){0,2}(?:speech|keynote|address)\b"
        r"|^['’]s\s+(?:view|argument|objection|suggestion)\s+that\b"  # "Phil Garside's view that we couldn't ..."
        r"|^,?\s*(?:and\s+)?(?:each|both|all)\s+(?:of\s+them\s+)?(?:spoke|addressed|made)\b"
        r"|^(?:,[^,]{0,90})?,\s*(?:both|all|each|neither)\s+of\s+whom\s+(?:also\s+)?(?:spoke|addressed|answered|took)\b"
        r"|^\s+(?:then\s+)?read\s+(?:out\s+)?(?:the|a|an|her|his|their|from)\b", re.I)),
]
#: "Members also heard from X ..., and from Y": the second name shares the first one's verb.
_HEARD_FROM = re.compile(r"\bheard\s+(?:\w+\s+){0,3}?from\b", re.I)
_AND_FROM = re.compile(r"\b(?:and|also)\s+from" + _TITLE_BEFORE_NAME + r"\s+$", re.I)
#: A title set off by commas between a cue and the name: "given by the deputy leader, Jackie
#: Baillie", "chaired by our regional chair, Cllr Ann Moss".
_TITLE_APPOSITION = r"(?:\s+(?:the|our|its|their)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+,)?"
_BEFORE_CUES = [
    ("chair", re.compile(r"(?:(?:chaired|(?:co-?)?convened)(?:\s*,[^,.;]{0,40},\s*)?\s+by" + _TITLE_APPOSITION + r"|in\s+the\s+chair[:,]?|Chair(?:ed)?\s*[:,]|the\s+chair,|"
                         r"(?:co-?chaired|co-?convened|shared\s+the\s+chair)\s+(?:the\s+\w+\s+)?with"
                         r"|\bunder\s+(?:its|the|her|his|their)\s+(?:new\s+)?chair,?)\s*$", re.I)),  # "met ... under its chair X"
    ("reporter", re.compile(r"(?:report(?:s)?\s+(?:was\s+given\s+)?(?:from|by)|update\s+from|presentation\s+(?:from|by)|"
                            r"brought\s+to\s+(?:us|the\s+\w+)\s+by|"
                            r"reported\s+by|introduced\s+by|presented\s+by|(?:given|delivered)\s+by)(?:\s+the)?" + _TITLE_APPOSITION + r"\s+$", re.I)),
    ("proposer", re.compile(r"(?:(?:proposed|moved|seconded|tabled|amendment|motion|put\s+forward|brought\s+forward)\s+(?:\w+\s+){0,2}by"
                            r"(?:\s+(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?(?:rep|reps|representative|delegate|member|"
                            r"secretary|chair|officer|councillor|leader|MP),?)?"
                            r"|\b(?:the|its|their|her|his)\s+(?:mover|proposer|seconder)s?,?"
                            r"|\b(?:proposal|motion|amendment)s?,?\s+(?:moved\s+)?from|\bwithdrawn\s+by"
                            r"|(?:^|[•*–-]\s*)(?:motion|amendment|proposal)\b[^()\n.;]{0,60}\()\s*$", re.I)),  # "• Motion on Board papers (Jerome Baptiste): ..."
    ("member", re.compile(r"(?:(?:welcome|welcomed|welcoming|new\s+members?|present[:,]?|attending[:,]?|in\s+attendance[:,]?)\s+(?:[\w'’-]+,?\s+){0,5}"
                          r"|\b(?:welcomed|welcoming)\s+[^.;:]{0,60}:\s*"
                          r"|\b(?:our|the|a)\s+(?:special\s+|keynote\s+)?(?:guests?|guest\s+speakers?|visitors?)\s+"
                          r"(?:was|were|is|are|included)\s+(?:(?:Cllr|Councillor|Dr)\.?\s+)?"
                          r"|\bjoined\s+by\s+(?:my|our)\s+(?:[\w'’-]+\s+){0,4}"
                          r"|\bsat\s+(?:on\s+(?:this|it|that|the\s+\w+)(?:\s+one)?\s+)?with\s+"  # "I sat on this one with Raj Kalsi"
                          # "Voting against included Colin Peabody", "heard by a sub-panel on Monday 6 March: Kevin Dunne"
                          r"|\bvot(?:ing|ed)\s+(?:for|against)(?:\s+it)?\s+(?:included|were)\s+"
                          r"|\b(?:sub-?panel|panel)\b[^.;:]{0,40}:\s*)$", re.I)),
    ("speaker", re.compile(r"(?:questions?\s+from|asked\s+by|raised\s+by|speech\s+(?:from|by)|addressed\s+by|"
                           r"keynote\s+(?:speech\s+|address\s+)?(?:from|by)|"
                           r"contributions?\s+from|points?\s+(?:from|by)|"
                           # "contributions came from X", "Questions were put by X"
                           r"(?:contributions?|questions?|points?|comments?)\s+(?:came|(?:were|was)\s+(?:made|put|asked|raised))\s+(?:from|by)|(?:corrections?|comments?|remarks?|interventions?)\s+from|"
                           r"(?:arguments?|objections?)\s+(?:(?:for|against)(?:\s+it)?,?\s+)?from|"  # "Argument against, from Lena"
                           r"(?:discussion|debate|session)\s+(?:was\s+)?led\s+by|,\s+led\s+by|"
                           # "I said so, and so did Jasbir Kalsi", "agreed with Morag Finnie that ..."
                           r"\b(?:and\s+)?so\s+did|\b(?:agreed|disagreed|sided)\s+with|"
                           r"\b(?:in\s+)?(?:response|responding|reply|replying|answering)\s+to|"
                           r"\b(?:was|were)\s+(?:then\s+)?(?:answered|responded\s+to|taken\s+up)\s+by|"  # "... was answered by X"
                           r"\bheard\s+(?:\w+\s+){0,3}?from" + _TITLE_BEFORE_NAME + r")\s+$", re.I)),
    ("elected", re.compile(r"(?:elected|appointed)\s+(?:\w+\s+){0,3}$", re.I)),
    ("speaker", re.compile(r"^\W*Q(?:uestion)?\s*\($")),  # "Q (Sadia Rauf): Can the budget be used for childcare?"
]
_NOT_PRESENT = re.compile(
    r"(?:apologies\s+(?:from|were\s+received\s+from)|in\s+(?:his|her|their)\s+absence|\bwas\s+absent|"
    r"\bnot\s+(?:present|at\s+the\s+meeting)|passed\s+away|"
    # ("wrote to X", but not "X undertook to write to every CLP": the one who will write)
    r"letter\s+to|wrote\s+to|(?<!undertook\sto\s)(?<!promised\sto\s)(?<!agreed\sto\s)write\s+to|"
    r"written\s+report|sent\s+(?:a|their|her|his)\s+report|"
    r"memory\s+of|died)",
    re.I,
)
#: Cues that only the words before a name carry: "paid tribute to X" (X is not speaking).
_NOT_PRESENT_BEFORE = re.compile(r"\btribute\s+to\s+(?:the\s+late\s+)?$"
                                 r"|\b(?:listening|listened|tuning\s+in|tuned\s+in|watching|watched|viewing|viewed)(?:\s+to|\s+for)?\s+$"
                                 r"|\b(?:letter|message|statement|note)\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
#: "X was elected chair of the committee in her absence": anywhere before the next name.
#: Words said after the meeting, to the press: "Speaking afterwards, the party's spokesman said ...".
_AFTERWARDS = re.compile(r"\b(?:speaking|commenting|said|told\s+(?:the\s+)?\w+)\s+(?:afterwards|after\s+the\s+meeting|later)\b", re.I)
_ABSENT_AFTER = re.compile(r"\bin\s+(?:his|her|their)\s+absence\b|\bcirculated\s+in\s+writing\b"
                           r"|^\W{0,3}(?:also\s+)?(?:gave|sent|sends|gives|offered|tendered)\s+(?:her|his|their)\s+apologies\b"
                           r"|\bapologised\s+for\s+(?:his|her|their)\s+absence\b", re.I)
#: A name in the list after "Apologies were received from", or followed shortly by "sent her
#: apologies", "in his absence", "was absent", "unable to attend".
_APOLOGIES_BEFORE = re.compile(
    r"\bapolog\w*\s+(?:(?:were|was|had\s+been|came)\s+)?(?:received\s+|sent\s+)?from\s+[^.;:!?\n]{0,100}$"
    r"|\bapologies\s*[:–—]\s*[^.;:!?\n]{0,100}$", re.I)  # ("Apologies: Mark Delahaye, Rachel Hopkin-Jones")
_ABSENCE_AFTER = re.compile(r"^[^.;\n]{0,40}?(?:\bsent\s+(?:her\s+|his\s+|their\s+)?apologies|" + _ABSENT_AFTER.pattern +
                            r"|\bcould(?:\s+not|n['’]t)\s+be\s+(?:with\s+us|there|present)"  # "who couldn't be with us"
                            r"|\b(?:was|were)(?:\s+not|n['’]t)\s+(?:in\s+the\s+room|there|present|with\s+us)\b" +
                            r"|\bwas\s+absent|\bunable\s+to\s+attend|\bcould\s+not\s+attend|\bcouldn['’]t\s+attend"
                            r"|\b(?:was|were)\s+(?:ill|unwell|off\s+sick|in\s+hospital)\b"  # ("as the mover, Graham Pike, was ill")
                            r"|\bsends?\s+(?:her|his|their)\s+apologies)", re.I)


def sent_apologies(text: str, nm: NameMention) -> bool:
    """True when the text says the person named was not at the meeting (apologies, absence)."""
    return bool(_APOLOGIES_BEFORE.search(text[max(0, nm.start - 140) : nm.start])
                or _ABSENCE_AFTER.match(text[nm.end : nm.end + 80]))


#: A speech or report given elsewhere, before the meeting: "Keir Starmer's speech on crime last month",
#: "Shami Chakrabarti's report on antisemitism, published at the end of June".
_PAST_WORK = re.compile(r"['’]s?\s+(?:[\w'’-]+\s+){0,2}?(?:speech|report|address|keynote|statement)\b[^.;]{0,60}?"
                        r"\b(?:last\s+(?:week|month|year)|earlier\s+(?:this|that)\s+(?:week|month|year)|published)\b", re.I)
#: A person's thing named, not a part they played: "Nicola Sturgeon's resignation", "Jeremy Corbyn's speech forward".
_POSSESSIVE_THING = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:resignation|speech\s+(?:forward|back)|letter|article|book|tweet|"
                               r"interview|comments?|remarks?|election|appointment|death|departure|leadership|campaign)\b"
                               r"(?![^.;]{0,40}\b(?:was|were)\s+(?:given|delivered|made|presented|read\s+out)\b)", re.I)
_REFERRED_TO = re.compile(r"\b(?:referred|referring|pointed|reference)\s+to\s+$", re.I)
#: A name with its topic and no verb, after a report's label: "... Keir Starmer on the cost of living".
_ON_TOPIC = re.compile(r"\s+on\s+(?:the\s+|his\s+|her\s+|their\s+)?[\w'’-]+")
_REPORT_LABEL = re.compile(r"\breport\s*[.:–—-]\s*(?:\d{1,2}/\s*)?$", re.I)
_ALSO_SPOKE = re.compile(r"\band\s+(?:then\s+)?(?:thanked|spoke|said|made\s+a\s+(?:short\s+)?speech|addressed)\b", re.I)
_WELCOMED_INCLUDING = re.compile(r"\b(?:welcomed|welcoming)\b[^.;]{0,160}?\bincluding\s+(?:[^.;]{0,100}?(?:,|\band)\s+)?$", re.I)
_LIST_GAP = re.compile(r"^\s*(?:\([^()\n]{1,40}\)\s*|from\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*)?"
                       r"(?:,\s*(?:and\s+)?|and\s+|&\s+)"  # ("Rita Osei from Peterborough and Tom Hallam from Harlow")
                       r"(?:(?:Cllr|Councillor|Dr|Lord|Baroness|Dame|Sir|Prof)\.?\s+)?$")  # (", ", "(Head of Campaigns), ", ", Cllr ")
PART_ORDER = ("chair", "reporter", "proposer", "speaker", "member", "elected", "mentioned")


def part_played(text: str, names: list[NameMention], sent_start: int, sent_end: int) -> list[str]:
    """The part each name of one sentence played (a value of APPEARANCE_ROLES)."""
    parts: list[str] = []
    for i, nm in enumerate(names):
        after = text[nm.end : min(sent_end, nm.end + 90)]
        nxt = names[i + 1].start if i + 1 < len(names) else sent_end
        after_own = text[nm.end : nxt] if nxt > nm.end else after
        post = P.POSTNOMINALS.match(after_own)
        if post:  # "Glenis Willmott MEP gave the EPLP report": the words after the letters
            after, after_own = after[post.end() :], after_own[post.end() :]
        before = P.HONORIFIC_TAIL.sub("", text[max(sent_start, nm.start - 60) : nm.start])
        part = "mentioned"
        for role, rx in _BEFORE_CUES:
            if rx.search(before):
                part = role
                break
        if part == "mentioned" and _WELCOMED_INCLUDING.search(text, sent_start, nm.start):
            part = "member"  # "The chair welcomed the members who have taken their seats ..., including Deborah Kaye"
        if part == "mentioned":
            for role, rx in _AFTER_CUES:
                if rx.search(after_own if len(after_own) > 3 else after):
                    part = role
                    break
        if part == "mentioned" and _AND_FROM.search(before) and _HEARD_FROM.search(text[sent_start : nm.start]):
            part = "speaker"
        if part == "mentioned" and i == 0 and _ON_TOPIC.match(text, nm.end) and (
                _REPORT_LABEL.search(text, max(0, sent_start - 40), nm.start)):
            part = "reporter"  # "Leader's report. Keir Starmer on the cost of living", "GS report: David Evans on finances"
        if part in ("speaker", "reporter") and (_PAST_WORK.match(after_own) or _REFERRED_TO.search(before)):
            part = "mentioned"  # "Keir Starmer's speech on crime last month", "referred to Ed Miliband's speech"
        if part in ("speaker", "reporter", "proposer") and _POSSESSIVE_THING.match(text, nm.end):
            part = "mentioned"  # "responding to Nicola Sturgeon's resignation", "to bring Jeremy Corbyn's speech forward"
        if part == "elected" and _ALSO_SPOKE.search(after_own):
            part = "speaker"  # "was elected Chair ..., and thanked members for their support"
        if _NOT_PRESENT.search(text[max(sent_start, nm.start - 40) : min(sent_end, nm.end + 40)]) or (
                _NOT_PRESENT_BEFORE.search(P.HONORIFIC_TAIL.sub("", text[max(sent_start, nm.start - 40) : nm.start]))) or (
                _ABSENT_AFTER.search(after_own) or _ABSENCE_AFTER.match(after_own)) or _AFTERWARDS.search(
                text, sent_start, min(sent_end, nm.end + 40)):  # (and "Jim Paterson, who could not be with us")
            part = "mentioned"
        parts.append(part)
    # names in a list share the verb that follows the list, and the cue before it
    for i in range(len(names) - 2, -1, -1):
        if parts[i] == "mentioned" and names[i].resolution != "role" and _LIST_GAP.match(text[names[i].end : names[i + 1].start]):
            parts[i] = parts[i + 1]  # (not "The Treasurer, Cllr Peter Lindqvist, presented": a title and its holder)
    for i in range(1, len(names)):
        if parts[i] == "mentioned" and parts[i - 1] in ("member", "proposer", "speaker", "reporter") and _LIST_GAP.match(
            text[names[i - 1].end : names[i].start]
        ):
            parts[i] = parts[i - 1]
    return parts


#: Organisation names that are also common words: named only in mid-sentence, capitalised.
_COMMON_WORD_ORGS = frozenset({"progress", "community", "unite", "unison", "momentum", "compass", "tribune",
                               "prospect", "equity", "aslef", "open labour", "red labour"})


def find_organisations(text: str, start: int, end: int, ref: Reference,
                       org_hits: list[tuple[int, int, str]] | None = None) -> list[NameMention]:
    """Organisations of the reference data named in ``text[start:end]``: written with the
    capitals of their name ("Unite", not "unite"), not part of a longer capitalised name
    ("Refounding Labour to Win"), and a name that is also a common word ("Progress") not at
    the start of a sentence. ``org_hits``: the gazetteer's finds over a larger stretch
    (offsets into ``text``), when the caller has them."""
    if not ref.org_gazetteer:
        return []
    seg = text[start:end]
    out = []
    if org_hits is None:
        found = ref.org_gazetteer.find(seg)
    else:  # found once over the report: those inside this stretch
        found = [(s - start, e - start, oid) for s, e, oid in org_hits if start <= s and e <= end]
    for s, e, oid in found:
        written = seg[s:e]
        if not written[:1].isupper():
            continue
        before = seg[max(0, s - 25) : s]
        if re.search(r"[A-Z][\w'’]*\s+$", before) and not re.search(r"\b(?:The|the|and|of|from|by)\s+$", before):
            continue  # inside a longer name
        if written.lower() in _COMMON_WORD_ORGS and (not before.strip() or before.rstrip()[-1:] in ".!?:•-*"):
            continue
        out.append(NameMention(start + s, start + e, written, oid, "exact" if written == ref.org_name.get(oid) else "alias"))
    return out
