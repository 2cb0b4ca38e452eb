"""Every regular expression of the extractors, compiled once, named for what it matches.

Vocabulary that a curator may want to extend (outcome words, body aliases, people) lives
in ``data/reference/``; the patterns here are the grammar of dates, sentences and
meetings that every report shares.
"""

from __future__ import annotations

import re

#: Welsh month names, as Welsh Labour reports write them beside or instead of English.
WELSH_MONTHS: dict[str, int] = {
    "ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mai": 5, "mehefin": 6, "gorffennaf": 7,
    "awst": 8, "medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
}
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12, **WELSH_MONTHS,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "weds": 2,
    "wed": 2, "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
    "dydd llun": 0, "dydd mawrth": 1, "dydd mercher": 2, "dydd iau": 3, "dydd gwener": 4,
    "dydd sadwrn": 5, "dydd sul": 6,
}

# Month names are matched capitalised ("May", "March"), so the verbs "may" and "march"
# and the surname "May" before a non-date word are not dates.
# Only an abbreviation takes a full stop ("Sept."): a full name keeps the sentence's own.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Ionawr|Chwefror|Mawrth|Ebrill|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
#: The twelve month names in full, for patterns that name a meeting by its month ("the July NEC").
MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: The seven weekday names in full, English only ("the Saturday before", "Monday's Board").
WEEKDAY_NAMES = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: Any month word (finds where the month-based date patterns can match).
MONTH_WORD = re.compile(_MONTH)
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Dydd\s+(?:Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul)"
    r"|(?:Mon|Tues|Tue|Weds|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?)"
)
_ORD = r"(?:st|nd|rd|th)?"
#: A day of the month written as a number, 1 to 31 ("7", "07", "31").
DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:19|20)\d{2}"
_RANGE_SEP = r"\s*(?:-|–|—|/|to|until|and|&)\s*"
_QUAL = r"(?:(?:the\s+)?(?:early|mid|late|end\s+of|beginning\s+of|start\s+of|middle\s+of)[\s-]+)"

#: "Tues 29th Sept 2020", "29 September", "4 to 9 March 2020", "the 24th of November".
DAY_MONTH = re.compile(
    rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY_NUMBER}){_ORD}"
    rf"(?:{_RANGE_SEP}(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<d2>{DAY_NUMBER}){_ORD})?"
    rf"(?:\s+of)?\s+(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}|['’]\d\d(?![\w'’])))?(?![\w])"  # ("12 March '19")
)
#: "September 29th", "October 28th 2019", "Tuesday, September 29, 2020".
MONTH_DAY = re.compile(
    rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<m>{_MONTH})\s+(?:the\s+)?(?P<d>{DAY_NUMBER}){_ORD}"
    rf"(?:{_RANGE_SEP}(?P<d2>{DAY_NUMBER}){_ORD})?(?:,?\s+(?P<y>{_YEAR}))?(?![\w:])"
)
#: British numeric dates: "29.9.20", "29/09/2020", "14-03-2019".
NUMERIC_DATE = re.compile(
    r"(?<![\d./-])(?P<d>[0-3]?\d)(?P<sep>[./-])(?P<m>[01]?\d)(?P=sep)(?P<y>\d{4}|\d{2})(?![\d./-]?\d)"
)
#: A British day/month with no year, as short posts write it: "on 24/3", "meets 10/2".
#: Only after a word that introduces a date (see dates.find_dates), never a score or a vote.
DAY_MONTH_NUMERIC = re.compile(
    r"(?<![\w./-])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?![\w/-]|\.\d|\s*(?:votes?|against|for|in\s+favour|abstentions?|%))"
)
DAY_MONTH_NUMERIC_BEFORE = re.compile(r"\b(?:on|meets|meet|meeting|met|from|until|till|before|after|by|next|"
                                      r"(?:minutes|meeting|REC|Board|NEC|SEC|WEC)\s+of|"  # ("Minutes of 21/11 agreed")
                                      r"(?:planned|scheduled|booked|set|due|fixed|arranged)\s+(?:for|on))\s+$", re.I)
