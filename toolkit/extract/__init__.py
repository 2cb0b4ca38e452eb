"""Extract: one document's reports to meetings, decisions and name mentions, with spans.

``extract_document`` is pure (a Document and the Reference in, a DocExtraction out) and
runs on each document independently, so a build can spread documents over processes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from toolkit import patterns as P
from toolkit.dates import PartialDate, find_dates, resolve
from toolkit.extract.bodies import _slug, find_bodies, is_attributive, report_region
from toolkit.extract.decisions import (
    DecisionHit,
    Unclassified,
    classify_sentence,
    content_words,
    drop_pronoun_echoes,
    drop_restatements,
)
from toolkit.extract.meetings import (
    DIARY_HEADING,
    GENERIC_BODY,
    MET_VERB_AFTER,
    MINUTES_OF,
    PART_HEADING,
    PASSIVE_BY,
    PRONOUN_MET,
    REPORT_OF,
    SENTENCE_BREAK,
    SUBHEADING,
    LocalMeeting,
    MeetingMention,
    edge_bodies,
    find_mentions,
    generic_bodies,
    generic_id,
    group_meetings,
    heading_days,
    is_special,
    officer_clp,
    section_bodies,
)
from toolkit.extract.people import NameMention, find_names, find_organisations, is_namey, part_played
from toolkit.ingest import Document
from toolkit.reference import OutcomeVocabulary, Reference, Tokens, name_key, office_first_names, topic_key
from toolkit.segment import (
    Block,
    ReportSpan,
    Sentence,
    hard_wrapped,
    mask_chrome,
    report_reference_date,
    split_blocks,
    split_reports,
    split_sentences,
)

SIGN_OFF = re.compile(
    r"(?im)^(?:in\s+solidarity|best\s+wishes|with\s+best\s+wishes|yours\s+(?:in\s+solidarity|sincerely)|"
    r"regards|kind\s+regards|thanks|comradely\s+regards),?\s*\n+\s*(?P<names>[A-Z][^\n]{3,120})$"
)
#: A byline: "Posted by ...", "From: ...", "By ..." (capitalised: a wrapped line that starts
#: "from Anne Sugden and ..." continues a sentence).
BYLINE_NAMES = re.compile(
    r"^[\s*_]*(?:(?i:(?:posted|published|written|compiled|prepared|circulated|reported|report|notes|"
    r"a\s+report|an\s+update)(?:\s+(?:on\s+)?[^\n]{3,40}?)?\s+(?:by|from))|From:?|[Bb]y:?|FROM:?|BY:?"
    r"|[^\n]{3,80}?\s[–—|]\s+(?:from|by))\s+"  # ("NEC Report No. 2/2012 – from your CLP reps Jo Prentice and ...")
    r"(?i:(?:your|our)\s+(?:[\w-]+\s+){0,3}?(?:reps?|representatives?|delegates?|members?)"
    r"(?:\s+(?:on|for|to|at)\s+[^:,\n]{3,60}[:,])?\s*[,:]?\s+)?"  # "From your CLP reps on the REC: A & B"
    r"(?P<names>[A-Z][^\n]{3,200})$",
    re.M,
)
#: A line that is only a name, perhaps with a role or a date after a comma, bar or dash:
#: "Pauline Ward, CLP representative", "Gareth Lowe | CLP rep", "Rob Tennant, NEC member".
NAME_LINE = re.compile(
    r"^[\s*_]*(?P<name>(?:(?:Cllr|Councillor|Dr|Lord|Baroness)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
    r"(?:\s*\((?!@)[^()\n]{1,60}\)(?=\s+(?:and|&)\s))?"  # "Grace Adeyemi (CLP section) and Tom Kirwan (Unite)"
    r"(?:\s+(?:and|&)\s+(?:(?:Cllr|Councillor|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
    r"(?:\s*\((?!@)[^()\n]{1,60}\)(?=\s*$))?)?)"
    r"(?:\s*\(@\w+\))?\s*(?:(?:,|\||–|—|-|·)\s*(?P<rest>[^\n]{0,140}?)|\s+(?P<social>@\w+[^\n]{0,80}|is\s+(?:feeling|at|with|in)\b[^\n]{0,80}))?"
    r"[\s*_]*$"
)
_ROLE_WORDS = re.compile(
    r"\b(?:rep|reps|representative|representatives|member|members|councillor|NEC|REC|CLP|secretary|chair|"
    r"officer|delegate|convenor|treasurer|executive|committee|board|forum)\b|\d{4}",
    re.I,
)
_CLAUSE_IN_REST = re.compile(
    r"\b(?:could|couldn['’]t|would|will|can|cannot|sends?|sent|was|were|has|have|had|did|didn['’]t|attend(?:ed|s)?|"
    r"apologi[sz]ed?|apologies|spoke|said|says)\b", re.I)
_PERSON_SHAPE = re.compile(r"^(?:(?:Cllr|Councillor|Dr|Lord|Baroness)\.?\s+)?[A-Z\u00c0-\u00de][a-z\u00df-\u024f'’-]+"
                           r"(?:-[A-Z\u00c0-\u00de][a-z\u00df-\u024f'’]+)?"  # ("Kerry-Ann", "Jean-Paul")
                           r"(?:\s+[A-Z\u00c0-\u00de][a-zA-Z\u00c0-\u024f'’-]+){1,2}$")  # (Siân, Llŷr, Zoë Müller)


def stable_id(prefix: str, *parts: object, n: int = 12) -> str:
    """A short id from a hash of its parts: the same parts give the same id in every run."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:n]
    return f"{prefix}-{h}"


@dataclass
class ReportExtraction:
    """What one report yields before merging across reports."""

    report: ReportSpan
    report_id: str
    authors: list[tuple[str, int, int]]  # (name, start, end); start=-1 when from the manifest
    main_body: str
    ref_date: PartialDate | None
    ref_source: str
    meetings: list[LocalMeeting]
    decisions: list[tuple[DecisionHit, int]]  # (hit, local meeting index or -1)
    unclassified: list[Unclassified]
    names: list[tuple[NameMention, str, int]]  # (mention, part, local meeting index or -1)
    #: Local meetings at which the author writes of being present ("I was there", "I spoke").
    author_present: frozenset[int] = frozenset()
    #: Authors writing as the party's staff ("By Sarah Lumb, Regional Press Officer"): not members.
    staff: frozenset[str] = frozenset()
    #: Local meetings the author writes of not attending ("I was not there", "I am not on it").
    author_absent: frozenset[int] = frozenset()
    #: ... of those, the ones every author says they were not at ("Neither of us was on the REC then")
    authors_absent: frozenset[int] = frozenset()
    #: Local meetings told of in the first person somewhere ("we agreed", "I asked"): ones the writer was at.
    first_person: frozenset[int] = frozenset()


@dataclass
class DocExtraction:
    """Everything extracted from one document."""

    doc: Document
    reports: list[ReportExtraction] = field(default_factory=list)


def _split_names(cell: str) -> list[str]:
    cell = re.split(r"\s*[|–—·]\s*|\s+-\s+", cell.strip())[0]  # "By Jo Bloggs | 29 September 2022"
    cell = re.sub(r"\s*\([^)]*\)?", "", cell.strip().strip("*_ "))  # "Dennis Harwood (NEC, CLP section)"
    cell = re.sub(r"\s+(?:and|&)\s+", ", ", cell)
    out = []
    for part in cell.split(","):
        part = part.strip(" .;:")
        if _PERSON_SHAPE.match(part) and not _ROLE_WORDS.search(part):  # "Sarah Lumb, Regional Press Officer"
            out.append(part)
        else:
            break
    return out


def report_authors(text: str, rep: ReportSpan, manifest_authors: tuple[str, ...],
                   ref_given: frozenset[str] = frozenset()) -> list[tuple[str, int, int]]:
    """Authors of a report: bylines near its top and sign-offs at its end (with spans),
    then manifest authors shaped like a person's name (no span)."""
    found: list[tuple[str, int, int]] = []
    head = text[rep.char_start : min(rep.char_end, rep.char_start + 600)]
    for m in BYLINE_NAMES.finditer(head):
        pos = rep.char_start + m.start("names")
        for nm in _split_names(m.group("names")):
            s = text.find(nm, pos)
            found.append((nm, s, s + len(nm)))
        break
    tail_start = max(rep.char_start, rep.char_end - 400)
    for m in SIGN_OFF.finditer(text[tail_start : rep.char_end]):
        pos = tail_start + m.start("names")
        for nm in _split_names(m.group("names")):
            s = text.find(nm, pos)
            found.append((nm, s, s + len(nm)))
    if not found:  # a name line under the title, or a sign-off line at the end
        lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text[rep.char_start : rep.char_end])]
        lines = [(rep.char_start + p, ln) for p, ln in lines if ln.strip()]
        candidates = lines[:1] + [x for x in lines[1:5] if x[0] >= rep.title_end] + lines[-4:]
        for pos, line in [x for x in lines[1:4] if x[0] >= rep.title_end]:
            # a sentence of its own at the end of the opening paragraph: "... typos mostly fixed. Nadia
            # Brennan, CLP representative on the West Midlands Regional Executive Committee."
            last = re.search(r"(?<=[.!?])\s+(?=[A-Z])(?!.*[.!?]\s+[A-Z])", line)
            if last:
                candidates.append((pos + last.end(), line[last.end() :]))
        for pos, line in candidates:
            m = NAME_LINE.match(line)
            if not m or (m.group("rest") and (not _ROLE_WORDS.search(m.group("rest"))
                                              or _CLAUSE_IN_REST.search(m.group("rest")))):
                continue  # (a sentence about someone, "X, our other rep, could not attend", is no byline)
            for name in _split_names(m.group("name")):
                if name_key(name).split()[0] not in ref_given and (not m.group("rest") or not is_namey(name.split())):
                    continue  # (a role after the name vouches for it: "Marisa Kettering, CLP representative on ...")
                s = text.find(name, pos)
                if all(name_key(name) != name_key(f) for f, _, _ in found):
                    found.append((name, s, s + len(name)))
    keys = {name_key(n) for n, _, _ in found}
    for a in manifest_authors:
        if _PERSON_SHAPE.match(a.strip()) and name_key(a) not in keys:
            found.append((a.strip(), -1, -1))
            keys.add(name_key(a))
    return found


#: A sentence that lists the meetings a report covers by their days: "So here are both meetings in
#: one go: Tuesday 19 July first, then Tuesday 13 September."
_MEETINGS_LISTED = re.compile(r"\b(?:both|two|three|these|the)\s+meetings\b[^.;]{0,40}?:", re.I)


