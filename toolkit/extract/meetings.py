"""Meetings a report describes or refers to: mentions, then one report-local meeting each.

A *mention* is a body (or "our meeting", read as the report's own body) tied to a date or
to a meeting word in one sentence. Its status comes from the words around it (cancelled,
scheduled) or from its date lying after the report's own date. Mentions of one body are
then grouped into the report's meetings: same day, same month (unless the text counts
several meetings in that month), or no date (the report's main meeting, dated by the
report's own date when nothing else dates it).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from toolkit import patterns as P
from toolkit.dates import (
    ORDINAL_DAY,
    DateMention,
    PartialDate,
    anchor_weekdays,
    find_dates,
    neighbour_days,
    resolve,
    weekday_beside,
)
from toolkit.extract.bodies import _NOT_CLP_NAME, BodyMention, _slug, find_bodies, is_attributive
from toolkit.patterns import SEASON_START
from toolkit.reference import Reference, Tokens, topic_key
from toolkit.scan import Gated, finditer_near
from toolkit.segment import Sentence
from toolkit.vocab import REGION_WORDS

MEETING_NOUN = re.compile(
    r"\b(?:meetings?|met|meets?|session|away[\s-]?day|awayday|gathering|convened|sat|hustings)\b", re.I
)
HELD_VERBS = re.compile(
    r"\b(?:met|took\s+place|was\s+held|were\s+held|convened|gathered|heard|considered|discussed|"
    r"agreed|decided|voted|received|noted|approved|opened|endorsed|paid\s+tribute|welcomed|elected|"
    r"debated|reviewed|started|began|ran\s+for|decision|is\s+happening|is\s+taking\s+place|takes\s+place)\b",
    re.I,
)
SCHEDULED_CUE = re.compile(
    r"\b(?:next\s+(?:\w+\s+){0,2}meeting|will\s+(?:\w+\s+)?(?:meet|be\s+held|take\s+place|go\s+ahead|be\s+on|"
    r"convene|consider|discuss|receive|be\s+asked)|(?:is|are|was|were)\s+(?:now\s+)?(?:scheduled|due|planned|set)|"
    r"scheduled\s+(?:for|on)|due\s+to\s+(?:meet|take\s+place|be\s+held)|forthcoming|upcoming|to\s+be\s+held|"
    r"to\s+meet\s+on|will\s+be\s+meeting|next\s+(?:NEC|REC|full)|the\s+next(?!\s+(?:day|morning|afternoon|evening)\b)|is\s+happening|is\s+taking\s+place|"
    r"later\s+this\s+(?:month|year|week|autumn|spring|summer)|in\s+time\s+for|goes\s+ahead|"
    r"will\s+happen|takes\s+place\s+(?:on|next|this)|(?:listed|booked|pencilled\s+in)\s+for|"
    r"will\s+(?:\w+\s+){0,2}(?:come|go|return|be\s+brought|be\s+reported|report)\s+(?:back\s+)?to|"
    r"meets\s+(?:on|next|again|online|in)|will\s+be\s+held|next\s+meets?|ahead\s+of\s+(?:the\s+|next\s+|this\s+)?|"
    r"will\s+report\s+back\s+(?:after|at|from)\s+(?:the|our|its|their)\s+)\b|\b(?:next\s+(?:stop|up)|coming\s+up)\s*:",
    re.I,
)
CANCELLED_CUE = re.compile(
    r"\b(?:cancell?ed|called\s+off|did\s+not\s+(?:take\s+place|go\s+ahead|meet|happen)|didn['’]t\s+(?:take\s+place|go\s+ahead|happen)|"
    r"never\s+(?:happened|took\s+place|met)|(?:was|were|been|be)\s+stood\s+down|"
    r"(?:will|would|is|was)\s+not\s+(?:be\s+)?(?:go(?:ing)?\s+ahead|take\s+place|taking\s+place)|won['’]t\s+(?:go\s+ahead|take\s+place)|"
    r"was\s+not\s+held|were\s+not\s+held|has\s+been\s+scrapped|was\s+scrapped|abandoned|postponed\s+indefinitely|"
    r"(?:was|were)\s+(?:supposed|meant)\s+to\s+(?:meet|be\s+held|take\s+place))\b",  # ("was supposed to meet on 28th Feb, but")
    re.I,
)
HYPOTHETICAL_CUE = re.compile(
    r"\b(?:suggest(?:ed|ing)?\s+holding|propos(?:ed|al|ing)\s+to\s+(?:hold|cancel)|could|would|should|might|"
    r"if\s+it|whether|consider\s+holding|hope\s+to|in\s+future)\b",
    re.I,
)
NEGATED_MEETING = re.compile(
    r"\b(?:will|would|did|does|do|has|have|had|could|should)\s+not\s+(?:\w+\s+){0,2}(?:meet|meeting|be\s+held)\b|"
    r"\b(?:won['’]t|didn['’]t|hasn['’]t|haven['’]t)\s+(?:\w+\s+){0,2}(?:meet|meeting)\b|\bnot\s+had\s+a\b",
    re.I,
)
TARGET_BEFORE = re.compile(
    r"(?:defer(?:red|ring)?|refer(?:red|ring)?|remitted|sent|passed|brought|report(?:ed)?\s+back|referred\s+back|"
    r"deferral|referral|come\s+back|kicked\s+back|go(?:es)?|(?<!\bI\s)(?<!\bwe\s)went|taken|"
    r"put\s+back|held\s+over|parked|put\s+on\s+hold|postponed)\s+(?:\w+\s+){0,3}(?:to|until|till)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:relevant|appropriate|next|new|future|full|later)\s+)?$",
    re.I,
)
COUNT_RX = re.compile(r"\b(?P<n>two|three|four|five|2|3|4|5)\s+(?:\w+\s+){0,2}meetings\b", re.I)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
QUALIFIER_RX = re.compile(
    r"\b(?P<q>special|extraordinary|emergency|first|previous|last|earlier|prior|joint|inaugural|informal)\b"
    r"(?:\s+\w+)?\s*$",
    re.I,
)
GENERIC_MEETING = re.compile(
    r"\b(?<!not\s)(?P<det>the|our|this|that|its|their|a|next|last|most\s+recent|recent|previous|first|second|third|latest|"
    r"subsequent|following|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|last\s+week)['’]s|"
    r"(?<!last\s)(?<!next\s)(?:january|february|march|april|june|july|august|september|october|november|december)['’]s)"
    # ("November's meeting agreed ...", but not "last November's meeting in Wrexham", a month named otherwise)
    r"\s+(?:(?!(?:at|in|on|our|the|this|that|its|their)\s)(?:\w+(?:-\w+)*|\d{1,2}[./]\d{1,2})\s+){0,2}"
    r"(?P<noun>meeting|plenary|away[\s-]?day|awayday|general\s+committee|(?-i:AGM|GC))\b(?!\s+(?:of(?!\s+(?:the\s+)?(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))|with|between|for|session)\b)"
    r"|\b(?P<nx>next)\s+meeting(?=\s+of\s+(?:the|our|this)\s+(?:panel|committee|sub-?committee|board|executive|forum)\b)"
    r"|\b(?P<one>next|last)\s+one\b|\b(?P<min>minutes)\s+of\s+(?:the\s+)?(?:meeting\s+(?:held\s+)?(?:on\s+)?)?(?=\d)"
    r"|\b(?P<we>we)\s+(?:\w+\s+)?met\b|\b(?P<wenext>we)\s+(?:will\s+|(?:were|are|was)\s+(?:due|meant|supposed|scheduled)\s+to\s+)?(?:next\s+meet|meet\s+(?:again|next))\b|\b(?P<cy>y\s+cyfarfod\s+nesaf|cyfarfod\s+nesaf)\b"
    r"|^\W*(?P<mt>(?-i:Meeting|Met|Meeting\s+online|Meeting\s+virtually))(?=\s+(?:in|at|on|online|via|over|for|twice|"
    r"(?:mon|tues?|wed(?:nes)?|weds|thurs?|fri|sat(?:ur)?|sun)(?:day)?)\b|\s+\d)"  # ("Met Weds 27/2, Joan chairing")
    # ("The first meeting was on the 19th of September. The second was on Tuesday 3rd Nov")
    r"|^\W*(?P<ord>the\s+(?:second|third|fourth|fifth))(?=\s+(?:one\s+)?(?:was|is|will\s+be)\s+(?:held\s+)?on\s)",
    re.I,
)
#: Only an answer's label stands before its date: "A: Tuesday 19th April."
#: An agenda item's heading for the next meeting's date, with the date on the line after it.
_NEXT_MEETING_HEAD = re.compile(r"^\W*(?:(?:item\s+)?\d{1,2}[.):]?\s+|item\s+\d{1,2}\s*[:.–—-]\s*)?(?:the\s+)?"
                                r"(?:(?:date|dates|time\s+and\s+date|date\s+and\s+time)\s+of\s+(?:the\s+)?)?next\s+meeting\W*$", re.I)
_ANSWER_LEAD = re.compile(r"^\W*(?:(?:A|Answer)\s*[:.)–—-]\s*|\d{1,2}(?:\.\d{1,2})+\.?\s+)?\W*$")  # ("11.1 Saturday 19th May")
_NEXT_WORD = re.compile(r"\bnext\b", re.I)
#: A plenary that is a meeting in its own right (a body meeting in plenary, such as the NCC):
#: named by its month or its place in the series.
_PLENARY_WHICH = re.compile(
    r"\b(?:next|last|previous|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+plenary\b\s*$",
    re.I,
)


def _names_meeting(g: re.Match, text: str, offset: int) -> bool:
    """A generic phrase names a meeting, except a plenary that is only a session of one:
    "our March plenary" and "the next plenary" are meetings, "the Saturday plenary" and
    "its annual plenary" are not read as such."""
    if g.group("noun") != "plenary":
        return True
    return bool(_PLENARY_WHICH.search(text[max(0, offset + g.end() - 40) : offset + g.end()]))


#: "her first meeting", "his last meeting": a person's view of the meeting being reported.
_PERSONS_MEETING = re.compile(r"\b(?:her|his|their|my|your)\s+(?:very\s+)?$", re.I)
#: Words between a date and a later "next meeting" that start another clause: "the REC
#: didn't discuss it on Saturday, so I'll chase it before the next meeting".
_CLAUSE_BREAK = re.compile(r"\b(?:so|but|because|before|after|until|though|although|while)\b", re.I)
#: A meeting named as the one whose minutes are approved: recalled, not where the approval happens.
MINUTES_OF = re.compile(r"\b(?:minutes|notes?)\s+(?:of|and)\s+(?:the\s+|our\s+|its\s+)?(?:[\w'’]+\s+){0,3}$", re.I)  # ("of last month's NEC")
# ("Minutes and the September meeting": a heading about the minutes)
#: A polling day, not a meeting's: "the May elections", "the elections on 5 May", "the 2 May local elections".
_ELECTION_DATE = re.compile(r"\s+(?:local\s+|council\s+|general\s+|mayoral\s+|parliamentary\s+|county\s+|assembly\s+)?"
                            r"(?:elections?|by-elections?|polls?|referendum)\b", re.I)
_ELECTION_ON = re.compile(r"\b(?:elections?|by-elections?|polls?|referendum|polling\s+day)\s+(?:on|in)\s+(?:the\s+)?$", re.I)
#: A date after these words is a time limit or span, not the day of a meeting.
NON_MEETING_DATE_BEFORE = re.compile(
    r"\b(?:since|until|till|before|after|ahead\s+of|end\s+of|(?:run|lead)[\s-]up\s+to)\s+(?:the\s+)?$|\bby\s+$"
    r"|\b(?:close[sd]?|closing|deadline\s+(?:is|was))\s+(?:at\s+\w+\s+)?(?:on\s+)?$"
    r"|\bfor\s+(?:debate|discussion|consideration)\s+(?:(?:on|at)\s+(?:the\s+)?)?$"  # ("accepted for debate on Saturday")
    # a date something else happens on: "the deadline will be published in July"
    r"|\b(?:be|been|was|were|is|are)\s+(?:published|announced|circulated|issued|sent\s+out|confirmed)\s+(?:in|on|by)\s+$", re.I
)
# The same patterns, searched only in sentences holding a word each of their matches holds.
_CANCELLED = Gated(CANCELLED_CUE, ("cancel", "called", "not", "didn", "scrapped", "abandoned", "indefinitely", "supposed", "meant", "never", "stood"))
_HYPOTHETICAL = Gated(HYPOTHETICAL_CUE, ("suggest", "propos", "could", "would", "should", "might", "if", "whether",
                                         "consider", "hope", "future"))
_COUNT = Gated(COUNT_RX, ("meetings",))
#: Words naming a body as the source or subject of a report: "report from the CAC", "the minutes
#: of the Board", "her report of the Business Board meeting".
REPORT_OF = re.compile(r"\b(?:report|reports|reported|reporting|minutes|annual\s+report|update|paper)\s+(?:of|from|on)\s+(?:the\s+|our\s+)?$",
                       re.I)
#: A sentence opening "At the full NEC", "During the Board": the body stands for its meeting.
_AT_BODY = re.compile(r"\W*(?:at|during)\s+(?:the|its|our|this|that)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_WEEKDAY_WORD = re.compile(rf"\b{P.WEEKDAY_NAMES}\b")
_OURS = re.compile(r"(?:our|we)\b", re.I)
#: A body's possessive before a meeting phrase: "the NEC's next meeting", "the board's March meeting".
#: A lead-in to a list of a body's meeting days, and what may stand before each day.
_DATES_OF = re.compile(r"\b(?:dates?|meetings|meets|meet)\b", re.I)
_ITEM_START = re.compile(r"\s*(?:[•*·▪‣–-]\s*|\d{1,2}[.)]\s+)?")
_OWNS = re.compile(r"['’]s\s+")
#: A CLP acting at a meeting of its own: "My own CLP, Truro, agreed at our October all-members meeting".
_ACTED_AT = re.compile(r",?\s+(?:also\s+|then\s+|had\s+|has\s+)?(?:agreed|decided|voted|resolved|discussed|considered|debated)"
                       r"\s+(?:\w+\s+){0,3}?(?:at|in)\s+")
#: "the next meeting of the forum": the meeting of the body named after it.
_OF_BODY = re.compile(r"\s+of\s+(?:the|our|this)\s+")
_GENERIC = Gated(GENERIC_MEETING, ("meet", "one", "minutes", "met", "cyfarfod", "plenary", "away", "general", "agm", "gc",
                                    "second", "third", "fourth", "fifth"))
DISTINCT_QUALIFIERS = {"special", "extraordinary", "emergency", "first", "inaugural", "joint"}
RECALLED_QUALIFIERS = {"previous", "last", "earlier", "prior"}
#: The qualifier of a meeting known only from a decision recalled with its year ("in 2008 it had agreed").
RECALLED_YEAR = "recalled"


@dataclass
class MeetingMention:
    """One place a report refers to a meeting, with what the sentence says of it."""

    sentence: int
    start: int
    end: int
    body_id: str
    date: PartialDate | None
    date_end: int | None
    date_source: str
    status: str
    qualifier: str = ""
    count: int = 1
    anchor: bool = False  # a meeting word or verb is next to the mention
    generic: bool = False  # "the 6th October meeting": no body named
    describes: bool = False  # a meeting word, "met" or a dated heading: the text turns to this meeting
    lead: bool = False  # the mention opens its sentence (subject or "At the ..." position)
    weak: bool = False  # its year was inferred with no word of tense to go on
    owned: bool = False  # "its May meeting" read as the meeting of the body named before it


@dataclass
class LocalMeeting:
    """A meeting as one report describes it (before merging across reports)."""

    key: str
    body_id: str
    date: PartialDate | None
    date_end: int | None
    status: str
    date_source: str
    mentions: list[MeetingMention] = field(default_factory=list)
    implicit: bool = False

    @property
    def first_pos(self) -> int:
        return min((m.start for m in self.mentions), default=0)


def _direction(status: str) -> str:
    return {"scheduled": "future", "held": "past"}.get(status, "nearest")


_PAREN_AFTER = re.compile(r"\s*\([^()]{1,40}\)")
_AND_NEXT = re.compile(r"\s*(?:,?\s*and\s+(?:(?:of|at|for|to|with|then)\s+)?|,\s*of\s+)(?:the\s+|our\s+|a\s+|an\s+)?"
                       r"(?:(?:special|extraordinary|emergency|full|next|new|second)\s+)?$", re.I)
#: "the previous Tuesday, a week before the full NEC": the body after is the reference point.
_SPAN_BEFORE = re.compile(r"^\W*(?:a|an|one|two|three|four|a\s+few|\d+)\s+(?:days?|weeks?|months?)\s+(?:before|after|ahead\s+of)\s+"
                          r"(?:the\s+|our\s+)?$", re.I)
_CLAUSE_AFTER_DATE = re.compile(r"^\W*to\s+(?!be\b)[a-z]+\s+(?:the|our|its|their)\s+$")
#: A conjunction opening another clause between a date and a body: "deferred to the April
#: meeting, because the LGA Labour Group wants ...".
_BECAUSE = re.compile(r"\b(?:because|but|although|though|whereas|so\s+that)\b|(?:,\s*|\s)so\s+(?:the|we|our|it|they|this)\b"
                      r"|,\s*so\s+(?:for\s+the\s+record|as\s+of|now)\b", re.I)  # ("on Tuesday, so for the record the NEC is")
#: A meeting asked for, not called: "Some members wanted a third meeting in February",
#: "called for a special NEC".
_WISHED_FOR = re.compile(r"\b(?:wanted|want|wants|asked\s+for|called\s+for|pressed\s+for|requested|request|"
                         r"demanded|calling\s+for|asking\s+for)\s+(?:(?:a|an)\s+)?(?:[\w'’-]+\s+){0,2}$"
                         # "A proposal ... to hold a further online NPF in September" (not "to hold the 2019 conference")
                         r"|\b(?:proposal|motion|amendment|bid|call)s?\s+(?:(?:from|by)\s+(?:[\w'’-]+\s+){1,6}?)?"
                         r"(?:to\s+hold|for)\s+(?:a|an|another)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
#: Meetings of others named by their purpose: "the first shortlisting meetings in January".
_OTHERS_MEETINGS = re.compile(r"\b(?:shortlisting|selection|nomination|hustings|branch|ward|members['’]?|"
                              r"husting|AGM|constituency)\s+meetings?\b", re.I)
#: A CLP's own meeting: "our General Meeting", "the all-members meeting".
_CLP_MEETING = re.compile(r"(?-i:General\s+Meeting|\bGC\b)|\bgeneral\s+committee\b|\ball[\s-]+members?['’]?\s+meeting"
                          r"|\bour\s+(?:last\s+|next\s+)?general\s+meeting\b", re.I)  # ("our general meeting in March")
#: A deadline named before a body: a date after the body is the deadline's.
_DEADLINE_FOR = re.compile(r"\b(?:deadline|closing\s+date)\s+for\b[^.;:]*$", re.I)
#: A ballot or nominations for a meeting: their dates are not the meeting's ("The priorities ballot for
#: Women's Conference will open in August").
_BALLOT_FOR = re.compile(r"\b(?:(?:priorities\s+)?ballot|nominations|registration|applications)\s+(?:for|to)\s+(?:the\s+)?$", re.I)
#: Words that make "today" the day of a conference itself: "Conference opened today".
_EVENT_TODAY = re.compile(r"\b(?:is|was|opens?|opened|began|begins|starts?|started|took\s+place|meets|met|held|"
                          r"closes|closed|ends|ended)\b", re.I)
#: A new clause opening before a body: its status words are not the clause before's.
_SO_CLAUSE = re.compile(r",\s+(?:and\s+)?so\s+(?=(?:here|this|that|I|we)\b)|;\s+")
#: A reason given after a status word: the body inside it does not share that status.
_REASON = re.compile(r"\b(?:because|since\s+it|as\s+it)\b", re.I)
#: A weekday within an event: "on the Sunday morning of conference", "the Saturday of the NPF".
_DAY_OF_EVENT = re.compile(r"\s*(?:morning|afternoon|evening|night|lunchtime)?\s*of\s+(?:the\s+|this\s+year['’]s\s+)?$",
                           re.I)
#: A body inside a relative clause: a date after the clause closes is its antecedent's.
#: A colon after a date opening a clause of its own ("today: that goes to the Business Board"), not a
#: diary entry's body ("Saturday 18 June: WEC, Aberystwyth").
#: A body named as a point in time: "after the committee", "ahead of conference".
_REFERENCE_POINT = re.compile(r"\b(?:before|after|since|until|following|ahead\s+of)\s+(?:the\s+|this\s+year['’]s\s+|our\s+)?$",
                              re.I)
_BEFORE_BODY = re.compile(r"\s*,?\s*(?:(?:just\s+|shortly\s+|immediately\s+|the\s+day\s+)?(?:before|after|ahead\s+of|following)"
                          r"|on\s+the\s+eve\s+of)\s+"  # ("on Saturday 24th September on the eve of Conference")
                          r"(?:the\s+|this\s+year['’]s\s+|our\s+)?", re.I)
_HELD_ON = re.compile(r"\s+(?:was|is|will\s+be)\s+(?:held|on)\b[^.;]{0,60}?\bon\s+(?:the\s+)?|\s+(?:was|is)\s+(?:on\s+)?"
                      r"|\s+(?:was|is|had\s+been)\s+(?:due|scheduled|planned|set)\s+(?:to\s+(?:be\s+held|take\s+place)\s+)?(?:on\s+|for\s+)(?:the\s+)?",
                      re.I)  # ("The May meeting was due on Tuesday 10 May")
_LINE_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:[-•*][ \t]+|\d{1,2}[.)][ \t]+|#{1,6}[ \t]+)?$")
_COLON_CLAUSE = re.compile(r"\s*:\s+(?:the|that|this|it|we|they|our|a|an|so|but)\b", re.I)
_THAT_CLAUSE = re.compile(r"\s*,?\s*that\s+(?:the\s+|our\s+|its\s+)?(?:[\w'’-]+\s+)?$")
_REL_CLAUSE_BEFORE = re.compile(r",\s*(?:which|whom|who)\s+(?:the\s+|our\s+)?$", re.I)
_PARTS_OF_DAY_AND = re.compile(r"\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+(?:lunch(?:time)?|noon|\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm))"
                               r"|after\s+lunch|over\s+lunch)\s*,?\s*(?:and|&)\s+(?:the\s+)?$", re.I)
_COORD = re.compile(r"^\s*(?:,\s*)?(?:and|&|,)\s*(?:the\s+)?$", re.I)
#: Another clause with its own subject between a body and a later date: "invited to speak at
#: the conference, and the regional office expects to confirm this in February".
_NEW_CLAUSE = re.compile(r"(?:,\s*(?:and|but|so|while)\s+|;\s*)(?:the|a|an|our|we|I|he|she|they|it|this|nobody|no\s+one|"
                         r"someone|somebody|everyone|everybody|anyone|nothing|[A-Z][a-z]+)\b")


#: A time told by another body's meeting: "the week before the NEC", "two days after the Board".
_TIME_BEFORE_BODY = re.compile(r"\b(?:the|a|one|two|three)\s+(?:days?|weeks?|fortnight|months?|night|evening|morning|weekend"
                               r"|(?P<wd>" + P.WEEKDAY_NAMES + r"))"
                               r"\s+(?:before|after|ahead\s+of)\s+(?:the\s+|our\s+|its\s+)?(?:full\s+)?$"
                               # "Our last meeting before conference was at Southside on Tuesday 10 September": the
                               # body only tells which meeting; the day is the meeting's
                               r"|\b(?P<mt>meeting)\s+(?:before|after|ahead\s+of)\s+(?:the\s+|our\s+|its\s+)?(?:full\s+)?$", re.I)
#: Between a meeting phrase and its day, past the body that tells which meeting: "... meeting | before
#: conference was at Southside on | Tuesday 10 September".
_BEFORE_BODY_WAS = re.compile(r"\s+(?:before|after|ahead\s+of)\s+(?:the\s+|our\s+|its\s+)?(?:[\w'’-]+\s+){1,4}?"
                              r"(?:was|were|is|will\s+be)\s+(?:held\s+)?(?:(?:at|in)\s+[^,.;]{1,40}?\s+)?(?:on\s+)?(?:the\s+)?", re.I)


_CLAUSE_PUNCT = re.compile(r"[,;:()\u2013\u2014]")
#: A date set at the head of its sentence: "In July 2016, ...", "Back in March, ...".
_FRONTED_DATE = re.compile(r"(?:^|[.!?]\s+|\n)\W*(?:(?:back\s+)?in|on|during)\s+$", re.I)


#: Between a day and a body whose meeting it is counted from: "Tuesday 14 November, three days after the commission's".
_DAYS_FROM_BODY = re.compile(r"\s*,?\s*(?P<n>a|one|two|three|four|five|six|\d)\s+(?P<u>days?|weeks?)\s+"
                             r"(?P<dir>after|before)\s+(?:the\s+|our\s+|its\s+)?", re.I)


def _days_on(d: DateMention, days: int) -> DateMention:
    """``d`` moved on by ``days`` (back, when negative): its year, if it has none, is read later."""
    base = dt.date(d.year or 2000, d.month, d.day) + dt.timedelta(days=days)  # (2000: a leap year, for 29 February)
    return replace(d, year=base.year if d.year else None, month=base.month, day=base.day, end_day=None,
                   weekday=(d.weekday + days) % 7 if d.weekday is not None else None)


def assign_dates(
    text: str, bodies: list[BodyMention], dates: list[DateMention]
) -> dict[int, list[DateMention]]:
    """Which dates belong to which body mention (by index) in one sentence.

    Each date goes to the nearest body within 30 characters with no other body between
    (80 when a meeting verb stands between them: "the Board held its first meeting of the
    year in Durham on ..."; 60 for a conference). A tie goes to the body before the
    date. Bodies coordinated with "and" share their dates ("Organisation and Disputes
    Committees 10th November"), and so do dates coordinated before one body ("the March
    and July NEC Equalities meetings"). A year next to a body completes a day or month
    given later ("Conference 2015 ... from 27th September"). Dates after "since",
    "until", "by" are limits, not meeting days.
    """
    got: dict[int, list[DateMention]] = {}
    if not bodies or not dates:
        return got  # (nothing to tie: the common sentence)
    dates = [d for d in dates if (not NON_MEETING_DATE_BEFORE.search(text[max(0, d.start - 20) : d.start])
             or text[d.end : d.end + 2] in ("'s", "’s")  # "since September's conference" dates the conference
             or (d.month is not None and d.day is None and any(0 <= b.start - d.end <= 2 for b in bodies)))  # ("until
             # the September Procedures Committee": the month names the meeting)
             and not _ELECTION_DATE.match(text, d.end) and not _ELECTION_ON.search(text, max(0, d.start - 30), d.start)]
    usable = [d for d in dates if d.precision != "year"]
    # "which met the week before the NEC, on Tuesday 21st": a body named as a point in time takes no date after it
    told = [(b, _TIME_BEFORE_BODY.search(text, max(0, b.start - 40), b.start)) for b in bodies]
    points = [b for b, m in told if m and not m.group("mt")]
    # ("full NEC the Saturday before Conf (7 Oct)": a single day after a weekday so named is that weekday's)
    day_points = [b for b, m in told if m and m.group("wd")]
    which = [b for b, m in told if m and m.group("mt")]  # ("our last meeting before conference was ... on Tuesday 10th")

    def _only_a_time(b: BodyMention, d: DateMention) -> bool:  # the body tells a time; the date is another's
        return (b in points and ("," in text[b.end : d.start] or ("(" in text[b.end : d.start] and d.end_day is None))) or (b in day_points and d.day is not None and d.end_day is None) \
            or (b in which and not re.search(r"[,(–—]", text[b.end : d.start]))  # (not "..., which opens on Sat 25th")

    for d in dates:
        best, best_gap = None, float("inf")
        counted: dict[int, DateMention] = {}  # "Tuesday 14 November, three days after the commission's latest
        # meeting": the body's day, counted back from the date named
        for i, b in enumerate(bodies):
            reach = 61 if b.body_id.startswith(("conference", "npf")) and d.year is None and d.month else 31
            away = _DAYS_FROM_BODY.fullmatch(text, d.end, b.start) if (
                d.end <= b.start and d.day is not None and d.month is not None
                and not any(x.body_id and x.end <= d.start for x in bodies)) else None  # (not "Annual
            # Conference ... starting on 8th October, a week before the autumn meeting": conference's day)
            if away:
                days = _NUMBER.get(away.group("n").lower()) or int(away.group("n"))
                days *= (7 if away.group("u").lower().startswith("week") else 1) * (
                    -1 if away.group("dir").lower() == "after" else 1)
                counted[i] = _days_on(d, days)
                gap, between = b.start - d.end + 0.5, []
            elif b.end <= d.start:
                if text[d.end : d.end + 2] in ("'s", "’s") or _only_a_time(b, d):
                    continue  # "Today's NEC follows last Tuesday's meeting of ...": a possessive dates what follows it
                    # ("the week after the NEC away day on 1st November": the NEC's own date, set off by no comma)
                gap = d.start - b.end
                paren = _PAREN_AFTER.match(text, b.end, d.start)
                if paren:  # "the Welsh Executive Committee (Pwyllgor Gwaith Cymru) meeting in October"
                    gap -= len(paren.group(0))
                between = [x for x in bodies if b.end <= x.start < d.start and not _only_a_time(x, d)]
                if MEETING_VERB_BETWEEN.search(text[b.end : d.start]):
                    reach = 81
                if _OTHERS_MEETINGS.search(text, b.end, d.start):
                    continue  # "agreed the timetable ..., with the first shortlisting meetings in January"
                if _other_clause(text, b.end, d.start):
                    continue
                if "," in text[b.end : d.start] and _REL_CLAUSE_BEFORE.search(text, max(0, b.start - 30), b.start):
                    continue  # "the dinner, which the Board agreed in January to hold, will take place on 8 June"
                if _BALLOT_FOR.search(text, max(0, b.start - 30), b.start) and not (
                        d.precision == "year" and d.start - b.end <= 3):
                    continue  # (but "registration for Women's Conference 2024": the year names the conference)
                if _DEADLINE_FOR.search(text, max(0, b.start - 50), b.start) and not MEETING_VERB_BETWEEN.search(
                        text, b.end, d.start):
                    continue  # "the deadline for motions to Women's Conference will be noon on 13 September"
            elif d.end <= b.start:
                gap = b.start - d.end + 0.5
                if _FRONTED_DATE.search(text, max(0, d.start - 24), d.start) and _BODY_ACTS.match(text, b.end):
                    reach = 91  # "In July 2016, in the middle of the leadership challenge, the NEC decided ...": the
                    # date set before the sentence's subject is its time, however long the aside between
                if ";" in text[d.end : b.start] or _AND_NEXT.match(text, d.end, b.start) or _WITH_NEXT.match(
                        text, d.end, b.start) or (_COLON_CLAUSE.match(text, d.end, b.start) and not _LINE_LABEL.search(
                        text, max(0, d.start - 12), d.start)):  # ("... all over Twitter tonight: the NEC did not agree ...",
                    # but not "- Sat 20 May: the next Regional Board", "## Thursday 16 June: the full REC": a line
                    # labelled by its day)
                    continue  # "the WEC meeting in October and the Forum ...": the date closes its clause
                if (_CLAUSE_AFTER_DATE.match(text[d.end : b.start]) or _BECAUSE.search(text, d.end, b.start)
                        or _THAT_CLAUSE.match(text, d.end, b.start)  # "decided in November 2019 that conference would"
                        or _BEFORE_BODY.fullmatch(text, d.end, b.start)  # "on Saturday 29 September, before Annual Conference"
                        or _SPAN_BEFORE.match(text[d.end : b.start])):
                    continue  # "the NEC's decision in May to give the NCC ...": the body is an object
                if TARGET_BEFORE.search(text, d.end, b.start):
                    continue  # "the slot on the Tuesday was kicked back to the CAC": the body is where it goes
                if _OTHER_EVENT_ON.search(text, max(0, d.start - 30), d.start):
                    continue  # "After Johann Lamont resigned on 24 October, the SEC met ...": the day of the resignation
                if d.weekday is not None and _DAY_OF_EVENT.match(text, d.end, b.start):
                    continue  # "a briefing on the Sunday morning of conference": a day within the event
                if any(x.qualifier == "neighbour" and d.end <= x.start and x.end <= b.start for x in dates):
                    continue  # "24th September, the day before Annual Conference": that one is the 25th
                if "," in text[d.end : b.start] and any(
                        x.end <= d.start and d.start - x.end < 31 and not _CLAUSE_PUNCT.search(text, x.end, d.start)
                        for x in bodies if x.body_id):
                    continue  # "At conference in Brighton in September, the NPF report was accepted": the date
                    # ends the phrase of the body before it, which a comma sets off from the body after
                between = [x for x in bodies if d.end <= x.start < b.start]
            elif b.start <= d.start and d.end <= b.end and not b.body_id and _OURS.match(text, b.start):
                gap, between = -1, []  # "at our May meeting, once the CAC ...": the date inside our meeting is ours
            else:
                continue
            if between or gap >= reach or gap >= best_gap:
                continue
            if _not_the_events_day(text, b, d):
                continue
            if SENTENCE_BREAK.search(text[min(b.end, d.end) : max(b.start, d.start)]):
                continue
            if d.precision == "year" and gap > 3 and not (
                gap <= 20 and re.search(r"\bin\s+$", text[max(0, d.start - 4) : d.start])
            ):
                continue  # a year counts when it names the body ("Conference 2015") or its time ("in 2008 the Board")
            best, best_gap = i, gap
        if best is not None:
            got.setdefault(best, []).append(counted.get(best, d))
    for i in range(len(bodies) - 2, -1, -1):
        if i not in got and (i + 1) in got and _COORD.match(text[bodies[i].end : bodies[i + 1].start]) and not (
                _REFERENCE_POINT.search(text, max(0, bodies[i].start - 30), bodies[i].start)):
            # (not "A week after the committee, the full NEC met on ...": a point of reference, not a list)
            after = [d for d in got[i + 1] if d.start > bodies[i + 1].end]
            if after:
                got[i] = after
    for i in range(len(bodies) - 1):
        if i in got and (i + 1) not in got and _PARTS_OF_DAY_AND.match(text, bodies[i].end, bodies[i + 1].start):
            # "on Tuesday 9 April, the Organisation Committee in the morning and the Disputes Panel after lunch"
            before = [d for d in got[i] if d.end <= bodies[i].start and d.precision == "day"]
            if before:
                got[i + 1] = before
    for i, ds in list(got.items()):
        ds = sorted(ds, key=lambda d: d.start)
        years = [d for d in ds if d.precision == "year"]
        finer = [d for d in ds if d.month is not None and not d.relative]
        if years and finer:
            y = years[0].year
            ds = [d if d.year is not None else DateMention(d.start, d.end, y, d.month, d.day, d.end_day,
                                                           d.weekday, d.qualifier) for d in finer]
        b = bodies[i]
        primary = min(ds, key=lambda d: (_rank(d), abs(d.start - b.end)))
        k = ds.index(primary)
        lo = hi = k
        while lo > 0 and _COORD.match(text[ds[lo - 1].end : ds[lo].start]):
            lo -= 1
        while hi + 1 < len(ds) and _COORD.match(text[ds[hi].end : ds[hi + 1].start]):
            hi += 1
        run = ds[lo : hi + 1]
        if len(run) == 2 and _next_day(run[0], run[1]):
            run = run[:1]  # "on 28 February and 1 March 2015": one meeting over two days
        got[i] = run
    if (not got and len(bodies) == 1 and len({(d.year, d.month, d.day, d.relative) for d in usable}) == 1
            and MEETING_NOUN.search(text[max(0, bodies[0].start - 200) : bodies[0].end + 200])
            and not _other_clause(text, bodies[0].end, usable[0].start)
            and not (usable[0].end <= bodies[0].start and (_COLON_CLAUSE.match(text, usable[0].end, bodies[0].start)
                                                            or _BECAUSE.search(text, usable[0].end, bodies[0].start)))
            and not _TO_DO.search(text, bodies[0].end, max(bodies[0].end, usable[0].start))
            and not _not_the_events_day(text, bodies[0], usable[0])
            and not _OTHERS_MEETINGS.search(text, bodies[0].end, max(bodies[0].end, usable[0].start))
            and not _BALLOT_FOR.search(text, max(0, bodies[0].start - 30), bodies[0].start)):
        got[0] = [usable[0]]
    return got


#: An outcome's infinitive between a body and a later date: the date is the action's ("The NEC
#: agreed to set aside £150,000 for the campaigns in November").
_ASKED_WHETHER = re.compile(r"\b(?:asked|wondered|queried|questioned|raised)\s+(?:\w+\s+){0,3}?(?:whether|if)\b", re.I)
_TO_DO = re.compile(r"\b(?:agreed|decided|voted|resolved|asked|wants?|plans?|hopes?)\s+to\s+(?!meet\b)[a-z]+"
                    r"|\b(?:agreed|approved|endorsed|adopted|noted|set)\s+(?:the|a|an|its|our)\s+", re.I)


def _not_the_events_day(text: str, b: BodyMention, d: DateMention) -> bool:
    """"today" next to a conference is the day of the meeting that talks of it ("We had hoped
    to agree the timetable for regional conference today"), unless a verb makes it the
    conference's ("Conference opened today")."""
    return (text[d.start : d.end].lower() == "today" and b.body_id.startswith("conference")
            and not _EVENT_TODAY.search(text[min(b.end, d.end) : max(b.start, d.start)]))


def _other_clause(text: str, start: int, end: int) -> bool:
    """Between a body (ending at ``start``) and a later date (at ``end``) another clause
    opens with its own subject and no meeting verb: the date is that clause's."""
    clause = _NEW_CLAUSE.search(text, start, end) if start < end else None
    return bool(clause) and not MEETING_VERB_BETWEEN.search(text, clause.end(), end)


def _next_day(a: DateMention, b: DateMention) -> bool:
    """``b`` is the day after ``a`` (a year given by either counts for both)."""
    if a.day is None or b.day is None or a.month is None or b.month is None or a.relative or b.relative:
        return False
    year = a.year or b.year or 2001  # a year with no 29 February, when neither gives one
    try:
        first = dt.date(year if b.month >= a.month else year - 1, a.month, a.day)
        return first + dt.timedelta(days=1) == dt.date(year, b.month, b.day)
    except ValueError:
        return False


def _rank(d: DateMention) -> int:
    """How precise a date is, finest first: a relative day ("last Tuesday") ranks next to
    a day; a relative period ("this year's", "next month") with the period it names."""
    if d.relative:
        return 3 if d.relative.endswith("year") else 2 if d.relative.endswith(
            ("month", "week", "ago", "spring", "summer", "autumn", "winter")) else 1  # (a season: about a month's worth)
    return {"day": 0, "month": 2, "year": 3}.get(d.precision, 4)


MEETING_VERB_BETWEEN = re.compile(
    r"\b(?:met|meets|meeting|held|convened|gathered|took\s+place|takes\s+place|take\s+place|will\s+meet|will\s+be\s+held|"
    r"cancell?ed|postponed|called\s+off|(?:due|scheduled|planned|set|expected|supposed|meant)\s+to\s+meet)\b",
    re.I,
)
#: A sentence break inside one block (a list item holding two sentences).
SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z0-9]")


GENERIC_BODY = re.compile(
    rf"(?:\b(?:[Tt]he|[Oo]ur|[Tt]his|[Tt]hat|[Nn]ext|(?:{P.WEEKDAY_NAMES}|[Ll]ast\s+(?:week|month))['’]s)"
    r"|(?m:^)[ \t]*(?:[-•*–]|\d{1,2}[.)])(?=[ \t]+[A-Z]))"  # (or a list item's start: "- December Board: in Leeds")
    r"\s+(?:(?:full|whole|new|regional|national|executive|policy|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+)?"
    r"(?P<w>Board|board|Executive|Committee|committee|Sub-?[Cc]ommittee|[Ff]orum|[Pp]anel|REC|SEC|WEC|Regional\s+Board|"
    r"[Cc]ommission|CAC)\b"
)


#: A body's working group or task group, named with its topic or under its heading:
#: "the Democracy Review working group", "the rural task group", "the working group".
#: Patterns run only near the words every match of theirs holds: name -> (words, how far
#: before one a match can start, how far after it a match ends; tests/test_scan.py checks).
NEAR = {
    "GENERIC_BODY": (("oard", "xecutive", "ommittee", "orum", "anel", "REC", "SEC", "WEC", "ommission", "CAC"), 80, 5),
    "_OWN_COMMITTEE_LOW": (("committee", "panel"), 90, 3),
    "_WOMENS_FORUM": (("orum",), 30, 3),
}
SUB_GROUP = re.compile(
    r"\b(?:(?P<topic>[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})\s+)?"
    r"(?P<kind>[Ww]orking\s+[Gg]roup|[Ww]orking\s+[Pp]arty|[Tt]ask\s*[Gg]roup|[Tt]ask\s*[Ff]orce|[Ss]ub-?[Gg]roup|"
    r"[Rr]eview\s+[Gg]roup)(?!s)\b"
)
#: Every match of SUB_GROUP holds one of these.
_SUB_GROUP_NEEDS = ("roup", "arty", "orce")
SUB_GROUP_WORDS = re.compile(r"\b(?:working\s+group|working\s+party|task\s*group|task\s*force|sub-?group|review\s+group)\b",
                             re.I)
_SUB_GROUP_MET = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:met|has\s+met|had\s+met|meets)\b|^\s*,\s*which\s+(?:has\s+)?met\b")
#: A group's topic after its name, then its meeting: " on candidate selection met ...".
_TOPIC_THEN_MET = re.compile(r"\s+(?:on|for)\s+(?P<topic>(?:(?!(?:has|had|have|not|never|yet|still|which|that|who)\b)[\w'’-]+\s+){0,3}?"
                             r"(?!(?:has|had|have|not|never|yet|still|which|that|who)\b)[\w'’-]+)"
                             r"(?=\s+(?:met|has\s+met|had\s+met|meets)\b)")
_MET_AS_PART = re.compile(r"\bmet\s+(?:as\s+part\s+of|with|as)\s+(?:the|a|our)\s+$")
_SUB_GROUP_ID = re.compile(r"-(?:working-group|working-party|task-?group|task-?force|sub-?group|review-group)(?:-|$)")


#: An agenda item's number before its heading: "Item 3 – ", "3. ", "Item 5: ".
_ITEM_NUMBER = re.compile(r"^(?:item\s+)?\d{1,2}[.):]?\s*[–—:-]?\s*", re.I)
#: Headings of routine business, which name no working group's topic.
_GENERIC_HEADING = re.compile(r"^\s*(?:matters\s+arising|minutes|any\s+other\s+business|aob|apologies|welcome|"
                              r"reports?|correspondence|date\s+of\s+next\s+meeting|other\s+business)\b", re.I)


def _overlaps(s: int, e: int, spans) -> bool:
    """The span s..e shares a character with one of ``spans`` (anything with a start and an end)."""
    return any(not (e <= b.start or s >= b.end) for b in spans)


def sub_groups(text: str, sent: Sentence, owner: str, heading: str, taken: list[BodyMention]) -> list[BodyMention]:
    """Working groups of ``owner`` that the sentence says met ("X met as part of the
    working group", "the Democracy Review working group met on 19 March"), as bodies
    ``OWNER-working-group-TOPIC`` (the topic from the name, else the section's heading)."""
    if not owner:
        return []
    out = []
    if not any(w in text[sent.start : sent.end] for w in _SUB_GROUP_NEEDS):
        return out
    for m in SUB_GROUP.finditer(text, sent.start, sent.end):
        s, e = m.start(), m.end()
        if _overlaps(s, e, taken):
            continue
        topic = m.group("topic") or ""
        if topic.split()[:1] in (["The"], ["A"], ["Our"], ["This"], ["Both"]):
            topic = " ".join(topic.split()[1:])
        on = None if topic else _TOPIC_THEN_MET.match(text, e, sent.end)
        if on:  # "The sub-group on candidate selection met the week before"
            topic, e = on.group("topic"), on.end("topic")
            topic = re.sub(r"^(?:the|our|its)\s+", "", topic, flags=re.I)  # ("the working group on the Review")
        elif not (_SUB_GROUP_MET.match(text[e : sent.end]) or _MET_AS_PART.search(text[max(sent.start, s - 40) : s])):
            continue
        if not topic:  # "The working group has met twice": the one named before it, else the heading's
            named = [x.group("topic") for x in SUB_GROUP.finditer(text, max(0, sent.start - 800), s)
                     if x.group("topic") and x.group("topic").split()[0] not in ("The", "A", "Our", "This", "Both")]
            if named:
                topic = named[-1]
            else:
                topic = _ITEM_NUMBER.sub("", heading.strip(" #*•-")) if heading else ""
                topic = re.split(r"\s*[(:–—-]\s*", topic)[0]
                topic = "" if _GENERIC_HEADING.match(topic) else topic
                topic = " ".join(SUB_GROUP_WORDS.sub("", topic).split()[:4])  # "DEMOCRACY REVIEW WORKING GROUP"
        bid = f"{owner}-{_slug(m.group('kind'))}" + (f"-{_slug(topic)}" if _slug(topic) else "")
        out.append(BodyMention(m.start("kind") if not m.group("topic") else s, e, bid))
    return out


#: A policy commission's session at a forum, named by its topic: "the Work and Business session",
#: "the Stronger, Safer Communities session", "the Health and Care commission".
COMMISSION_SESSION = re.compile(
    r"\b(?P<topic>[A-Z][\w'’-]*(?:(?:,\s+|\s+(?:and\s+|&\s+)?)[A-Z][\w'’-]*){0,4})\s+"
    r"(?:(?:[Pp]olicy\s+)?[Cc]ommission(?:['’]s)?\s+)?(?P<kind>session|[Pp]olicy\s+[Cc]ommission|[Cc]ommission)(?!s)\b"
)
#: A commission named by its topic in lower case: "the health commission", "our economy commission".
_TOPIC_COMMISSION_LOWER = re.compile(r"\b(?:the|our|its|this)\s+(?P<topic>health|economy|education|housing|environment|justice|"
                                     r"international|welfare|transport|communities|crime|work)\s+(?:policy\s+)?commission\b(?!s)")
_NOT_TOPIC = frozenset({"the", "a", "our", "this", "that", "each", "every", "national", "policy", "forum", "joint",
                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "plenary",
                        "morning", "afternoon", "evening", "final", "first", "last", "opening", "closing", "next",
                        "previous", "following", "same"})


#: A line that opens with a commission's topic alone, then a dash, bar or colon:
#: "Economy, Business and Trade – Tuesday 9 February", "Health and Social Care | Thurs 25.2.21 | ...".
_TOPIC_LINE = re.compile(r"\W*(?P<topic>[A-Z][\w'’-]*(?:(?:,\s+|\s+(?:and\s+|&\s+)?)[\w'’-]+){0,6})\s*(?:[–—|:]|\s-\s)")


#: A weekend's timetable heading: a day's part, then what met in it ("Saturday afternoon: Economy").
_SLOT_TOPIC = re.compile(rf"\W*{P.WEEKDAY_NAMES}\s+(?:morning|afternoon|evening|lunchtime)\s*[:–—-]\s*"
                         r"(?P<topic>[A-Z][\w'’-]*(?:(?:,\s+|\s+(?:and\s+|&\s+)?)[A-Z][\w'’-]*){0,6})\s*")
#: What a timetable slot holds besides a commission: "Saturday morning: the opening plenary".
_NOT_SESSION = re.compile(r"\b(?:plenary|forum|welcome|lunch|dinner|reception|fringe|rally|hustings|social|dates?|"
                          r"travel|registration|close|closing|opening)\b", re.I)


def commission_sessions(text: str, sent: Sentence, main_body: str, taken: list[BodyMention],
                        ref: Reference | None = None) -> list[BodyMention]:
    """In a report of the National Policy Forum, its policy commissions' sessions named by
    their topic, as bodies ``npf-TOPIC`` (those the reference data knows are found by name),
    and a line that opens with a known commission's topic alone ("Economy, Business and Trade
    – Tuesday 9 February")."""
    if main_body != "npf":
        return []
    out = []
    line = _TOPIC_LINE.match(text, sent.start, sent.end) if ref is not None else None
    if line:
        bid = ref.commission_topic.get(topic_key(line.group("topic")))
        s, e = line.start("topic"), line.end("topic")
        if bid and not _overlaps(s, e, taken):
            out.append(BodyMention(s, e, bid))
    slot = _SLOT_TOPIC.fullmatch(text, sent.start, sent.end) if not out else None
    if slot and not _NOT_SESSION.search(slot.group("topic")):
        # a heading of a weekend's timetable: "Sunday morning: Housing, Local Government and Transport"
        topic = topic_key(slot.group("topic"))
        s, e = slot.start("topic"), slot.end("topic")
        if not _overlaps(s, e, taken):
            out.append(BodyMention(s, e, (ref.commission_topic.get(topic) if ref is not None else None)
                                   or f"npf-{_slug(topic)}"))
    for m in _TOPIC_COMMISSION_LOWER.finditer(text, sent.start, sent.end):  # "the health commission"
        s, e = m.start("topic"), m.end()
        if not _overlaps(s, e, taken + out):
            out.append(BodyMention(s, e, f"npf-{m.group('topic').lower()}"))
    for m in COMMISSION_SESSION.finditer(text, sent.start, sent.end):
        words = re.findall(r"[\w'’-]+", m.group("topic"))
        while words and words[0].lower() in _NOT_TOPIC:
            words = words[1:]
        s = text.find(words[0], m.start()) if words else -1
        if not words or s < 0 or any(not (m.end() <= b.start or s >= b.end) for b in taken if b.body_id or not b.generic):
            continue  # (a bare generic "commission" inside the name blocks nothing)
        out.append(BodyMention(s, m.end(), f"npf-{_slug(' '.join(words))}"))
    return out


def generic_id(word: str, body: str) -> str:
    """The body a generic word ("the Board", "the Committee", "our January meeting") names in a
    report or section about ``body``: ``body`` when it is of the kind the word names, else ''."""
    if not body:
        return ""
    w = word.lower().replace("-", "").replace(" ", "")
    ok = {
        "board": body.startswith("rec-") or body.endswith("board"),
        "regionalboard": body.startswith("rec-"),
        "rec": body.startswith("rec-"),
        "sec": body == "rec-scotland",
        "wec": body == "rec-wales",
        "executive": body.startswith("rec-") or body == "nec",
        "committee": body.startswith(("rec-", "nec-", "cac", "jpc")),
        "subcommittee": body.startswith("nec-"),
        "forum": body.startswith("npf"),
        "panel": body.startswith("nec-disputes"),
        "commission": body.startswith("npf-"),
        "cac": body.startswith("cac"),
    }.get(w, False) or (w.endswith(("meeting", "meetings")) and not body.startswith("conference"))
    # ("our January meeting" under a committee's section: the committee's)
    if not ok:
        return ""
    if w in ("board", "regionalboard", "rec", "sec", "wec") and body.startswith("rec-"):
        return region_of(body)  # "January's REC" under the Executive sub-committee's heading: the REC itself
    return "npf" if w == "forum" and body.startswith("npf-") else body  # the Forum of a commission


_REC_IDS = sorted({f"rec-{r}" for r in REGION_WORDS.values()}, key=len, reverse=True)


def region_of(body: str) -> str:
    """The REC a region's body belongs to: ``rec-london`` for ``rec-london-executive``."""
    return next((r for r in _REC_IDS if body == r or body.startswith(r + "-")), body)


#: A committee named by its topic: "Procedures Committee", "Local Government Sub-Committee".
_OWN_COMMITTEE = re.compile(
    r"(?<![\w'’-])(?P<topic>[A-Z][a-z][\w'’-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][a-z][\w'’-]*){0,2})[ \t]+"
    r"(?:[Ss]ub-?[ \t]?[Cc]ommittee|Committee)(?![\w-])"  # ("Procedures sub-committee, regional office, 6pm")
    # a heading in capitals: "PROCEDURES COMMITTEE – TUESDAY 6 OCTOBER"
    r"|(?m:^)[ \t]*(?:\d{1,2}[.)][ \t]+)?(?P<caps>[A-Z]{3,}(?:[ \t]+(?:AND[ \t]+|&[ \t]+)?[A-Z]{3,}){0,2})[ \t]+(?:SUB-?[ \t]?)?COMMITTEE\b")
_MONTH_WORDS = frozenset(m.lower() for m in P.MONTH_NAMES.strip("(?:)").split("|"))
#: Whose committee is the region's own: "the Board's Policy Committee", "the Region's ...".
_OWN_OWNERS = frozenset("board rec sec wec nec executive region committee".split())
#: Words a committee's name does not start with ("The Procedures Committee": the topic follows).
_NOT_TOPIC_START = frozenset("the our their its this that each every a an new old".split())
#: Words that make a committee's name another body's, not a region's own committee of a topic.
_NOT_OWN_TOPIC = frozenset(
    "executive regional national labour conference arrangements constitutional clp nec party general "
    "scottish welsh london northern southern eastern western midlands yorkshire north south east west "
    "women young parliamentary shadow select county city borough district ward branch selection".split())


#: A region's own committee named in lower case, after "the", "its", "our", "their" or its owner:
#: "the Board's policy committee", "the procedures sub-committee", "the REC's appeals panel".
_OWN_COMMITTEE_LOW = re.compile(
    r"\b(?P<lead>(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir)[ \t]+(?:(?P<owner>[Bb]oard|REC|SEC|WEC|[Rr]egion|[Ee]xecutive)['’]s[ \t]+)?"
    r"|(?P<owner2>Board|REC|SEC|WEC|Region)['’]s[ \t]+)"
    r"(?P<topic>[a-z][a-z-]{3,}(?:[ \t]+(?:and[ \t]+)?[a-z][a-z-]{3,})?)[ \t]+"
    r"(?P<kind>sub-?[ \t]?committee|committee|panel)(?![\w-])")
#: Words that are no committee's topic: "the same committee", "the relevant panel".
_NOT_LOW_TOPIC = frozenset(
    "same whole full relevant appropriate next last first main other previous current special joint standing "
    "interview shortlisting steering organising planning working".split())


_HEADING_BODY_MEETING = re.compile(r"(?m)^[ \t]*(?P<w>Board|BOARD|REC|SEC|WEC|NEC|Regional[ \t]+Board|REGIONAL[ \t]+BOARD|"
                                   r"Commission|COMMISSION|Committee|COMMITTEE)"
                                   r"(?=[ \t]+(?:meeting|MEETING)\b)")
#: A generic name in capitals, as a heading writes it: "THE MARCH BOARD", "OUR SPECIAL EXECUTIVE".
_CAPS_GENERIC = re.compile(r"\b(?:THE|OUR)[ \t]+(?:(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|"
                           r"NOVEMBER|DECEMBER|SPECIAL|FULL)[ \t]+)?(?P<w>BOARD|EXECUTIVE|COMMITTEE|FORUM|COMMISSION|PANEL)\b")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}(?:[.)]|/\d{0,2})[ \t]*)?$"  # ("3. ", "5/ ", "5/12 ")
                         # ("## Thursday 9 June: Procedures Committee (online)": a heading opening with its day)
                         rf"|(?:^|\n)[ \t#]*(?:{P.WEEKDAY_NAMES}[ \t]+)?\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{P.MONTH_NAMES}"
                         r"[ \t]*[:–—-][ \t]*$"
                         # ("WEDS 3RD – Procedures Committee, regional office", "MONDAY – Procedures Committee again")
                         r"|(?:^|\n)[ \t#]*(?i:(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
                         r"(?:[ \t]+(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)?)?|the[ \t]+\d{1,2}(?:st|nd|rd|th))[ \t]*[:–—-][ \t]*$")