#: A day with no month, completed by a month just before it: "the September NEC, which
#: meets on the 17th".
DAY_ALONE = re.compile(
    rf"\b(?:on\s+the\s+|(?:{WEEKDAY_NAMES}|Mon|Tues?|Weds?|Thu|Thur|Thurs|Fri|Sat|Sun)\.?\s+(?:the\s+)?)"
    rf"(?P<d>{DAY_NUMBER})(?:st|nd|rd|th)\b"
    r"(?!\s+(?:of\b|century|anniversary|birthday|amendment|time|floor|item))",  # ("Saturday the 7th")
    re.I,
)
#: A day of the month with no month anywhere before it: "The Board met on 3rd, a Tuesday
#: evening". It takes the report's own month.
DAY_ORDINAL = re.compile(
    rf"\bon\s+(?:the\s+)?(?P<d>{DAY_NUMBER})(?:st|nd|rd|th)\b"
    r"(?=\s*[,.;:)!?]|\s*$|\s+(?:at|in|and|when|with|from|by|via|online)\b)"
    # a diary's heading that is a day of the month alone: "THE 16TH – Regional Board, Manchester", "THE 12TH | Org Sub | Teams"
    rf"|^[ \t#]*the[ \t]+(?P<hd>{DAY_NUMBER})(?:st|nd|rd|th)(?=[ \t]*[:–—|-](?:[ \t]|$))",
    re.I | re.M,
)
#: ISO dates: "2020-09-29".
ISO_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
#: "September 2020", "late November 2020", "Sept. 2016".
MONTH_YEAR = re.compile(rf"(?P<q>{_QUAL})?(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})(?!\d)")
#: A month alone: "in July", "late November", "the September meeting".
MONTH_ALONE = re.compile(rf"(?:(?P<q>{_QUAL})|(?<![\w-]))(?P<m>{_MONTH})(?![\w-])")  # ("mid-March")
#: A year alone: "2019".
YEAR_ALONE = re.compile(
    rf"(?<![\w/.,-])(?P<y>{_YEAR})(?![\w/-]|\.\d|,\d|\s+(?:members|people|votes|delegates|CLPs|councillors|"
    rf"candidates|cases|complaints|branches|affiliates|supporters|volunteers|events|calls|new|of\s+(?:the|our)))"
)
#: Relative days: "today", "yesterday", "last Tuesday", "on Monday", "last weekend".
RELATIVE_DAY = re.compile(
    rf"\b(?P<rel>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Tt]his\s+morning|[Tt]his\s+evening|[Tt]his\s+afternoon"
    rf"|[Ll]ast\s+weekend|[Tt]his\s+weekend|(?:[Ll]ast|[Tt]his\s+past|[Tt]he\s+previous|[Tt]he\s+following|[Oo]n\s+the|[Oo]n|[Tt]his|[Nn]ext"
    rf"|[Tt]he(?=\s+{_WEEKDAY}\s+(?:morning|afternoon|evening|night)\b))\s+(?P<wd>{_WEEKDAY})"
    rf"|(?P<poss>{WEEKDAY_NAMES})(?=['’]s\b))(?![\w])"
    rf"(?!\.?\s+(?:the\s+)?{DAY_NUMBER}(?:st|nd|rd|th)\b)",  # (not "on Weds 4th": a day of the month)
)
#: A weekday with no "on" before it, where it can only be a day: "Saturday afternoon" (not
#: "a Friday evening session"), or alone in brackets after a session's name: "Plenary (Sunday)".
BARE_WEEKDAY = re.compile(rf"(?<!\b[Aa]\s)\b(?P<wd>{_WEEKDAY})(?=\s+(?:morning|afternoon|evening|night|lunchtime)\b)"
                          rf"|(?<=\()(?P<wd2>{_WEEKDAY})(?=[),])")