def _days_of_meetings_told(text: str, sentences: list[Sentence], mentions: list[MeetingMention],
                           meetings: list[LocalMeeting], main: str, ref: PartialDate | None) -> None:
    """Date the report's own body's held meetings known only by their month ("THE JULY NEC")
    to the day a sentence listing the meetings covered gives for that month, when it gives one."""
    days: list[PartialDate] = []
    for si, sent in enumerate(sentences):
        listed = _MEETINGS_LISTED.search(text, sent.start, sent.end)
        if listed is None or any(m.sentence == si and not m.generic for m in mentions):
            continue
        for d in find_dates(text[listed.end() : sent.end]):
            whole, _ = resolve(d, ref, direction="past") if d.day is not None else (None, False)
            if whole is not None and whole.precision == "day":
                days.append(whole)
    for lm in meetings:
        if lm.body_id == main and lm.status == "held" and lm.date is not None and lm.date.precision == "month":
            same = {d for d in days if (d.year, d.month) == (lm.date.year, lm.date.month)}
            if len(same) == 1 and not any(o.body_id == main and o.date in same for o in meetings):
                lm.date, lm.date_source = same.pop(), "text"


def _title_meeting_date(title: str, ref: PartialDate | None = None) -> tuple[PartialDate | None, int | None]:
    """The meeting date a report's title gives ("NEC report – 29 September 2020",
    "report of the meeting held on 8th March 2014"), with the last day of a range. A day
    without its year ("Regional Board, 18 November: my report") takes the year of the
    report's date ``ref``, on or before it."""
    for m in find_dates(title):
        if m.year is not None and m.month is not None and not m.relative:
            return PartialDate(m.year, m.month, m.day), m.end_day
        if m.year is None and m.month is not None and m.day is not None and not m.relative and ref is not None:
            whole, _ = resolve(m, ref, direction="past")
            if whole is not None:
                return whole, m.end_day
    return None, None


_TITLE_PARTS = re.compile(r"\s+[–—|-]\s+|:\s+")
_TITLE_AND = re.compile(r"\s*(?:and|&|\+|,)\s*(?:the\s+|its\s+)?")


#: A title naming a policy commission by its topic: "Better Jobs and Better Work: my report from the policy commission".
_TITLE_COMMISSION = re.compile(r"\W*(?!(?:NPF|National|Report|Notes|Update|Diary|My|Our|The)\b)"
                               r"(?P<topic>[A-Z][\w'’&-]*(?:,?\s+(?:and|&|of|for|the|[A-Z][\w'’&-]*)){0,7})\s*[:–—|-]\s*"
                               r"[^\n]*\b(?i:policy\s+commission)\b(?!s)")


#: Generic names that stand for one body only: "the Board", "the REC", "the Executive".
_STRONG_GENERIC = frozenset({"board", "regional board", "rec", "sec", "wec", "executive"})


def _main_body(text: str, rep: ReportSpan, ref: Reference, region: str, page_body: str = "") -> str:
    """The body a report is about: the first named in its title (a CLP only when no other
    body is: a CLP in a title is usually the publisher), else the one its text names most."""
    found = [b for b in find_bodies(rep.title, ref, region=region) if b.body_id]
    title_bodies = [b.body_id for b in found]
    topic = _TITLE_COMMISSION.match(rep.title) if set(title_bodies) <= {"npf"} else None
    if topic:  # "Better Jobs and Better Work: my report from the policy commission": that commission
        name = topic_key(topic.group("topic"))
        return ref.commission_topic.get(name) or f"npf-{_slug(name)}"
    if title_bodies:
        order = {b: i for i, b in enumerate(dict.fromkeys(title_bodies))}
        # "NPF Q&A: the Work and Business Policy Commission": the parent names where its child sits
        # ("Conference diary: CAC reports": the CAC sits at conference, and is the report's body);
        # but "NEC and Equalities Committee": two meetings reported, the first named leads
        joined = len(found) >= 2 and _TITLE_AND.fullmatch(rep.title, found[0].end, found[1].start) is not None
        children = set() if joined else {b for b in order if any((b.startswith(p + "-") or ref.body_parent.get(b) == p)
                                                                 for p in order if p != b)}
        best = max(order, key=lambda b: (not b.startswith("clp-"), b in children, -order[b]))
        if best == "cac":  # "a conference diary from the CAC" by a member of the Scottish CAC: the nation's own
            head = text[rep.char_start : min(rep.char_end, rep.title_end + 400)]
            nation = [b.body_id for b in find_bodies(head, ref, region=region) if b.body_id.startswith("cac-")]
            best = nation[0] if nation else best
        return best
    if region:  # "Yorkshire & Humber Labour – Regional Policy Committee: notes of meeting": the region's committee
        own = [b.body_id for part in _TITLE_PARTS.split(rep.title)
               for b in generic_bodies(part.strip(), f"rec-{region}", []) if b.body_id and not b.generic]
        if own:
            return own[0]
    counts = Counter(b.body_id for b in find_bodies(text[rep.char_start : rep.char_end], ref, region=region)
                     if b.body_id)
    if page_body:  # a post of an archive about one body: "Board report – January 2018", "The Board met"
        counts[page_body] += sum(1 for m in GENERIC_BODY.finditer(text[rep.char_start : rep.char_end])
                                 if generic_id(m.group("w"), page_body))
        counts += Counter()  # drop a zero count
    elif counts:  # "Questions I was asked about the Board" by a rep "on the London Regional Board": the Board
        # the text keeps calling by its generic name is the named body it is the generic of
        said = (" ".join(m.group("w").lower().split()) for m in GENERIC_BODY.finditer(text[rep.char_start : rep.char_end]))
        words = Counter(w for w in said if w in _STRONG_GENERIC)
        for b in list(counts):
            counts[b] += sum(n for w, n in words.items() if generic_id(w, b) == b)
    return counts.most_common(1)[0][0] if counts else page_body


#: An NPF rep naming the one commission they sit on: "member of the Public Services Policy Commission".
_MEMBER_OF_COMMISSION = re.compile(r"\b(?:member\s+of|I\s+(?:also\s+)?sit\s+on|I\s+serve\s+on)\s+(?:the\s+)?"
                                   r"(?P<topic>[A-Z][\w'’-]*(?:,?\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,4})\s+(?:Policy\s+)?"
                                   r"[Cc]ommission\b")
#: The Forum itself meeting: then the report is of the Forum, whatever commission its author sits on.
_FORUM_MET = re.compile(r"\b(?:forum|NPF)\s+(?:met|opened|weekend)\b|\bplenary\s+(?:session\s+)?(?:agreed|voted|heard|took|"
                        r"debated|received)\b", re.I)


def _own_commission(text: str, rep: ReportSpan, ref: Reference) -> str:
    """The policy commission an NPF rep's newsletter is about: the one its author says they
    sit on ("Siân Pritchard, ..., member of the Public Services Policy Commission"), when
    the text tells of that commission's meetings ("Commission meeting one: Saturday 16 July")
    and not of the Forum meeting. '' otherwise."""
    body = text[rep.char_start : rep.char_end]
    m = _MEMBER_OF_COMMISSION.search(body, 0, 1500)
    if not m or _FORUM_MET.search(body) or not re.search(r"\bcommission(?:['’]s)?\s+meetings?\b", body, re.I):
        return ""
    name = topic_key(re.sub(r"\s+Policy$", "", m.group("topic")))
    return ref.commission_topic.get(name) or f"npf-{_slug(name)}"


def main_meeting(meetings: list[LocalMeeting], main_body: str) -> int:
    """Index of the meeting a report is chiefly about: the latest held meeting of its main
    body (else of the body's family, else any held one); meetings a report recalls lie
    before the one it covers. -1 when the report describes no held meeting."""
    family = main_body if main_body.startswith("rec-") or not main_body else main_body.split("-")[0]
    for pool in (
        [i for i, lm in enumerate(meetings) if lm.status == "held" and lm.body_id == main_body],
        [i for i, lm in enumerate(meetings) if lm.status == "held" and lm.body_id.startswith(family)],
        [i for i, lm in enumerate(meetings) if lm.status == "held"],
    ):
        if pool:
            return max(pool, key=lambda i: (
                not is_special(meetings[i]),  # a special meeting after the regular one covered
                meetings[i].date.first_day() if meetings[i].date else dt.date.min,
                meetings[i].date is not None and meetings[i].date.precision == "day",
                len(meetings[i].mentions) + (2 if meetings[i].implicit else 0),
            ))
    return -1


#: The author writing of being present: "I was there", "I spoke", "I sat on the platform".
_PRESENT_I = re.compile(
    r"\bI\s+was\s+(?:there\s+)?(?P<delegate>(?:a|the|one\s+of\s+(?:the|our)|our)\s+(?:CLP['’]s\s+)?delegates?)\b"
    r"|\bI\s+(?:was\s+(?:(?P<there>there)|present|at|on\s+the\s+platform)|attended|spoke|sat|moved|seconded|voted|"
    r"asked|raised|argued|chaired|proposed|presented|reported|introduced|answered|made\s+the\s+case|put\s+the\s+case)\b"
    r"|\b[Ww]e\s+(?:were\s+)?(?:both\s+|all\s+)?(?:(?P<there2>there)\b|present\b|attended\b)"
    r"|\b[Mm]y\s+(?P<first>first)\s+(?:[\w'’-]+\s+){0,2}?(?:was|were)\b"  # ("my first NPF was at Warwick in July 2004")
)
#: "that meeting", "the same meeting": the meeting told of just before, whatever its date.
_SAME_MEETING = r"(?:that|the\s+same|that\s+same)\s+meeting"
#: An agenda item's label before a sentence: "Matters arising: ", "Item 4 – ".
_MATTERS_ARISING_LABEL = r"matters\s+arising\s*[:–—-]"
_MATTERS_ARISING = re.compile(rf"\W*{_MATTERS_ARISING_LABEL}", re.I)
#: A committee's report that lists what it did: "She reported that the Sub-Committee had:".
_REPORTED_HAD = re.compile(r"\b(?:reported|told\s+us|said|explained)\s+that\s+(?:the\s+|it\s+|its\s+)?[^:.;]{0,40}?"
                           r"\bhad\s*:\s*$", re.I)
_LIST_ITEM_OR_LETTER = re.compile(r"[ \t]*(?:[•*·▪‣–→►▸-]|\d{1,2}[.)]|\(?[a-h][.)]|\(?[ivx]{1,4}\))[ \t]")


def _items_after(text: str, sentences: list[Sentence], si: int) -> range:
    """The sentences of the list straight after sentence ``si`` (bulleted, numbered or lettered items)."""
    k = si + 1
    while k < len(sentences) and _LIST_ITEM_OR_LETTER.match(text, sentences[k].start):
        k += 1
    return range(si + 1, k)