#: The rest of a heading that is a committee's name: nothing, or its day ("Procedures Committee, Tuesday 11th April"),
#: or a full stop or colon before its text ("5/ Procedures Committee. We met on Weds 18th"), or its place as a
#: diary entry writes it ("Procedures sub-committee, regional office, Leeds, 6pm").
_HEADING_TAIL = re.compile(rf"[ \t]*(?:$|\n|\([^()\n]{{1,40}}\)[ \t]*(?:$|\n)|[,:–—-][ \t]*(?:{P.WEEKDAY_NAMES}|(?:Mon|Tues?|Weds?|Thu|Thurs?|Fri|Sat|Sun)\b|\d)|[.:][ \t]+[A-Z]|,[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}"
                           r"(?:office|offices|HQ|[Hh]ouse|[Hh]all|[Cc]entre|[Rr]oom|online|by\s+(?:phone|Zoom)|Zoom))",
                           re.I)
#: A heading under another: an agenda item's ("Item 3: Access fund"), a lettered one, or a lead-in to a list
#: ("The decisions, as best I could follow them:").
SUBHEADING = re.compile(r"\W*(?:(?:agenda\s+)?item\s+\d|\(?[a-h]\)|[a-h]\.\s)|.*:\s*$", re.I | re.S)


def generic_bodies(text: str, main_body: str, found: list[BodyMention], *, offset: int = 0) -> list[BodyMention]:
    """"The Board met", "the Committee agreed": a generic name read as the report's own
    body, when that body is of the kind the word names."""
    if not main_body:
        return []
    out = []
    # a Regional Board has an executive committee of its own: "The Board's Executive Committee met"
    board = main_body.startswith("rec-") and main_body not in ("rec-scotland", "rec-wales") and _BOARD.search(text)
    if board:
        for m in _BOARDS_EXECUTIVE.finditer(text):
            s, e = m.start() + offset, m.end() + offset
            if not _overlaps(s, e, found):
                out.append(BodyMention(s, e, f"{main_body}-executive", generic=True))
        for m in _BARE_EXECUTIVE.finditer(text):  # "PART A – EXECUTIVE COMMITTEE (the Saturday before the Board)"
            s, e = m.start() + offset, m.end() + offset
            if not _overlaps(s, e, found + out) and not _EXECUTIVE_OWNER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                out.append(BodyMention(s, e, f"{main_body}-executive", generic=False))
        for m in _BOARDS_OFFICERS.finditer(text):  # "The Board's officers met on Tuesday the 14th": not the Board
            s, e = m.start() + offset, m.end() + offset
            if not _overlaps(s, e, found):
                out.append(BodyMention(s, e, f"{main_body}-officers", generic=True))
    for m in _CAPS_GENERIC.finditer(text) if "THE " in text or "OUR " in text else ():
        bid = generic_id(m.group("w"), main_body)  # "PART TWO: THE MARCH BOARD (Sat 16th March)": a heading's
        s, e = m.start("w") + offset, m.end("w") + offset
        if bid and not _overlaps(s, e, found):
            out.append(BodyMention(s, e, bid, generic=True))
    for m in _HEADING_BODY_MEETING.finditer(text):  # "BOARD MEETING, SAT 9.3.13, REGIONAL OFFICE": a heading
        bid = generic_id(m.group("w"), main_body)
        s, e = m.start("w") + offset, m.end("w") + offset
        if bid and not _overlaps(s, e, found):
            out.append(BodyMention(s, e, bid, generic=True))
    if main_body.startswith("rec-"):  # "its Executive sub-committee": the region's executive, not the REC itself
        for m in _EXECUTIVE_SUB.finditer(text):
            s, e = m.start() + offset, m.end() + offset
            if not _overlaps(s, e, found + out):
                out.append(BodyMention(s, e, f"{main_body}-executive", generic=False))
    owner = main_body if main_body.startswith("rec-") else "nec" if main_body.split("-")[0] == "nec" else ""
    if owner:
        # a region's own committee the reference does not list: "the Procedures Committee",
        # "the Local Government Committee" in a REC's report (``rec-east-midlands-procedures``)
        for m in _OWN_COMMITTEE.finditer(text):
            caps = m.group("caps")
            words = (caps.title() if caps else m.group("topic")).split()
            own = [i for i, w in enumerate(words) if w.endswith(("'s", "’s", "s'", "s’"))]
            if own:  # "the Board's Policy Committee": the topic follows its owner
                if re.sub(r"['’]s?$|s['’]$", "", words[own[-1]]).lower() not in _OWN_OWNERS:
                    continue  # ("Holyrood's Finance Committee": another body's)
                words = words[own[-1] + 1 :]
            the = bool(words) and words[0].lower() in ("the", "its", "our", "their")  # "The Procedures Committee met"
            while len(words) > 1 and words[0 if not the else 1].lower() in _MONTH_WORDS:
                del words[0 if not the else 1]  # "the September Procedures Committee": the month names its meeting
            while words and words[0].lower() in _NOT_TOPIC_START:
                words = words[1:]
            if len(words) > 1 and words[0].lower() == "regional":
                words = words[1:]  # "the Regional Policy Committee": the region's policy committee
            low = [w.strip("'’s").lower() for w in words]
            if not words or any(w in _NOT_OWN_TOPIC and not (w == "general" and w != low[-1]) for w in low):
                continue  # (but "Finance and General Purposes": "general" is a CLP's only as "General Committee")
            if not (own or the or caps or re.search(r"\b(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir)\s+$", text[max(0, m.start() - 6) : m.start()])
                    or (_LINE_START.search(text, max(0, m.start() - 40), m.start()) and _HEADING_TAIL.match(text, m.end()))):
                continue  # named as the region's own: "the Procedures Committee", "the Board's ...", or a heading
                # that is the committee's name ("Procedures Committee, Tuesday 11th April")
            group = "caps" if caps else "topic"
            s = m.start(group) + m.group(group).lower().find(words[0].lower()) + offset
            e = m.end() + offset
            if _overlaps(s, e, found + out):
                continue
            out.append(BodyMention(s, e, f"{owner}-{_slug(' '.join(words))}", generic=False))
        for m in finditer_near(_OWN_COMMITTEE_LOW, text, *NEAR["_OWN_COMMITTEE_LOW"]) if owner == main_body else ():
            words = m.group("topic").split()
            owned = m.group("owner") or m.group("owner2")
            if (m.group("kind") == "panel" and not owned) or words[-1] in _NOT_LOW_TOPIC or words[0] in _NOT_LOW_TOPIC \
                    or any(w in _NOT_OWN_TOPIC and not (owned and w == "selection") for w in words) \
                    or (m.group("owner") or "").lower() == "executive":  # ("the Board's selection panel": its own)
                continue  # (a panel is the region's own only when the text says whose)
            s, e = m.start("topic") + offset, m.end() + offset
            if not _overlaps(s, e, found + out):
                out.append(BodyMention(s, e, f"{main_body}-{_slug(' '.join(words))}", generic=False))
    if main_body.startswith("rec-"):  # "The regional women's forum planned for Saturday 8th December"
        for m in finditer_near(_WOMENS_FORUM, text, *NEAR["_WOMENS_FORUM"]):
            s, e = m.start() + offset, m.end() + offset
            if (m.group("reg") or re.search(r"\b(?:[Tt]he|[Oo]ur)\s+$", text[max(0, m.start() - 5) : m.start()])) and not (
                    re.search(r"\b(?:an?|new)\s+$", text[max(0, m.start() - 5) : m.start()], re.I)):  # ("a regional women's forum")
                if not _overlaps(s, e, found + out):
                    out.append(BodyMention(s, e, f"{main_body}-women", generic=False))
    ours = _writing_clp(text, found, offset) if not main_body.startswith("clp-") else ""
    our_exec = bool(ours) and re.search(r"\b[Oo]ur\s+Executive\b", text) is not None
    for m in finditer_near(GENERIC_BODY, text, *NEAR["GENERIC_BODY"]):
        s, e = m.start() + offset, m.end() + offset
        if _overlaps(s, e, found + out):
            continue
        if ours and m.group("w").lower() in ("committee", "executive") and (
                m.group(0)[:3].lower() == "our" or (m.group("w").lower() == "executive" and our_exec)):
            out.append(BodyMention(m.start("w") + offset, e, ours, generic=True))  # a CLP officer's "our Executive"
            continue  # (and "The Executive thanked Gemma", once the text calls the CLP's "our Executive Committee")
        if board and m.group("w") == "Executive":
            out.append(BodyMention(m.start("w") + offset, e, f"{main_body}-executive", generic=True))
            continue
        # an unknown body ("the Forum" in an SEC report) still stands between a date and
        # another body: kept without an id, it blocks but makes no meeting
        out.append(BodyMention(m.start("w") + offset, e, generic_id(m.group("w"), main_body), generic=True))
    return out


