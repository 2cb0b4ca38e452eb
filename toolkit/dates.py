"""Dates as British reports write them, found with their spans and made ISO.

A date is kept at the precision its source gives (``2020-09-29``, ``2020-09``, ``2020``)
and never made more precise. A date written without a year ("29th September") gets its
year from a reference date (the report's), choosing the nearest year in the direction the
context asks for (held meetings lie before the report, scheduled ones after).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from toolkit import patterns as P
from toolkit.scan import around, finditer_in


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day:
            return self.first_day()
        if self.month:
            nxt = dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(self.year, 12, 31)


def from_iso(value: str | None) -> PartialDate | None:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; None when empty or malformed."""
    if not value:
        return None
    parts = value.strip().split("-")
    try:
        nums = [int(p) for p in parts[:3]]
        if len(nums) == 3:
            dt.date(*nums)
            return PartialDate(*nums)
        if len(nums) == 2 and 1 <= nums[1] <= 12:
            return PartialDate(nums[0], nums[1])
        if len(nums) == 1 and 1900 <= nums[0] <= 2100:
            return PartialDate(nums[0])
    except ValueError:
        return None
    return None


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text, with what it fixes and what it leaves open.

    Notes
    -----
    ``year`` is None when the text omits it; ``relative`` is set for "today",
    "last Tuesday" and the like, which need a day-precise reference date.
    ``end_day`` is the last day of a range ("4 to 9 March").
    """

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_day: int | None = None
    weekday: int | None = None
    qualifier: str = ""
    relative: str = ""

    @property
    def precision(self) -> str:
        if self.relative:
            return "relative"
        return "day" if self.day else "month" if self.month else "year"


def _month(name: str) -> int:
    return P.MONTHS[name.rstrip(".").lower()]


def _weekday(name: str | None) -> int | None:
    return P.WEEKDAYS.get(" ".join((name or "").rstrip(".").lower().split()))


def _valid(y: int | None, m: int, d: int | None) -> bool:
    try:
        dt.date(y or 2000, m, d or 1)
        return True
    except ValueError:
        return False


#: The Welsh month names in capitals ("HYDREF"), for reading a line in capitals (not "MAI", also an acronym).
_WELSH_MONTHS_CAPS = "IONAWR|CHWEFROR|MAWRTH|EBRILL|MEHEFIN|GORFFENNAF|AWST|MEDI|HYDREF|TACHWEDD|RHAGFYR"
_CAPS_WORD = re.compile(
    r"\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|"
    r"JUL|AUG|SEPT|SEP|OCT|NOV|DEC|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY"
    r"|MON|TUES|TUE|WEDS|WED|THURS|THUR|THU|FRI|SAT|SUN"
    # Welsh: "DYDD MAWRTH 29 HYDREF" (Tuesday 29 October)
    r"|DYDD\s+(?:LLUN|MAWRTH|MERCHER|IAU|GWENER|SADWRN|SUL)|" + _WELSH_MONTHS_CAPS + r")\b|(?<=\d)(?:ST|ND|RD|TH)\b"
)


_CAPS_LINE = re.compile(r"(?m)^[^a-z\n]*[A-Z]{2}[^a-z\n]*$")
#: A month or weekday word, English or Welsh ("DYDD MAWRTH 29 HYDREF": Tuesday 29 October).
_DAY_WORD = re.compile(_CAPS_WORD.pattern.split("|(?<=")[0], re.I)


def _uncap_line(m: re.Match) -> str:
    """A line in capitals in lower case, its month and weekday names capitalised (the same length)."""
    low = m.group(0).lower()
    return _DAY_WORD.sub(lambda w: w.group(0).title(), low) if len(low) == len(m.group(0)) else m.group(0)


#: Patterns that need a month word are run only near one: their matches start at most
#: _BEFORE characters before the month word and end at most _AFTER after it.
_NEEDS_MONTH = frozenset({P.DAY_MONTH, P.MONTH_DAY, P.MONTH_YEAR, P.MONTH_RELATIVE_YEAR, P.MONTH_ALONE, P.LAST_NEXT_MONTH})
_BEFORE, _AFTER = 120, 60
#: Cheap patterns that every match of the costly one contains: a text without is skipped.
_PREFILTER = {P.ISO_DATE: re.compile(r"\d\d-[01]\d-[0-3]\d"), P.NUMERIC_DATE: re.compile(r"\d[./-][01]?\d[./-]\d")}


#: Patterns that need another word, run only near it: pattern -> (a fast pattern finding
#: the word, how far before it a match can start, how far after it a match and its
#: look-ahead can reach). Every match holds one such word (tests/test_scan.py checks).
_NEEDS_WORD = {
    P.RELATIVE_DAY: (re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Dydd|oday|esterday|omorrow|onight|morning|evening"
                                r"|afternoon|weekend)"), 40, 60),
    P.BARE_WEEKDAY: (re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Dydd)"), 10, 60),
    P.DAY_ALONE: (re.compile(r"\d(?i:st|nd|rd|th)"), 40, 60),
    P.RELATIVE_PERIOD: (re.compile(r"[MmYyWwFf](?i:onth|ear|eek|ortnight)"), 40, 30),
    P.SEASON: (re.compile(r"[SsAaWw](?i:pring|ummer|utumn|inter)"), 40, 40),
}
#: Every match of _CAPS_WORD holds one of these (a text without any is not rewritten).
_CAPS_GATE = re.compile(r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|MON|TUE|WED|THU|FRI|SAT|SUN|ST|ND|RD|TH|"
                        r"DYDD|" + _WELSH_MONTHS_CAPS + ")")


def _month_windows(text: str) -> list[tuple[int, int]]:
    """Merged stretches of ``text`` around its month words."""
    return around((m.span() for m in P.MONTH_WORD.finditer(text)), len(text), _BEFORE, _AFTER)


def _scan(rx: re.Pattern, text: str, windows: list[tuple[int, int]]):
    """``rx.finditer(text)``, read only inside ``windows`` when ``rx`` needs a month word
    (the same matches: windows are merged and wider than any match reaches from its
    month word, and look-behinds still see the text before a window); likewise near the
    word a pattern of ``_NEEDS_WORD`` needs."""
    if rx in _NEEDS_MONTH:
        return finditer_in(rx, text, windows)
    if rx in _NEEDS_WORD:
        word, before, after = _NEEDS_WORD[rx]
        return finditer_in(rx, text, around((m.span() for m in word.finditer(text)), len(text), before, after))
    return rx.finditer(text)


#: A weekday, short or in full: "Tues", "Thurs.", "Saturday".
_WEEKDAY_WORD = rf"(?:Mon|Tues?|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)\.?|{P.WEEKDAY_NAMES}"
_WEEKDAY_JUST_GONE = re.compile(rf"\b(?:the\s+)?(?P<wd>{_WEEKDAY_WORD})\s+just\s+gone\b", re.I)
_WEEKDAY_THEN_BEFORE = re.compile(rf"\b[Tt]he\s+(?P<wd>{P.WEEKDAY_NAMES})\s+before\b"
                                  r"(?!\s+(?:the|last|that|it|we|a|an|his|her|their|our|its|conference|[A-Z]))")
_WEEKDAY_BEFORE = re.compile(rf"\b(?P<wd>{_WEEKDAY_WORD}),?\s+\(?$", re.I)  # ("Tues (18/1)")
_MEETING_AFTER = re.compile(r"\s+meeting\b", re.I)
_AND = re.compile(r"\b(?:and|&)\b|&")


def find_dates(text: str, offset: int = 0) -> list[DateMention]:
    """Every date expression in ``text``, non-overlapping, most specific first, in order.

    Spans are offsets into ``text`` plus ``offset``.
    """
    if _CAPS_LINE.search(text):  # "DISPUTES PANEL, THE SAME AFTERNOON": a line all in capitals read in lower case
        text = _CAPS_LINE.sub(_uncap_line, text)
    if _CAPS_GATE.search(text) and _CAPS_WORD.search(text):  # "SATURDAY 8 MARCH", "MON 14TH MAY": read capitals as capitalised words (same length)
        text = _CAPS_WORD.sub(lambda m: m.group(0).lower() if m.start() and text[m.start() - 1].isdigit()
                              else m.group(0).title(), text)  # "14TH" -> "14th", "DYDD MAWRTH" -> "Dydd Mawrth"
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(m: DateMention) -> None:
        found.append(m)
        taken.append((m.start - offset, m.end - offset))

    windows = _month_windows(text)
    for rx in (P.ISO_DATE, P.DAY_MONTH, P.MONTH_DAY, P.NUMERIC_DATE):
        if rx in _PREFILTER and not _PREFILTER[rx].search(text):
            continue
        for m in _scan(rx, text, windows):
            if not free(m.start(), m.end()):
                continue
            g = m.groupdict()
            try:
                d = int(g["d"])
                mo = int(g["m"]) if g["m"].isdigit() else _month(g["m"])
            except (KeyError, ValueError):
                continue
            if rx is P.NUMERIC_DATE and mo > 12 and 1 <= d <= 12:
                d, mo = mo, d  # "09/17/11" can only be month/day: written the American way
            y = (g.get("y") or "").lstrip("'’")
            year = None
            if y:
                year = int(y)
                if year < 100:
                    year += 2000 if year < 70 else 1900
            if not _valid(year, mo, d):
                continue
            d2 = int(g["d2"]) if g.get("d2") else None
            if d2 is not None and (d2 <= d or not _valid(year, mo, d2)):
                d2 = None
            wd = _weekday(g.get("wd"))
            start = m.start()
            if rx is P.NUMERIC_DATE:  # "on Sat 20.6.20": the weekday before is part of the date
                before = text[max(0, start - 12) : start]
                wdm = _WEEKDAY_BEFORE.search(before)
                if wdm and free(start - len(before) + wdm.start(), m.end()):
                    start, wd = start - len(before) + wdm.start(), _weekday(wdm.group("wd"))
            if d2 is not None and d2 > d + 1 and _AND.search(text, m.end("d"), m.start("d2")):
                # "on 10 and 24 March": two days, not the run of days from the 10th to the 24th
                add(DateMention(m.start() + offset, m.end("d") + offset, year, mo, d, None, wd))
                add(DateMention(m.start("d2") + offset, m.end() + offset, year, mo, d2))
                continue
            add(DateMention(start + offset, m.end() + offset, year, mo, d, d2, wd))
    if "/" in text:
        for m in P.DAY_MONTH_NUMERIC.finditer(text):
            d, mo = int(m.group("d")), int(m.group("m"))
            if not (free(m.start(), m.end()) and 1 <= mo <= 12 and _valid(None, mo, d)):
                continue
            before = text[max(0, m.start() - 12) : m.start()]
            wdm = _WEEKDAY_BEFORE.search(before)  # "Tues 21/1": the weekday is part of the date
            if wdm and free(m.start() - len(before) + wdm.start(), m.end()):
                add(DateMention(m.start() - len(before) + wdm.start() + offset, m.end() + offset, None, mo, d,
                                weekday=_weekday(wdm.group("wd"))))
            elif P.DAY_MONTH_NUMERIC_BEFORE.search(before) or (
                    before.lower().endswith("the ") and _MEETING_AFTER.match(text, m.end())):
                add(DateMention(m.start() + offset, m.end() + offset, None, mo, d))  # "on 21/1", "the 21/1 meeting"
    for m in _scan(P.MONTH_YEAR, text, windows):
        if free(m.start(), m.end()):
            q = _qualifier(m.group("q"))
            add(DateMention(m.start() + offset, m.end() + offset, int(m.group("y")), _month(m.group("m")), qualifier=q))
    for m in _scan(P.LAST_NEXT_MONTH, text, windows):
        if free(m.start(), m.end()):  # "since the special conference last September"
            add(DateMention(m.start() + offset, m.end() + offset, month=_month(m.group("m")),
                            relative=f"{m.group('rel').lower()} {NAMED_MONTH}"))
    for m in _scan(P.MONTH_RELATIVE_YEAR, text, windows):
        if free(m.start(), m.end()):
            add(DateMention(m.start() + offset, m.end() + offset, month=_month(m.group("m")),
                            relative=f"{m.group('rel')} year"))
    for m in _scan(P.RELATIVE_DAY, text, windows):
        if free(m.start(), m.end()):
            rel = " ".join(m.group("rel").lower().split())
            if rel == "today" and text[max(0, m.start() - 4) : m.start()].lower() == "ago ":
                continue  # "a fortnight ago today": one date, the period's
            if m.group("poss"):  # "Tuesday's meeting": the last Tuesday, or the day of the report
                rel = f"past {rel}"
            elif rel.startswith("the ") and len(rel.split()) == 2:  # "the Friday afternoon": as "on the Friday"
                rel = f"on {rel}"
            wd = _weekday(m.group("wd") or m.group("poss"))
            add(DateMention(m.start() + offset, m.end() + offset, weekday=wd, relative=rel))
    if "just gone" in text:
        for m in _WEEKDAY_JUST_GONE.finditer(text):  # "Sat just gone (the 10th)": the last such day
            if free(m.start(), m.end()):
                wd = " ".join(m.group("wd").rstrip(".").lower().split())
                add(DateMention(m.start() + offset, m.end() + offset, weekday=_weekday(m.group("wd")),
                                relative=f"last {wd}"))
    if " before" in text:
        for m in _WEEKDAY_THEN_BEFORE.finditer(text):  # "met the Saturday before (13th)": as "the previous Saturday"
            if free(m.start(), m.end()):
                add(DateMention(m.start() + offset, m.end() + offset, weekday=_weekday(m.group("wd")),
                                relative=f"the previous {m.group('wd').lower()}"))
    for m in _scan(P.BARE_WEEKDAY, text, windows):
        wd = m.group("wd") or m.group("wd2")
        if free(m.start(), m.start() + len(wd)):
            add(DateMention(m.start() + offset, m.start() + len(wd) + offset, weekday=_weekday(wd), relative=f"on {wd.lower()}"))
    if any(w in text for w in ("day", "morning", "afternoon", "evening")):  # (every match of SAME_DAY ends in one)
        for m in P.SAME_DAY.finditer(text):
            if free(m.start(), m.end()):
                rel = (THAT_DAY if m.group("that") else f"{m.group('step').lower()} day" if m.group("step")
                       else SAME_DAY)
                add(DateMention(m.start() + offset, m.end() + offset, relative=rel))
    if "month" in text:
        for m in P.DAY_OF_RELATIVE_MONTH.finditer(text):
            if free(m.start(), m.end()):
                add(DateMention(m.start() + offset, m.end() + offset, day=int(m.group("d")),
                                relative=f"{m.group('rel').lower()} month"))
    for m in _scan(P.RELATIVE_PERIOD, text, windows):
        if free(m.start(), m.end()):
            rel = " ".join(m.group("rel").lower().split())
            add(DateMention(m.start() + offset, m.end() + offset, relative=rel))
    for m in _scan(P.SEASON, text, windows):
        if free(m.start(), m.end()):
            rel = f"{(m.group('rel') or 'the').lower()} {m.group('s').lower()}"
            add(DateMention(m.start() + offset, m.end() + offset, relative=rel))
    for m in _scan(P.MONTH_ALONE, text, windows):
        if free(m.start(), m.end()) and _month_alone_is_date(text, m):
            q = _qualifier(m.group("q"))
            add(DateMention(m.start() + offset, m.end() + offset, month=_month(m.group("m")), qualifier=q))
    for m in P.YEAR_ALONE.finditer(text):
        if free(m.start(), m.end()):
            add(DateMention(m.start() + offset, m.end() + offset, year=int(m.group("y"))))
    for m in _scan(P.DAY_ALONE, text, windows):
        # a day alone takes the month of a month-only date shortly before it
        # (not across a blank line into a line the day opens: "... the September meeting." / "TUES 5TH | Org Sub")
        heading = not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip(" \t#=*-|")
        months = [x for x in found if x.month is not None and x.day is None and not x.relative
                  and 0 <= m.start() - (x.end - offset) <= 120
                  and not (heading and "\n\n" in text[x.end - offset : m.start()])]
        lead = m.start() if not m.group(0)[:2].lower() == "on" else m.start("d")  # ("Saturday the 7th": the weekday too)
        if months and free(lead, m.end()):
            x = max(months, key=lambda x: x.end)
            if _valid(x.year, x.month, int(m.group("d"))):
                wd = _weekday(m.group(0).split()[0]) if lead == m.start() else None
                add(DateMention(lead + offset, m.end() + offset, x.year, x.month, int(m.group("d")), weekday=wd,
                                qualifier=CONTEXT_MONTH if wd is not None else ""))
        elif lead == m.start() and free(lead, m.end()):  # "starts Sunday the 22nd": a day of the report's month
            add(DateMention(lead + offset, m.end() + offset, day=int(m.group("d")),
                            weekday=_weekday(m.group(0).split()[0]), relative=ORDINAL_DAY))
    if "on " in text or "he " in text or "HE " in text:  # ("on the 16th", "THE 16TH – ...")
        for m in P.DAY_ORDINAL.finditer(text):
            g = "d" if m.group("d") else "hd"
            if free(m.start(g), m.end()):
                add(DateMention(m.start(g) + offset, m.end() + offset, day=int(m.group(g)), relative=ORDINAL_DAY))
    found.sort(key=lambda x: x.start)
    # "The NEC met on 20 March; the Org Committee had met a week earlier" (or "Tuesday's meeting ..., and of
    # the Procedures Committee a fortnight earlier"): earlier than that day, which
    # is not read here, so not a date (it is one, against the report's day, only with no day before it)
    # ("It met a week earlier, on Tuesday 22nd": the day written after it)
    found = [x for x in found if not (x.relative.endswith(" earlier") and any(
        (y.day is not None or y.weekday is not None) and (
            (y.end <= x.start and not re.search(r"[.!?]\s", text[y.end - offset : x.start - offset]))
            or 0 <= y.start - x.end <= 16)
        for y in found))]
    return _appositions(text, found, offset)


_WEEK_OF = re.compile(r"(?:\bw/?c|\bw/b|\bweek\s+(?:commencing|beginning|starting|of))\.?:?\s*(?:(?:Mon|Monday)\.?\s+)?(?:the\s+)?$", re.I)
_DAY_IN_BRACKETS = re.compile(rf"\s*\(\s*(?:(?P<wd>{_WEEKDAY_WORD})\s+)?(?:the\s+)?(?P<d>{P.DAY_NUMBER})"
                              r"(?:st|nd|rd|th)?\s*\)", re.I)
#: Between two days in a row of one event: "Mon 24th and Tues 25th", "Sat 9th – Sun 10th".
_TWO_DAYS = re.compile(r"\s*(?:and|to|–|—|-|&)\s*")
_RANGE_TO = re.compile(r"\s*(?:to|until|till|–|—|-)\s*")
#: A change of day, not a run of days: "moved from Sat 5th April to Sat 26th April".
_MOVED_BEFORE = re.compile(r"\b(?:moved|changed|brought\s+forward|put\s+back|pushed\s+back|postponed|rescheduled|switched)\b[^.;]*$",
                           re.I)
#: A weekday told by an event, then its day: "the Saturday after the vote, the 20th", "the Saturday after
#: Jeremy Corbyn's election as leader, the 19th of September".
_AFTER_EVENT = r"(?:\s+(?:after|before)\s+[^,.;:()\n]{1,60}?)?"
_DAY_AFTER_COMMA = re.compile(rf"{_AFTER_EVENT},\s*the\s+(?P<wd>)?(?P<d>{P.DAY_NUMBER})(?:st|nd|rd|th)\b"
                              r"(?!\s+(?:of\b|century|anniversary))")
_NAMED_THEN_DAY = re.compile(rf"\s+(?:[A-Z][\w'’-]*\s+){{1,3}}\((?P<d>{P.DAY_NUMBER})(?:st|nd|rd|th)?\)"
                             # "The December NEC, pencilled in for the 15th": that meeting's day, set off by a comma
                             r"|\s+(?:[A-Z][\w'’-]*\s*){1,3},\s+(?:(?:which\s+(?:was|is)\s+|that\s+(?:was|is)\s+)?"
                             r"(?:pencilled\s+in|set|due|scheduled|planned|fixed|called)\s+)?(?:for|on)\s+the\s+"
                             rf"(?P<d2>{P.DAY_NUMBER})(?:st|nd|rd|th)\b")
_APPOSITION_GAP = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?" + _AFTER_EVENT + r"\s*(?:,|\()\s*")


def _appositions(text: str, found: list[DateMention], offset: int) -> list[DateMention]:
    """"from the Friday evening, 21 July, to ...": a weekday named loosely, then its date set off
    by a comma or a bracket, is one date (that day)."""
    out: list[DateMention] = []
    for d in found:
        if d.day is not None and d.month is not None and d.end_day is None and _WEEK_OF.search(
                text, max(0, d.start - offset - 25), d.start - offset):
            d = replace(d, day=None, weekday=None)  # "w/c 12 April": some day of that week, so only its month is sure
        if d.relative and d.relative != ORDINAL_DAY and d.day is None and d.month is None:
            day = _DAY_IN_BRACKETS.match(text, d.end - offset) or (
                _DAY_AFTER_COMMA.match(text, d.end - offset) if d.weekday is not None else None)
            if day:  # "NEC today (Tues 18th)", "The Org Cttee last Tues (11th)", "last Tuesday, the 18th": which day
                wd = _weekday(day.group("wd")) if day.group("wd") else d.weekday
                out.append(DateMention(d.start, day.end() + offset, day=int(day.group("d")), weekday=wd,
                                       relative=ORDINAL_DAY))
                continue
        if d.month is not None and d.day is None and not d.relative and not d.qualifier:
            day = _NAMED_THEN_DAY.match(text, d.end - offset)
            n = int(day.group("d") or day.group("d2")) if day else 0
            if day and _valid(d.year, d.month, n):  # "the May NEC (23rd)": that meeting's day
                d = replace(d, day=n)
        prev = out[-1] if out else None
        if (prev is not None and not prev.relative and not d.relative and prev.day is not None and d.day is not None
                and prev.month is not None and prev.month == d.month and prev.end_day is None and d.end_day is None
                and d.day > prev.day and (prev.year is None or d.year is None or prev.year == d.year)
                and _RANGE_TO.fullmatch(text, prev.end - offset, d.start - offset)
                and not _MOVED_BEFORE.search(text, max(0, prev.start - offset - 40), prev.start - offset)):
            # "Sun 24/9 to Wed 27/9": one run of days, dated by its first
            out[-1] = replace(prev, end=d.end, end_day=d.day, year=prev.year or d.year)
            continue
        if (prev is not None and prev.relative == ORDINAL_DAY == d.relative and prev.weekday is not None
                and d.weekday == (prev.weekday + 1) % 7 and d.day == (prev.day or 0) + 1 and prev.end_day is None
                and _TWO_DAYS.fullmatch(text, prev.end - offset, d.start - offset)):
            # "met over two days, on Mon 24th and Tues 25th": one meeting over both days
            out[-1] = replace(prev, end=d.end, end_day=d.day)
            continue
        if (prev is not None and prev.relative and prev.weekday is not None and not d.relative
                and d.day is not None and d.month is not None and d.end_day is None
                and _APPOSITION_GAP.fullmatch(text, prev.end - offset, d.start - offset)):
            out[-1] = replace(d, start=prev.start, weekday=d.weekday if d.weekday is not None else prev.weekday)
            continue
        out.append(d)
    return out


#: The ``relative`` of "the same day / morning": the day of the date named before it.
SAME_DAY = "same day"
#: "last September", "next March": the named month before or after the report's.
NAMED_MONTH = "named month"
#: "that afternoon": a part of the day named last, whether past or still to come.
THAT_DAY = "that day"
_STEPS = {THAT_DAY: 0, "following day": 1, "next day": 1, "previous day": -1}
#: The ``relative`` of a day of the month written alone ("on 3rd"): the month is the report's.
ORDINAL_DAY = "ordinal day"
#: The ``qualifier`` of a weekday and day whose month is taken from a month named shortly before
#: ("the September Board ... met on Tuesday the 14th"): the month holds only if the weekday fits it.
CONTEXT_MONTH = "month from context"


def _on_weekday(y: int, m: int, d: int, weekday: int) -> bool:
    """That day exists and is that weekday (0 is Monday)."""
    return _valid(y, m, d) and dt.date(y, m, d).weekday() == weekday


def _ordinal_day(day: int, ref: PartialDate | None, direction: str,
                 weekday: int | None = None) -> tuple[PartialDate | None, bool]:
    """"on 3rd" in the report's month; in the month before when that day is still to come
    and the meeting is past ("met on 28th" in a report of 3 March). With its weekday ("Tues
    20th"), the nearest of those months, or the one after, in which that day is that weekday."""
    if ref is None or ref.month is None:
        return None, False
    y, mo = ref.year, ref.month
    if ref.day is not None and day > ref.day and direction == "past":
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    if weekday is not None and _valid(y, mo, day) and not _on_weekday(y, mo, day, weekday):
        # ("Home Policy Committee (Tues 20th)" in a report of 17 April 2012: Tuesday 20 March)
        steps = {"past": (-1, 1, -2, -3), "future": (1, -1, 2, 3)}.get(direction, (-1, 1, -2, 2))
        for step in steps:  # (the nearest such month first, and none more than a season away)
            k = y * 12 + mo - 1 + step
            y2, mo2 = k // 12, k % 12 + 1
            if _on_weekday(y2, mo2, day, weekday):
                return PartialDate(y2, mo2, day), True
    return (PartialDate(y, mo, day), True) if _valid(y, mo, day) else (None, False)


def anchor_weekdays(dates: list[DateMention], ref: PartialDate | None, text: str = "") -> list[DateMention]:
    """"on the Friday" within a run of days named before it ("from 18th to 20th July"), or
    in the two days after a day named shortly before it ("met on Sat 14.3.26, and conference was
    on the Sunday"): that weekday among those days; "the same morning": the day named last
    (a relative day such as "Last Tuesday" resolved from ``ref``). Other dates are returned
    as they are. With ``text`` (which the offsets point into), "the following Monday" just
    under a heading that names a Monday is that Monday ("Equalities – Monday 18 March" /
    "The Equalities Committee met the following Monday": the heading dates the section)."""
    out: list[DateMention] = []
    days: list[dt.date] = []
    last_end = -1  # where the day named last was written
    reach = 0  # how far on the days named last are in view: a run of days, the whole report
    run = False  # the days in view are a run named as such ("from Friday 18 to Sunday 20 July")
    last_day: dt.date | None = None
    named: list[dt.date] = []  # every day named so far, in order
    head_day: dt.date | None = None  # the day the last heading naming one gave, and where it ends
    head_end = -1
    for d in dates:
        if last_day is not None and (not named or named[-1] != last_day):
            named.append(last_day)
        if d.relative in _STEPS:  # "that afternoon", "the following day": from the day named just before
            if last_day is not None and last_end >= 0 and d.start - last_end <= 200:
                # (under a heading that names a day, "met the next morning" is the heading's day)
                step = 0 if text and _heading_just_before(text, last_end, d.start) else _STEPS[d.relative]
                day = last_day + dt.timedelta(days=step)
                out.append(replace(d, year=day.year, month=day.month, day=day.day, relative=""))
            continue  # (with no day named just before, it dates nothing)
        if d.relative == SAME_DAY:
            # the day named last, passing over days still to come ("Conference opens on 23rd
            # September. DISPUTES PANEL, THE SAME AFTERNOON" is the afternoon of the day reported)
            past = [x for x in named if ref is None or x <= ref.last_day()]
            same = past[-1] if past else last_day
            if same is not None:
                d = replace(d, year=same.year, month=same.month, day=same.day, relative="")
            out.append(d)
            continue
        if d.relative.startswith(("the previous ", "the following ")) and d.weekday is not None and last_day:
            if text and last_day.weekday() == d.weekday and _heading_just_before(text, last_end, d.start):
                out.append(replace(d, year=last_day.year, month=last_day.month, day=last_day.day, relative=""))
                continue
            # "had met the previous Tuesday, a week before the full NEC": before the day named last
            step = -1 if d.relative.startswith("the previous") else 1
            day = last_day + dt.timedelta(days=step)
            while day.weekday() != d.weekday:
                day += dt.timedelta(days=step)
            out.append(replace(d, year=day.year, month=day.month, day=day.day, relative=""))
            continue
        on_day = bool(d.relative) and d.weekday is not None and (
            (len(d.relative.split()) == 2 and d.relative.split()[0] in ("on", "past")) or d.relative.startswith("on the "))
        if (text and on_day and head_day is not None and d.weekday == head_day.weekday()
                and (last_day is None or d.weekday != last_day.weekday() or not _in_section_of(text, last_end, d.start))
                and _in_section_of(text, head_end, d.start)):
            # "1. The special REC (Friday 24/5)" / "... the election for 4 July ... It met on the Friday
            # evening": the section's heading names the day, whatever other day was named since
            out.append(replace(d, year=head_day.year, month=head_day.month, day=head_day.day, relative=""))
            continue
        if (text and on_day and last_day is not None and d.weekday == last_day.weekday()
                and _in_section_of(text, last_end, d.start)):
            # "Wednesday 26 September" / "The CAC had been due to meet on Wednesday morning": a diary's
            # heading dates its section's own weekday
            out.append(replace(d, year=last_day.year, month=last_day.month, day=last_day.day, relative=""))
            continue
        if d.relative and d.weekday is not None and not d.relative.startswith("on the "):
            whole, _ = resolve(d, ref)
            if whole is not None and whole.day is not None:
                last_day = dt.date(whole.year, whole.month, whole.day)
        if (d.relative.startswith("on the ") or (run and d.relative.startswith("on "))) and d.weekday is not None \
                and days and d.start <= reach:  # ("On Saturday morning" in a report of a weekend forum)
            same = [x for x in days if x.weekday() == d.weekday]
            if same and ref is not None and same[0] > ref.last_day() and text and _MET_JUST_BEFORE.search(
                    text, max(0, d.start - 40), d.start):
                same = []  # "The JPC met on the Sunday afternoon" after "Conference opens on Sunday 8 October": not that one
            if same:
                d = replace(d, year=same[0].year, month=same[0].month, day=same[0].day, relative="")
        elif d.day is not None and d.month is not None and not d.relative:
            whole, _ = resolve(d, ref)
            if whole is not None and whole.day is not None:
                first = dt.date(whole.year, whole.month, whole.day)
                span = d.end_day - d.day + 1 if d.end_day is not None else 3  # a day: its weekend
                days = [first + dt.timedelta(days=k) for k in range(span)]
                reach = 10**9 if d.end_day is not None else d.end + 400
                run = d.end_day is not None
                last_day = first
                last_end = d.end
        if d.day is not None and d.month is not None and d.year is not None and not d.relative:
            last_day = dt.date(d.year, d.month, d.day)
            last_end = d.end
        if text and last_end == d.end and last_day is not None and _closes_heading(text, d.end):
            head_day, head_end = last_day, d.end  # a heading's day: "1. The special REC (Friday 24/5)"
        out.append(d)
    return out


def _closes_heading(text: str, end: int) -> bool:
    """The date ending at ``end`` closes a short line with no sentence end (a heading), a bracket
    or a stop after it at most."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[text.rfind("\n", 0, end) + 1 : line_end]
    tail = text[end:line_end].strip()
    return len(line.strip()) <= 80 and tail in ("", ")", ":", ")" + ":") and not line.rstrip().endswith((".", "!", "?", ";"))


#: A past meeting verb just before a day: "met on the Sunday afternoon".
_MET_JUST_BEFORE = re.compile(r"\b(?:met|was\s+held|were\s+held|took\s+place|sat|gathered)\s+(?:[\w,]+\s+){0,2}$", re.I)


def _line_around(text: str, end: int, start: int) -> tuple[int, int] | None:
    """(start, end) of the line holding offset ``end``, when that line ends before ``start``."""
    if not 0 <= end <= start:
        return None
    line_start = text.rfind("\n", 0, end) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or line_end > start:
        return None
    return line_start, line_end


def _heading_just_before(text: str, end: int, start: int) -> bool:
    """The date ending at ``end`` closes a heading line, and the paragraph holding ``start``
    is the first after it."""
    span = _line_around(text, end, start)
    if span is None:
        return False
    line, between = text[span[0] : span[1]].strip(), text[span[1] : start]
    return (len(line) <= 80 and not line.endswith((".", "!", "?")) and "\n\n" not in between.strip("\n")
            and between.count("\n\n") <= 1 and "." not in text[text.rfind("\n", 0, start) + 1 : start])


def _in_section_of(text: str, end: int, start: int) -> bool:
    """The date ending at ``end`` closes a heading line, and ``start`` lies in the section
    under it (no other heading line in between)."""
    span = _line_around(text, end, start)
    if span is None:
        return False
    line = text[span[0] : span[1]].strip()
    if len(line) > 80 or line.endswith((".", "!", "?", ",", ";")) or text[span[0] : end].count(".") > 1:
        return False
    return not any(_is_heading_line(p) for p in text[span[1] : text.rfind("\n", 0, start) + 1].split("\n\n")[1:])


def _is_heading_line(par: str) -> bool:
    """A paragraph that is one short line without closing punctuation: a heading."""
    par = par.strip()
    return bool(par) and "\n" not in par and len(par) <= 80 and not par.endswith((".", "!", "?", ":", ";", ","))


_DAY_BEFORE_AFTER = re.compile(r"(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"  # ("..., in Brighton, the day before")
                               r"\s*,?\s*(?i:on\s+)?((?i:the\s+day\s+)((?i:before|after)))\b")


def neighbour_days(text: str, dates: list[DateMention]) -> list[DateMention]:
    """"Saturday 24th September, the day before Annual Conference opens": the words "the
    day before" date what follows them, the day after the date named (before it for "the
    day after"). Each such phrase is added to ``dates`` as a day of its own, with the
    qualifier ``neighbour``; ``dates`` carry offsets into ``text``."""
    out: list[DateMention] = []
    for d in dates:
        out.append(d)
        if d.day is None or d.month is None or d.relative or d.end_day is not None:
            continue
        m = _DAY_BEFORE_AFTER.match(text, d.end)
        if not m:
            continue
        step = 1 if m.group(2).lower() == "before" else -1
        if d.year is not None:
            try:
                day = dt.date(d.year, d.month, d.day) + dt.timedelta(days=step)
            except ValueError:
                continue
            y, mo, da = day.year, day.month, day.day
        elif 1 <= d.day + step <= 28:
            y, mo, da = None, d.month, d.day + step
        else:
            continue  # a month's edge with no year to say how long the month is
        wd = None if d.weekday is None else (d.weekday + step) % 7
        out.append(DateMention(m.start(1), m.end(1), y, mo, da, weekday=wd, qualifier="neighbour"))
    return out


def _qualifier(q: str | None) -> str:
    if not q:
        return ""
    q = " ".join(q.lower().replace("-", " ").split())
    return q.removeprefix("the ").removesuffix(" of").strip()


def _month_alone_is_date(text: str, m) -> bool:
    """A bare month word is a date unless it is the verb/name: "May" needs a date-like
    neighbour ("in May", "the May meeting"), "March" is not "a march", abbreviations
    need a date-like neighbour too."""
    word = m.group("m").rstrip(".")
    if word.lower() in P.WELSH_MONTHS:
        return False  # a Welsh month counts only with its day ("9 Mehefin")
    if m.group("q"):
        return True  # "the end of March", "late May": a qualifier makes the month a date
    before = text[max(0, m.start() - 12) : m.start()].lower()
    after = text[m.end() : m.end() + 12].lower()
    if before.endswith((" a ", " an ")) or before in ("a ", "an "):
        return False  # "good turnout for a September meeting": any meeting in that month, not a date
    datey_before = any(before.rstrip().endswith(w) for w in
                       ("in", "since", "from", "until", "till", "by", "of", "the", "our", "last",
                        "next", "this", "early", "mid", "late", "end of", "before", "after", "and",
                        "on", "during", "to", "for", "each", "every", ":", "–"))  # ("Full NEC: July, date to be confirmed")
    if word in ("May", "March") or len(word) <= 4:
        return datey_before or after.lstrip().startswith(("meeting", "nec", "board", "rec"))
    return True


def weekday_beside(base: dt.date, weekday: int, *, after: bool) -> dt.date:
    """The first ``weekday`` (0 is Monday) after ``base``, or the last before it: never ``base`` itself."""
    if after:
        return base + dt.timedelta(days=(weekday - base.weekday()) % 7 or 7)
    return base - dt.timedelta(days=(base.weekday() - weekday) % 7 or 7)


def resolve(
    mention: DateMention,
    ref: PartialDate | None,
    *,
    direction: str = "nearest",
) -> tuple[PartialDate | None, bool]:
    """The date a mention stands for, and whether its year (or day) was inferred.

    ``ref`` is the report's own date; ``direction`` is ``past`` for held meetings,
    ``future`` for scheduled ones, else ``nearest``. Returns ``(None, False)`` when the
    mention cannot be dated (no year and no reference; a relative day without a
    day-precise reference).
    """
    if mention.relative == ORDINAL_DAY:
        return _ordinal_day(mention.day, ref, direction, mention.weekday)
    if mention.qualifier == CONTEXT_MONTH and mention.weekday is not None and ref is not None and not any(
            _on_weekday(y, mention.month, mention.day, mention.weekday)
            for y in ((mention.year,) if mention.year else (ref.year - 1, ref.year, ref.year + 1))):
        # "Tuesday the 14th" after "the September Board" in a report of November 2017: 14 September is
        # no Tuesday then, so the day is the report's month's (or a neighbour's) where it is one
        return _ordinal_day(mention.day, ref, direction, mention.weekday)
    if mention.relative.endswith(NAMED_MONTH) and mention.month is not None:
        if ref is None or ref.month is None:
            return None, False  # "last September": the latest September before the report's month
        if mention.relative.startswith("last"):
            return PartialDate(ref.year if mention.month < ref.month else ref.year - 1, mention.month), True
        return PartialDate(ref.year if mention.month > ref.month else ref.year + 1, mention.month), True
    if mention.relative and mention.relative.endswith(("week", "ago", "ago today", " earlier")):
        return _relative_week(mention.relative, ref)
    if mention.relative and mention.relative.endswith(("month", "year")):
        return _relative_period(mention.relative, ref, mention.month, mention.day)
    if mention.relative and mention.relative.split()[-1] in P.SEASON_START:
        return _season(mention.relative, ref, direction)
    if mention.relative:
        if ref is None or ref.precision != "day":
            return None, False
        base = ref.first_day()
        rel = mention.relative
        if rel in ("today", "tonight", "this morning", "this evening", "this afternoon"):
            return PartialDate(base.year, base.month, base.day), True
        if rel == "yesterday":
            d = base - dt.timedelta(days=1)
            return PartialDate(d.year, d.month, d.day), True
        if rel == "tomorrow":
            d = base + dt.timedelta(days=1)
            return PartialDate(d.year, d.month, d.day), True
        if mention.weekday is None:
            return None, False
        delta = (base.weekday() - mention.weekday) % 7
        if rel.startswith(("next", "the following")):
            d = weekday_beside(base, mention.weekday, after=True)
        elif rel.startswith(("last", "this past", "the previous")):
            d = weekday_beside(base, mention.weekday, after=False)
        elif rel.startswith("past "):  # "Tuesday's meeting": the Tuesday just gone, or today
            d = base - dt.timedelta(days=delta)
        elif rel.startswith("this"):  # "this Thursday": that day of the report's own week
            d = base + dt.timedelta(days=mention.weekday - base.weekday())
        elif direction == "future":
            d = base + dt.timedelta(days=(mention.weekday - base.weekday()) % 7)
        else:  # "on Monday" in a report of a held meeting: the most recent such day
            d = base - dt.timedelta(days=delta)
        return PartialDate(d.year, d.month, d.day), True
    if mention.year is not None:
        return PartialDate(mention.year, mention.month, mention.day), False
    if mention.month is None or ref is None:
        return None, False
    candidates = [PartialDate(y, mention.month, mention.day) for y in (ref.year - 1, ref.year, ref.year + 1)
                  if _valid(y, mention.month, mention.day)]
    if mention.weekday is not None and mention.day is not None:
        # "Saturday 24th September": the year in which that day is a Saturday, when one is
        fits = [c for c in candidates if c.first_day().weekday() == mention.weekday]
        if len(fits) == 1:
            return fits[0], True
    if ref.precision == "year":
        same = [c for c in candidates if c.year == ref.year]
        return (same[0] if same else None), True
    lo, hi = ref.first_day(), ref.last_day()

    def cost(c: PartialDate) -> float:
        a, b = c.first_day(), c.last_day()
        if b < lo:
            gap = (lo - b).days
            return gap * (1.0 if direction != "future" else 3.0)
        if a > hi:
            gap = (a - hi).days
            return gap * (1.0 if direction != "past" else 3.0)
        return 0.0

    return min(candidates, key=lambda c: (cost(c), -c.year)), True


def _relative_period(rel: str, ref: PartialDate | None, month: int | None = None,
                     day: int | None = None) -> tuple[PartialDate | None, bool]:
    """"last month", "next year", "earlier this month", "in March next year", "the 26th of
    this month" against the report's date."""
    if ref is None:
        return None, False
    step = -1 if rel.startswith(("last", "the previous")) else 1 if rel.startswith(("next", "the following")) else 0
    if rel.endswith("year"):
        return PartialDate(ref.year + step, month), True
    if ref.month is None:
        return None, False
    month = ref.month + step
    year = ref.year + (month > 12) - (month < 1)
    month = (month - 1) % 12 + 1
    if day is not None and _valid(year, month, day):
        return PartialDate(year, month, day), True
    return PartialDate(year, month), True


_WEEKS_AGO = {"a week ago": -7, "one week ago": -7, "last week": -7, "the previous week": -7,
              "two weeks ago": -14, "a fortnight ago": -14, "three weeks ago": -21, "next week": 7,
              "the following week": 7, "a week earlier": -7, "one week earlier": -7, "two weeks earlier": -14,
              "a fortnight earlier": -14, "three weeks earlier": -21}


def _relative_week(rel: str, ref: PartialDate | None) -> tuple[PartialDate | None, bool]:
    """"last week", "a fortnight ago" against the report's date: the month that week
    falls in (a week is not a day), or the report's own month when it gives no day."""
    if ref is None or ref.month is None:
        return None, False
    if ref.day is None:
        return PartialDate(ref.year, ref.month), True
    # "a fortnight ago today": that very day of the week; "a week earlier" than the day the report tells of
    exact = rel.endswith((" today", " earlier"))
    d = ref.first_day() + dt.timedelta(days=_WEEKS_AGO.get(rel.removesuffix(" today"), 0))
    return (PartialDate(d.year, d.month, d.day) if exact else PartialDate(d.year, d.month)), True


def _season(rel: str, ref: PartialDate | None, direction: str = "nearest") -> tuple[PartialDate | None, bool]:
    """A season's year against the report's date: "next spring" is the first one to begin
    after the report's month, "last autumn" the latest one begun before it, "the autumn"
    the report's year's (the coming one for a meeting still to come, once this year's is
    over)."""
    if ref is None:
        return None, False
    which, season = rel.split()
    start = P.SEASON_START[season]
    if ref.month is None:
        return PartialDate(ref.year + {"next": 1, "last": -1}.get(which, 0)), True
    if which not in ("next", "last"):
        if direction == "future" and ref.month > start + 2:
            return PartialDate(ref.year + 1), True
        return PartialDate(ref.year), True
    if which == "next":
        return PartialDate(ref.year if ref.month < start else ref.year + 1), True
    return PartialDate(ref.year if ref.month > start + 2 else ref.year - 1), True


def parse_loose_date(value: str) -> str:
    """An ISO date at its precision from a free string ("2019-08", "14 March 2019",
    "Aug 2019", "2019"), or '' when none is there. Never adds a day."""
    value = (value or "").strip()
    if not value:
        return ""
    iso = from_iso(value)
    if iso:
        return iso.iso()
    for m in find_dates(value):
        if m.year is not None and m.month is not None:
            return PartialDate(m.year, m.month, m.day).iso()
    for m in find_dates(value):
        if m.year is not None:
            return str(m.year)
    return ""


def date_from_url(url: str) -> str:
    """The date in a URL path (``/2020/10/`` or ``/2020/10/06/``), ISO at its precision."""
    m = P.URL_DATE.search(url or "")
    if not m:
        return ""
    y, mo = int(m.group("y")), int(m.group("m"))
    d = int(m.group("d")) if m.group("d") else None
    if not _valid(y, mo, d) or not 1 <= mo <= 12:
        return ""
    return PartialDate(y, mo, d).iso()


def dateline_in_text(text: str, *, head_chars: int = 600) -> str:
    """A publication date from a dateline near the top ("Posted on 14 March 2019")."""
    head = text[:head_chars]
    for m in P.DATELINE.finditer(head):
        got = parse_loose_date(m.group("rest"))
        if got and len(got) >= 7:
            return got
    return ""


def dates_in_title(title: str) -> list[PartialDate]:
    """Explicit dates (with a year) in a title, most precise first."""
    out = []
    for m in find_dates(title):
        if m.year is not None and not m.relative:
            out.append(PartialDate(m.year, m.month, m.day))
    return sorted(out, key=lambda p: ("day", "month", "year").index(p.precision))