#: "The committee agreed a set of draft standing orders at that meeting": later in the sentence.
_AT_THAT_MEETING = re.compile(rf"\b(?:agreed|decided|voted|approved|endorsed|rejected|deferred|noted|elected)\b"
                              rf"[^.;]*?\b(?:at|during)\s+{_SAME_MEETING}\b", re.I)
_SAME_MEETING_BEFORE = re.compile(rf"\b{_SAME_MEETING}\W+(?:the\s+)?$", re.I)  # "At the same meeting the CAC ..."
_THAT_MEETING = re.compile(rf"\W*(?:(?:{_MATTERS_ARISING_LABEL}|item\s+\d{{1,2}}\s*[:–—-])\s*)?(?:(?:At|In|During)\s+{_SAME_MEETING}\b|That\s+(?:meeting|forum|conference|plenary|session)"
                           r"\s+(?:had\s+|also\s+|then\s+)?(?:agreed|decided|voted|passed|adopted|approved|endorsed|rejected)\b)",
                           re.I)
#: The author writing of not taking part in the meeting told of: "I was not there", "I am not on
#: it, so this is from Derek's report".
_THIS_ONE = r"(?:it|(?:this|that|the)\s+(?:sub-?committee|committee|panel|board|group|commission|one))\b"
_KIND_NOUN = re.compile(r"\b(?:sub-?committee|committee|panel|board|commission)\b", re.I)
_NOT_THERE_I = re.compile(r"\b(?:I\s+(?:was\s+not|wasn['’]t)\s+(?:there|present|at\s+(?:it|(?:that|this|the)\s+meeting)|in\s+(?:that|the|this|two)\s+rooms?)"
                          r"|I(?:['’]m|\s+am|\s+was|\s+have\s+been)\s+told\s+(?:that\s+)?(?:it|they|the\s+(?:commission|committee|"
                          r"sub-?committee|panel|meeting|forum|session))\b"  # "I'm told it had a lively session": second-hand
                          r"|\bI\s+(?:went\s+along|sat\s+in|was\s+there)\b[^.;]{0,60}\bas\s+an\s+observer\b"
                          r"|I(?:\s+am|['’]m)\s+not\s+one\s+of\s+(?:the|its)\s+"  # "I am not one of the Officers"
                          r"|I(?:\s+am|['’]m|\s+was|\s+wasn['’]t)\s+(?:not\s+)?on\s+" + _THIS_ONE +  # ("I was not on the panel")
                          r"|I(?:\s+am|['’]m)\s+not\s+(?:a\s+)?member\b(?:\s+of\s+" + _THIS_ONE + r"|(?!\s+of\b))"
                          r"|I\s+(?:do\s+not|don['’]t)\s+(?:sit|serve)\s+on\s+" + _THIS_ONE + ")")
#: The start of a list item: a bullet or a number.
_LIST_ITEM = re.compile(r"[ \t]*(?:[•*·▪‣–→►▸-]|\d{1,2}[.)])[ \t]")
#: A heading over the list of a meeting's results, not over a meeting of its own: "Outcomes", "What we decided".
_RESULTS_HEADING = re.compile(r"\W*(?:the\s+)?(?:outcomes?|decisions?(?:\s+taken)?|what\s+(?:we\s+)?(?:decided|agreed)|"
                              r"votes|results|the\s+business)\W*", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|us|our|Our|my|My)\b")
#: The author missing a meeting named right after: "I missed the November meeting".
_MISSED_I = re.compile(r"\bI\s+(?:missed|was\s+absent\s+from|(?:could\s+not|couldn['’]t|did\s+not|didn['’]t)\s+"
                       r"(?:make|attend|get\s+to|go\s+to|join|be\s+at))\s+(?:the\s+|our\s+|its\s+)?(?P<it>it\b)?", re.I)
#: Not yet on the body when its meeting was held: "Neither of us was on the REC then".
_NOT_ON_IT_THEN = re.compile(r"\b(?:(?:neither|none)\s+of\s+us\s+(?:was|were)|(?:I|we)\s+(?:was|were)(?:\s+not|n['’]t))\s+"
                             r"(?:yet\s+)?(?:on|members?\s+of)\s+(?:the\s+|it\s+)?(?:[A-Z][\w'’-]*\s+){0,4}?"
                             r"(?:then|at\s+the\s+time|in\s+those\s+days)\b", re.I)
_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+|also\s+|already\s+)?[a-z]+(?:ed|en|ought|ade|id)\b")


#: A byline role of the party's staff, who report a meeting without sitting on it.
_STAFF_ROLE = re.compile(
    r"[ \t]*[,|–—-][ \t]*(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:press|media|communications|digital|campaigns?)\s+"
    r"(?:officer|manager|team|office|lead|assistant)|reporter|journalist|correspondent|editor)\b", re.I)


def _main_pluperfect(sentence: str) -> bool:
    """The sentence's own verb is pluperfect ("The NEC had also asked ..."), not one in a
    clause it reports ("X thanked members for the selections, which he said had been ...")."""
    m = _PLUPERFECT.search(sentence)
    return bool(m) and not _SUBORDINATE.search(sentence, 0, m.start())


_SUBORDINATE = re.compile(r"\b(?:said|says|that|which|who|whom|when|where|because|since|as)\b", re.I)


_GENERIC_MET = re.compile(r"\s+(?:met|gathered|convened|held\s+its)\b")


def _item_records(text: str, s: Sentence, got: list[DecisionHit], vocab: OutcomeVocabulary,
                  heading: str) -> list[DecisionHit]:
    """A list item read whole may hold two records in sentences of their own ("• ... was
    agreed by 22 votes to 13. I voted against." is one; "• The NEC voted not to defer it.
    The guidance was then agreed." is two): its sentences are read one by one, and their
    records replace the item's when more than one sentence records something, or when the
    item read whole records nothing (a comment after the record, "I voted against", hid it)."""
    parts = split_sentences(text, [Block("paragraph", s.start, s.end)])
    if len(parts) < 2:
        return got
    each = [classify_sentence(text, p.start, p.end, vocab, heading=heading)[0] for p in parts]
    return [h for hs in each for h in hs] if sum(1 for hs in each if hs) >= 2 or not got else got


#: A vote in the hall, told in a CAC member's report: "carried on a card vote", "Conference accepted CAC
#: report 1", "the reference back was lost", "the Brexit composite was carried".
_FLOOR_VOTE = re.compile(r"\bcard\s+vote\b|^\W*Conference\s+(?:then\s+|also\s+)?(?:accepted|voted|backed|agreed|carried|"
                         r"rejected|passed|endorsed|adopted)\b|\breference\s+back\b[^.;]{0,40}?\b(?:was|were)\s+"
                         r"(?:\w+\s+)?(?:carried|lost|defeated|passed)\b|\b(?:composite|rule\s+change|emergency\s+motion|"
                         r"NEC\s+statement)\b[^.;]{0,60}?\b(?:was|were)\s+(?:\w+\s+)?(?:carried|lost|defeated|passed)\b", re.I)
#: A vote only conference's hall takes, in anyone's report of the week: "Composite 2 on the NHS carried on a show
#: of hands", "The Musicians' Union's emergency motion was carried", "The NPF annual report was accepted".
_HALL_ONLY_VOTE = re.compile(r"\bcard\s+vote\b[^.;]{0,40}?\b(?:carried|lost|defeated|passed)\b|"
                             r"\b(?:composite(?:\s+\d+)?|emergency\s+motion|NPF(?:['’]s)?\s+(?:annual\s+)?report)\b[^.;]{0,60}?"
                             r"\b(?:was\s+|were\s+)?(?:\w+\s+)?(?:carried|lost|defeated|accepted|remitted|supported\s+unanimously)\b",
                             re.I)
#: Speaking to conference itself: "Tony moved Report 1 from the rostrum".
_ROSTRUM = re.compile(r"\b(?:from|at|to)\s+the\s+rostrum\b", re.I)
#: Conference's own business told in a report of the week: "In the hall, ...".
_IN_THE_HALL = re.compile(r"\W*(?:in\s+the\s+hall|on\s+the\s+(?:conference\s+)?floor)\b", re.I)


def _meeting_sections(text: str, sections: list[str], mentions: list[MeetingMention], main: str,
                      sentences: list[Sentence] | None = None, is_heading: list[bool] | None = None) -> list[str] | None:
    """Keep the sections headed by another body's name only where that body meets in the
    section (a mention of it with a meeting word or verb, "its meeting", or a generic name of
    its kind that met: "The Board met on 3rd" under "The Regional Board"): a heading can name a
    topic ("Welsh Policy Forum") as well as a meeting. A committee's section ends at the next
    heading that is not under it ("Motions" after "Procedures Committee", not "Item 3: ...") when
    its meeting came before the main one's: an earlier meeting reported to the main one. None
    when no section is kept."""
    runs: list[tuple[int, int, str]] = []  # (first, last sentence, body)
    for si, body in enumerate(sections):
        if runs and runs[-1][2] == body:
            runs[-1] = (runs[-1][0], si, body)
        else:
            runs.append((si, si, body))
    out = list(sections)
    kept = False
    # (sentence, body, day) of every held meeting dated to the day
    held_days = [(m.sentence, m.body_id, m.date.first_day()) for m in mentions
                 if m.status == "held" and m.date is not None and m.date.precision == "day"]
    main_days = [day for _, bid, day in held_days if bid == main]
    for a, b, body in runs:
        if body == main:
            continue
        if any(a <= m.sentence <= b and m.anchor and m.status == "held" and (
                m.body_id == body or (m.generic and (text[m.start : m.end].lower().startswith(("its ", "their ", "we "))
                                                      or text[m.start : m.end] in ("Met", "Meeting"))))
               for m in mentions) or (sentences is not None and PART_HEADING.match(text, sentences[a].start)
                                      and any(m.body_id == body and m.status == "held" and m.anchor for m in mentions)) or (
                # ("PART A – EXECUTIVE COMMITTEE (the Saturday before the Board, on Zoom)": a part of its own)
                sentences is not None and any(  # ("LCF REVIEW GROUP" / "... It met twice")
                PRONOUN_MET.match(text, sentences[si].start, sentences[si].end) for si in range(a, min(b + 1, a + 4)))) or (
                sentences is not None and any(
                generic_id(g.group("w"), body) == body and _GENERIC_MET.match(text, g.end(), sentences[si].end)
                for si in range(a, b + 1) for g in GENERIC_BODY.finditer(text, sentences[si].start, sentences[si].end))):
            kept = True
            days = [day for si, bid, day in held_days if a <= si <= b and bid == body]
            end = next((k for k in range(a + 1, b + 1) if is_heading and is_heading[k] and sentences is not None
                        and not SUBHEADING.match(text, sentences[k].start, sentences[k].end)), None)
            if days and main_days and max(days) < max(main_days) and end is not None and not (
                    sentences is not None and PART_HEADING.match(text, sentences[a].start)):
                # ("The Procedures Committee met a fortnight ago, on Weds 28/8" ... "Motions": the Board's again;
                # but not under "PART 2: EQUALITIES COMMITTEE, TUESDAY 3 JULY", a part of its own)
                out[end : b + 1] = [main] * (b + 1 - end)
        else:
            out[a : b + 1] = [main] * (b - a + 1)
    return out if kept else None