def edge_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the first two and the last three non-blank lines of ``text``, where a
    report's byline and sign-off stand (a line of a short text may be in both)."""
    head: list[tuple[int, int]] = []
    pos = 0
    while len(head) < 2 and pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        if text[pos:end].strip():
            head.append((pos, end))
        pos = end + 1
    tail: list[tuple[int, int]] = []
    end = len(text)
    while len(tail) < 3 and end > 0:
        nl = text.rfind("\n", 0, end)
        if text[nl + 1 : end].strip():
            tail.append((nl + 1, end))
        end = nl
    return head + tail[::-1]


def edge_bodies(text: str, ref: Reference, region: str, offset: int = 0) -> list[BodyMention]:
    """The bodies named on the edge lines of ``text`` (see :func:`edge_lines`), all that
    :func:`officer_clp` reads, found without reading the rest of the report."""
    return [b for s, e in edge_lines(text) for b in find_bodies(text[s:e], ref, region=region, offset=offset + s)]


def _writing_clp(text: str, found: list[BodyMention], offset: int,
                 edges: list[tuple[int, int]] | None = None) -> str:
    """The CLP a report is written for, when a short line at its head or its sign-off names
    one ("Eltham CLP – Secretary's write-up for members", "Secretary, Eltham CLP"): its
    "our Executive Committee" is that CLP's, not the body the report is about."""
    if not any(b.body_id.startswith("clp-") for b in found):
        return ""
    short = [(s, e) for s, e in (edge_lines(text) if edges is None else edges) if len(text[s:e].split()) <= 8]
    clps = {b.body_id for b in found for s, e in short
            if b.body_id.startswith("clp-") and s <= b.start - offset and b.end - offset <= e}
    return clps.pop() if len(clps) == 1 else ""