#: The day of a date named before: "the Disputes Panel met the same morning".
SAME_DAY = re.compile(r"\b(?:[Tt]he\s+same|[Tt]hat\s+same)\s+(?:day|morning|afternoon|evening)\b"
                      r"|\b(?P<that>[Tt]hat)\s+(?:morning|afternoon|evening)\b"
                      r"|\b[Tt]he\s+(?P<step>following|next|previous)\s+(?:day|morning|afternoon|evening)\b(?!\s+of\b)")
#: A day of a month named by its place: "on the 26th of this month", "the 3rd of next month".
DAY_OF_RELATIVE_MONTH = re.compile(
    rf"\bthe\s+(?P<d>{DAY_NUMBER})(?:st|nd|rd|th)?\s+of\s+(?P<rel>this|next|last)\s+month\b", re.I)
#: Relative periods: "last month", "next year's", "earlier this month", "this year", and
#: weeks, dated to their month: "last week", "a fortnight ago" (to the day: "a fortnight ago today", "a week earlier").
RELATIVE_PERIOD = re.compile(
    r"\b(?P<rel>(?:earlier|later)\s+this\s+(?:month|year)|(?:last|next|this|the\s+following|the\s+previous)\s+(?:month|year)"
    r"|(?:last|next|the\s+previous|the\s+following)\s+week|(?:a|one|two|three)\s+weeks?\s+ago(?:\s+today)?"
    r"|a\s+fortnight\s+ago(?:\s+today)?"
    # ("the report of its meeting a week earlier": counted back from the meeting told of)
    r"|(?:a|one|two|three)\s+weeks?\s+earlier|a\s+fortnight\s+earlier)(?:['’]s)?\b",
    re.I,
)
#: A month in the year before or after the report's: "in March next year", "last November".
MONTH_RELATIVE_YEAR = re.compile(rf"(?<![\w-])(?P<m>{_MONTH})\s+(?P<rel>next|last|this)\s+year\b")
#: A month named as the last or next one: "last September", "next March" (not "last 12 May").
LAST_NEXT_MONTH = re.compile(rf"\b(?P<rel>[Ll]ast|[Nn]ext)\s+(?P<m>{_MONTH})(?!\s*\d)(?![\w-])")
#: A season, dated to its year only: "next spring", "in the autumn", "last summer".
SEASON = re.compile(
    r"\b(?:(?P<rel>next|this|last)\s+|the\s+(?:(?:early|late)\s+)?)(?P<s>spring|summer|autumn|winter)\b(?!\s+of\s+(?:19|20)\d\d)",
    re.I,
)
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
#: A date in a URL path: /2020/10/ or /2020/10/06/.
URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]?\d)(?:/(?P<d>[0-3]?\d))?(?=/|$|[^\d])")
#: A dateline: "Posted on 14 March 2019", "Published: 29/09/2020".
DATELINE = re.compile(
    r"(?im)^\s*(?:posted|published|updated|written|date[d]?)(?:\s+on)?\s*[:\-–]?\s*(?P<rest>.{4,60})$"
)

# --- sentences and layout ------------------------------------------------------------------