def _diary_days(meetings: list[LocalMeeting], sentences: list[Sentence],
                days: dict[int, PartialDate]) -> list[tuple[int, int]]:
    """(heading sentence, meeting) for a diary's day headings ("SATURDAY 7 OCTOBER"; ``days``
    from :func:`heading_days`): the held meeting of that day the entry under it names first
    ("First CAC of the week this morning")."""
    out = []
    for si, day in days.items():
        if si - 1 in days or si == 0:
            continue  # (the first sentence of each entry)
        head = si - 1
        end = next((k for k in range(si, len(sentences)) if k not in days), len(sentences))
        found = sorted((m.sentence, m.start, i) for i, lm in enumerate(meetings) if lm.status == "held"
                       and lm.date == day for m in lm.mentions if si <= m.sentence < end)
        if found:
            out.append((head, found[0][2]))
    return out


#: A question put to the author, by its label: "Q: So what happened on 3 November?", "GH: And in March?".
_QUESTION = re.compile(r"\W*(?:Q\d*|Question\s*\d*|[A-Z]{2,3})\s*[:.)–—-]\s")


def _questions_of_a_day(text: str, sentences: list[Sentence], questions: frozenset[int],
                        meetings: list[LocalMeeting], ref: PartialDate | None) -> list[tuple[int, int]]:
    """(question, meeting) for a question (of ``questions``) asking what happened on the day (or in the
    month) of one held meeting the report tells of ("Q: So what happened on 3 November?"): its answer is
    that meeting's."""
    out = []
    for si in sorted(questions):
        line = text[sentences[si].start : sentences[si].end]
        # (or in the one month: "Q: What happened at the September meeting?")
        days = [resolve(d, ref, direction="past")[0] for d in find_dates(line) if d.month is not None and not d.relative]
        held = [i for i, lm in enumerate(meetings) if lm.status == "held" and lm.date is not None and any(
            d is not None and (lm.date.year, lm.date.month) == (d.year, d.month) and d.day in (None, lm.date.day)
            for d in days)]
        if len(held) > 1:  # (of several that month, the one the question names: not September's conference)
            held = [i for i in held if any(m.sentence == si for m in meetings[i].mentions)]
        if len(held) == 1:
            out.append((si, held[0]))
    return out


def _headed_meetings(meetings: list[LocalMeeting], is_heading: list[bool] | None,
                     text: str = "") -> list[tuple[int, int]]:
    """(heading sentence, meeting) of the held meetings named with their day in a heading
    ("THE REGULAR MEETING, TUESDAY 11 JANUARY"), in order: each heads a section of its own."""
    if is_heading is None:
        return []
    # ... or opening the first sentence under a heading ("Sunday 23 September" / "The CAC met on
    # Sunday morning at half past seven, ...": a diary's day)
    return sorted((m.sentence, i) for i, lm in enumerate(meetings) if lm.status == "held" for m in lm.mentions
                  if (is_heading[m.sentence] or (m.lead and m.sentence > 0 and is_heading[m.sentence - 1]
                                                 and bool(MET_VERB_AFTER.match(text, m.end))))
                  and m.describes and m.date is not None and (m.date.precision == "day" or (
                      m.date.precision == "month" and is_heading[m.sentence] and m.lead)))


#: A sentence opening with the report's own day: "Today Ruth presented ...", "13/ This afternoon the NEC ...".
_TODAY_LEAD = re.compile(r"\W*(?:\d{1,2}/\s*)?(?:(?:(?:and\s+)?back\s+to\s+)?(?:today|this\s+(?:morning|afternoon))\b(?!['’]s\s+(?!NEC|meeting))"
                         r"|(?:and\s+)?back\s+to\s+(?:the\s+)?(?:main\s+meeting|REC|Board|NEC|SEC|WEC|full\s+(?:NEC|Board|meeting))\b)",
                         re.I)


#: A committee's report put to the main meeting: "Anne presented the committee's report to the Board" (what
#: follows in the committee's section is the main meeting's business, but for what the committee itself did).
_PRESENTED_TO_MAIN = re.compile(r"\b(?:presented|gave|introduced|moved)\s+(?:the\s+committee['’]s|its|the|her|his)\s+"
                                r"(?:[\w'’-]+\s+)?report\s+to\s+(?:the\s+|us\s+at\s+the\s+)?(?:full\s+)?"
                                r"(?:Board|NEC|REC|SEC|WEC|Executive|meeting)\b"
                                r"|\b(?:talked|took|walked)\s+us\s+through\s+(?:what\s+it|its|the\s+committee['’]s)\b"
                                # ("Pradeep, who chaired the Procedures Committee when it met on 28 February,
                                # introduced its recommendations")
                                r"|\b(?:presented|introduced|moved)\s+(?:its|the\s+committee['’]s)\s+(?:[\w'’-]+\s+)?"
                                r"(?:recommendations|proposals)\b"
                                # ("The Procedures Committee ... agreed to recommend two changes. Mark presented them:")
                                r"|\b(?:presented|introduced|moved)\s+(?:them|these|both)\s*:")


def _scope(meetings: list[LocalMeeting], n_sentences: int, main: int, sections: list[str] | None = None,
           is_heading: list[bool] | None = None, text: str = "",
           headings_at: Sequence[tuple[int, int]] = (), lead_ins: frozenset[int] = frozenset(),
           today: frozenset[int] = frozenset(), hall: frozenset[int] = frozenset(),
           floor_votes: frozenset[int] = frozenset(), home_clp: str = "",
           parts: frozenset[int] = frozenset(), results: frozenset[int] = frozenset(),
           questions: frozenset[int] = frozenset(), asked: frozenset[int] = frozenset()) -> list[int]:
    """For each sentence, the local meeting its decisions and names belong to.

    Reading starts in the main meeting. A held meeting named at the head of a sentence
    ("The 6th October Organisation Committee meeting agreed ...", "Subsequently the Org
    Committee met ...") takes over from there, when it is one the report covers: not a
    meeting recalled from before the main one ("At the May NEC we had agreed ...").
    Another body's meeting taken over in the text ends at the next heading that names no
    other body ("Saturday: the Leader" after the policy commission's Friday meeting).
    ``headings_at``: the meetings under their own headings, from :func:`_headed_meetings`.
    ``lead_ins``: heading-like lines that introduce a list ("The headlines from conference:"),
    which stay in the section they are in. ``today``: sentences opening with "Today" (a live
    report's own day), which are back at the main meeting. ``hall``: sentences opening "In the
    hall, ...", which are conference's own business, when the report tells of one conference held;
    ``floor_votes``: sentences of a CAC report telling a vote in the hall ("The reference back was carried on
    a card vote"), conference's business though the section is a CAC meeting's. ``parts``: headings
    that open a part of a report covering several meetings ("PART A – EXECUTIVE COMMITTEE"). ``results``:
    headings over a list of results ("Outcomes"), which stay in a section headed by its meeting's day (but
    not in one headed by its month: "The special meeting in May" / "Decisions" is the main meeting's).
    ``questions``: the questions of a report written as questions and answers; ``asked``, those asking
    of one meeting's day ("Q: So what happened on 3 November?"), whose answer only is that meeting's."""
    floor = meetings[main].date.first_day() if main >= 0 and meetings[main].date else None
    main_body = meetings[main].body_id if main >= 0 else ""
    family = main_body if main_body.startswith("rec-") or not main_body else main_body.split("-")[0]
    starts: dict[int, int] = {}
    first_at: dict[int, int] = {}
    soft: set[int] = set()  # sentences back at the main meeting only by an undated "The CAC agreed ..."
    headed = {j for _, j in headings_at}

    def recalled(lm: LocalMeeting) -> bool:  # the main body's own earlier meeting: recalled, not covered
        # (so is a committee's, when the report covers a later meeting of it: "the commission's January meeting")
        # or the report heads a later meeting of it ("The Business Board, Tuesday 10 March" / "At that January
        # meeting, for those who missed my last report, the Board agreed ...")
        return floor is not None and lm.date is not None and lm.date.last_day() < floor and (
            lm.body_id == main_body or any(o.body_id == lm.body_id and o.status == "held" and o.date is not None
                                           and (o.date.first_day() >= floor or (
                                               o.date.first_day() > lm.date.last_day() and k in headed))
                                           for k, o in enumerate(meetings)))

    def narrated(lm: LocalMeeting) -> bool:  # "The CAC met on Saturday 24 September ...": told, not recalled
        return bool(text) and lm.date is not None and lm.date.precision == "day" and any(
            m.lead and m.date is not None and MET_VERB_AFTER.match(text, m.end) for m in lm.mentions)

    def under_heading(m: MeetingMention, i: int) -> bool:  # "The NEC agreed ..." under such a heading: that meeting
        above = [j for si, j in headings_at if si <= m.sentence]
        return m.date is None and bool(above) and above[-1] != i and meetings[above[-1]].body_id == meetings[i].body_id

    for i, lm in enumerate(meetings):
        if lm.status != "held":
            continue
        own = lm.body_id == family or lm.body_id.startswith(family + "-")
        if lm.body_id.startswith("clp-") and not own and lm.body_id != home_clp:
            continue  # "My own CLP passed this at our general committee on Thursday 26 September": an aside
            # (but a CLP officer's report-back tells of the CLP's own meeting: "Back at our own meeting, ...")
        if not own and not (lm.date is not None and lm.date.precision == "day"):
            continue  # another body's meeting takes over only under its own dated heading
        if (not own and floor is not None and (floor - lm.date.last_day()).days > 45
                and i not in headed and not narrated(lm)):
            continue  # "For newer readers: the special conference on 1 March agreed ...": recalled, months before
        if recalled(lm) and i not in headed and not narrated(lm):
            continue
        for m in lm.mentions:
            if under_heading(m, i) or m.status != "held":
                continue  # (nor does "deferred to a special meeting on 25 January", still to come when said)
            back_to_main = (i == main or (home_clp and lm.body_id == home_clp)) and m.lead and m.anchor and m.date is None
            # ("Back at our own meeting, Tony Ferris in the chair, ...": the CLP officer's own meeting again)
            if (m.describes or back_to_main) and m.qualifier not in ("previous", "last", "earlier", "prior"):
                if m.sentence not in first_at or m.start < first_at[m.sentence]:
                    starts[m.sentence], first_at[m.sentence] = i, m.start  # the meeting the sentence opens with
                    if m.describes and not (text and _SAME_MEETING_BEFORE.search(text, max(0, m.start - 40), m.start)):
                        soft.discard(m.sentence)
                    else:
                        soft.add(m.sentence)
    for si, i in headings_at:  # a heading naming a meeting by its day, or a diary's day heading, opens its section
        if si < n_sentences:
            starts.setdefault(si, i)
    if sections:
        # a section headed by a body's name is about that body's one held meeting in it
        for si in range(n_sentences):
            if si in starts or (si > 0 and sections[si] == sections[si - 1]):
                continue
            end = next((k for k in range(si + 1, n_sentences) if sections[k] != sections[si]), n_sentences)
            held = {i for i, lm in enumerate(meetings) if lm.body_id == sections[si] and lm.status == "held"
                    and any(si <= m.sentence < end for m in lm.mentions)
                    and not recalled(lm)}  # ("Last year's conference" recalled in it)
            if not held and si in parts:
                # "PART A – EXECUTIVE COMMITTEE (the Saturday before the Board)": the one held meeting of
                # that body the report tells of, though the part does not name it again
                held = {i for i, lm in enumerate(meetings) if lm.body_id == sections[si] and lm.status == "held"
                        and not recalled(lm)}
            if len(held) == 1:
                starts[si] = held.pop()
            elif si > 0 and sections[si] == (meetings[main].body_id if main >= 0 else ""):
                starts[si] = main  # back to the report's own body
    # a heading naming a meeting by its month only ("THE MARCH MEETING") heads the paragraphs
    # up to the next heading; "Decisions" after "The special meeting in May" is the main one's again
    month_heads = {si for si, i in headings_at if any(
        m.sentence == si and m.date is not None and m.date.precision == "month" for m in meetings[i].mentions)}
    conferences = [i for i, lm in enumerate(meetings) if lm.body_id.startswith("conference") and lm.status == "held"
                   and not any(w in lm.body_id for w in ("women", "young", "youth", "bame", "disabled", "lgbt"))]
    days = [i for i in conferences if meetings[i].date is not None and meetings[i].date.precision == "day"]
    if len(conferences) > 1 and len(days) == 1:
        conferences = days  # the week's conference, not "last year's conference" recalled in it
    out, cur, month_headed, in_part = [], main, False, False
    back = False  # the sentence before opened a committee's meeting and handed its report to the main one
    answering = -1  # the meeting a question asked of, while its answer lasts
    for si in range(n_sentences):
        if answering >= 0 and si in questions and si not in starts and main >= 0:
            if cur == answering:  # the next question: that answer is over
                cur, month_headed = main, False
            answering = -1
        if back and si not in starts and main >= 0 and cur != main and not (is_heading and is_heading[si]):
            cur, month_headed = main, False  # "It met the week before, and Gary, who chaired it, talked us through
            # what it had done." / "Her amendment fell": the main meeting's business again
        back = False
        if si in starts and not (si in soft and cur != main and cur >= 0 and meetings[cur].body_id == main_body):
            cur = starts[si]  # ("The CAC met on Saturday 24 September. The CAC agreed ...": still Saturday's)
            month_headed = si in month_heads
            # "PART ONE: THE JULY NEC": its sub-headings ("Leader's report") are within the part
            in_part = si in parts
            answering = cur if si in asked else answering
        elif si in hall and len(conferences) == 1:
            cur, month_headed = conferences[0], False  # "In the hall, CAC Report 3 was accepted" under "MONDAY 9th"
        elif si in today and main >= 0 and cur != main and si not in starts:
            cur, month_headed = main, False  # "13/ Today Ruth presented the committee's report to the full NEC"
        elif (is_heading and is_heading[si] and cur != main and cur >= 0 and si not in lead_ins
              and not (si in results and not month_headed) and (
                month_headed or meetings[cur].body_id != main_body) and (not sections or sections[si] == main_body)
              and not (in_part and si not in parts)):
            cur, month_headed = main, False
        if si in today and si in starts and cur != main:
            back = True
        out.append(conferences[0] if si in floor_votes and len(conferences) == 1 and si not in starts else cur)
    return out