#: An officer's title on a report's byline or sign-off line: "Secretary, Broxtowe CLP".
_CLP_OFFICER = re.compile(r"\b(?:[Ss]ecretary|[Cc]hair|[Vv]ice-[Cc]hair|[Tt]reasurer|[Oo]fficer)\b")


#: A CLP's own publication, named on its title line: "Colchester Labour Party – Members' Bulletin".
_CLP_PUBLICATION = re.compile(
    r"\W*(?!(?:The|Scottish|Welsh|London|National|Parliamentary|Young|Co-operative|Labour|Regional|Northern|Eastern)\b)"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]+){0,3})\s+(?:Labour\s+Party|Labour|CLP|Constituency\s+Labour\s+Party)"
    r"\b[^\n]{0,40}?\b(?:[Bb]ulletin|[Nn]ewsletter|[Nn]ews)\b")


#: A CLP's own bodies named without the CLP's name, in its own bulletin: "the GC", "CLP AGM".
_CLP_OWN_NAME = re.compile(r"(?P<w>(?-i:\bGC\b|\bCLP\s+AGM\b)|\bGeneral\s+Committee\b)")


_TO_CLP = re.compile(r"[ \t]*To:[ \t]+[^\n]{0,40}\bCLP\b")


def officer_clp(text: str, found: list[BodyMention], offset: int) -> str:
    """The CLP whose officer writes the report ("Posted by Jo Pilling, Secretary, Broxtowe CLP"),
    or whose bulletin it is ("Colchester Labour Party – Members' Bulletin" on its title line):
    its meetings are the "our meeting" and "all-members meeting" of the text. '' when none."""
    pub = _CLP_PUBLICATION.match(text)
    if pub and pub.group("name").split()[0].lower() not in _NOT_CLP_NAME and not REGION_WORDS.get(
            pub.group("name").lower()):
        return f"clp-{_slug(pub.group('name'))}"
    edges = edge_lines(text)
    for s, e in edges:  # "To: Stroud CLP General Committee, for the meeting on Thursday 21 March": a report to it
        if _TO_CLP.match(text, s, e):
            to = [b.body_id for b in found if b.body_id.startswith("clp-") and s <= b.start - offset < e]
            if len(set(to)) == 1:
                return to[0]
    clp = _writing_clp(text, found, offset, edges)
    if not clp:
        return ""
    for s, e in edges:
        if _CLP_OFFICER.search(text, s, e) and any(b.body_id == clp and s <= b.start - offset < e for b in found):
            return clp
    return ""


_BOARD = re.compile(r"\bRegional\s+Board\b|\b[Tt]he\s+Board\b")
#: A region's women's forum, its women's committee by another name.
_WOMENS_FORUM = re.compile(r"\b(?P<reg>[Rr]egional\s+)?[Ww]omen['’]s\s+[Ff]orum\b(?!s)")
_EXECUTIVE_SUB = re.compile(r"\b(?:[Ee]xecutive|[Ee]xec)\s+[Ss]ub-?\s?[Cc]ommittee\b")
_BOARDS_EXECUTIVE = re.compile(r"\b(?:Regional\s+)?Board['’]s\s+Executive(?:\s+Committee)?\b")
#: A Board's executive named alone, in a report that calls the region's committee the Board.
_BARE_EXECUTIVE = re.compile(r"(?<![\w'’-])(?:EXECUTIVE\s+COMMITTEE|Executive\s+Committee)\b")
#: Words before "Executive Committee" that make it no bare executive: "Regional Executive Committee" (the REC
#: itself), "Board's Executive Committee" (read by _BOARDS_EXECUTIVE).
_EXECUTIVE_OWNER_BEFORE = re.compile(r"(?:Regional|REGIONAL|Board['’]s|BOARD['’]S)\s+$")
_BOARDS_OFFICERS = re.compile(r"\b(?:Regional\s+)?Board['’]s\s+officers\b")


def _all_caps(line: str) -> bool:
    """A heading written in capitals: "WOMEN'S COMMITTEE", "LCF REVIEW GROUP"."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def section_bodies(text: str, sentences: list[Sentence], headings: list[bool], ref: Reference, region: str,
                   main_body: str) -> list[str]:
    """For each sentence, the body its section is about: the one body a heading above it
    names ("ORGANISATION COMMITTEE", "Regional Board, 12 March"), else the report's."""
    out, cur, caps_head, numbered = [], main_body, False, False
    for si, (s, is_heading) in enumerate(zip(sentences, headings, strict=True)):
        if is_heading and len(text[s.start : s.end].split()) <= 12:
            found = [regional_committee(text, b, main_body)
                     for b in find_bodies(text[s.start : s.end], ref, region=region, offset=s.start)
                     if b.body_id and not is_attributive(text, b.start, b.end)]
            if not found:  # "Early Years, Education and Skills Commission – Saturday 10th March"
                found = commission_sessions(text, s, main_body, [], ref)
            if not found and main_body.startswith("rec-"):  # "Monday 8 March – Executive sub-committee"
                found = [b for b in generic_bodies(text[s.start : s.end], main_body, [], offset=s.start)
                         if b.body_id and not b.generic]
            group = None if found or not main_body else SUB_GROUP_WORDS.search(text, s.start, s.end)
            if group and text[group.end() : s.end].strip(" \t:.*#–—-"):
                group = None  # (not "Working group on supporters": a topic, the group not yet set up)
            if group:  # "LCF REVIEW GROUP" / "Dave sits on this. It met twice, ...": the group's section
                topic = " ".join(_ITEM_NUMBER.sub("", text[s.start : group.start()].strip(" #*•-")).split()[-4:])
                kind = _slug(" ".join(group.group(0).lower().split()))
                found = [BodyMention(s.start, group.end(), f"{main_body}-{kind}" + (f"-{_slug(topic)}" if _slug(topic) else ""))]
            named = {b.body_id for b in found}
            lead = _HEADING_LEAD.match(text, s.start)
            if (len(named) == 1 and found[0].start <= lead.end()
                    and not found[0].body_id.startswith("conference")):
                cur = named.pop()  # a heading that is a body's name: "FULL NEC", "Organisation Committee, 26 March"
                caps_head = _all_caps(text[s.start : s.end])
                numbered = bool(_NUMBERED.match(text, s.start))
            elif (len(named) == 1 and found[0].start <= lead.end() and main_body.startswith("conference")
                  and (found[0].generic or found[0].body_id == main_body)):
                cur = main_body  # "Conference" in a report of a regional conference: back to the conference
            elif not named and _PLENARY_HEADING.search(text, s.start, s.end):
                cur = main_body  # "SATURDAY AFTERNOON – THE PLENARY": back to the forum as a whole
            elif not named and _NUMBERED.match(text, s.start) and (numbered or cur == main_body):
                cur = main_body  # "8. Candidates' code of conduct" after "7. Organisation Sub-Committee": a sibling item
                # (not "1. Election of chair" under "PART 2: EQUALITIES COMMITTEE": an item of that part)
            elif not named and cur != main_body and caps_head and _all_caps(text[s.start : s.end]):
                cur = main_body  # "MOTIONS" after "WOMEN'S COMMITTEE": a sibling heading in the same capitals
            elif not named and cur != main_body and _main_acts_below(text, sentences, headings, si, ref, region,
                                                                     main_body, cur):
                cur = main_body  # "Working group on supporters" / "... the NEC agreed": the main body's item again
        out.append(cur)
    return out


#: A body acting as the subject of its sentence: "the NEC agreed", "the Board then voted".
_BODY_ACTS = re.compile(r"\s+(?:(?:also|then|finally|unanimously)\s+)?(?:agreed|decided|voted|noted|approved|rejected|"
                        r"endorsed|discussed|considered|heard|received|elected|deferred|referred|debated|met)\b")


def _main_acts_below(text: str, sentences: list[Sentence], headings: list[bool], i: int, ref: Reference,
                     region: str, main_body: str, cur: str) -> bool:
    """Under the heading sentence ``i`` (up to the next heading), the report's own body acts ("the
    NEC agreed") and the body of the section above is not named."""
    at = sentences[i]
    end = next((sentences[k].start for k in range(i + 1, len(sentences)) if headings[k]), sentences[-1].end)
    found = [regional_committee(text, b, main_body)
             for b in find_bodies(text[at.end : end], ref, region=region, offset=at.end) if b.body_id]
    return (not any(b.body_id == cur for b in found)
            and any(b.body_id == main_body and _BODY_ACTS.match(text, b.end) for b in found))


_PLENARY_HEADING = re.compile(r"\bplenary\b", re.I)
_NUMBERED = re.compile(r"[\W_]*(?:\d{1,2}|[ivx]{1,4})[.):]\s", re.I)
#: "PART ONE: ", "Section 2 – ": a part of a report that covers several meetings.
_PART_LABEL = r"(?:part|section)\s+(?:one|two|three|four|five|six|\d{1,2}|[ivx]{1,4}|[a-f])\s*[:.–—-]\s*"
#: A heading opening a part of a report that covers several meetings: "PART 2: EQUALITIES COMMITTEE, ...".
PART_HEADING = re.compile(r"[\W_]*" + _PART_LABEL, re.I)
_HEADING_LEAD = re.compile(r"[\W_]*(?:(?:\d{1,2}|[ivx]{1,4}|[a-h])[.):]\s+)?"
                           # a day before the body's name: "Monday 8 March – Executive sub-committee"
                           rf"(?:(?:(?:{P.WEEKDAY_NAMES}|Dydd\s+[A-Z][a-z]+)\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s*[–—:-]\s*)?"
                           rf"(?:{_PART_LABEL})?(?:(?:the|full|labour['’]s)\s+){{0,2}}", re.I)


def regional_committee(text: str, b: BodyMention, main_body: str) -> BodyMention:
    """In a regional body's report, "the Organisation Sub-Committee" is the region's own
    committee (``rec-scotland-org``), not the NEC's, unless the text says NEC."""
    if b.body_id.startswith("nec-") and main_body.startswith("rec-") and not _NEC_NAMED.search(
            text, max(0, b.start - 6), b.end):
        return BodyMention(b.start, b.end, f"{main_body}-{b.body_id[4:]}", b.generic)
    if b.body_id == "cac" and _REGIONAL_CONFERENCE.fullmatch(main_body) and not _NATIONAL_CAC.search(
            text, max(0, b.start - 30), b.end):
        # "The Conference Arrangements Committee met at 8.30" in a report of a regional conference: its own
        return BodyMention(b.start, b.end, "cac-" + main_body.removeprefix("conference-"), b.generic)
    return b


#: A region's conference (not a sectional one): ``conference-south-west``.
_REGIONAL_CONFERENCE = re.compile(r"conference-(?!women$|young-labour$|bame)(?:[a-z]+-)*[a-z]+(?<!-women)")
_NATIONAL_CAC = re.compile(r"\b(?:Annual\s+Conference|national|Labour\s+Party)\b", re.I)  # ("the national CAC")


#: A meeting put back, after its date: "... planned for Sat 18 April has been postponed to June".
_POSTPONED = re.compile(
    # ("Its October meeting was called off at a day's notice ..., and it has been rescheduled for 13 December")
    r"(?:[^.;]{0,40}?|[^.;]{0,120}?,\s+and\s+(?=it\s|this\s|that\s))"
    r"\b(?:(?:it|this|that)\s+)?(?:(?:has|have|had)\s+been|was|were|is\s+being|will\s+be|(?:has\s+|have\s+)?had\s+to\s+be)\s+"
    r"(?:postponed|moved|put\s+back|pushed\s+back|rescheduled|re-?arranged)\s+"
    r"(?:(?:to|until|till|for)\s+(?:the\s+)?)?", re.I)


def _moved(text: str, at: int, hi: int, d, dates: list[DateMention]):
    """A meeting put back, read just after its mention (at ``at``): (the date it was to
    be, the date it is now, or None), or None when it was not put back. "... planned for
    Sat 18 April has been postponed to June"; "The April meeting has been moved from Sat
    5th April to Sat 26th April" (the day of the month named)."""
    m = _POSTPONED.match(text, at, hi)
    if m is None:
        return None
    if d is not None and d.end > m.end():  # "the meeting was moved to the following Tuesday, the 16th": the new day
        return None, d
    old, pos = d, m.end()
    frm = _MOVED_FROM.match(text, pos)
    was = [x for x in dates if frm and x.start == frm.end() and x.day is not None
           and (d is None or d.day is None and x.month == d.month)]
    if was:
        old = was[0]
        to = _MOVED_TO.match(text, was[0].end)
        pos = to.end() if to else -1
    new = [x for x in dates if pos >= 0 and x.start >= pos and x.start - pos <= 6]
    return old, (new[0] if new else None)


_MOVED_FROM = re.compile(r"from\s+(?:the\s+)?", re.I)
_MOVED_TO = re.compile(r"\s*(?:to|until|till)\s+(?:the\s+)?", re.I)
#: The party's sectional conferences: a bare "Conference" after one is not it.
_SECTIONAL = frozenset({"conference-women", "conference-young-labour", "conference-bame-labour"})
_REGIONAL_WOMEN = re.compile(r"conference-[a-z-]+-women")
_BARE_WOMENS = re.compile(r"women['’]s\s+conference", re.I)
_INDEFINITE = re.compile(r"\b(?:a|an|another)\s+(?:[\w-]+\s+)?$", re.I)


def _generic_after_named(text: str, found: list[BodyMention]) -> list[BodyMention]:
    """"Keith Wootton, chair of the Local Government Committee, presented the report of the
    committee's meeting": a generic word after a body of that kind named earlier in the same
    sentence is that body, not the report's own."""
    out = list(found)
    for k, b in enumerate(out):
        if not (b.generic and b.body_id):
            continue
        word = text[b.start : b.end].split()[-1].lower()
        prior = [x for x in out[:k] if not x.generic and x.body_id and x.body_id != b.body_id
                 and text[x.start : x.end].lower().endswith(word)]
        if prior:
            out[k] = BodyMention(b.start, b.end, prior[-1].body_id, True)
    return out


def anaphora(text: str, bodies: list[BodyMention]) -> list[BodyMention]:
    """A bare "Conference" after "Welsh Labour Conference" is that conference; "the
    commission" with no commission of its own in view is the policy commission named last
    (and "the forum", in a report not of a forum, the policy forum named last);
    a bare "Women's Conference" in a report that names a region's women's conference is that one;
    "the committee" just after a region's own committee was named is that committee, not the REC."""
    out, last, commission, forum, cac = [], "", "", "", ""
    committee: BodyMention | None = None  # the region's own committee named last
    nec_committee: BodyMention | None = None  # an NEC committee named last
    regional = {b.body_id for b in bodies if _REGIONAL_WOMEN.fullmatch(b.body_id)}
    for b in bodies:
        if not b.generic and b.body_id.startswith("rec-") and region_of(b.body_id) != b.body_id:
            committee = b
        elif not b.generic and b.body_id.startswith("nec-") and "ommittee" in text[b.start : b.end]:
            nec_committee = b
            if not _NEC_NAMED.search(text, max(0, b.start - 6), b.end):
                committee = b  # ("the Women's Committee" in a region's report: the region's own, so named later)
        elif (b.generic and committee is not None and b.start - committee.end <= 400
              and _THE_COMMITTEE.fullmatch(text, max(0, b.start - 4), b.end)
              and (b.body_id == region_of(committee.body_id) if committee.body_id.startswith("rec-")
                   else b.body_id.startswith("rec-") and region_of(b.body_id) == b.body_id)):
            # "the Procedures Committee met on Tuesday 29 June ... The committee agreed the draft standing orders":
            # that committee, not the REC the report is about
            b = BodyMention(b.start, b.end, committee.body_id if committee.body_id.startswith("rec-")
                            else f"{b.body_id}-{committee.body_id[4:]}", True)
        elif (b.generic and not b.body_id and nec_committee is not None and b.start - nec_committee.end <= 400
              and "\n\n" not in text[nec_committee.end : b.start]
              and _THE_COMMITTEE.fullmatch(text, max(0, b.start - 4), b.end)):
            # (in the NEC's report, where "the committee" names no body of its own: "Reporting from the
            # Organisation Committee, its chair said the committee had met last Tuesday")
            b = BodyMention(b.start, b.end, nec_committee.body_id, True)
        if (len(regional) == 1 and b.body_id == "conference-women"
                and _BARE_WOMENS.fullmatch(text, b.start, b.end)):
            b = BodyMention(b.start, b.end, next(iter(regional)), b.generic)
        if b.body_id.startswith("conference") and not b.generic:
            last = b.body_id
        elif b.generic and b.body_id == "conference" and last and not _INDEFINITE.search(text, max(0, b.start - 20), b.start) \
                and not (last in _SECTIONAL and text[b.start : b.end].lower() in ("conference", "conf")
                         and not re.search(r"\b(?:the|this|that)\s+$", text[max(0, b.start - 6) : b.start], re.I)):
            # (but "Conference" or "conference" as a name, with no "the", after "Women's Conference" was
            # named, is Annual Conference: "the day before conference opened")
            b = BodyMention(b.start, b.end, last, True)  # (not "a special conference in Manchester": another one)
        if (b.body_id.endswith("policy-forum") or b.body_id == "npf") and not b.generic:
            forum = b.body_id
        elif b.generic and not b.body_id and forum and text[b.start : b.end].lower() == "forum":
            b = BodyMention(b.start, b.end, forum, True)  # "The forum meets next ..." after "the Scottish Policy Forum"
        if b.body_id.startswith("cac-") and b.body_id != "cac-women":
            cac = b.body_id  # "the Welsh Conference Arrangements Committee", then "the CAC": that one
        elif b.body_id == "cac" and cac and text[b.start : b.end] == "CAC":
            b = BodyMention(b.start, b.end, cac, True)
        if b.body_id.startswith("npf-") and not b.generic:
            commission = b.body_id
        elif b.generic and not b.body_id and commission and text[b.start : b.end].lower() == "commission":
            b = BodyMention(b.start, b.end, commission, True)
        out.append(b)
    return out


_NEC_NAMED = re.compile(r"\bNEC\b|National\s+Executive", re.I)
_THE_COMMITTEE = re.compile(r".*\b[Tt]he\s+(?:[Ss]ub-?)?[Cc]ommittee", re.S)
_PARENT_LINK = re.compile(r"^\s*(?:of|on)\s+(?:the\s+|Labour['’]s\s+)?$", re.I)


def absorb_parents(text: str, bodies: list[BodyMention]) -> list[BodyMention]:
    """Drop a body named only as the parent of the one before it ("the disputes
    sub-committee of Labour's national executive committee"), extending that mention's
    span over it; coordinated siblings before it are extended too."""
    out: list[BodyMention] = []
    for b in bodies:
        if out and _PARENT_LINK.match(text[out[-1].end : b.start]) and out[-1].body_id.startswith(b.body_id + "-"):
            last = out.pop()
            out.append(BodyMention(last.start, b.end, last.body_id, last.generic))
            continue
        if out and text[out[-1].end : b.start].strip() in ("", "'s", "’s") and b.body_id.startswith(out[-1].body_id + "-"):
            last = out.pop()  # "NEC disputes sub-panels", "the NEC's Organisation Committee": the parent as a prefix
            out.append(BodyMention(last.start, b.end, b.body_id, b.generic))
            continue
        out.append(b)
    return out


#: "this year's conference", "last year's Board AGM": the year of the body's meeting.
_YEAR_POSS = re.compile(r"\b(this|last|next)\s+year['’]s\s+(?:[\w-]+\s+){0,2}$", re.I)
_YEAR_STEP = {"this": 0, "last": -1, "next": 1}


def _status(window: str, date: PartialDate | None, ref: PartialDate | None) -> str:
    if CANCELLED_CUE.search(window):
        return "cancelled"
    if SCHEDULED_CUE.search(window):
        return "scheduled"
    return _dated_status(date, ref)


def _dated_status(date: PartialDate | None, ref: PartialDate | None) -> str:
    """The status of a meeting whose words say neither cancelled nor scheduled."""
    if date is not None and ref is not None and date.first_day() > ref.last_day():
        return "scheduled"  # after the report's own date (to its precision): not yet held
    return "held"