#: Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Cllr|Rt|Hon|St|No|Nos|Prof|Rev|Sr|Jr|Cttee|approx|etc|e\.g|i\.e|cf|vs|incl)"
    r"|\b[A-Z])\.$"
)
#: A bullet or numbered list marker at the start of a line.
#: Emoji and pictographs, as posts use them for bullets and to end sentences ("✅", "👏").
EMOJI = "\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
LIST_MARKER = re.compile(
    r"^[ \t]*(?:[-*•·–—▪◦●‣]|\(?\d{1,2}[.)]|\(?[a-z][.)]|[ivx]{1,4}[.)]"
    rf"|[{EMOJI}][\ufe0f\u200d]?)[ \t]+"  # emoji bullets: "✅ ", "❌ "
)
#: A Markdown or underlined heading line.
MARKDOWN_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+")
#: "Item 4:", "Agenda item 6 –".
ITEM_LABEL = re.compile(r"^[ \t]*(?:agenda\s+)?item\s+\d+[a-z]?\s*[:.\-–—)]", re.I)
#: Markdown emphasis marks to ignore when reading a line's words.
EMPHASIS = re.compile(r"[*_]{1,3}")
#: "Continue reading", "Read more" archive separators.
CONTINUE_READING = re.compile(
    r"(?:Continue reading(?:[^\n]{0,150}?(?:→|»))?|Read more|Read the full (?:post|report|article))[ \t]*(?:→|»|>|\.\.\.|…)?"
    r"(?=[ \t]*(?:\n|$))",  # the link ends its line: "you can read more about it" is prose
    re.I,
)
#: Lines that belong to an archive page's frame, not to a post.
ARCHIVE_FRAME = re.compile(
    r"^(?:Category Archives?|Tag Archives?|Archives?|Monthly Archives?|Posts? (?:tagged|in category))\b.*$",
    re.I,
)

#: A byline: "From Yasmine Dar, Ann Henderson and ...", "By Jo Bloggs", "Posted by ...".
BYLINE = re.compile(
    r"^\s*(?:from|by|posted\s+by|written\s+by|report\s+by|a\s+report\s+from)\s+[A-Z]", re.I
)

#: A social-media status line above a post: "Jo Bloggs is feeling proud at Labour HQ."
STATUS_LINE = re.compile(r"\bis\s+(?:feeling|at|with|in|celebrating|attending)\b.{0,80}$|\bshared\s+a\s+(?:post|link)\b", re.I)

# --- votes ---------------------------------------------------------------------------------

#: "by 20 votes to 14", "20 votes to 14 with 2 abstentions".
VOTE_WORDS = re.compile(
    r"(?P<f>\d{1,3})\s+votes?\s+(?:to|against)\s+(?P<a>\d{1,3})"
    r"(?:[^.;\d]{0,40}?(?P<ab>\d{1,3})\s+abstentions?)?",
    re.I,
)
#: "carried 19 for, 11 against, 2 abstentions", "19 in favour and 11 against".
VOTE_FOR_AGAINST = re.compile(
    r"(?P<f>\d{1,3})\s+(?:for|in\s+favour)[,;]?\s+(?:and\s+|with\s+)?(?P<a>\d{1,3})\s+against"
    r"(?:[,;]?\s+(?:and\s+|with\s+)?(?P<ab>\d{1,3})\s+abstentions?|[,;]?\s+(?:and\s+|with\s+)?(?P<ab2>\d{1,3})\s+abstaining)?",
    re.I,
)
#: "20-14", "(20–14–2)", "by 20:14" next to a vote word.
VOTE_DASHED = re.compile(
    r"(?<![\d./-])(?P<f>\d{1,3})\s?[-–:]\s?(?P<a>\d{1,3})(?:\s?[-–:]\s?(?P<ab>\d{1,3}))?(?![\d/-]|\.\d)"
)
#: A word that makes a dashed pair of numbers a vote.
VOTE_CONTEXT = re.compile(r"\b(?:vote[sd]?|voting|carried|defeated|majority|passed|lost|fell|agreed|rejected|ballot)\b", re.I)

# --- names ---------------------------------------------------------------------------------