_TARGET_WORDS = re.compile(r"(?:\bto|\buntil|\btill|\bby|\bwith|\bfrom|\bon|\bof\s+the\s+\w+\s+on)\s+(?:the\s+|a\s+|its\s+)?(?:next\s+|full\s+)?$", re.I)


#: A document a body sent, named after the body: "the Business Board report", "the JPC's paper".
_DOCUMENT_AFTER = re.compile(r"\s+(?:reports?|papers?|minutes|recommendations?|update)\b", re.I)


#: Between an outcome and the event it was reached at: "was carried at conference", "agreed
#: overwhelmingly at the conference".
_SOON_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:at|during)\s+(?:the\s+|this\s+year['’]s\s+)?", re.I)
#: Between a body and its outcome, when the body is the outcome's subject: "the NEC agreed".
_SUBJECT_GAP = re.compile(r"\s+(?:(?:also|then|finally|unanimously|narrowly|eventually)\s+)?")


def named_meeting(text: str, hit: DecisionHit, ref: Reference, region: str, meetings: list[LocalMeeting],
                  current: int, main: int = -1) -> int:
    """A decision that names a body meeting in the same report belongs to that meeting
    ("... was elected chair of the disputes committee" when the disputes committee met),
    unless the body is only the deferral target or the meeting already in scope. A body that
    held several meetings the report tells of, named as the outcome's subject, is read as its
    main one ("the NEC agreed" under the Disputes Panel's heading, in a report of the NEC that
    also recalls September's)."""
    cur_body = meetings[current].body_id if current >= 0 else ""
    named: list[int] = []
    stop = SENTENCE_BREAK.search(text, hit.trigger_end, hit.end)  # (not a body the item's next sentence names:
    end = stop.start() + 1 if stop else hit.end  # "... agreed to recommend it. I hope the NEC backs it.")
    for b in find_bodies(text[hit.start : end], ref, region=region, offset=hit.start):
        if not b.body_id or b.body_id == cur_body or (hit.target_start <= b.start < hit.target_end):
            continue
        if text[b.end : b.end + 2] in ("'s", "’s") or (b.start >= hit.trigger_end and _DOCUMENT_AFTER.match(text, b.end)):
            continue  # "The NEC noted the Eastern REC's request", "The NEC's package ... was carried": an owner
        if is_attributive(text, b.start, b.end):
            continue  # "The NEC statement was carried": the body names the item, not the meeting
        if REPORT_OF.search(text, max(hit.start, b.start - 40), b.start):
            continue  # "The report of the Regional Board was received": the body wrote the report
        if b.body_id.startswith(("conference", "npf")) and not re.search(
            r"\b(?:at|during)\s+(?:the\s+|this\s+year['’]s\s+)?$", text[max(hit.start, b.start - 20) : b.start], re.I
        ):
            continue  # an event named as the subject ("the conference timetable"), not where it was decided
        if (b.body_id.startswith(("conference", "npf")) and b.start >= hit.trigger_end
                and not _SOON_AFTER.match(text, hit.trigger_end, b.start)):
            continue  # "Noted the report on the guests at conference": the event is in the item, not its venue
        if _TARGET_WORDS.search(text[max(hit.start, b.start - 30) : b.start]) and not re.search(
            r"\bof\s+(?:the\s+)?$", text[max(hit.start, b.start - 10) : b.start]
        ) and not PASSIVE_BY.search(text, max(hit.start, b.start - 40), b.start):
            continue  # (but "That restriction was agreed by the NEC on 12 July": the NEC did it)
        held = [i for i, lm in enumerate(meetings) if lm.body_id == b.body_id and lm.status == "held"]
        if (len(held) > 1 and main in held and _SUBJECT_GAP.fullmatch(text, b.end, hit.trigger_start)
                and not re.search(r"\bof\s+(?:the\s+|its\s+)?$", text[max(hit.start, b.start - 10) : b.start])):
            held = [main]  # "the NEC agreed": its main meeting, not one recalled
        if len(held) == 1:
            named.append(held[0])
    return named[0] if len(set(named)) == 1 else current


#: A summary ahead of the detail: "In brief, for those who will not read to the end: ...",
#: "If you only read one thing: ...", a "Key decisions" or "Headlines" list.
_SUMMARY_LEAD = re.compile(r"\W*(?:\d{1,2}/\s*)?(?:in\s+brief|in\s+short|in\s+summary|summary|headlines?|key\s+(?:decisions|points|outcomes)|"
                           r"if\s+you\s+only\s+read\s+one\s+thing|tl;?\s*dr|at\s+a\s+glance)\b", re.I)


_SUMMARY_HEADING = re.compile(r"\b(?:at\s+a\s+glance|in\s+brief|in\s+summary|summary|headlines|key\s+decisions)\b", re.I)


def _summary_sentences(text: str, sentences: list[Sentence], is_heading: list[bool]) -> set[tuple[int, int]]:
    """Spans of the sentences that summarise the report: led by a summary phrase, or under
    a summary heading (up to the next heading)."""
    out, under, listed = set(), False, False
    for s, heading in zip(sentences, is_heading, strict=True):
        lead = _SUMMARY_LEAD.match(text, s.start, s.end)
        item = _LIST_ITEM.match(text, s.start) is not None
        if listed and not item:
            listed = False
        if heading:  # ("The sessions at a glance", "Decisions in brief": a summary heading)
            under = bool(lead) or (len(text[s.start : s.end].split()) <= 8
                                   and _SUMMARY_HEADING.search(text, s.start, s.end) is not None)
        elif under or lead or listed:
            out.add((s.start, s.end))
            # "26/ TL;DR:" then a list: the list is the summary
            listed = listed or bool(lead) and text[s.start : s.end].rstrip().endswith(":")
    return out


def drop_summaries(hits: list[DecisionHit], text: str, summary: set[tuple[int, int]]) -> list[DecisionHit]:
    """Drop a decision told in a summary when the report records it again in its detail: the
    same outcome in another sentence, before or after the summary ("TL;DR:" at the end of a
    thread), sharing two content words with it."""
    def in_summary(h: DecisionHit) -> bool:
        return any(a <= h.start < b for a, b in summary)

    def same_item(words: set[str], other: set[str]) -> bool:  # (one shared word at least not of when and
        shared = words & other  # where: "the November REC" in both is no sign of one item)
        return len(shared) >= 2 and bool(shared - _WHEN_WHERE_WORDS)

    detail = [(h, content_words(text[h.start : h.end])) for h in hits if not in_summary(h)]
    return [h for h in hits if not in_summary(h) or not any(
        d.outcome == h.outcome and same_item(words, content_words(text[h.start : h.end])) for d, words in detail)]


#: Words that tell when and where a meeting is, not what an item is about.
_WHEN_WHERE_WORDS = frozenset(
    w.lower() for w in P.MONTH_NAMES.strip("(?:)").split("|") + list(P.WEEKDAYS)
    + ["rec", "nec", "sec", "wec", "board", "committee", "meeting", "next", "regional", "executive", "full"])


#: The meeting an outcome was reached at, named just after it: "which we agreed to set up at the July
#: meeting", "the Board agreed at that meeting to ask ...".
_AT_MEETING_AFTER = re.compile(r"[^.;:]{0,50}?\bat\s+(?P<m>(?:our|the|that|its|their)\s+"
                               rf"(?:(?:{P.MONTH_NAMES}|previous|last|earlier|same)\s+)?"
                               r"(?:meeting|Board|REC|NEC|SEC|WEC|panel|committee|forum|one))\b", re.I)


def _meeting_after_outcome(text: str, hit: DecisionHit, meetings: list[LocalMeeting]) -> int:
    """The held meeting named right after the outcome word, as where it was reached ("which we
    agreed to set up at the July meeting"), or -1."""
    m = _AT_MEETING_AFTER.match(text, hit.trigger_end, hit.end)
    if m is None:
        return -1
    at = [i for i, lm in enumerate(meetings) if lm.status == "held"
          for mm in lm.mentions if m.start("m") <= mm.start < m.end("m") or mm.start <= m.start("m") < mm.end]
    return at[0] if len(set(at)) == 1 else -1


def _subject_meeting(text: str, hit: DecisionHit, meetings: list[LocalMeeting]) -> int:
    """The held meeting a decision's subject names with its date, just before the outcome
    ("the Board's decision in 2011 to ...", "the 2025 conference's decision", "In March 2009
    this Board agreed"): that recalled meeting; -1 when the subject names none."""
    best, best_end = -1, -1
    for i, lm in enumerate(meetings):
        if lm.status != "held":
            continue
        for m in lm.mentions:
            if (m.date is not None and not m.generic and hit.start <= m.start and m.end <= hit.trigger_start
                    and not MINUTES_OF.search(text, max(hit.start, m.start - 40), m.start)
                    and hit.trigger_start - m.end <= 25 and m.end > best_end
                    and not _SUBJECT_BREAK.search(text, m.end, hit.trigger_start)
                    and not (lm.body_id.startswith(("conference", "npf"))
                             and _EVENT_AS_ITEM.search(text, max(hit.start, m.start - 40), m.start))):
                # (not "Arrangements for this year's Young Labour conference were deferred": the event is the item)
                best, best_end = i, m.end
    conf = _CONFERENCE_SUBJECT.search(text, max(hit.start, hit.trigger_start - 30), hit.trigger_start)
    if best < 0 and conf and (not _RELATIVE_BEFORE.search(text, max(hit.start, conf.start() - 30), conf.start())
                              or _SAID_THAT.search(text, max(hit.start, conf.start() - 40), conf.start())):
        # "Conference agreed the SEC's statement", "Delegates agreed the motion": the conference named last
        # ("Comrades will have seen that Conference agreed ...": told, not a relative clause)
        seen = [(m.start, i) for i, lm in enumerate(meetings) if lm.status == "held" and lm.body_id.startswith("conference")
                for m in lm.mentions if m.start < conf.end()]
        if seen:
            return max(seen)[1]
    if best < 0:  # "last Tuesday's meeting of the Organisation Committee, which agreed ...": that meeting
        for i, lm in enumerate(meetings):
            if lm.status == "held" and any(hit.start <= m.start and m.end <= hit.trigger_start
                                           and _WHICH_THEN.fullmatch(text, m.end, hit.trigger_start) for m in lm.mentions):
                return i
    if best < 0:  # "... was defeated at the May NEC by 6 votes to 20": the meeting named right after the outcome
        for i, lm in enumerate(meetings):
            if lm.status == "held" and any(
                    m.date is not None and hit.trigger_end <= m.start < hit.end
                    and _AT_AFTER.match(text[hit.trigger_end : m.start]) for m in lm.mentions):
                return i
    return best


#: A relative clause whose subject is the meeting just named: ", which agreed", ", which met in
#: Wakefield last week and agreed".
_WHICH_THEN = re.compile(r"(?:\s+(?:on|in)\s+[^,;.]{1,30})?,\s*(?:which|at\s+which|where)\s+"
                         r"(?:(?:the\s+)?(?:NEC|REC|SEC|WEC|CAC|[Bb]oard|[Cc]ommittee|[Pp]anel|[Ff]orum|meeting|we|it)\s+)?"
                         r"(?:(?:met|sat|gathered)\b[^.;,]{0,60}?\s+and\s+)?(?:also\s+|had\s+|has\s+)?")
#: (", which agreed"; "the full NEC on Tues 29th Sept, at which the NEC agreed")
#: An event named as the item decided about: "Arrangements for this year's Young Labour conference".
_EVENT_AS_ITEM = re.compile(r"\b(?:for|of|about|on)\s+(?:the\s+|this\s+year['’]s\s+|next\s+year['’]s\s+|its\s+)?"
                            r"(?:(?!that\b|which\b|who\b)[\w'’-]+\s+){0,3}$", re.I)
#: Between an outcome and the meeting it was reached at: " at the May ", " at ", " by the full NEC at its ".
_AT_AFTER = re.compile(r"^\s*(?:by\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3})?(?:at|during)\s+"
                       r"(?:(?:the|its|our|their|that|this)\s+(?:[\w'’-]+\s+){0,2})?$", re.I)


#: A body's written report as what an outcome is about: "The Org Committee report was nodded
#: through", "The Disputes Panel's report was received", "4.3 NEC report noted".
_REPORT_AFTER_BODY = re.compile(r"(?:['’]s)?\s+(?:(?:written|quarterly|annual|latest|monthly)\s+)?(?:report|minutes)\b"
                                r"(?!\s+(?:of|on|from|to|by)\b)", re.I)


def _reporting_body(text: str, hit: DecisionHit, ref: Reference, region: str) -> str:
    """The body whose report the outcome is about, when its subject names one before the
    outcome word; "" otherwise. Such a report is received by the meeting it was put to,
    not by the body that wrote it."""
    for b in find_bodies(text[hit.start : hit.trigger_start], ref, region=region, offset=hit.start):
        if b.body_id and _REPORT_AFTER_BODY.match(text, b.end, hit.end):  # (the outcome may start at "report ...")
            return b.body_id
    return ""


#: A kind of body as an outcome's subject: "The committee had agreed", "He reported that the
#: panel had also noted".
_KIND_SUBJECT = re.compile(r"\b(?:the|that)\s+(?P<kind>sub-?committee|committee|panel|board|commission)\s+"
                           r"(?:(?:had|has|then|also|unanimously|itself)\s+){0,3}$", re.I)


def _kind_meeting(text: str, hit: DecisionHit, si: int, li: int, meetings: list[LocalMeeting]) -> int:
    """The meeting a kind-of-body subject names ("The committee had agreed to pause all
    selections" after "Yasmin reported on the Org Committee's meeting of 10 December"): the
    last held meeting of that kind named in this sentence or the two before, when it is not
    the meeting ``li`` the decision would otherwise go to; else ``li``."""
    kind = _KIND_SUBJECT.search(text, max(hit.start, hit.trigger_start - 60), hit.trigger_start)
    # (in reported speech the committee reported on is meant, though the word could name the main body:
    # "Keith ... presented the report of the committee's meeting held on 28 October. He reported that the
    # committee had agreed ...")
    said = kind is not None and _SAID_THAT.search(text, max(hit.start, kind.start() - 30), kind.start())
    if kind is None or (li >= 0 and generic_id(kind.group("kind"), meetings[li].body_id) and not said):
        return li
    named = [(m.start, i) for i, lm in enumerate(meetings) if lm.status == "held" and not (said and i == li)
             for m in lm.mentions if si - (4 if said else 2) <= m.sentence <= si and m.start < kind.start()
             and generic_id(kind.group("kind"), lm.body_id)]
    return max(named)[1] if named else li


_IT_HAD = re.compile(r"\W*(?:it|they)\s+(?:had|has|have)\s+(?:also\s+)?", re.I)


#: A conference itself as the subject of an outcome: "Conference agreed", "delegates overwhelmingly backed".
_CONFERENCE_SUBJECT = re.compile(r"\b(?:[Cc]onference|[Dd]elegates)\s+(?:then\s+|also\s+|\w+ly\s+)?$")
#: A relative clause's subject: "The motion ... that regional conference passed in January was agreed".
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|whom)\s+(?:(?:the|this|last|next|year['’]s|[\w'’-]+['’]s)\s+)*(?:\w+\s+)?$",
                              re.I)
#: A verb of saying or knowing before "that": "will have seen that Conference agreed", "reminded the REC that".
_SAID_THAT = re.compile(r"\b(?:seen|see|remember|recall|know|knows|reminded(?:\s+\w+){0,2}|reported|said|told\s+us|noted|"
                        r"heard|read)\s+that\s+$", re.I)
_SUBJECT_BREAK = re.compile(r"[,;:]|(?:and|but|which|who|that|to|of)")


#: A blog introducing its author: "Alice Perry, the Labour national executive committee (NEC)
#: member for local government, has written a preview of ...".
PAGE_AUTHOR = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+(?:the\s+|our\s+)?[^.,;]{0,90}?\b(?:NEC|REC|[Ee]xecutive"
    r"\s+[Cc]ommittee(?:\s+\(\w+\))?|[Rr]epresentative|[Rr]ep|[Dd]elegate)\b[^.;]{0,80}?,\s+(?:has\s+written|writes|"
    r"has\s+sent|reports|has\s+reported)\b"
)
_FIRST_PERSON = re.compile(r"\b(?:I|my|we|our)\b")


#: "did not agree to ...", and words saying nothing was put to it: a rumour denied, not a rejection.
_DID_NOT_AGREE = re.compile(r"\b(?:did\s+not|didn['’]t)\s+agree\b", re.I)
_NOTHING_PUT = re.compile(r"\b(?:no\s+such\s+(?:proposal|motion|decision)|no(?:body|\s+one)\s+(?:proposed|moved|suggested)\s+it"
                          r"|(?:was|were)\s*(?:n['’]t|\s+not)\s+on\s+the\s+agenda|there\s+was\s+no\s+(?:such\s+)?proposal)\b",
                          re.I)


def _denied(text: str, hit: DecisionHit, sentences: list[Sentence], si: int) -> bool:
    """A rejection that only denies a decision nobody proposed ("The SEC did not agree any change to
    the rules. It wasn't on the agenda."): said in its sentence or the next."""
    if hit.outcome != "rejected" or not _DID_NOT_AGREE.search(text, hit.start, hit.end):
        return False
    end = sentences[si + 1].end if si + 1 < len(sentences) else sentences[si].end
    return bool(_NOTHING_PUT.search(text, sentences[si].start, end))


def page_authors(text: str, given: frozenset[str]) -> list[tuple[str, int, int]]:
    """The one author an archive page introduces, when it names exactly one."""
    found = {}
    for m in PAGE_AUTHOR.finditer(text):
        name = m.group("name")
        if name_key(name).split()[0] in given:
            found.setdefault(name_key(name), (name, m.start("name"), m.end("name")))
    return list(found.values()) if len(found) == 1 else []


def _after_title(text: str, sentences: list[Sentence], title_end: int) -> list[Sentence]:
    """The sentences with one that runs on from the title's line ("... newsletter, September
    2024" / "REC meeting of Saturday 14 September 2024, Nottingham") cut at the title's end, so
    the line under the title is read (the title itself is not)."""
    out = []
    for s in sentences:
        if s.start < title_end < s.end and text[title_end : title_end + 1] == "\n":
            rest = title_end + len(text[title_end : s.end]) - len(text[title_end : s.end].lstrip())
            out.append(Sentence(s.start, title_end, s.block))
            if rest < s.end:
                out.append(Sentence(rest, s.end, s.block))
        else:
            out.append(s)
    return out


def extract_report(doc: Document, rep: ReportSpan, ref: Reference, vocab: OutcomeVocabulary,
                   tokens: Tokens | None = None, doc_region: str = "",
                   page_author: list[tuple[str, int, int]] | None = None, page_body: str = "") -> ReportExtraction:
    """Extract one report of a document (``tokens``: the document's words, if read already;
    ``doc_region``: the region of the whole document, for a post that names none)."""
    text = doc.text
    if tokens is None:
        tokens = Tokens(text)
    report_id = f"{doc.doc_id}-r{rep.index + 1:02d}"
    ref_date, ref_source = report_reference_date(text, rep)
    region = report_region(rep.title, text[rep.char_start : rep.char_end]) or doc_region
    main = _main_body(text, rep, ref, region, page_body)
    if main == "npf":
        main = _own_commission(text, rep, ref) or main
    blocks = split_blocks(text, rep.char_start, rep.char_end)
    sentences = _after_title(text, split_sentences(text, blocks), rep.title_end)
    is_heading = [blocks[s.block].kind == "heading" for s in sentences]
    headings = []
    ahead = []  # under a heading of dates to come ("Dates for the diary")
    in_diary = False
    last_heading = ""
    for si, s in enumerate(sentences):
        line = text[s.start : s.end]
        if is_heading[si] or (  # a list item that is only a label: "• Knife Crime (passed by: ...)"
                blocks[s.block].kind == "item" and len(line.split()) <= 10 and line.rstrip()[-1:] not in ".!?;:"):
            last_heading = line
        if is_heading[si]:
            in_diary = bool(DIARY_HEADING.match(line))
        headings.append(last_heading)
        ahead.append(in_diary)
    skip = (rep.title_start, rep.title_end)
    heading_refs: dict[int, PartialDate] = {}  # the days of diary headings with their meeting ("THE 16TH – Board")
    day_refs = heading_days(text, sentences, headings, ref_date,  # a diary's entries under their day headings
                            written=ref_date if ref_source == "text" else None, labels=heading_refs)
    mentions = find_mentions(text, sentences, ref, region=region, main_body=main, ref_date=ref_date,
                             ref_source=ref_source, skip=skip, tokens=tokens, headings=headings, ahead=ahead,
                             day_refs=day_refs, heading_refs=heading_refs)
    sections = section_bodies(text, sentences, is_heading, ref, region, main)
    sections = _meeting_sections(text, sections, mentions, main, sentences, is_heading)
    if sections is not None:  # read again, "the committee" under a committee's heading being that committee
        mentions = find_mentions(text, sentences, ref, region=region, main_body=main, ref_date=ref_date,
                                 ref_source=ref_source, skip=skip, tokens=tokens, sections=sections,
                                 headings=headings, ahead=ahead, day_refs=day_refs, heading_refs=heading_refs)
    hits: list[tuple[DecisionHit, int]] = []
    unclassified: list[Unclassified] = []
    for si, s in enumerate(sentences):
        if is_heading[si] or (s.start < skip[1] and s.end > skip[0]):
            continue
        if text[s.start : s.end].rstrip(" *_)\"'’”").endswith("?"):
            continue  # a question records nothing: "Q: Was anything turned down?"
        got, unc = classify_sentence(text, s.start, s.end, vocab, heading=headings[si])
        if (got or unc is not None) and blocks[s.block].kind == "item":
            got = _item_records(text, s, got, vocab, headings[si])
            unc = None if got else unc
        hits.extend((h, si) for h in got)
        if unc is not None:
            unclassified.append(unc)
    hits = [(h, si) for h, si in hits if not _denied(text, h, sentences, si)]
    kept = drop_restatements([h for h, _ in hits], {h.start: text[h.start : h.end] for h, _ in hits})
    kept = drop_summaries(kept, text, _summary_sentences(text, sentences, is_heading))
    kept_ids = {id(h) for h in kept}
    hits = drop_pronoun_echoes([(h, si) for h, si in hits if id(h) in kept_ids], text)
    authors = report_authors(text, rep, doc.authors, ref.given_names)
    if not authors and page_author and _FIRST_PERSON.search(text[rep.char_start : rep.char_end]):
        authors = list(page_author)  # a post of a one-author blog, written in the first person
    staff = frozenset(a for a, _, e in authors if e > 0 and _STAFF_ROLE.match(text, e, min(rep.char_end, e + 80)))
    known_first: dict[str, str] = dict(office_first_names(ref, ref_date.first_day() if ref_date else None))
    office_only = set(known_first)  # first names known only as the party's office holders': the report's own
    # people named in full take them over ("Tom Kirwan ... Tom asked" is not Tom Watson)

    def learn(first: str, who: str, *, author: bool = False) -> None:
        if first in office_only and (author or known_first.get(first) != who):
            known_first[first] = who
            office_only.discard(first)
        known_first.setdefault(first, who)

    for a, _, _ in authors:
        learn(name_key(a).split()[0], ref.person_by_key.get(name_key(a), "") or a, author=True)
    names: list[tuple[NameMention, str, int]] = []
    wrapped = hard_wrapped(text, rep.char_start, rep.char_end)
    person_hits = (ref.person_gazetteer.find_tokens(tokens, rep.char_start, rep.char_end)
                   if ref.person_gazetteer else [])
    org_hits = ref.org_gazetteer.find_tokens(tokens, rep.char_start, rep.char_end) if ref.org_gazetteer else []
    for si, s in enumerate(sentences):
        if s.start < skip[1] and s.end > skip[0]:
            continue
        found = find_names(text, s.start, s.end, ref, known_first=known_first, person_hits=person_hits,
                           wrapped=wrapped)
        for nm in found:
            if nm.resolution in ("exact", "alias", "unresolved") and len(nm.mention.split()) >= 2:
                key = name_key(nm.mention).split()
                if key:
                    learn(key[0], nm.person_id or nm.mention)
        parts = part_played(text, found, s.start, s.end)
        names.extend((nm, part, si) for nm, part in zip(found, parts, strict=True))
        taken = [(nm.start, nm.end) for nm in found]
        names.extend((om, "mentioned", si) for om in find_organisations(text, s.start, s.end, ref, org_hits)
                     if all(om.end <= a or om.start >= b for a, b in taken))
    has_content = bool(hits) or any(p != "mentioned" for _, p, _ in names)
    title_date, title_end = _title_meeting_date(rep.title, ref_date)
    meetings = group_meetings(mentions, main_body=main, ref_date=ref_date, ref_source=ref_source,
                              has_content=has_content, title_date=title_date, title_end=title_end)
    if " ".join(text[rep.title_start : rep.title_end].split()) != rep.title:  # a title known only from the manifest
        for lm in meetings:
            if lm.date_source == "title":
                lm.date_source = "manifest"
    _days_of_meetings_told(text, sentences, mentions, meetings, main, ref_date)
    first = main_meeting(meetings, main)
    # meetings under their own dated headings ("THE REGULAR MEETING, TUESDAY 11 JANUARY")
    headings_at = _headed_meetings(meetings, is_heading, text)
    questions = frozenset(si for si, sent in enumerate(sentences) if _QUESTION.match(text, sent.start, sent.end)
                          and text[sent.start : sent.end].rstrip().endswith("?"))
    asked = _questions_of_a_day(text, sentences, questions, meetings, ref_date)
    headings_at = sorted(set(headings_at) | set(_diary_days(meetings, sentences, day_refs)) | set(asked))
    lead_ins = frozenset(si for si in range(len(sentences) - 1) if is_heading[si]
                         and text[sentences[si].start : sentences[si].end].rstrip().endswith(":")
                         and _LIST_ITEM.match(text, sentences[si + 1].start))
    results = frozenset(si for si in range(len(sentences) - 1) if is_heading[si]
                        and _RESULTS_HEADING.fullmatch(text, sentences[si].start, sentences[si].end)
                        and _LIST_ITEM.match(text, sentences[si + 1].start))
    today = frozenset(si for si, sent in enumerate(sentences) if _TODAY_LEAD.match(text, sent.start, sent.end)
                      or _PRESENTED_TO_MAIN.search(text, sent.start, sent.end))
    hall = frozenset(si for si, sent in enumerate(sentences) if _IN_THE_HALL.match(text, sent.start, sent.end)
                     or _ROSTRUM.search(text, sent.start, sent.end))
    floor_votes = frozenset(si for si, sent in enumerate(sentences) if (
        main.startswith("cac") and _FLOOR_VOTE.search(text, sent.start, sent.end))
        or _HALL_ONLY_VOTE.search(text, sent.start, sent.end)) if main else frozenset()
    report_text = text[rep.char_start : rep.char_end]
    home_clp = officer_clp(report_text, edge_bodies(report_text, ref, region, rep.char_start),
                           rep.char_start) if not main.startswith("clp-") else ""
    parts = frozenset(si for si, sent in enumerate(sentences) if PART_HEADING.match(text, sent.start))
    scope = _scope(meetings, len(sentences), first, sections, is_heading, text, headings_at, lead_ins, today, hall,
                   floor_votes, home_clp, parts, results, questions, frozenset(si for si, _ in asked))
    sent_meeting: dict[int, int] = {}
    headed = {i for _, i in headings_at}

    def told(m: MeetingMention, i: int) -> int:
        """The meeting an undated mention is of: the one the text is telling of when it names
        that meeting's body ("The NEC agreed ..." under "THE REGULAR MEETING, TUESDAY 11
        JANUARY"; "The CAC met on Saturday 24 September. The CAC agreed ..."), else its own."""
        if m.date is None and not m.qualifier and scope and scope[m.sentence] >= 0 and scope[m.sentence] != i and (
                meetings[scope[m.sentence]].body_id == meetings[i].body_id) and (
                scope[m.sentence] in headed or meetings[scope[m.sentence]].status == "held"):
            return scope[m.sentence]
        return i

    for i, lm in enumerate(meetings):
        for m in lm.mentions:
            if lm.status == "held" and m.status == "held" and m.anchor and m.lead and told(m, i) == i:
                sent_meeting.setdefault(m.sentence, i)
    earlier = sorted((m.sentence, m.start, told(m, i)) for i, lm in enumerate(meetings) if lm.status == "held"
                     for m in lm.mentions if not MINUTES_OF.search(text, max(0, m.start - 40), m.start))
    # (not "the minutes of the February meeting were agreed": that one is not "that meeting")
    for si, sent in enumerate(sentences):
        if _THAT_MEETING.match(text, sent.start, sent.end) or _AT_THAT_MEETING.search(text, sent.start, sent.end):
            before = [x for x in earlier if x[0] < si]
            if _MATTERS_ARISING.match(text, sent.start, sent.end):
                # "Minutes of the meeting of 20 September agreed. | Matters arising: at that meeting ...": the
                # meeting whose minutes were just agreed
                minuted = [(m.sentence, m.start, i) for i, lm in enumerate(meetings) if lm.status == "held"
                           for m in lm.mentions if m.sentence == si - 1 and m.date is not None
                           and MINUTES_OF.search(text, max(0, m.start - 40), m.start)]
                before = sorted(before + minuted)
            own = {meetings[i].body_id for _, _, i in before} & {
                m.body_id for lm in meetings for m in lm.mentions if m.sentence == si and not m.generic}
            if own:  # "At that meeting the CAC also agreed ...": the CAC's meeting named last
                before = [x for x in before if meetings[x[2]].body_id in own]
            if before:  # "At that meeting the Board agreed ...": the meeting named just before
                sent_meeting[si] = before[-1][2]
    for si in sorted(sent_meeting):  # "At that meeting the committee:" / "- agreed to recommend ...": its list too
        if text[sentences[si].start : sentences[si].end].rstrip().endswith(":"):
            for k in _items_after(text, sentences, si):
                sent_meeting.setdefault(k, sent_meeting[si])
    for si, sent in enumerate(sentences[:-1]):
        if not _REPORTED_HAD.search(text, sent.start, sent.end):
            continue
        # "Morven Hay ... presented the report of its meeting a week earlier. She reported that the
        # Sub-Committee had:" / "(a) agreed the timetable ...": the items are that meeting's doing
        told_of = [(m.sentence, m.start, i) for i, lm in enumerate(meetings) if lm.status == "held" and i != first
                   for m in lm.mentions if si - 3 <= m.sentence <= si and m.date is not None]
        for k in _items_after(text, sentences, si) if told_of else ():
            sent_meeting.setdefault(k, max(told_of)[2])
    for si in sorted(sent_meeting):
        # "The previous NEC meeting had reaffirmed ... The NEC had also asked ...": the next
        # sentence, told in the pluperfect too, is about the same recalled meeting
        nxt = si + 1
        if (nxt < len(sentences) and nxt not in sent_meeting and scope and sent_meeting[si] != scope[si]
                and _PLUPERFECT.search(text[sentences[si].start : sentences[si].end])
                and _main_pluperfect(text[sentences[nxt].start : sentences[nxt].end])):
            sent_meeting[nxt] = sent_meeting[si]
    decisions = []
    kind_at = (-9, -1)  # the sentence and meeting of the last decision a kind-of-body subject placed
    for h, si in hits:
        subject = _subject_meeting(text, h, meetings)
        if subject < 0:
            subject = _meeting_after_outcome(text, h, meetings)
        li = (subject if subject >= 0 else sent_meeting[si] if si in sent_meeting else
              named_meeting(text, h, ref, region, meetings, scope[si] if scope else -1, first))
        if subject < 0 and si not in sent_meeting:
            kind_li = _kind_meeting(text, h, si, li, meetings)
            if kind_li != li:
                li, kind_at = kind_li, (si, kind_li)
            elif kind_at[0] in (si - 1, si) and _IT_HAD.match(text, h.start, h.trigger_start):
                li = kind_at[1]  # "... It had also noted a report on membership": the same meeting
        reporter = _reporting_body(text, h, ref, region) if li >= 0 else ""
        if reporter and meetings[li].body_id == reporter:
            # "The Org Committee report was nodded through" in the account of the Org Committee's
            # meeting: the meeting it was reported to noted it
            took = [x for x in ((scope[si] if scope else -1), first)
                    if x >= 0 and meetings[x].status == "held" and meetings[x].body_id != reporter]
            li = took[0] if took else li
        elif (reporter and li != first and first >= 0 and meetings[first].status == "held"
              and ref.body_parent.get(reporter) == meetings[first].body_id != meetings[li].body_id):
            li = first  # "The Equalities Committee report ... was nodded through as well", told after the
            # Org Committee's: a committee reports to its parent, the report's own meeting
        if li >= 0 and meetings[li].status != "held":
            # a decision is taken at a meeting that was held: "the Board agreed to hold next year's
            # regional conference on 8 March" is the Board's, not the conference's
            held = [x for x in ((scope[si] if scope else -1), first) if x >= 0 and meetings[x].status == "held"]
            li = held[0] if held else li
        decisions.append((h, li))
    named = [(nm, part, sent_meeting.get(si, scope[si] if scope else -1)) for nm, part, si in names]
    present = set()
    for si, sent in enumerate(sentences):
        said = _PRESENT_I.search(text[sent.start : sent.end])
        if not said:
            continue
        there = [x for x in earlier if si - 1 <= x[0] <= si and x[1] < sent.start + said.start()]
        if said.group("delegate"):  # "at the Welsh Labour conference last month, where I was a delegate": a conference's
            there = [x for x in there if meetings[x[2]].body_id.startswith("conference")] or [
                x for x in earlier if si <= x[0] <= si + 1 and meetings[x[2]].body_id.startswith("conference")]
            if there:
                present.add(there[-1][2] if there[-1][0] <= si else there[0][2])
            continue
        if said.group("first"):  # "my first NPF was at Warwick in July 2004": the meeting this sentence names
            named_here = [x for x in earlier if x[0] == si and x[1] >= sent.start + said.start()]
            if named_here:
                present.add(named_here[0][2])
            continue
        if (said.group("there") or said.group("there2")) and there:
            present.add(there[-1][2])  # "... at regional conference in March. We were both there"
        else:
            present.add(sent_meeting.get(si, scope[si] if scope else -1))
    present.discard(-1)
    away, all_away = set(), set()
    for si, sent in enumerate(sentences):
        said = _NOT_THERE_I.search(text, sent.start, sent.end) or _NOT_ON_IT_THEN.search(text, sent.start, sent.end)
        if said:  # the meeting named before it in the sentence ("the Policy Sub-Committee (I'm not on it)"),
            # or, for "then", in the sentence before ("... decided in November 2019 ... Neither of us was on the REC then")
            lo = sentences[si - 1].start if si and said.re is _NOT_ON_IT_THEN else sent.start
            before = [(mm.start, li) for li, lm in enumerate(meetings) for mm in lm.mentions
                      if lo <= mm.start < said.start()]
            li = max(before)[1] if before else sent_meeting.get(si, scope[si] if scope else -1)
            noun = _KIND_NOUN.search(said.group(0))
            if noun and (li < 0 or li == first) and first >= 0:
                # "I was not on the panel": the meeting of that kind told of in the last few sentences
                # ("a panel of the Disputes Committee met on 24 June ... The NEC agreed ...")
                recent = [(mm.start, k) for k, lm in enumerate(meetings) for mm in lm.mentions
                          if sentences[max(0, si - 3)].start <= mm.start < said.start()
                          and lm.body_id != meetings[first].body_id and generic_id(noun.group(0), lm.body_id)]
                li = max(recent)[1] if recent else li
            away.add(li)
            if said.group(0).lower().startswith(("neither", "none", "we", "both")):
                all_away.add(li)
    for si, sent in enumerate(sentences):
        for said in _MISSED_I.finditer(text, sent.start, sent.end):  # "I missed the November meeting"
            if said.group("it"):  # "It met on Zoom on the Friday evening. I couldn't join it": the meeting in hand
                away.add(sent_meeting.get(si, scope[si] if scope else -1))
                continue
            after = [(mm.start, li) for li, lm in enumerate(meetings) for mm in lm.mentions
                     if said.start() < mm.start <= said.end() + 6]
            if after:
                away.add(min(after)[1])
    away -= {-1, first}
    said_i = {si for si, sent in enumerate(sentences) if _FIRST_PERSON.search(text, sent.start, sent.end)}
    # the meeting a first-person sentence is in, or one named in it or the sentence before it
    first_person = frozenset({sent_meeting.get(si, scope[si] if scope else -1) for si in said_i}
                             | {li for li, lm in enumerate(meetings) for mm in lm.mentions
                                if mm.sentence in said_i or mm.sentence + 1 in said_i}) - {-1}
    return ReportExtraction(rep, report_id, authors, main, ref_date, ref_source, meetings, decisions,
                            unclassified, named, frozenset(present), staff, frozenset(away - present),
                            frozenset(all_away & away - present), first_person)


def extract_document(doc: Document, ref: Reference, vocab: OutcomeVocabulary) -> DocExtraction:
    """Extract every report of one document (nothing for documents that are not ``ok``)."""
    if doc.status != "ok":
        return DocExtraction(doc)
    out = DocExtraction(doc)  # quotes are read from the text as written
    # read with the page around the report blanked out (sharing buttons, comments, sidebars,
    # page numbers): the same offsets, so every span still points at the same words
    doc = replace(doc, text=mask_chrome(doc.text))
    tokens = Tokens(doc.text)
    reports = split_reports(doc.text, doc.title, doc.published, doc.published_source)
    # an archive page of one author's posts: the page's region holds for a post naming none
    doc_region = report_region(doc.title or doc.text[:200], doc.text) if len(reports) > 1 else ""
    page_author = page_authors(doc.text, ref.given_names) if len(reports) > 1 else []
    page_body = ""
    if len(reports) > 1:  # the body the page as a whole is about
        whole = ReportSpan(0, 0, len(doc.text), doc.title or doc.text[: doc.text.find("\n")], 0, 0, "", "")
        page_body = _main_body(doc.text, whole, ref, doc_region)
    for rep in reports:
        out.reports.append(extract_report(doc, rep, ref, vocab, tokens, doc_region, page_author, page_body))
    return out


__all__ = ["DocExtraction", "ReportExtraction", "MeetingMention", "extract_document", "stable_id"]