def find_mentions(
    text: str,
    sentences: list[Sentence],
    ref: Reference,
    *,
    region: str,
    main_body: str,
    ref_date: PartialDate | None,
    ref_source: str,
    skip: tuple[int, int] = (0, 0),
    tokens: Tokens | None = None,
    sections: list[str] | None = None,
    headings: list[str] | None = None,
    ahead: list[bool] | None = None,
    day_refs: dict[int, PartialDate] | None = None,
    heading_refs: dict[int, PartialDate] | None = None,
) -> list[MeetingMention]:
    """Meeting mentions of one report, in text order. Sentences inside ``skip`` (the
    report's title) give none: a title names the report's body and date, which date the
    report's main meeting when the text does not."""
    out: list[MeetingMention] = []
    if not sentences:
        return out
    # Bodies and dates are found once over the report, then read sentence by sentence.
    lo, hi = sentences[0].start, max(s.end for s in sentences)
    seg = text[lo:hi]
    gaz = None
    if tokens is not None and ref.body_gazetteer:
        gaz = [(s - lo, e - lo, v) for s, e, v in ref.body_gazetteer.find_tokens(tokens, lo, hi)]
    all_bodies = find_bodies(seg, ref, region=region, offset=lo, gazetteer_hits=gaz)
    all_bodies = sorted(all_bodies + generic_bodies(seg, main_body, all_bodies, offset=lo), key=lambda b: b.start)
    all_bodies = anaphora(text, all_bodies)
    all_dates = neighbour_days(text, anchor_weekdays(find_dates(seg, offset=lo), ref_date, text))
    body_starts = [b.start for b in all_bodies]
    body_year: dict[str, tuple[int, int]] = {}  # body -> (year the text gave it, sentence)
    relative: list[tuple[MeetingMention, str, tuple[int, int | None]]] = []  # (mention, body it is dated from, step)
    list_body = ""  # the body whose meeting days the list items after "The SEC dates for this year are:" give
    date_starts = [d.start for d in all_dates]
    asked: DateMention | None = None  # the one date of a question just before: its answer's date
    asked_next = ""  # the body a question just before asks the next meeting of: its answer's date dates it
    prev_named: list[str] = []  # the bodies the sentence before named, in order
    report_ref = ref_date
    writer_clp = officer_clp(seg, all_bodies, lo) if not main_body.startswith("clp-") else ""
    if writer_clp:  # in a CLP's bulletin "the GC", "CLP AGM" are that CLP's: "- Thurs 12 April: GC, 7.30pm"
        own = [BodyMention(m.start("w") + lo, m.end("w") + lo, writer_clp, generic=True)
               for m in _CLP_OWN_NAME.finditer(seg) if not _overlaps(m.start() + lo, m.end() + lo, all_bodies)]
        if own:
            all_bodies = sorted(all_bodies + own, key=lambda b: b.start)
            body_starts = [b.start for b in all_bodies]
    if day_refs is None:  # (the caller may have read them once for several passes)
        heading_refs = {}
        day_refs = heading_days(text, sentences, headings, report_ref, labels=heading_refs) if headings else {}
    heading_refs = heading_refs or {}
    for si, sent in enumerate(sentences):
        # a diary's day heading is the "today" of its entry ("THE 16TH – Regional Board" of its own)
        ref_date = day_refs.get(si, heading_refs.get(si, report_ref))
        if sent.start < skip[1] and sent.end > skip[0]:
            continue
        st = text[sent.start : sent.end]
        low = st.lower()
        sec = sections[si] if sections else main_body
        found = [b for b in all_bodies[bisect_left(body_starts, sent.start) : bisect_left(body_starts, sent.end)]
                 if b.end <= sent.end]
        if sec != main_body and any(b.body_id == sec and REPORT_OF.search(text, max(sent.start, b.start - 40), b.start)
                                    for b in found):
            sec = main_body  # "The committee noted Seema's report from the CAC" under "Report from the CAC": ours
        if sec != main_body:  # "the committee" under a committee's own heading is that committee
            found = [BodyMention(b.start, b.end, generic_id(text[b.start : b.end], sec) or b.body_id, True)
                     if b.generic and b.body_id in ("", main_body) and not b.body_id.startswith("conference") else b
                     for b in found]
        found = [regional_committee(text, b, main_body) for b in found]
        found = _generic_after_named(text, found)
        found = sorted(found + sub_groups(text, sent, main_body, headings[si] if headings else "", found)
                       + commission_sessions(text, sent, main_body, found, ref), key=lambda b: b.start)
        bodies = [b for b in absorb_parents(text, found) if not is_attributive(text, b.start, b.end)]
        bodies = [b for k, b in enumerate(bodies) if not (  # "the national policy forum (NPF)": one mention
            k and b.body_id and bodies[k - 1].body_id == b.body_id and _ACRONYM_AFTER.fullmatch(text, bodies[k - 1].end, b.start))]
        pron = PRONOUN_MET.match(text, sent.start, sent.end) if not bodies else None
        if pron and not prev_named:  # "LCF REVIEW GROUP" / "Dave sits on this. It met twice, ...": the section's body
            if sec != main_body and sec and pron.group("p") == "It":
                bodies = [BodyMention(pron.start("p"), pron.end("p"), sec, True)]
        elif pron:  # "Equalities cttee. It met last Tues (18/1)": the body the sentence before named
            # ("... that Annual Conference 2020 will not go ahead. It had been due to open on Saturday 19
            # September": of several, the event named last)
            if len(set(prev_named)) == 1:
                bodies = [BodyMention(pron.start("p"), pron.end("p"), prev_named[0], True)]
            elif pron.group("ev") and prev_named[-1].startswith(("conference", "npf")):
                bodies = [BodyMention(pron.start("p"), pron.end("p"), prev_named[-1], True)]
        if (not bodies and main_body and si in day_refs and si and headings
                and headings[si - 1] == text[sentences[si - 1].start : sentences[si - 1].end]
                and (_TIME_ALONE.fullmatch(text, sent.start, sent.end) or (
                    _ENTRY_MEETS.search(text, sent.start, sent.end) and any(ch.isdigit() for ch in headings[si - 1])
                    and not all_bodies[bisect_left(body_starts, sent.start) : bisect_left(body_starts, sent.end)]))):
            # a diary day's entry opening with its hour alone: "SATURDAY 18 FEBRUARY" / "7.45am. Gordon in the
            # chair again.": the meeting of the report's own body that morning (or with its meeting's first
            # words: "Saturday 20 June (Zoom)" / "Thirty-one members logged in.")
            bodies = [BodyMention(sent.start, sent.end, main_body, True)]
        named_before = prev_named  # (the bodies the sentence before this one named: "Its next meeting is in April")
        prev_named = [b.body_id for b in bodies if b.body_id] or [
            b.body_id for b in found if b.body_id and _I_SIT_ON.search(text, sent.start, b.start)]
        # ("I sit on the Economy commission. We last met on 23/4": named as what the author sits on, not as a meeting)
        dates = [d for d in all_dates[bisect_left(date_starts, sent.start) : bisect_left(date_starts, sent.end)]
                 if d.end <= sent.end and not _DOCUMENT_AFTER_DATE.match(text, d.end)]
        dates = _in_that_year(text, dates)
        if si in day_refs:  # a diary's entry: "held over until Monday's CAC" is the Monday after the entry's day
            dates = [replace(d, relative="next" + d.relative[4:]) if d.relative.startswith("past ")
                     and _TOWARDS.search(text, max(0, d.start - 8), d.start) else d for d in dates]
        special = _DAY_MEETING_HEADING.fullmatch(st) if (
            main_body and not bodies and dates and headings and headings[si] == st) else None
        if special and dates[0].start == sent.start + special.start("day") and dates[0].precision == "day":
            # "## Tuesday 7 July (Zoom, 6.30pm to 8.15pm): special meeting": a heading of the report's own
            # body's meeting that day
            out.append(_make(si, dates[0].start, dates[0].end, main_body, dates[0], st, ref_date, ref_source,
                             True, (special.group("q") or "").lower(), 1, anchor=True, lead=True))
        if list_body and not bodies and dates and dates[0].precision == "day" and _ITEM_START.fullmatch(
                text, sent.start, dates[0].start):  # "• Sat 2nd Sept, Stirling" under "The SEC dates are:"
            out.append(_make(si, dates[0].start, dates[0].end, list_body, dates[0], st, ref_date, ref_source,
                             False, "", 1, anchor=True))
        else:
            list_body = ""
        named_here = {b.body_id for b in bodies if b.body_id}
        if st.rstrip().endswith(":") and len(named_here) == 1 and _DATES_OF.search(st):
            list_body = named_here.pop()
        tied0 = assign_dates(text, bodies, dates)
        named_in = bodies  # (with the bodies only named as a target: "referred to the Forum for its May meeting")
        bodies = [b for i, b in enumerate(bodies)
                  if i in tied0 or not TARGET_BEFORE.search(text[max(sent.start, b.start - 60) : b.start])]
        cancel = _CANCELLED.search(st, low)
        hypothetical = _HYPOTHETICAL.search(st, low)
        count_m = _COUNT.search(st, low)
        generic = list(_GENERIC.finditer(st, low))  # ("the meeting", "we met": read once, used twice below)
        # generic meeting phrases ("the next one is ...") keep their own dates
        blockers = [BodyMention(sent.start + g.start(), sent.start + g.end(), "", True)
                    for g in generic if _names_meeting(g, text, sent.start)
                    and not any(b.start < sent.start + g.end() and sent.start + g.start() < b.end for b in bodies)
                    and not any(_OWNS.fullmatch(text, b.end, sent.start + g.start()) or (
                        b.body_id.startswith("clp-") and (g.group("det") or "").lower() in ("its", "their", "our")
                        and _ACTED_AT.fullmatch(text, b.end, sent.start + g.start())) for b in bodies)
                    and not any(b.body_id and _OF_BODY.fullmatch(text, sent.start + g.end(), b.start) for b in bodies)]
        everyone = sorted(bodies + blockers, key=lambda b: b.start)
        # (the bodies tied above, unless a blocker or a target dropped changes who is in the sentence)
        tied_all = tied0 if everyone == named_in else assign_dates(text, everyone, dates)
        tied = {bodies.index(everyone[i]): ds for i, ds in tied_all.items() if everyone[i] in bodies}
        if ref_date is not None:
            _days_of_year_only(tied, dates, ref_date)
        if not dates and asked is not None:
            # "Q: What happened on Tuesday 8th October?" / "A: The committee met at Southside"
            first = next((bi for bi, b in enumerate(bodies) if b.body_id), None)
            if first is not None and HELD_VERBS.search(text[bodies[first].end : min(sent.end, bodies[first].end + 40)]):
                tied[first] = [asked]
        q_dates = [d for d in dates if d.precision in ("day", "month", "relative")]
        if asked_next and not bodies and q_dates and _ANSWER_LEAD.match(text[sent.start : q_dates[0].start]):
            # "Q: When does the committee next meet?" / "A: Tuesday 19th April." ("The following week,
            # on Tuesday 29 November": the day, where the answer gives one)
            d0 = next((d for d in q_dates if d.precision == "day"), q_dates[0])
            out.append(_make(si, d0.start, d0.end, asked_next, d0, "next meeting", ref_date, ref_source, False, "", 1,
                             anchor=True))
        asked_next = ""
        if st.rstrip().endswith("?") and not q_dates and _NEXT_WORD.search(st):
            named = [b.body_id for b in bodies if b.body_id]
            asked_next = named[0] if len(set(named)) == 1 else (sec if not bodies and generic else "")
        if not q_dates and main_body and _NEXT_MEETING_HEAD.match(st) and all(not b.body_id or b.generic for b in bodies):
            asked_next = sec  # "11. Date of next meeting" / "Tues 21/1, 10.30am, Southside."
            bodies = []  # a heading "Next meeting": the meeting is the one its line below dates
        asked = q_dates[0] if st.rstrip().endswith("?") and len(q_dates) == 1 and not bodies else None
        day_heading = _day_heading(text, sentences, si, headings, all_dates, date_starts) if bodies else None
        if day_heading is not None and not tied.get(0) and bodies[0].body_id and _leads(text[sent.start : bodies[0].start]) \
                and MET_VERB_AFTER.match(text, bodies[0].end, sent.end):
            tied[0] = [day_heading]  # "Thursday 14th July" / "The Procedures Committee met by phone."
        if (bodies and bodies[0].body_id.startswith("conference") and not tied.get(0) and headings and headings[si]
                and _leads(text[sent.start : bodies[0].start]) and MET_VERB_AFTER.match(text, bodies[0].end, sent.end)):
            # "Sunday 23 September: CAC report 1" / ... / "Conference opened at two o'clock": that day's
            opened = _section_day(text, sentences, si, headings, all_dates, date_starts)
            if opened is not None:
                tied[0] = [opened]
        entry_day = day_refs.get(si) if headings and si in day_refs else None
        for bi, b in enumerate(bodies if entry_day is not None else ()):
            # a diary's entry under "SATURDAY": "The CAC met at eleven", "CAC at 7.45am" is that day's meeting
            if b.body_id and not tied.get(bi) and ((_leads(text[sent.start : b.start]) and (
                    MET_VERB_AFTER.match(text, b.end, sent.end) or _AT_HOUR.match(text, b.end, sent.end)
                    or (bi == 0 and (si and headings[si - 1] == text[sentences[si - 1].start : sentences[si - 1].end]
                                     or _HOUR_LEAD.match(text, sent.start, b.start))
                        and _ENTRY_LABEL.match(text, b.end, sent.end)))) or (
                    not dates and _A_MEETING.search(text, max(sent.start, b.start - 6), b.start)
                    and _MEETING_AFTER_BODY.match(text, b.end))):
                # (or the entry's first line, a label: "Mon 7th" / "Procedures sub-committee, regional office, 6pm.",
                # "15.00 – post-conference NEC. Shorter and calmer.";
                # or a meeting the entry goes into: "Train up from Euston, and straight into a CAC meeting at 2pm")
                tied[bi] = [DateMention(sent.start, sent.start, entry_day.year, entry_day.month, entry_day.day)]
        for bi, b in enumerate(bodies):
            if not b.body_id:
                continue
            lo_n = max([x.end for x in everyone if x.end <= b.start] + [sent.start])
            hi_n = min([x.start for x in everyone if x.start >= b.end] + [sent.end])
            for d in tied.get(bi) or [None]:
                if d is None and _TIME_BEFORE_BODY.search(text, max(sent.start, b.start - 40), b.start):
                    continue  # "which met the week before the NEC": that meeting only tells the time
                if d is not None and d.year is not None and not d.relative:
                    body_year[b.body_id] = (d.year, si)
                body_ref = ref_date
                year, at = body_year.get(b.body_id, (None, -9))
                if (d is not None and d.year is None and d.month is not None and year is not None
                        and si - at <= 2 and (ref_date is None or year != ref_date.year)
                        and not SCHEDULED_CUE.search(st) and not _LATEST.search(st)):
                    body_ref = PartialDate(year)  # "the 2021 women's conference. ... in June"
                poss = _YEAR_POSS.search(text, max(sent.start, b.start - 30), b.start)
                if poss and ref_date is not None and d is not None and d.year is None and d.month is not None:
                    # "this year's conference, which was held ... in February": the year the words give
                    body_ref = PartialDate(ref_date.year + _YEAR_STEP[poss.group(1).lower()])
                n_out = len(out)
                _add_mention(out, text, sent, si, b, d, cancel, hypothetical, count_m,
                             body_ref, ref_source, sec, bounds=(lo_n, hi_n), new_dates=dates, report_date=ref_date,
                             ahead=bool(ahead and ahead[si]))
                rel = _relative_to(text, b, bodies[bi + 1]) if bi + 1 < len(bodies) and len(out) > n_out else None
                if rel is not None:  # "The Organisation Committee met a week before the full NEC"
                    relative.append((out[-1], bodies[bi + 1].body_id, rel))
                elif len(out) > n_out and out[-1].date is None:
                    # "2. The pre-conference NEC (Saturday, Hilton Metropole)": the Saturday before conference
                    # opened; "the post-conference NEC on the Wednesday": the Wednesday after
                    side = _PRE_POST_CONFERENCE.search(text, max(sent.start, b.start - 24), b.start)
                    wd = next((x.weekday for x in dates if x.weekday is not None and x.day is None), None)
                    if side and (wd is not None or side.group(1).lower() == "pre"):
                        relative.append((out[-1], "conference", (-1 if side.group(1).lower() == "pre" else 1, wd)))
        recall = _RECALLED_YEAR.match(st) if main_body and "in " in low else None
        if recall and not any(b.body_id and b.start < sent.start + recall.start("subj") and not
                              _BEFORE_MY_TIME.search(text, max(sent.start, b.start - 60), b.start) for b in bodies):
            # "A member recalled that in 2008, before either of us was on the Board, it had agreed to ...":
            # the report's body, at a meeting that year
            year = next((d for d in dates if d.start == sent.start + recall.start("y") and d.precision == "year"), None)
            if year is not None:
                mm = _make(si, year.start, sent.start + recall.end("subj"), main_body, year, recall.group(0), ref_date,
                           ref_source, False, RECALLED_YEAR, 1, anchor=True)
                if mm.status == "held":
                    out.append(mm)
        for rm in (_RECALLED_MONTH.finditer(st) if sec and " we " in st else ()):
            month = next((d for d in dates if d.start == sent.start + rm.start("m") and d.month is not None
                          and d.day is None and not d.relative), None)
            if month is not None and not any(b.body_id for b in bodies):
                mm = _make(si, month.start, sent.start + rm.end("subj"), sec, month, rm.group(0), ref_date, ref_source,
                           False, "", 1, anchor=True)
                if mm.status == "held":
                    out.append(mm)
        if sec:
            for g in generic:
                det = (g.group("det") or g.group("we") or g.group("one") or ("the" if g.group("mt") or g.group("ord") else "")
                       or ("next" if g.group("cy") or g.group("nx") or g.group("wenext") else "")
                       or ("previous" if g.group("min") else "")).lower()
                gs, ge = sent.start + g.start(), sent.start + g.end()
                if any(not (ge <= b.start or gs >= b.end) for b in bodies) or (det not in ("its", "their") and any(
                    0 <= gs - b.end <= 12 for b in bodies
                )) or any(b.body_id and _OF_BODY.fullmatch(text, ge, b.start) for b in bodies):
                    continue  # ("The Eastern REC agreed at its meeting on 10 November": that REC's meeting)
                if not _names_meeting(g, text, sent.start) or (g.group("noun") == "AGM" and det in ("their", "a")):
                    continue  # ("members of a CLP ... about the way their AGM on 14/9 was run": a CLP's or branch's)
                if _WISHED_FOR.search(text, max(sent.start, gs - 40), gs):
                    continue  # "Some members wanted a third meeting in February": asked for, not called
                if _PERSONS_MEETING.search(text[max(sent.start, gs - 14) : gs]):
                    continue  # "welcome X to her first meeting": this meeting, seen from a person
                d = None
                limits = [x for x in dates if NON_MEETING_DATE_BEFORE.search(text[max(0, x.start - 20) : x.start])
                          or _ELECTION_DATE.match(text, x.end) or _ELECTION_ON.search(text, max(0, x.start - 30), x.start)]
                later = [x for x in dates if gs <= x.start and x.end <= ge] or [
                    x for x in dates if gs <= x.start < ge] or [
                    x for x in dates if x.start >= ge and (x.start - ge <= 30 or _DUE_ON_CLAUSE.fullmatch(text, ge, x.start)
                                          or _BEFORE_BODY_WAS.fullmatch(text, ge, x.start))
                    and x not in limits] or [
                    x for x in dates if x.end <= gs and gs - x.end <= 30 and x not in limits
                    and not _CLAUSE_BREAK.search(text[x.end : gs])
                ]
                if later and later[0].precision == "month" and later[0].end <= ge:
                    # "THE APRIL MEETING, SATURDAY 17 APRIL": the day written just after names it
                    day_after = [x for x in dates if x.start >= ge and x.day is not None and x.month == later[0].month
                                 and (re.fullmatch(r"[\s,:(–—-]*", text[ge : x.start])  # ("the July meeting (Sat 13/7)")
                                      or _HELD_ON.fullmatch(text, ge, x.start))]  # "the June meeting was held ... on 8 June"
                    if day_after:
                        later = day_after
                if later and later[0].precision != "year" and not (
                        _WEEKDAY_WORD.search(text, gs, ge) and not (gs <= later[0].start < ge)):
                    d = later[0]  # (not "on Thursday evening for a Saturday meeting": the phrase names its day)
                if (d is None and entry_day is not None and det == "our" and _HOUR_WORD.search(text, gs, ge)
                        and _leads(text[sent.start : gs])):
                    # a diary's "Tuesday" / "Our 11am meeting was the busiest of the week": that day's
                    d = DateMention(gs, gs, entry_day.year, entry_day.month, entry_day.day)
                    diary_our = True  # (the author's own body's, whatever the entry went on to)
                else:
                    diary_our = False
                if d is None and det in ("the", "this", "that", "its", "their", "a", "we"):
                    continue
                qual = det if det in RECALLED_QUALIFIERS | DISTINCT_QUALIFIERS else ""
                if det == "we" and re.search(r"\b(?:last|previously)\s+met\b", text[gs:ge], re.I):
                    qual = "last"  # "When we last met in the spring": the meeting before this one
                w0 = max(sent.start, gs - 40)
                breaks = list(_CLAUSE_BREAK.finditer(text, w0, gs))
                if breaks:  # "The April REC has been cancelled ..., so we next meet in June"
                    w0 = breaks[-1].start()
                window = text[w0 : min(sent.end, ge + 60)]
                if det == "next" or TARGET_BEFORE.search(text[max(sent.start, gs - 60) : gs]):
                    window += " next meeting"  # "deferred until the 15th January meeting": still to come
                lead = (_leads(text[sent.start : gs]) and not MINUTES_OF.search(text[max(sent.start, gs - 40) : gs])
                        and not g.group("min"))
                body = main_body if diary_our or g.group("noun") == "AGM" else sec  # (the AGM is the body's own)
                branch = _BRANCH_MEETING.search(text, gs, ge)
                if branch:  # "the Heavitree branch meeting on Thursday 7 February": a branch's, not the report's body's
                    body = f"clp-{_slug(branch.group('name'))}-{branch.group('kind').lower()}"
                elif _CLP_MEETING.search(text, gs, ge):
                    # "our General Meeting on Thursday 4 July": the CLP's, in a report a CLP published
                    # ("Stockport CLP's submission, which we agreed at our general meeting": the CLP named there)
                    clps = {b.body_id for b in all_bodies if b.body_id.startswith("clp-")}
                    here = [b.body_id for b in all_bodies if b.body_id.startswith("clp-") and sent.start <= b.start < gs]
                    if len(clps) != 1 and not here and not writer_clp:
                        continue
                    body = here[-1] if here else writer_clp or clps.pop()
                elif writer_clp and det == "our" and sec == main_body and not named_here and g.group("noun") == "meeting":
                    body = writer_clp  # "deferred to our November meeting" in a CLP secretary's report-back: the CLP's
                if (det in ("we", "our") and not bodies and len(set(named_before)) == 1 and named_before[0] != sec and si
                        and _I_SIT_ON.search(text, sentences[si - 1].start, sentences[si - 1].end)):
                    body = named_before[0]  # "I sit on the Economy, Business and Trade commission. We last met on 23/4"
                    # ("I sit on the Green Prosperity commission. Our last meeting ... was on Thursday 29 June")
                    qual = ""  # (its latest meeting, told now: not a recalled one of the report's own body)
                elif (g.group("we" if det == "we" else "wenext") and not bodies and _AGAIN.search(text, gs, ge + 6)
                      and (last_met := next((x for x in reversed(out) if x.status == "held"
                                             and not x.body_id.startswith("conference")), None)) is not None
                      and si - last_met.sentence <= 6):
                    body = last_met.body_id  # "Our last meeting was on Thursday 29 June. ... We were due to meet
                    # again on Monday 10 July": the body that met last
                if det in ("its", "their"):  # "the Equalities Committee ... its meeting on 11 March"
                    named = [b.body_id for b in named_in if b.end <= gs and b.body_id]
                    after = [b.body_id for b in named_in if b.start >= ge and b.body_id]
                    if after and re.fullmatch(r"\W*(?:at|in|during)\s+", text[sent.start : gs], re.I):
                        named = after[:1]  # "At its October meeting in Westminster the commission agreed ...": the subject's
                    if not named and not bodies and named_before and _leads(text[sent.start : gs]) and (
                            len(set(named_before)) == 1 or named_before[0] != sec):
                        named = named_before[:1]  # "The Equalities Committee ... was cancelled. Its next meeting is in April."
                    body = named[-1] if named else sec
                    gc = None if named else _CLPS_GC.search(text, sent.start, gs)
                    if gc:  # "Exeter's general committee then adopted it at its meeting at the end of February"
                        body = f"clp-{_slug(gc.group('clp'))}"
                    lead = lead and not named  # the body named before leads the sentence, not this phrase
                moved = _moved(text, ge, sent.end, d, dates) if d is not None else None
                if moved and moved[0] is None:  # "The Board was due on Tues 9th. ... the meeting was moved to the
                    moved = None  # following Tuesday, the 16th": the day it was due, told just before, did not happen
                    was = next((x for x in reversed(out) if x.body_id == body and si - 2 <= x.sentence < si
                                and x.date is not None and x.date.precision == "day" and x.date != d), None)
                    if was is not None:
                        was.status = "cancelled"
                if moved:  # "The April meeting has been moved from Sat 5th April to Sat 26th April"
                    window, d = "cancelled " + window, moved[0]
                mm = _make(si, gs, ge, body, d, window, ref_date, ref_source, lead, qual, 1, anchor=True, lead=lead)
                mm.generic, mm.owned = not diary_our, det in ("its", "their") and body != sec
                if moved and moved[1] is not None:
                    out.append(_make(si, gs, ge, body, moved[1], "next meeting", ref_date, ref_source, False, "", 1,
                                     anchor=True))
                    out[-1].generic = True
                if mm.date is not None:  # "At our March plenary, ..., the NCC agreed": the NCC of that plenary
                    for x in out:
                        if x.sentence == si and not x.generic and x.body_id == body and x.date is None:
                            x.date, x.date_end, x.date_source, x.status = mm.date, mm.date_end, mm.date_source, mm.status
                out.append(mm)
        hearing = _HEARING.search(st) if "earing" in st else None
        if hearing and not any(m.sentence == si and m.body_id == "ncc" and m.date is not None for m in out) and (
                _NCC_NAMED.search(st) or _NCC_NAMED.search(headings[si] if headings else "") or sec == "ncc"):
            # "- NCC: the hearing in a London case is listed for Tuesday 12 December", "Hearing fixed for
            # Tues 10th December" under "NCC hearings": a hearing of the NCC on its day
            hs, he = sent.start + hearing.start(), sent.start + hearing.end()
            day = next((d for d in dates if d.precision == "day" and 0 <= d.start - he <= 90
                        and not _HEARING_GAP_BREAK.search(text, he, d.start)), None)
            if day is not None:
                moved = _moved(text, he, sent.end, day, dates)
                moved = moved if moved and moved[0] is not None else None  # ("moved to 10th December": that day)
                window = text[hs : sent.end]
                if _FIXED_FOR.match(text, he, day.start):
                    window += " next meeting"  # "Hearing fixed for Tues 10th December": to come
                if moved:
                    window, day = "cancelled " + window, moved[0]
                out.append(_make(si, hs, he, "ncc", day, window, ref_date, ref_source, False,
                                 "", 1, anchor=True))
                if moved and moved[1] is not None:
                    out.append(_make(si, hs, he, "ncc", moved[1], "next meeting", ref_date,
                                     ref_source, False, "", 1, anchor=True))
    if main_body in ("cac-scotland", "cac-wales"):
        for m in out:  # in a report of the Scottish CAC, "the CAC" is that committee and "conference" Scottish conference
            if m.body_id == "cac":
                m.body_id = main_body
            elif m.body_id == "conference" and not re.search(r"\b(?:UK|national|annual|party)\s+$", text[max(0, m.start - 10) : m.start], re.I):
                m.body_id = f"conference-{main_body[4:]}"
    if main_body in ("rec-wales", "rec-scotland"):
        for m in out:  # "a special conference" in a Welsh or Scottish report: Welsh or Scottish Labour's own
            if (m.body_id == "conference" and text[m.start : m.end].lower() == "conference"
                    and re.search(r"\bspecial\s+$", text[max(0, m.start - 8) : m.start], re.I)
                    and not re.search(r"\b(?:UK|national|party|Labour\s+Party)\s+special\s+$", text[max(0, m.start - 30) : m.start], re.I)):
                m.body_id = f"conference-{main_body[4:]}"
    if main_body.startswith("rec-"):
        for m in out:
            if (m.body_id == "conference" and text[m.start : m.end].lower() == "conference" and m.date is not None
                    and m.date.month is not None and m.date.month not in ANNUAL_CONFERENCE_MONTHS
                    and not re.search(r"\b(?:special|national|party|annual|Labour)\s+$", text[max(0, m.start - 12) : m.start], re.I)):
                m.body_id = f"conference-{main_body[4:]}"  # "At conference in Glasgow last month" (February)
    if headings:
        _not_held_under_heading(text, sentences, headings, out)
    ref_date = report_ref
    _date_from_other(out, relative, ref_date)
    _same_year_as_told(out)
    return out