#: Honorifics and post-nominals stripped before matching a person's name.
HONORIFICS = re.compile(
    r"\b(?:Cllr|Councillor|Lord|Baroness|Dame|Sir|Dr|Prof|Professor|Rt\.? Hon\.?|Mr|Mrs|Ms|Miss|Comrade|Brother|Sister)\.?\s+"
)
HONORIFIC_TAIL = re.compile(r"\b(?:Cllr|Councillor|Lord|Baroness|Dame|Sir|Dr|Prof|Professor|Brother|Sister|Comrade)\.?\s+$")
POSTNOMINALS = re.compile(r",?\s+(?:MP|MEP|MSP|MS|AM|MLA|OBE|MBE|CBE|QC|KC)\b")
#: A run of capitalised words that could be a person's name: "Ann Black", "Cllr Jim O'Neill".
_LOWER = "a-z\u00e0-\u024f'’"
NAME_CANDIDATE = re.compile(
    r"(?:(?:Cllr|Councillor|Lord|Baroness|Dame|Sir|Dr|Professor|Brother|Sister|Comrade)\.?\s+(?=[A-Z][a-z]+\s+[A-Z])"
    # an office before the name: "Regional Director Sarah Kettlewell", "General Secretary Iain McNicol"
    r"|(?:(?:Regional|General|Deputy|Assistant|Acting|Interim|Executive)\s+){1,2}"
    r"(?:Director|Secretary|Treasurer|Organiser|Officer|Manager)\s+(?=[A-Z][a-z]+\s+[A-Z]))?"
    rf"(?P<name>[A-Z\u00c0-\u00de][{_LOWER}]+(?:-[A-Z][{_LOWER}]+)?(?:\s+(?:[A-Z]\.\s*)?(?:(?:ap|ab|de|da|di|du|le|la)\s+(?=[A-Z]))?(?!(?:MP|MEP|MSP|MS|AM|MLA|OBE|MBE|CBE|QC|KC)\b)(?:(?:Mc|Mac|O['’]|De|Di|Van|Le)?"
    rf"[A-Z\u00c0-\u00de][A-Za-z\u00e0-\u024f'’]+(?:-[A-Z][{_LOWER}]+)?)){{1,2}})"
    r"(?:,?\s+(?:MP|MEP|MSP|MS|AM|MLA|OBE|MBE|CBE|QC|KC))?"
)

# --- a web page's frame ---------------------------------------------------------------------
# Text copied from a blog or a social post keeps the page around the report: sharing
# buttons, "Related" links, readers' comments, the comment form, sidebar widgets, cookie
# banners. None of it is the report; :func:`toolkit.segment.web_chrome` finds it.

_SOCIAL = (r"twitter|x|facebook|email|e-mail|print|whatsapp|linkedin|reddit|telegram|pinterest|tumblr"
           r"|pocket|threads|bluesky|mastodon|more|skype|messenger|copy\s+link")
#: A line that is page furniture wherever it stands.
CHROME_LINE = re.compile(
    r"^[ \t]*(?:"
    r"share(?:\s+this(?:\s+(?:post|article|page|story))?|\s+on\s+\w+)?|like\s+this|spread\s+the\s+word"
    rf"|(?:click\s+to\s+(?:share\s+on|email|print)\s+)?(?:{_SOCIAL})(?:\s*\(opens\s+in\s+new\s+window\))?"
    r"|like|loading\.{0,3}|like\s+loading\.{0,3}|be\s+the\s+first\s+to\s+like\s+this\.?|\d+\s+bloggers?\s+like\s+this\.?"
    r"|leave\s+a\s+(?:reply|comment)(?:\s+cancel\s+reply)?|cancel\s+reply|reply|reply\s+to\s+\S.{0,40}|comments\s+are\s+closed\.?"
    r"|your\s+email\s+address\s+will\s+not\s+be\s+published\..*|required\s+fields\s+are\s+marked.*"
    r"|(?:name|email|website|comment)\s*\*?|post\s+comment|save\s+my\s+name,\s+email.*|notify\s+me\s+of\s+(?:new|follow-up).*"
    r"|skip\s+to\s+(?:content|main\s+content|navigation)|toggle\s+navigation|primary\s+menu|menu|search(?:\s+for)?"
    r"|home|about(?:\s+(?:me|us))?|contact(?:\s+(?:me|us))?|subscribe|follow|donate|sign\s+(?:in|up)|log\s+in|register"
    r"|previous\s+post|next\s+post|post\s+navigation|older\s+posts|newer\s+posts|edit|print\s+this\s+(?:page|post)"
    r"|(?:blog\s+at|powered\s+by|proudly\s+powered\s+by|theme\s+by|website\s+built\s+with)\s+\S.*"
    r"|create\s+a\s+free\s+website\s+or\s+blog.*|privacy\s*&\s*cookies:.*|this\s+site\s+uses\s+cookies.*"
    r"|we\s+use\s+cookies.*|accept(?:\s+all)?(?:\s+cookies)?|cookie\s+(?:policy|settings)|close\s+and\s+accept"
    r"|posted\s+in\s+\S.{0,200}|filed\s+under\s*:?\s+\S.*|tagged(?:\s+with)?\s*:?\s+\S.{0,200}|categories?\s*:\s*\S.*|tags?\s*:\s*\S.*"
    r"|(?:like|reply|share)(?:\s*[·•|]\s*(?:like|reply|share|edited|\d+\s*[hdwmy]))+|\d+\s*[hdwmy]"
    r"|all\s+reactions:?.*|write\s+a\s+(?:comment|reply).*|see\s+(?:more|less|translation)|most\s+relevant|top\s+fan"
    r"|(?:\d+\s+(?:comments?|shares?|likes?|reactions?)\s*)+"
    r"|(?:[←«]\s*)?(?:older|newer|previous|next)\s+(?:posts?|entries|entry)(?:\s*[→»])?"
    r")[ \t]*[:.…]*[ \t]*$",
    re.I,
)
#: A line that opens a run of page furniture: a list of links or readers' comments.
CHROME_BLOCK = re.compile(
    r"^[ \t]*(?:related(?:\s+(?:posts|articles|stories))?|you\s+(?:may|might)\s+also\s+like|more\s+from\s+\S.{0,40}"
    r"|recent\s+(?:posts|comments|articles)|archives|categories|tags|meta|blogroll|follow\s+(?:us|me|this\s+blog).*"
    r"|(?:one|\d+)\s+(?:thoughts?|responses?|comments?|replies)|comments"
    r")[ \t]*[:.…]*[ \t]*$",
    re.I,
)
#: A line that opens readers' comments, which run on to the end of the post: "3 thoughts
#: on “…”", "Leave a Reply", a Facebook post's reactions ("👍 23   💬 4 comments").
COMMENTS_START = re.compile(
    r"^(?:(?:one|\d+)\s+(?:thoughts?|responses?|comments?|replies)\s+(?:on|to)\s+\S.*|leave\s+a\s+reply|join\s+the\s+discussion"
    r"|all\s+reactions:?.*|most\s+relevant|view\s+(?:more|all|previous|\d+\s+more)\s+(?:\w+\s+)?comments?.*|write\s+a\s+comment.*"
    rf"|(?:[{EMOJI}\ufe0f\u200d]+\s*\d+[KkMm]?(?:\s+(?:comments?|shares?|likes?|reactions?))?\s*)+"  # "👍 23   💬 4 comments"
    r")"
    r"[ \t]*[:.…]*[ \t]*$", re.I)
#: The first line of a reader's comment: "Jo Bloggs says:", "Jo Bloggs on 3 May 2019 at 9:14 pm said:".
COMMENT_HEAD = re.compile(r"^[ \t]*\S.{0,80}?\s(?:says|said|wrote|replied)[ \t]*:?[ \t]*$", re.I)
#: A time of day on a comment's date line: "at 9:14 pm", "21:14".
CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\b|\b\d{1,2}\s*[ap]\.?m\b", re.I)
#: A page's number, alone or in a running header: "12", "- 12 -", "Page 2 of 4", "NEC report, March 2019   Page 2".
PAGE_NUMBER = re.compile(r"^(?:(?:page\s+|p\.\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|[-–—]\s*\d{1,3}\s*[-–—]"
                         r"|.{0,80}?\s{2,}page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?\s{2,}.{0,80})$", re.I)