#: An entry's first words saying its meeting did not happen: "Not held.", "Cancelled.", "It was moved a week to the 12th".
_ENTRY_NOT_HELD = re.compile(r"\W*(?:not\s+held|cancell?ed|called\s+off|postponed|did\s+not\s+(?:meet|go\s+ahead|take\s+place)|"
                             r"(?:it|this|the\s+meeting)\s+(?:was|has\s+been)\s+(?:cancell?ed|called\s+off|postponed|moved|"
                             r"put\s+back|rescheduled))\b", re.I)


def _not_held_under_heading(text: str, sentences: list[Sentence], headings: list[str],
                            out: list[MeetingMention]) -> None:
    """A diary heading's meeting whose entry opens by saying it did not happen ("TUES 5TH | Org Sub |
    Teams" / "Not held. It was moved a week to the 12th."): cancelled on that day."""
    for si in range(1, len(sentences)):
        head = sentences[si - 1]
        if headings[si - 1] != text[head.start : head.end] or not _ENTRY_NOT_HELD.match(text, sentences[si].start,
                                                                                         sentences[si].end):
            continue
        for m in out:
            if m.sentence == si - 1 and m.lead and m.date is not None and m.date.precision == "day":
                m.status = "cancelled"


#: A clause between a meeting and its day: "the meeting that should have taken place on Monday 14 May".
_DUE_ON_CLAUSE = re.compile(r"\s+(?:that|which)\s+(?:should\s+have|was\s+to\s+have|had\s+been\s+due\s+to|was\s+due\s+to|"
                            r"would\s+have)\s+(?:taken\s+place|been\s+held|met|happened)\s+(?:on\s+)?", re.I)
#: A date something other than a meeting happened on: "resigned on 24 October", "was elected on the 12th".
_OTHER_EVENT_ON = re.compile(r"\b(?:resigned|died|passed\s+away|stood\s+down|step(?:ped)?\s+down|(?:was|were)\s+elected|"
                             r"(?:was\s+|were\s+)?announced|(?:was\s+)?published|(?:was\s+)?called|was\s+born)\s+(?:on|in)\s+(?:the\s+)?$",
                             re.I)
#: Words before a day a thing is put off to: "until Monday's CAC".
_TOWARDS = re.compile(r"\b(?:until|till|to|for)\s+$", re.I)
#: One hearing (not hearings in general), of the NCC where the NCC is named with it.
_HEARING = re.compile(r"\b(?:the\s+|a\s+|its\s+|her\s+|his\s+|their\s+)?(?:NCC\s+)?hearing\b(?!\s+(?:days?|panels?|dates)\b)", re.I)
_FIXED_FOR = re.compile(r"\s+(?:(?:is|has\s+been|was|now)\s+)?(?:fixed|set|arranged|listed)\s+for\s+", re.I)
_HEARING_GAP_BREAK = re.compile(r"[.;]|,\s*(?:and|but|so|while|which)\b", re.I)
_NCC_NAMED = re.compile(r"\bNCC\b|\bNational\s+Constitutional\s+Committee\b", re.I)


#: A meeting dated from another's: "met a week before the full NEC", "met on the morning of
#: the NEC", "met the day after Conference".
_RELATIVE_TO = re.compile(
    r"\s+(?:(?:also|first|had|has)\s+)?(?:met|meets|was\s+held|took\s+place|sat)\s+(?:on\s+)?(?:"
    r"(?P<n>a|one|two|three|four|five|six|\d)\s+(?P<unit>days?|weeks?)\s+(?P<dir>before|after|earlier\s+than|ahead\s+of)"
    r"|the\s+(?P<part>day|week|morning|afternoon|evening|same\s+day)\s+(?P<dir2>before|after|of|as|ahead\s+of)"
    rf"|the\s+(?P<wd>{P.WEEKDAY_NAMES})\s+(?P<dir3>before|after))"
    r"\s+(?:the\s+|that\s+)?(?:full\s+|main\s+)?$", re.I)
_NUMBER = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


#: A meeting named by its place around Annual Conference: "the pre-conference NEC", "the post-conference NEC".
_PRE_POST_CONFERENCE = re.compile(r"\b(pre|post)-?conference\s+(?:full\s+)?$", re.I)


def _relative_to(text: str, b: BodyMention, other: BodyMention) -> tuple[int, int | None] | None:
    """How ``b``'s meeting is dated from ``other``'s when the text dates one from the other:
    (days after it, None), or (1 or -1, a weekday) for the first such weekday after or the
    last before it."""
    m = _RELATIVE_TO.fullmatch(text, b.end, other.start) if other.body_id and other.body_id != b.body_id else None
    if m is None:
        return None
    if m.group("wd"):  # "met on the Tuesday before the SEC": that weekday, counted from the other's day
        return (-1 if m.group("dir3").lower() == "before" else 1), P.WEEKDAYS[m.group("wd").lower()]
    if m.group("n"):
        n = _NUMBER.get(m.group("n").lower()) or int(m.group("n"))
        days = n * (7 if m.group("unit").lower().startswith("week") else 1)
        return (days if m.group("dir").lower() == "after" else -days), None
    part, way = m.group("part").lower(), m.group("dir2").lower()
    if part in ("day", "week") and way in ("before", "after", "ahead of"):
        days = 1 if part == "day" else 7
        return (days if way == "after" else -days), None
    return (0, None) if way in ("of", "as") else None


def _date_from_other(mentions: list[MeetingMention], relative: list[tuple[MeetingMention, str, tuple[int, int | None]]],
                     report_date: PartialDate | None) -> None:
    """Date each meeting told of as "a week before the full NEC" from the one day the report
    gives that other body's meeting."""
    for m, other, (days, weekday) in relative:
        known = {(x.date, x.status) for x in mentions if x.body_id == other and x.date is not None
                 and x.date.precision == "day" and x.status != "cancelled"}
        held = {d for d, status in known if status == "held"}
        known = held or {d for d, _ in known}  # ("met": the one held, not the next one announced)
        if len(known) != 1:
            continue
        base = next(iter(known)).first_day()
        day = (base + dt.timedelta(days=days) if weekday is None
               else weekday_beside(base, weekday, after=days > 0))  # ("the Tuesday before the SEC")
        m.date, m.date_end, m.date_source = PartialDate(day.year, day.month, day.day), None, "inferred"
        if report_date is not None and day > report_date.last_day():
            m.status = "scheduled"


#: A decision of the report's body recalled with its year and a pronoun for the body: "in 2008,
#: before either of us was on the Board, it had agreed to ...", "Back in 2019, it agreed ...".
_RECALLED_YEAR = re.compile(
    r"(?:[^.;]*?\b(?:recalled|reminded\s+us|pointed\s+out|explained|remembered)\s+that\s+|\W*(?:back\s+)?)"
    r"in\s+(?P<y>(?:19|20)\d\d)\b(?:,[^.;]{0,80}?,)?\s*(?P<subj>it)\s+(?:had\s+|has\s+)?"
    r"(?:agreed|decided|voted|resolved|adopted|passed|approved|rejected)\b", re.I)
#: A body named as its next meeting: "The next SEC is in June", "the next full NEC".
_NEXT_BODY = re.compile(r"\b[Nn]ext\s+(?:full\s+)?$")
_IN_YEAR_BEFORE = re.compile(r"\b(?:[Bb]ack\s+in|[Ii]n|[Ss]ince|[Dd]uring)\s+$")


def _in_that_year(text: str, dates: list[DateMention]) -> list[DateMention]:
    """A month without a year after "in 2019," in its sentence is in 2019 ("Back in 2019, well before my
    time, the committee agreed at its July meeting"), unless another year comes between; not after a
    year that only describes a thing ("a women's conference in 2025 was kicked to the September meeting")."""
    out, year = [], None
    for d in dates:
        if d.precision == "year" and not d.relative:
            year = d.year if (_IN_YEAR_BEFORE.search(text, max(0, d.start - 12), d.start)
                              and text[d.end : d.end + 1] == ",") else None  # (a time set off: "Back in 2019, ...")
        elif year is not None and d.year is None and d.month is not None and not d.relative:
            d = replace(d, year=year)
        out.append(d)
    return out


#: A decision of ours recalled with its month: "Matters arising: back in January we agreed to ring-fence ...".
_RECALLED_MONTH = re.compile(rf"\b(?:back\s+)?in\s+(?P<m>{P.MONTH_NAMES})(?:\s+(?:19|20)\d\d)?\s*,?\s+(?P<subj>we)\s+"
                             r"(?:had\s+|also\s+|all\s+)?(?:agreed|decided|voted|resolved|elected|approved|adopted|rejected)\b")
#: A body named in an aside about the writer's own time: "before my time on the REC".
_BEFORE_MY_TIME = re.compile(r"\b(?:before|after|since)\s+(?:my|our|either\s+of\s+us\s+was|I\s+was|we\s+were)\b[^.;,]*$",
                             re.I)


#: A place after a day in a heading: one to three words, no digits.
_HEADING_PLACE = re.compile(r"[^\W\d_][\w'’.-]*(?:[ ][^\W\d_][\w'’.-]*){0,2}")


def _day_heading(text: str, sentences: list[Sentence], si: int, headings: list[str] | None,
                 dates: list[DateMention], date_starts: list[int]) -> DateMention | None:
    """The day the heading just above sentence ``si`` consists of ("Saturday 9th July"), if it does."""
    if not si or not headings:
        return None
    head = sentences[si - 1]
    line = text[head.start : head.end]
    if headings[si] != line:
        return None
    ds = [d for d in dates[bisect_left(date_starts, head.start) : bisect_left(date_starts, head.end)] if d.end <= head.end]
    if len(ds) != 1 or ds[0].precision != "day":
        return None
    rest = (line[: ds[0].start - head.start] + line[ds[0].end - head.start :]).strip(" \t:–—-,.")
    # the day alone, or with the place after a dash ("SATURDAY 12 MARCH – LLANDUDNO")
    place = _HEADING_PLACE.fullmatch(rest) and re.search(r"[–—-]|,", line[ds[0].end - head.start :])
    return ds[0] if not rest or place else None


def _section_day(text: str, sentences: list[Sentence], si: int, headings: list[str],
                 dates: list[DateMention], date_starts: list[int]) -> DateMention | None:
    """The one day the heading over sentence ``si`` opens with ("Sunday 23 September: CAC report 1"), if any."""
    head = next((k for k in range(si - 1, max(-1, si - 40), -1)
                 if text[sentences[k].start : sentences[k].end] == headings[si]), None)
    if head is None:
        return None
    span = sentences[head]
    ds = [d for d in dates[bisect_left(date_starts, span.start) : bisect_left(date_starts, span.end)]
          if d.end <= span.end and d.precision == "day"]
    # (a heading that opens with its day, not a dateline: "Posted on 23 March 2022 by ...")
    return ds[0] if len(ds) == 1 and not re.search(r"\w", text[span.start : ds[0].start]) else None


def _same_year_as_told(mentions: list[MeetingMention]) -> None:
    """A mention whose year was guessed with no tense to go on ("Regional conference:
    Reading, in October" in a list) takes the year, and status, of the one meeting of that
    body and month (and day) the report dates with tense words elsewhere ("this year's
    regional conference will be held in Reading in October")."""
    told: dict[tuple, set] = {}
    for m in mentions:
        if m.date is not None and m.date.month is not None and not m.weak and not m.generic:
            told.setdefault((m.body_id, m.date.month, m.date.day), set()).add((m.date, m.status))
    for m in mentions:
        if m.weak and m.date is not None:
            seen = told.get((m.body_id, m.date.month, m.date.day), set())
            if len(seen) == 1:
                m.date, m.status = next(iter(seen))


#: Annual Conference meets in late September or early October: a bare "conference" in a
#: regional report dated to another month is the region's own.
ANNUAL_CONFERENCE_MONTHS = (9, 10)


_MET_AFTER = re.compile(
    r"^,\s*(?:which|where|of\s+which|on\s+which|whose)\b[^,.;]{0,60},\s*(?:also\s+|had\s+|has\s+)?(?:met|gathered|convened)\b"
    r"|^(?:['’]s)?\W{0,3}(?:\w+\s+){0,2}?(?:meetings?|met|meets|will\s+(?:next\s+)?meet|session|away[\s-]?day|gathered|convened|cancell?ed|"
    r"being\s+cancell?ed|postponed|called\s+off|"
    r"(?:is|was|will\s+be)\s+(?:being\s+)?held|took\s+place|takes\s+place|is\s+happening|is\s+taking\s+place|"
    r"discuss(?:es|ed)|consider(?:s|ed)|debate[sd])\b",
    re.I,
)
_MET_BEFORE = re.compile(
    r"(?:(?:meeting|session|away[\s-]?day)\s+of\s+(?:the\s+)?(?:[\w'’]+\s+){0,3}?(?:(?:and|&)\s+(?:the\s+)?)?|\bat\s+(?:the|a|an|its|their|our|this)\s+(?:[\w'’]+\s+){0,2})$",
    re.I,
)


def _met_here(text: str, b: BodyMention, sent: Sentence, hi: int | None = None) -> bool:
    """A meeting word right next to the body: "the LGA Labour group also met",
    "a meeting of the Scottish Executive", "at the special conference". The words after
    the body are read up to ``hi`` (the next body named), whose meeting words are its own."""
    return bool(_MET_AFTER.match(text[b.end : min(sent.end if hi is None else hi, b.end + 110)])) or bool(
        _MET_BEFORE.search(text[max(sent.start, b.start - 40) : b.start])) or bool(
        _MET_AS_PART.search(text[max(sent.start, b.start - 40) : b.start]))


def _relative_day(d) -> bool:
    """"tomorrow's NEC", "last Tuesday's Board": a day, though written relative to the report."""
    return bool(d.relative) and not d.relative.endswith(("month", "year", "week", "ago", *SEASON_START))


_DONE_BY = re.compile(r"\b(?:agreed|decided|approved|endorsed|adopted|set|passed|taken|carried|rejected|made)\s+by\s+"
                      r"(?:the\s+)?(?:full\s+)?$", re.I)
_IN_MONTH = re.compile(r"\s+(?:in|at\s+its|at\s+the)\s+")
_TURN_TO = re.compile(r"\s+(?:first|next|now|then)\s*[.:!]\s*")
_NO_BEFORE = re.compile(r"\b[Nn]o\s+$")
_MEETING_AFTER_BODY = re.compile(r"\s+meetings?\b")
_A_MEETING = re.compile(r"\b(?:an?|the)\s+$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
#: A quantifier before a body: its meetings in general ("every REC meeting", "each Board").
_ANY_OF = re.compile(r"\b(?:every|each|all|any)\s+$", re.I)


def _add_mention(out, text, sent, si, b, d, cancel, hypothetical, count_m, ref_date, ref_source,
                 main_body: str = "", bounds: tuple[int, int] | None = None,
                 new_dates: list[DateMention] | None = None, report_date: PartialDate | None = None,
                 ahead: bool = False) -> None:
    """Append the mention of body ``b`` (tied to date ``d`` or to none) if the sentence
    makes it a meeting: a meeting word or verb next to the body, or a day-precise date
    (``ahead``: the sentence is under a heading of dates to come)."""
    reach = max(b.end, d.end) if d is not None else b.end
    near = text[max(sent.start, b.start - 45) : min(sent.end, reach + 45)]
    # "the July NEC", "our September Board": a month naming a body's meeting
    month_named = d is not None and d.month is not None and d.day is None and 0 <= b.start - d.end <= 2
    has_noun = bool(MEETING_NOUN.search(near)) or month_named or (  # "The next SEC is in June"
        d is not None and bool(_NEXT_BODY.search(text, max(sent.start, b.start - 16), b.start)))
    has_verb = bool(HELD_VERBS.search(text[b.end : min(sent.end, reach + 40)]))
    has_verb = has_verb or bool(_AT_BODY.match(text, sent.start, b.start))  # "At the full NEC (on the 26th), ..."
    # "the 2022 budget, as agreed by the NEC in January": the body acted at a meeting then
    has_verb = has_verb or (d is not None and d.start >= b.end and bool(_DONE_BY.search(text, max(sent.start, b.start - 30), b.start)))
    # "referred to the full NEC in July": the body's meeting that month takes it
    has_verb = has_verb or (d is not None and d.start >= b.end and d.month is not None and not d.relative
                            and _IN_MONTH.fullmatch(text, b.end, d.start) is not None
                            and bool(TARGET_BEFORE.search(text, max(sent.start, b.start - 60), b.start)))
    negated = NEGATED_MEETING.search(near)
    # "why the Board did not meet on 16 July": the meeting due that day did not happen
    did_not = negated is not None and d is not None and d.precision == "day" and bool(
        _DID_NOT_MEET_ON.search(text, max(sent.start, b.end), d.start))
    if (negated and not did_not) or _WISHED_FOR.search(text, max(sent.start, b.start - 90), b.start):
        return
    if _NO_BEFORE.search(text, max(sent.start, b.start - 4), b.start) and _MEETING_AFTER_BODY.match(text, b.end):
        return  # "No REC meeting on Tuesday, but ..."
    if d is None and _MEETINGS_IN_GENERAL.match(text, b.end):
        return  # "leaking from shadow cabinet meetings": meetings in general, not one
    if _BY_CORRESPONDENCE.match(text, b.end, min(sent.end, b.end + 60)):
        return  # "In April the Board agreed by email ballot to release £15,000": decided between meetings
    if _ANY_OF.search(text, max(sent.start, b.start - 16), b.start):
        return  # "as every REC meeting has been since last spring": meetings in general, not one
    if b.body_id.startswith("clp-") and _FROM_BEFORE.search(text, max(sent.start, b.start - 8), b.start):
        return  # "Carol Benn from Knowsley CLP said she would take it to a vote on Sunday": her CLP, not its meeting
    if d is not None and _ASKED_WHETHER.search(text, sent.start, b.start):
        return  # "One member asked whether the Board would hold an extra meeting in October": not called
    event = b.body_id.startswith(("conference", "npf"))  # an event, whatever verb is used
    # "2/ Equalities Cttee first.": the account turns to that body's meeting
    turn = d is None and _TURN_TO.fullmatch(text, b.end, sent.end) is not None and _leads(text[sent.start : b.start])
    if d is None:
        here = turn or _met_here(text, b, sent, bounds[1] if bounds else None)
        if not (has_noun or has_verb or here) or hypothetical:
            return
        if b.body_id != main_body and not here:
            return  # an undated other body needs a meeting word right next to it
    elif d.precision != "day" and not _relative_day(d) and not (has_noun or has_verb or cancel or event or (
            ahead and _ITEM_START.fullmatch(text, sent.start, min(b.start, d.start)))):
        return  # (a list entry under "Dates" is a meeting: "- September, date to be confirmed: Business Board")
    qual = QUALIFIER_RX.search(text[max(sent.start, b.start - 40) : b.start])
    # status words belong to the body they stand next to, not to its neighbours
    lo_w, hi_w = bounds or (sent.start, sent.end)
    reasons = list(_REASON.finditer(text, max(lo_w, b.start - 60), b.start))
    if reasons:  # "The September Board has been cancelled because it clashes with Conference"
        lo_w = reasons[-1].start()
    so = list(_SO_CLAUSE.finditer(text, max(lo_w, b.start - 60), b.start))
    if so:  # "... before the CLP meetings later this month, so here is my write-up of Saturday's Regional Board"
        lo_w = so[-1].end()
    window = text[max(lo_w, b.start - 60) : min(hi_w, max(b.end, d.end if d is not None else 0) + 80)]
    lead_at = min(b.start, d.start) if month_named else b.start  # ("deferred to the September NEC")
    target = d is not None and bool(TARGET_BEFORE.search(text[max(sent.start, lead_at - 60) : lead_at]))
    if target:
        window += " next meeting"  # "deferred to the commission's November meeting": still to come
    tense = None
    if d is not None:  # the words that tie the date to the body carry the tense
        tense = text[b.end : d.start] if d.start >= b.end else text[d.end : min(sent.end, b.end + 25)]
        if not re.search(r"[a-z]{3,}", tense.replace(" the ", " ")):
            t0 = max(sent.start, min(b.start, d.start) - 25)
            while t0 > sent.start and text[t0 - 1].isalnum():
                t0 -= 1  # from a word's start: "are standing", not "re standing"
            tense = text[t0 : min(sent.end, max(b.end, d.end) + 20)]
    lead = _leads(text[sent.start : b.start]) and not MINUTES_OF.search(text[max(sent.start, b.start - 40) : b.start]) \
        and not REPORT_OF.search(text, max(sent.start, b.start - 40), b.start) \
        and not _OBJECT_THAT.search(text, max(sent.start, b.start - 16), b.start)  # ("X reported on the Women's Forum, which met")
    # (nor the subject of a clause about a thing: "It closely follows the draft that the Organisation
    # Sub-Committee agreed when it met on the 12th of last month")
    # "SOUTH EAST REC, SATURDAY 15 MARCH", "Health and Care Policy Commission (Saturday afternoon)"
    heading = lead and d is not None and (d.precision == "day" or d.relative.endswith(" ago today") or (
        d.relative == ORDINAL_DAY and d.day is not None and (d.weekday is not None or bool(_DAY_LABEL.match(text, sent.start, sent.end))))
        or (d.weekday is not None and d.start >= b.end))  # ("THE 12TH | Org Sub | Teams": a diary's heading)
    # "The CAC met on Sunday morning at half past seven": the sentence opens that meeting's account
    met_on = d is not None and d.precision == "day" and bool(MET_VERB_AFTER.match(text, b.end, sent.end))
    describes = (bool(MEETING_NOUN.search(near)) or month_named or heading or met_on or turn) and not REPORT_OF.search(
        text, max(sent.start, b.start - 40), b.start) and not (  # ("her report of the Business Board meeting": told of)
        _PERFECT_MET.match(text, b.end, sent.end))  # "The working group has met twice, on 4 July and ...": background
    moved = _moved(text, reach, max(hi_w, reach), d, new_dates or []) if d is not None else None
    if moved and not target:
        window = "cancelled " + window  # "the awayday planned for Sat 18 April has been postponed to June": not held then
        d = moved[0]
    elif did_not:
        window = "cancelled " + window
    out.append(_make(si, b.start, b.end, b.body_id, d, window, ref_date, ref_source, describes and lead,
                     qual.group("q").lower() if qual else "",
                     _COUNTS[count_m.group("n").lower()] if count_m and sent.start + count_m.start() < b.start else 1,
                     anchor=has_verb or has_noun or heading, lead=lead, tense_window=tense, report_date=report_date,
                     ahead=ahead, sentence=text[sent.start : sent.end]))
    if moved and moved[1] is not None:  # ... and the new date it was put back to, still to come
        out.append(_make(si, b.start, b.end, b.body_id, moved[1], "next meeting", ref_date, ref_source, False, "", 1,
                         anchor=True))


#: A date of a document, not of a meeting: "after my January email", "in my 12 March update".
_DOCUMENT_AFTER_DATE = re.compile(r"['’]?s?\s+(?:e-?mail|post|blog(?:\s+post)?|update|newsletter|bulletin|letter|"
                                  r"article|column|message|thread|round-?up)s?\b", re.I)
def heading_days(text: str, sentences: list[Sentence], headings: list[str],
                 ref: PartialDate | None, *, written: PartialDate | None = None,
                 labels: dict[int, PartialDate] | None = None) -> dict[int, PartialDate]:
    """A diary's entries: the sentences under a heading that is only a day ("SATURDAY 7
    OCTOBER", "Tuesday 10th"), with that day, against which their "this morning", "yesterday"
    and "tomorrow" are read. ``written``: the day the text says it was written ("Thurs 26.9.24"
    signing it off), before which a diary whose weekday headings nothing else dates ends. ``labels``,
    when given, gets the day of each heading that is a day with what happened on it ("THE 16TH –
    Regional Board, Manchester"), read against the entries before it, against which that heading's
    own date is read."""
    out: dict[int, PartialDate] = {}
    day, under, last = None, "", None
    lists: set[str] = set()  # the lines ending in a colon that head lists within the entry
    entry: list[int] | None = None  # the sentences of the entry under the current day heading
    dated: list[tuple[list[int], PartialDate]] = []  # each entry with its day
    unpinned: list[tuple[int, list[int]]] = []  # (weekday, entry) of weekday headings before the first dated one
    for si, sent in enumerate(sentences):
        line = text[sent.start : sent.end]
        if headings[si] and line == headings[si] and entry is not None and line.rstrip().endswith(":") and \
                not _WEEKDAY_ALONE.fullmatch(line):
            lists.add(line)  # "Monday" / "CAC at 8am. Three quick things:" / "1. ...": a list within the entry
            entry.append(si)
        elif headings[si] and line == headings[si]:
            day, under, lists, entry = None, line, set(), None
            wd = _WEEKDAY_ALONE.fullmatch(line)
            if wd:  # "SATURDAY": the next such day after the entry before, or a day of the week the text spans
                weekday = P.WEEKDAYS[wd.group(1).lower()]
                first = not unpinned and last is None
                day = last = _weekday_heading(text[: sent.start], weekday, last, ref)
                if day is None:  # "Friday" / "Arrived in Brighton on Friday 20 September": the entry dates itself
                    day = last = _entry_own_day(text, sentences, headings, si, weekday, ref) or _arrived_before(
                        text, sentences, si, weekday, ref, first=first)
                entry = []
                if day is None:
                    unpinned.append((weekday, entry))
                else:
                    dated.append((entry, day))
                    # "Saturday" / ... / "Sunday – Day 1" / "Conference opened on Sunday 30 September": the
                    # entries before are the days before it, counted back
                    dated += _count_back(unpinned, day)
                    unpinned = []
                continue
            line = _PLACE_AFTER_DAY.sub("", line)  # "Saturday 20 June (Zoom, 10am to 1.40pm)": a day, and how
            labelled = _DAY_LABEL.match(line)  # "THE 16TH – Regional Board, Manchester": a day, and its meeting
            if labelled:
                line = labelled.group("day")
            if len(line) > 40 or not any(ch.isdigit() for ch in line):
                continue  # (only a short line with a day's number can be a day alone)
            ds = [d for d in find_dates(line) if not d.relative or d.relative == ORDINAL_DAY]
            if len(ds) == 1 and ds[0].day is not None and not re.search(  # ("THE 16TH –": a day alone)
                    r"[a-z]{2}", re.sub(r"^\W*the\s", "", line[: ds[0].start], flags=re.I) + line[ds[0].end :], re.I):
                if ds[0].relative and last is not None:  # "TUESDAY 10th" after "MONDAY 9th": the next 10th
                    nxt = next((last.first_day() + dt.timedelta(days=k) for k in range(1, 32)
                                if (last.first_day() + dt.timedelta(days=k)).day == ds[0].day), None)
                    day = PartialDate(nxt.year, nxt.month, nxt.day) if nxt is not None else None
                else:
                    day = resolve(ds[0], ref)[0]
                day = last = day if day is not None and day.precision == "day" else None
                if day is not None and labelled:
                    if labels is not None:
                        labels[si] = day
                elif day is not None:
                    entry = []
                    dated.append((entry, day))
        elif entry is not None and (headings[si] == under or headings[si] in lists):
            entry.append(si)
    if unpinned and last is None and written is not None and written.precision == "day":
        after = written.first_day() + dt.timedelta(days=1)  # ("SAT" ... "WEDS" / "written ... Thurs 26.9.24")
        dated += _count_back(unpinned, PartialDate(after.year, after.month, after.day))
    for sis, d in dated:
        out.update(dict.fromkeys(sis, d))
    return out


#: A meeting's hour after its body: "CAC at eight", "CAC at 7.45am", "NEC at half past ten".
_AT_HOUR = re.compile(r",\s*\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|"  # ("CAC, 7.45am, Dermot back in the chair")
                      r"\s+(?:met\s+)?at\s+(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?|half\s+(?:past\s+)?\w+|"
                      r"(?:quarter\s+(?:past|to)\s+)?(?:seven|eight|nine|ten|eleven|twelve|noon|midday)|one|two|three|four"
                      r"|five|six)\b(?!\s+(?:of|members|votes))", re.I)
#: The author saying which body they sit on: "I sit on the Economy commission", "I'm on the Org Sub".
_I_SIT_ON = re.compile(r"\bI\s+(?:also\s+)?(?:sit|serve)\s+on\b|\bI['’]m\s+(?:also\s+)?on\s+(?:the|our)\b|"
                       r"\bI\s+am\s+(?:also\s+)?(?:a\s+member\s+of|on)\s+(?:the|our)\b")
#: The first words of a meeting's account: "Thirty-one members logged in.", "Present: ...", "Jo chaired."
_ENTRY_MEETS = re.compile(r"\b(?:logged\s+in|(?:were\s+)?present|apologies|quorate|chaired|in\s+the\s+chair|attended|"
                          r"turned\s+up|made\s+it)\b", re.I)
_PLACE_AFTER_DAY = re.compile(r"\s*\([^()\n]{1,60}\)\s*$")
#: A heading of a day's meeting with no body named: "Tuesday 7 July (Zoom, 6.30pm to 8.15pm): special meeting".
_DAY_MEETING_HEADING = re.compile(r"\W*(?P<day>[^():–—]{4,40}?)\s*(?:\([^()]{1,60}\))?\s*[:–—-]\s*"
                                  r"(?:(?:a|the|our)\s+)?(?P<q>special|extraordinary|emergency)\s+meeting\W*", re.I)
#: A diary heading of a day of the month and what happened on it: "THE 16TH – Regional Board, Manchester".
_DAY_LABEL = re.compile(r"(?P<day>\W*(?:(?:the|[a-z]{3,9}\.?)\s+)?\d{1,2}(?:st|nd|rd|th)\s*[–—:|-])\s+\w", re.I)
#: A meeting's own day that did not happen: "the Board did not meet on 16 July".
_DID_NOT_MEET_ON = re.compile(r"(?:did\s+not|didn['’]t)\s+meet\s+on\s+(?:the\s+)?$", re.I)
_AGAIN = re.compile(r"\bagain\b", re.I)
#: The body's latest meeting, not one in a year named just before: "The last time the forum met, online in February".
_LATEST = re.compile(r"\b(?:the\s+last\s+time|last\s+met|most\s+recent(?:ly)?|latest)\b", re.I)
_HOUR_LEAD = re.compile(r"\W*\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)?\s*[–—:-]\s")
_TIME_ALONE = re.compile(r"\W*\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)\W*")
#: A diary entry's first line naming its meeting, then where and when: "Full Regional Board, UNISON offices, Leeds".
_ENTRY_LABEL = re.compile(r"\s*(?:[,:(–—]|-\s|\.?\s*$)")
_HOUR_WORD = re.compile(r"\b\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)\b|\b(?:morning|afternoon|evening|breakfast|lunchtime)\b", re.I)
#: A heading that is only a day of the week: "SATURDAY", "Sunday – Day 1", "Day 0 – Saturday", "3.2 Monday", "WEDS".
_WEEKDAY_ALONE = re.compile(rf"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:Day\s+\d+\s*[–—:-]\s*)?"
                            rf"({P.WEEKDAY_NAMES}|Mon|Tues?|Weds?|Thurs?|Thu|Fri|Sat|Sun)"
                            rf"(?:\s*[–—:-]\s*Day\s+\d+)?\W*", re.I)


def _count_back(unpinned: list[tuple[int, list[int]]], day: PartialDate) -> list[tuple[list[int], PartialDate]]:
    """The days of the entries under weekday headings read before the first heading whose
    day is known (``day``): each is the last such weekday before the entry after it."""
    out = []
    after = day.first_day()
    for weekday, entry in reversed(unpinned):
        after = weekday_beside(after, weekday, after=False)
        out.append((entry, PartialDate(after.year, after.month, after.day)))
    return out


def _arrived_before(text: str, sentences: list[Sentence], si: int, weekday: int, ref: PartialDate | None,
                    *, first: bool) -> PartialDate | None:
    """The day a diary's first weekday heading stands for when the two sentences before it
    give a full date with its weekday ("We both got to Liverpool on Friday 23 September." /
    "Day 0 – Saturday"): the first such weekday after it, a day or two later."""
    if not first or si == 0:
        return None
    prev = text[sentences[max(0, si - 2)].start : sentences[si - 1].end]  # (the last two sentences)
    for m in reversed(find_dates(prev)):
        if m.day is None or m.month is None or m.weekday is None or m.relative or m.end_day is not None:
            continue
        span, _ = resolve(m, ref)
        if span is not None and span.precision == "day":
            d = weekday_beside(span.first_day(), weekday, after=True)
            return PartialDate(d.year, d.month, d.day) if (d - span.first_day()).days <= 2 else None
        return None
    return None


def _entry_own_day(text: str, sentences: list[Sentence], headings: list[str], si: int, weekday: int,
                   ref: PartialDate | None) -> PartialDate | None:
    """The day a weekday heading stands for when its entry's first lines give that weekday's
    full date ("Friday" / "Arrived in Brighton at teatime on Friday 20 September")."""
    under = headings[si]
    for k in range(si + 1, min(si + 4, len(sentences))):
        if headings[k] != under or text[sentences[k].start : sentences[k].end] == headings[k]:
            break
        for m in find_dates(text[sentences[k].start : sentences[k].end]):
            if m.day is None or m.month is None or m.relative:
                continue
            span, _ = resolve(m, ref)
            if span is not None and span.precision == "day" and span.first_day().weekday() == weekday:
                return span
    return None


def _weekday_heading(before: str, weekday: int, last: PartialDate | None,
                     ref: PartialDate | None) -> PartialDate | None:
    """The day a heading that is only a weekday ("SATURDAY") stands for in a diary: the first
    such day after the entry before it, or, for the first entry, the day of that weekday in a
    run of days the text gave before ("Conference ran from Saturday 21 to Wednesday 25
    September"). None when neither fixes it."""
    if last is not None:
        d = weekday_beside(last.first_day(), weekday, after=True)
        return PartialDate(d.year, d.month, d.day)
    for m in find_dates(before):
        if m.day is None or m.end_day is None or m.relative:
            continue
        span, _ = resolve(m, ref)
        if span is None or span.precision != "day":
            continue
        start = span.first_day()
        for k in range(m.end_day - m.day + 1):
            d = start + dt.timedelta(days=k)
            if d.weekday() == weekday:
                return PartialDate(d.year, d.month, d.day)
    return None


def _days_of_year_only(tied: dict[int, list[DateMention]], dates: list[DateMention], ref_date: PartialDate) -> None:
    """"Regional conference is going back to Blackpool next year, from Saturday 2nd to Sunday
    3rd March", "Annual Conference 2020 will not go ahead ... It had been due to open there on
    Saturday 19 September": a body dated only by a year ("next year", "2020") takes the day the
    sentence gives after it, in that year, when no other body has that day."""
    taken = {id(d) for ds in tied.values() for d in ds}
    for bi, ds in tied.items():
        if len(ds) != 1 or ds[0].month or not (
                (ds[0].relative in ("next year", "last year")) or (ds[0].year and not ds[0].relative)):
            continue  # ("Annual Conference 2020 will not go ahead ... It had been due to open on Saturday 19 September")
        day = next((d for d in dates if d.start > ds[0].end and id(d) not in taken and d.year is None
                    and d.month is not None and d.day is not None and not d.relative), None)
        if day is not None:
            year = ds[0].year or ref_date.year + (1 if ds[0].relative == "next year" else -1)
            tied[bi] = [replace(day, year=year)]


#: A decision taken between meetings: "agreed by email ballot", "by correspondence".
_BY_CORRESPONDENCE = re.compile(r"\s+(?:\w+\s+){0,2}?(?:agreed|decided|approved|voted)\s+(?:\w+\s+)?by\s+"
                                r"(?:an?\s+)?(?:e-?mail|correspondence|written\s+procedure|online\s+ballot)\b", re.I)
_ACRONYM_AFTER = re.compile(r"\s*\(")
#: "... on Sunday 8 October, with Women's Conference on Saturday 7 October": the date closes its clause.
_WITH_NEXT = re.compile(r"\s*,\s*(?:with|while|whereas)\s+")
#: A CLP's general committee named by its place: "Exeter's general committee".
_CLPS_GC = re.compile(r"\b(?P<clp>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?:general\s+committee|GC|executive\s+committee)\b")
#: A named branch's or ward's meeting: "the Heavitree branch meeting".
_BRANCH_MEETING = re.compile(r"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?P<kind>branch|ward)\s+meeting\b")
_MEETINGS_IN_GENERAL = re.compile(r"\s+meetings\b(?!\s+(?:on|in|of)\s+(?:\d|[A-Z]))")
#: A sentence opening with a pronoun that met: "It met last Tues (18/1)", "They met on 4 May".
PRONOUN_MET = re.compile(r"\W*(?:\d{1,2}/\s*)?(?P<p>It|They)\s+(?:(?:also\s+|first\s+|last\s+|then\s+)?met\b|"
                          r"(?:had\s+been|has\s+been|was|is|were|are)\s+(?:due|scheduled|planned|set|expected)\s+to\s+"
                          r"(?:meet|(?P<ev>open|take\s+place|be\s+held|start|begin))\b)")
_PERFECT_MET = re.compile(r"\s+(?:has|have|had)\s+(?:now\s+|already\s+|also\s+|since\s+)?met\b", re.I)
MET_VERB_AFTER = re.compile(r"\s+(?:(?:also|then|next|first|again)\s+)?(?:met|gathered|convened|opened(?=\s+(?:at|on|in|with)\b))\b", re.I)


_LEAD = re.compile(
    r"^\W*(?:(?:subsequently|then|later|meanwhile|finally|also|other\s+business\s+considered|"
    r"business\s+(?:considered|taken)|items?\s+(?:considered|taken)|at|in|during|on|the|our|this|its|a|an|"
    r"labour['’]s|special|formal|full|first|second|next|(?:pre|post)-conference|(?:\w+\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+|"
    r"\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)|\d{1,2}[.:][0-5]\d|"  # ("8am, CAC, a small room off the hall", "10.00 – full NEC")
    r"\d{1,2}(?:st|nd|rd|th)?|meeting\s+of(?:\s+the)?)[\s,–—:|]+){0,6}$",
    re.I,
)


#: A body as the subject of a relative clause about a thing: "the draft that the | Sub-Committee agreed".
_OBJECT_THAT = re.compile(r"\b(?:draft|paper|report|proposals?|motion|text|document|recommendations?|rules?|"
                          r"timetable|procedures?|guidance)\s+(?:that|which)\s+(?:the\s+)?$", re.I)
#: The agent of a passive, before its body: "That restriction was agreed by the | NEC".
PASSIVE_BY = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?\w+(?:ed|en|wn)\s+by\s+(?:the\s+|our\s+|its\s+)?$", re.I)
_NUMBERING = re.compile(rf"^\W*(?:(?:\d{{1,2}}|[ivx]{{1,4}})[.)]\s+|\d{{1,2}}/\s+|{_PART_LABEL})", re.I)  # "1. ", "6/ ", "PART ONE: "


#: A label in capitals of up to three words before a colon, opening a heading.
_LABEL = re.compile(r"^[^\w]*(?:(?:[A-Z0-9'’-]+\s+){0,2}[A-Z0-9'’-]+|[A-Z][a-z'’-]+(?:\s+[a-z'’-]+){0,2}):\s+")  # ("Matters arising: ")


def _leads(before: str) -> bool:
    """True when only framing words stand before a mention in its sentence."""
    before = _NUMBERING.sub("", before, count=1)  # "1. ORGANISATION COMMITTEE, TUESDAY 19 MARCH"
    before = _LABEL.sub("", before, count=1)  # "CATCHING UP: OUR MARCH MEETING"
    # (not the agent of a passive: "That restriction was agreed by the | NEC on 12 July")
    return len(before) <= 70 and bool(_LEAD.match(before)) and not PASSIVE_BY.search(before)


PAST_CUE = re.compile(
    r"\b(?:met|was\s+held|were\s+held|took\s+place|took|had|was|were|agreed|decided|voted|heard|"
    r"considered|discussed|received|noted|approved|opened|elected|passed|carried|deferred|ran|decision|"
    r"decisions|resolution|arising|previous|last)\b",
    re.I,
)
#: A past meeting verb joining a body to its date: "The JPC met on Monday 11 March".
#: ... or a past decision verb: "which the Board agreed in January to hold in Bristol".
_MET_ON = re.compile(r"^\s*(?:met|was\s+held|took\s+place|(?:agreed|decided|voted|resolved|approved)(?=\s+(?:on|in|at)\b))"
                     r"\s+(?:(?:on|in|at|online)\s+)?(?:the\s+)?$", re.I)
PRESENT_CUE = re.compile(
    r"\b(?:is|are|runs|run|takes\s+place|begins|starts|opens|meets|will|shall|due|planned|expected)\b", re.I
)


#: A heading over dates to come: "Dates for the diary", "Key dates", "Coming up", "Future meetings".
DIARY_HEADING = re.compile(
    r"^\W*(?:(?:(?:key|future|forthcoming|upcoming|coming|important|diary|next)\s+)?dates?"
    r"|(?:future|forthcoming|upcoming|next)\s+(?:meetings|events))"
    r"(?:\s+(?:for\s+(?:the|your)\s+diary|coming\s+up|ahead|to\s+come|to\s+note))?\W*$"
    r"|^\W*(?:coming\s+up|looking\s+ahead|in\s+the\s+diary|diary)\W*$", re.I)


def _tenseless(sentence: str) -> bool:
    """No word of tense in the sentence: a label or list entry ("Regional conference: Reading, in October")."""
    return not (PAST_CUE.search(sentence) or PRESENT_CUE.search(sentence) or _FUTURE.search(sentence))


_FUTURE = re.compile(r"\b(?:will|shall|won['’]t|is\s+going\s+to|are\s+going\s+to)\b", re.I)


def _make(si, start, end, body_id, d, window, ref_date, ref_source, describes, qual, count, *, anchor, lead=False,
          tense_window: str | None = None, report_date: PartialDate | None = None, ahead: bool = False,
          sentence: str = "") -> MeetingMention:
    """A mention; ``ref_date`` completes the date ("in June" after "the 2021 women's
    conference"), ``report_date`` (default ``ref_date``) is what a later date is still to come from."""
    status = _status(window, None, None)
    cues_read = True  # (the window's cue words are read: a held meeting's status now turns on its date alone)
    if status == "scheduled" and tense_window is not None and _MET_ON.match(tense_window):
        window = tense_window  # "The JPC met on Monday 11 March and agreed ... the next stage": the verb before its date
        status, cues_read = "held", False
    date, inferred, src, date_end, weak = None, False, "", None, False
    if d is not None:
        local = tense_window if tense_window is not None else window
        past = status == "held" and PAST_CUE.search(local)  # (read once for the tests below)
        if status != "held":
            direction = _direction(status)
        elif not past and PRESENT_CUE.search(local):
            # "Annual Conference is in Brighton from 27 September", "..., which runs from 25th September"
            direction = "future"
        elif not past and ahead:
            direction = "future"  # "Dates for the diary: ... Annual Conference, Liverpool, in September"
        elif not past and d.day is not None:
            direction = "nearest"  # a day in a bare list entry
        elif not past and _FUTURE.search(window) and not PAST_CUE.search(window):
            direction = "future"  # "Ballots will open in October, after Annual Conference in September"
        else:
            direction = "past"  # reports recount: an undated-year meeting lies before the report
            weak = bool(sentence) and _tenseless(sentence)
        date, inferred = resolve(d, ref_date, direction=direction)
        weak = weak and inferred
        if date is not None:
            src = (ref_source or "inferred") if d.relative else ("inferred" if inferred else "text")
            date_end = d.end_day
    if status == "held":
        ref = report_date or ref_date
        status = _dated_status(date, ref) if cues_read else _status(window, date, ref)
        if (status == "scheduled" and ref_source == "title" and tense_window is not None
                and _MET_ON.match(tense_window) and not SCHEDULED_CUE.search(window)):
            status = "held"  # "met the following Tuesday" in a report dated by its title's meeting: told as past
        if (status == "scheduled" and ref_source == "text" and _TOLD_PAST.match(tense_window or window)
                and not SCHEDULED_CUE.search(window) and not _FUTURE.search(tense_window or window)):
            # a report dated by the first meeting it tells of ("The Northern REC met on Sat 14.3.26"): "and
            # regional conference was on the Sunday" is told as past, so the report was written after it
            status = "held"
    return MeetingMention(si, start, end, body_id, date, date_end, src, status, qualifier=qual, count=count,
                          anchor=anchor, lead=lead, describes=describes, weak=weak)


_TOLD_PAST = re.compile(r"\s*(?:was|were|took\s+place|met)\b(?!\s+(?:to\s+be|due|going|planned|scheduled|expected))", re.I)
PUBLICATION_SOURCES = ("url", "manifest", "text", "inferred")


def main_meeting_date(ref_date: PartialDate | None, ref_source: str) -> PartialDate | None:
    """The date a report's own date gives its main meeting: a title date as it is; a
    publication date (URL, manifest, dateline) only to the month, since a report is
    often published days after the meeting."""
    if ref_date is None:
        return None
    if ref_source in PUBLICATION_SOURCES and ref_date.precision == "day":
        return PartialDate(ref_date.year, ref_date.month)
    return ref_date


def _family(body: str) -> str:
    return body if body.startswith("rec-") or not body else body.split("-")[0]


def _covers(title_date: PartialDate, lm: LocalMeeting) -> bool:
    if lm.date is None:
        return True
    a, b = title_date.iso(), lm.date.iso()
    return a.startswith(b) or b.startswith(a)


def _just_before(lm: LocalMeeting, title_date: PartialDate, main_body: str) -> bool:
    """A held meeting of the report's body on a day in the ten before its title's ("NEC report –
    22 March 2012" / "The NEC met on Tuesday 20 March"): the title is dated when it was written."""
    if lm.body_id != main_body or lm.date is None or lm.date.precision != "day" or title_date.precision != "day":
        return False
    return 0 < (title_date.first_day() - lm.date.first_day()).days <= 10


def is_special(lm: LocalMeeting) -> bool:
    """A meeting called as special, extraordinary or emergency ("the special SEC held a
    fortnight later"): not the regular meeting a report covers when it covers both."""
    return any(m.qualifier in ("special", "extraordinary", "emergency") for m in lm.mentions)


def _dated_meetings(body: str, ms: list[MeetingMention]) -> list[LocalMeeting]:
    """The meetings of one body that its dated mentions give: one per day; one per month
    with no day meeting in it (or as many more as a sentence counts: "two meetings took
    place in September"); one per year with no finer meeting in it."""
    day: dict[str, LocalMeeting] = {}
    for m in ms:
        if m.date is not None and m.date.precision == "day":
            lm = day.setdefault(m.date.iso(), LocalMeeting(
                f"{body}|{m.date.iso()}", body, m.date, m.date_end, m.status, m.date_source))
            lm.mentions.append(m)
    for lm in sorted(day.values(), key=lambda x: x.date.iso()):
        if lm.date_end is None or lm.key not in {x.key for x in day.values()}:
            continue
        for k, other in list(day.items()):  # "from Friday 13th to Sunday 15th July" ... "on the Saturday"
            d = other.date
            if other is not lm and (d.year, d.month) == (lm.date.year, lm.date.month) and lm.date.day < d.day <= lm.date_end:
                lm.mentions.extend(other.mentions)
                del day[k]
    month: dict[str, list[MeetingMention]] = {}
    for m in ms:
        if m.date is not None and m.date.precision == "month":
            month.setdefault(m.date.iso(), []).append(m)
    out = list(day.values())
    for iso, mm in month.items():
        in_month = [lm for k, lm in day.items() if k.startswith(iso)]
        wanted = max(m.count for m in mm)
        extra = max(0, wanted - len(in_month)) if wanted > 1 else (0 if in_month else 1)
        if extra:
            # the counting sentence names the extra meeting; other mentions of the month
            # refer to the day-dated meeting when there is one
            own = [m for m in mm if m.count > 1] if in_month else list(mm)
            out.append(LocalMeeting(f"{body}|{iso}", body, own[0].date, None, own[0].status,
                                    own[0].date_source, own))
            for m in mm:
                if m not in own:
                    in_month[0].mentions.append(m)
        else:
            in_month[0].mentions.extend(mm)
    held = [lm for lm in out if lm.status == "held"]
    latest = max(held, key=lambda lm: lm.date.first_day()) if held else None
    for m in ms:
        if m.date is not None and m.date.precision == "year":
            iso = m.date.iso()
            # ("When we last met in the spring": a meeting before the latest one that year, not it)
            hosts = [lm for lm in out if lm.date.iso().startswith(iso)
                     and not (m.qualifier in RECALLED_QUALIFIERS and (lm is latest or lm.status != "held"))]
            # ("the autumn meeting" still to come: that year's meeting still to come, not the one held)
            host = next((lm for lm in hosts if lm.status == m.status), hosts[0] if hosts else None)
            if host is None:
                host = LocalMeeting(f"{body}|{iso}", body, m.date, None, m.status, m.date_source)
                out.append(host)
            host.mentions.append(m)
    return out


_PRECISION = {"year": 0, "month": 1, "day": 2}


def _join_event_days(meetings: list[LocalMeeting]) -> list[LocalMeeting]:
    """A forum or conference held over a weekend is one meeting, dated by its first day: the
    days told of only by their weekday ("Keir spoke to the forum on Saturday morning",
    "Sunday's plenary") within two days after the day the text names join it (four for Annual Conference). (Two events on
    days the text names, "a special conference on Saturday 25th" and "Annual Conference, which
    opens on Sunday 26th", stay two.)"""
    out: list[LocalMeeting] = []
    first: dict[str, LocalMeeting] = {}
    for lm in sorted(meetings, key=lambda x: (x.body_id, x.date.first_day() if x.date else dt.date.min, x.key)):
        day = lm.status == "held" and lm.date is not None and lm.date.precision == "day" and (
            lm.body_id.startswith("conference") or lm.body_id == "npf")
        head = first.get(lm.body_id) if day else None
        span = 4 if lm.body_id == "conference" else 2  # (Annual Conference runs from a weekend to the Wednesday)
        if (head is not None and 0 < (lm.date.first_day() - head.date.first_day()).days <= span
                and lm.mentions and all(m.date_source == "url" for m in lm.mentions)):
            head.mentions.extend(lm.mentions)
            continue
        if day and lm.body_id not in first:
            first[lm.body_id] = lm
        out.append(lm)
    return out  # (in no order: the caller sorts its meetings)


def _settle(lm: LocalMeeting) -> None:
    """A meeting's status from all its mentions (held wins, then cancelled), and its
    date's source from the mentions that gave the date at its precision. A mention dated
    less precisely than the meeting ("Item 10: Regional conference 2012") has no say on its
    status when a more precise one has ("will be held ... on Saturday 10 November 2012")."""
    statuses = {m.status for m in lm.mentions if m.date is None or lm.date is None
                or _PRECISION[m.date.precision] >= _PRECISION[lm.date.precision]}
    statuses = statuses or {m.status for m in lm.mentions}
    if "cancelled" in statuses and lm.status == "cancelled" or ("cancelled" in statuses and "held" not in statuses):
        lm.status = "cancelled"
    elif "held" in statuses:
        lm.status = "held"
    srcs = [m.date_source for m in lm.mentions
            if m.date is not None and lm.date is not None and m.date.precision == lm.date.precision]
    if srcs:
        lm.date_source = "text" if "text" in srcs else srcs[0]


def group_meetings(
    mentions: list[MeetingMention],
    *,
    main_body: str,
    ref_date: PartialDate | None,
    ref_source: str,
    has_content: bool,
    title_date: PartialDate | None = None,
    title_end: int | None = None,
) -> list[LocalMeeting]:
    """Group one report's mentions into its meetings (see the module docstring).

    ``title_date`` is a date the report's title gives (with ``title_end`` for a range):
    the main body's meeting on that date is added when no held meeting of the body's
    family in the text already covers it. Undated mentions of a body join its latest
    held meeting (a report recalls earlier meetings but covers the latest one); when the
    body has none, they make one meeting dated by the report's own date, if the body is
    the report's main body."""
    main_date = title_date or main_meeting_date(ref_date, ref_source)
    main_source = "title" if title_date is not None else ref_source
    named_dates: dict[str, str] = {}
    for m in mentions:  # (a day: "our September meeting" is not Annual Conference in September)
        if not m.generic and m.date is not None and m.date.precision == "day":
            named_dates.setdefault(m.date.iso(), m.body_id)
    for m in mentions:  # "the 6th October meeting" is the meeting the report names on that day
        if m.generic and m.date is not None and m.date.iso() in named_dates and not (m.owned and m.date.day is None):
            m.body_id = named_dates[m.date.iso()]  # (not "the Forum ... for its May meeting": the Forum's)
    family = _family(main_body)
    year_of_report = PartialDate(ref_date.year) if ref_date is not None and ref_source in ("title", "url", "manifest", "text") else None
    for m in mentions:  # "the Board ... this year", in a report of this year: no more than undated
        if (m.status == "held" and m.date is not None and m.date.precision == "year" and m.date == year_of_report
                and main_body and m.body_id == main_body and m.qualifier not in RECALLED_QUALIFIERS):
            m.date = None
    by_body: dict[str, list[MeetingMention]] = {}
    for m in mentions:
        by_body.setdefault(m.body_id, []).append(m)
    dated = {body: _dated_meetings(body, ms) for body, ms in by_body.items()}
    if title_date is not None:  # "Labour NEC Report – 4 to 9 March": the committees that met then
        for body, ms in by_body.items():
            if body != main_body and body.startswith(family + "-") and not _SUB_GROUP_ID.search(body) and not any(
                lm.status == "held" for lm in dated[body]
            ):
                undated_held = [m for m in ms if m.date is None and m.status == "held"
                                and m.qualifier not in RECALLED_QUALIFIERS]
                if undated_held:
                    dated[body].append(LocalMeeting(f"{body}|{title_date.iso()}|title", body, title_date, title_end,
                                                    "held", "title", undated_held))
                    for m in undated_held:
                        m.date = title_date
    family_held = [lm for body, lms in dated.items() for lm in lms if lm.status == "held"
                   and (body == family or body.startswith(family + "-"))]
    title_counts = title_date is not None and (
        title_date.precision == "day" or not any(lm.date is not None for lm in family_held))
    if main_body and title_counts and not any(_covers(title_date, lm) or _just_before(lm, title_date, main_body)
                                              for lm in family_held):
        dated.setdefault(main_body, []).append(
            LocalMeeting(f"{main_body}|title", main_body, title_date, title_end, "held", "title", [], implicit=True))
    meetings: list[LocalMeeting] = []
    for body, lms in dated.items():
        undated = [m for m in by_body.get(body, []) if m.date is None]
        main_undated: LocalMeeting | None = None
        for m in undated:
            held = [lm for lm in lms if lm.status == "held" and lm.date is not None]
            if m.qualifier in RECALLED_QUALIFIERS:
                # "the previous NEC meeting": the body's held meeting before the latest one, when
                # the report dates one ("the July NEC meeting"); else it stays unnamed
                if held:
                    latest = max(held, key=lambda lm: lm.date.first_day())
                    before = [lm for lm in held if lm.date.last_day() < latest.date.first_day()]
                    if before:
                        max(before, key=lambda lm: lm.date.last_day()).mentions.append(m)
                continue
            if m.qualifier in DISTINCT_QUALIFIERS and held:
                same = [lm for lm in lms if any(x.qualifier == m.qualifier for x in lm.mentions)]
                if same:  # "the special NEC agreed" after "a special NEC on 12th January"
                    same[0].mentions.append(m)
                else:
                    lms.append(LocalMeeting(f"{body}|{m.qualifier}|{m.start}", body, year_of_report, None, m.status,
                                            "inferred" if year_of_report else "", [m]))
                continue
            ahead = [lm for lm in lms if lm.status == "scheduled" and lm.date is not None and lm.mentions
                     and lm.first_pos < m.start]
            if m.status == "held" and not held and body != main_body and not m.describes and len(ahead) == 1:
                # "... will be held on 9 April. The Leader is invited to speak at the conference":
                # the conference named before, still to come
                ahead[0].mentions.append(replace(m, status="scheduled"))
                continue
            if m.status == "held" and held:  # (a special meeting after the regular one is not the one covered)
                max(held, key=lambda lm: (not is_special(lm), lm.date.first_day())).mentions.append(m)
            elif m.status != "held" and not any(lm.status == m.status for lm in lms):
                lms.append(LocalMeeting(f"{body}|{m.status}|undated", body, year_of_report, None, m.status,
                                        "inferred" if year_of_report else "", [m]))
            elif m.status == "held":
                if main_undated is None:
                    main_undated = LocalMeeting(f"{body}|undated", body, year_of_report, None, "held",
                                                "inferred" if year_of_report else "", [])
                    if body == main_body and main_date is not None:
                        main_undated = LocalMeeting(f"{body}|{main_date.iso()}|main", body, main_date,
                                                    title_end if title_date else None, "held", main_source, [])
                    lms.append(main_undated)
                main_undated.mentions.append(m)
        for lm in lms:
            _settle(lm)
        meetings.extend(lms)
    meetings = _join_event_days(meetings)
    family_held = [lm for lm in meetings if lm.status == "held"
                   and (lm.body_id == family or lm.body_id.startswith(family + "-"))]
    if main_body and has_content and not family_held:
        meetings.append(LocalMeeting(f"{main_body}|implicit", main_body, main_date, None, "held",
                                     main_source if main_date else "", [], implicit=True))
    meetings.sort(key=lambda lm: (lm.first_pos if lm.mentions else -1, lm.key))
    return meetings
