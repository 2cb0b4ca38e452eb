"""Segment: a document's text into reports, and a report into blocks and sentences.

Pure functions over the normalised text; every span is an offset into that text.

A blog archive page holds several posts, each cut short by "Continue reading" (or
"Read more"); each post becomes a report with its own title. Within a report, a *block*
is a heading, a paragraph, or one list item ("• ...", "Item 6: ..."); a *sentence* is a
span inside a block. List items shorter than :data:`LIST_ITEM_SENTENCE_MAX` are one
sentence, so "Item 6: Rule changes. Deferred." is read as one record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from toolkit import patterns as P
from toolkit.dates import PartialDate, dates_in_title, find_dates, from_iso

LIST_ITEM_SENTENCE_MAX = 300
HEADING_MAX_CHARS = 90
#: In a text wrapped at a margin (e-mail, PDF), a line at least this long that ends
#: mid-sentence was wrapped.
WRAPPED_LINE_MIN = 60


@dataclass(frozen=True)
class ReportSpan:
    """One report inside a document: its span, title and date (ISO at its precision)."""

    index: int
    char_start: int
    char_end: int
    title: str
    title_start: int
    title_end: int
    published: str
    date_source: str


@dataclass(frozen=True)
class Block:
    """A heading, paragraph or list item of a report, with its span."""

    kind: str  # heading | paragraph | item
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """A sentence (or short list item) with its span and the block it lies in."""

    start: int
    end: int
    block: int


# --- reports -------------------------------------------------------------------------------

def _lines(text: str, start: int, end: int):
    """Yield (line_start, line_end) of the non-empty lines in text[start:end]."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        if text[pos:stop].strip():
            yield pos, stop
        pos = stop + 1


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t#*_>":
        s += 1
    while e > s and text[e - 1] in " \t*_":
        e -= 1
    return s, e


def _title_of(text: str, start: int, end: int, *, post: bool = False) -> tuple[str, int, int]:
    """The first title-like line of a chunk, skipping archive frame lines and bylines
    ("From A and B", "Posted on ...") when a title-like line follows them; in a post of an
    archive page (``post``), also the page's introduction sentences before its title."""
    fallback = None
    lines = list(_lines(text, start, end))
    for n, (s, e) in enumerate(lines):
        s, e = _strip_span(text, s, e)
        line = text[s:e]
        if P.ARCHIVE_FRAME.match(line):
            continue
        stamped = n < 3 and ((n + 1 < len(lines) and len(line.split()) <= 4 and _post_stamp(text[slice(*lines[n + 1])]))
                             or _post_stamp(line))  # a social post's header: "Jo Bloggs" / "17 March 2014 at 09:12 · Public"
        if n < 4 and (P.BYLINE.match(line) or P.DATELINE.match(line) or P.STATUS_LINE.search(line) or stamped):
            fallback = fallback or (line, s, e)
            continue
        if post and n < 3 and len(line) > 60 and line.endswith((".", "!", "?")):
            fallback = fallback or (line, s, e)  # an archive's introduction: a sentence, not a title
            continue
        if len(line) <= 200:
            return _wrapped_title(text, line, s, e, end)
        break
    if fallback and len(fallback[0]) <= 200:
        return fallback
    return "", start, start


_STAMP_REST = re.compile(
    r"^[\s·•|,–-]*(?:at\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?[\s·•|,–-]*"
    r"(?:public|shared\s+with\s+public|edited|friends|members|group)?[\s·•|\U0001f30d\U0001f310\U0001f465\U0001f512\ufe0f]*$", re.I)


def _post_stamp(line: str) -> bool:
    """A social post's date line: "17 March 2014 at 09:12 · Public", "3 May at 18:40 ·"."""
    line = line.strip()
    if not line or len(line) > 60:
        return False
    found = [d for d in find_dates(line) if d.month is not None and not d.relative]
    if len(found) != 1:
        return False
    rest = line[: found[0].start] + " " + line[found[0].end :]
    return bool(_STAMP_REST.match(rest)) and (found[0].day is not None or "·" in line)


def _wrapped_title(text: str, line: str, s: int, e: int, end: int) -> tuple[str, int, int]:
    """A title wrapped at a margin onto a short second line ("... on Saturday 9 November" /
    "2013", then a blank line) is both lines, joined by a space."""
    if len(line) < WRAPPED_LINE_MIN or line.endswith(_TERMINAL) or not text.startswith("\n", e):
        return line, s, e
    nl = text.find("\n", e + 1, end)
    stop = end if nl == -1 else nl
    s2, e2 = _strip_span(text, e + 1, stop)
    more = text[s2:e2]
    if (not more or len(more) > 40 or not text.startswith("\n\n", stop) or P.LIST_MARKER.match(more)
            or P.BYLINE.match(more) or P.DATELINE.match(more) or _NAME_ALONE.fullmatch(more)
            or _NAME_ROLE.match(more)):
        return line, s, e  # (nor "Gwen Pardoe" or "Owain Meredydd, CLP rep on the NEC" under the title: its author)
    return f"{line} {more}", s, e2


#: A line that is only a person's name: "Gwen Pardoe", "Cllr Jo Bloggs" (not "Regional Board").
_NAME_ALONE = re.compile(r"(?:(?:Cllr|Councillor|Dr)\s+)?(?!(?:Regional|Board|Executive|Committee|Forum|Labour|National|"
                         r"Policy|Conference|Party|Report|Meeting|Council|North|South|East|West|New|The)\b)"
                         r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}")
_NAME_ROLE = re.compile(_NAME_ALONE.pattern + r"\s*[,–—|-]\s*(?:[\w'’-]+\s+){0,3}?(?i:rep|reps|representative|member|"
                        r"secretary|chair|delegate|councillor|officer)\b")


def _post_header_date(line: str):
    """The date of a post's header line ("Posted on 14 March 2018 by Jo Bloggs", "By Jo
    Bloggs | 29 September 2022"), or None when the line is not one."""
    if len(line) > 120 or not (P.BYLINE.match(line) or P.DATELINE.match(line)):
        return None
    for d in find_dates(line):
        if d.year and d.month and not d.relative:
            return d
    return None


def _header_date_after(text: str, start: int, end: int) -> PartialDate | None:
    """The date of a post header line ("Posted on 14 March 2016 by ...") among the first
    lines after a title, or None."""
    for n, (s, e) in enumerate(_lines(text, start, end)):
        if n >= 3:
            break
        d = _post_header_date(text[s:e].strip())
        if d is not None:
            return PartialDate(d.year, d.month, d.day)
    return None


def _posts_by_header(text: str) -> list[ReportSpan]:
    """An archive page without "Continue reading" separators: posts found by their dated
    header lines, each post starting at its title (the line just above its header)."""
    lines = list(_lines(text, 0, len(text)))
    heads = []  # (date, title start, title end): a post starts at its title
    for n, (s, e) in enumerate(lines):
        d = _post_header_date(text[s:e].strip())
        if d is None:
            continue
        ts, te = s, e
        if n > 0:
            ps, pe = _strip_span(text, *lines[n - 1])
            prev = text[ps:pe]
            if prev and len(prev) <= 150 and not prev.endswith((".", "!", "?")) and not P.ARCHIVE_FRAME.match(prev):
                ts, te = ps, pe
        if heads and ts < heads[-1][2]:
            continue  # two header lines in a row belong to one post
        heads.append((d, ts, te))
    if len(heads) < 2:
        return []
    out = []
    for k, (d, ts, te) in enumerate(heads):
        end = heads[k + 1][1] if k + 1 < len(heads) else len(text)
        while end > ts and text[end - 1].isspace():
            end -= 1
        iso = PartialDate(d.year, d.month, d.day).iso()
        out.append(ReportSpan(k, ts, end, text[ts:te], ts, te, iso, "text"))
    return out


def split_reports(text: str, doc_title: str = "", doc_published: str = "",
                  doc_published_source: str = "") -> list[ReportSpan]:
    """Split a document into reports.

    A document with "Continue reading"/"Read more" separators is an archive page: each
    chunk between separators is a post, titled by its first line, dated by its title
    (or a dateline) when they give a date. So is a document with two or more dated post
    headers ("Posted on 14 March 2018 by ...", "By ... | 29 September 2022"): each post
    runs from its title, the line above its header, to the next. Any other document is
    one report, titled by ``doc_title`` (else its first line), dated by ``doc_published``
    (else its title).
    """
    seps = list(P.CONTINUE_READING.finditer(text))
    if seps:
        chunks = []
        pos = 0
        for m in seps:
            chunks.append((pos, m.start()))
            pos = m.end()
        tail = text[pos:].strip()
        if tail and len(tail) > 200:  # a last post without a separator
            chunks.append((pos, len(text)))
        reports = []
        for s, e in chunks:
            title, ts, te = _title_of(text, s, e, post=True)
            body_start = ts
            while e > body_start and text[e - 1].isspace():
                e -= 1
            if not title or e - body_start < 40:
                continue
            dates = dates_in_title(title)
            published, source = (dates[0].iso(), "title") if dates else ("", "")
            header = _header_date_after(text, te, e)
            if header is not None and (not dates or (
                    header.iso().startswith(published) and len(header.iso()) > len(published))):
                published, source = header.iso(), "text"  # "Posted on 14 March 2016" under "Board report: March 2016"
            reports.append(ReportSpan(len(reports), body_start, e, title, ts, te, published, source))
        if len(reports) >= 2:
            return reports
    posts = _posts_by_header(text)
    if len(posts) >= 2:
        return posts
    title, ts, te = _title_of(text, 0, len(text))
    if doc_title and (P.BYLINE.match(doc_title) or P.DATELINE.match(doc_title)):
        doc_title = ""  # a byline taken for a title upstream: the text's own title wins
    if doc_title and doc_title.strip() != title:
        found = text.find(doc_title.strip())
        if 0 <= found < 400:
            ts, te = found, found + len(doc_title.strip())
        elif title.rstrip().endswith((".", "!", "?")) or len(title) > 120:
            ts = te = 0  # the first line is text, not a title: the title is known from elsewhere
        title = doc_title.strip()
    published, source = doc_published, doc_published_source
    if not published:
        dates = dates_in_title(title)
        if dates:
            published, source = dates[0].iso(), "title"
    end = len(text.rstrip())
    return [ReportSpan(0, 0, end, title, ts, te, published, source)]


#: How far into a report a dateline is looked for.
HEAD_CHARS = 400


#: A year the report looks ahead to ("to be delivered over 2012", "by 2030") or back from
#: ("joined since May 2010") is not its own.
_TOWARD_YEAR = re.compile(r"\b(?:since|over|by|until|till|through|throughout|beyond|into|ahead\s+of)\s+(?:the\s+(?:whole\s+of\s+|rest\s+of\s+)?)?$", re.I)


#: A sign-off's date: "(written on the 17.15 from Lime Street, Thurs 26.9.24)", "Posted 3 March 2019",
#: "Jo Bloggs, 12 May 2021" (a name, a comma, the date, nothing after).
_SIGNED_CUE = re.compile(r"\b(?:written|posted|published|updated|sent|dated)\b", re.I)
_NAME_COMMA = re.compile(r"\W*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3},\s*$")


def _sign_off_date(body: str, found: list) -> PartialDate | None:
    """The full date of a report's sign-off in its last two lines, if it gives one."""
    lines = [ln for ln in body.rstrip().rsplit("\n", 3)[-2:] if ln.strip()]
    if not lines:
        return None
    tail_at = len(body.rstrip()) - sum(len(ln) + 1 for ln in lines) + 1
    for m in found:
        if m.start < tail_at or not (m.day and m.month and m.year) or m.relative or m.end_day is not None:
            continue
        line_start, line_end = body.rfind("\n", 0, m.start) + 1, body.find("\n", m.end)
        before, after = body[line_start : m.start], body[m.end : line_end if line_end >= 0 else len(body)]
        if _SIGNED_CUE.search(before) or (_NAME_COMMA.fullmatch(before) and not after.strip(" .)")):
            return PartialDate(m.year, m.month, m.day)
    return None


#: A date that is a publication's own, on its title or header line: "Members' Bulletin, 19 March
#: 2012", "Newsletter – Monday 3 June", "Sent: Tuesday 9 July 2019 10:14".
_ISSUE_DATE = re.compile(r"\b(?:[Bb]ulletin|[Nn]ewsletter|[Nn]ews|[Ii]ssue(?:\s+\d+)?|[Ss]ent|[Dd]ate)\s*[,:–—|-]?\s*$")


def _issue_day(body: str) -> PartialDate | None:
    """The day a report was issued, from a dateline ("Posted on 19 March 2012 by ...") or a
    publication's title naming its issue's date, in the report's first lines; None when none."""
    for s, e in list(_lines(body, 0, min(len(body), HEAD_CHARS)))[:4]:
        line = body[s:e]
        for d in find_dates(line):
            if d.year and d.month and d.day and not d.relative and (
                    P.DATELINE.match(line) or _ISSUE_DATE.search(line, 0, d.start)):
                return PartialDate(d.year, d.month, d.day)
    return None


def report_reference_date(text: str, report: ReportSpan) -> tuple[PartialDate | None, str]:
    """The date against which a report's partial dates are completed, and its source.

    The report's own date (title, manifest, URL) when known; else a date with its year in
    the report's first lines (a dateline, source ``text``); else the year written most
    often in the report's text (the latest on a tie), as a year-precise date with source
    ``inferred``.
    """
    ref = from_iso(report.published)
    body = text[report.char_start : report.char_end]
    if ref is not None and ref.month is not None:
        issued = _issue_day(body) if ref.day is None else None
        if issued is not None and (issued.year, issued.month) == (ref.year, ref.month):
            return issued, "text"  # "Members' Bulletin, 19 March 2012" published in /2012/03/: that day
        return ref, report.date_source or "manifest"
    found = find_dates(body)
    # a year written as the report's own, not one it looks ahead to or back from
    own = [bool(m.year) and not m.relative and not _TOWARD_YEAR.search(body[max(0, m.start - 24) : m.start])
           for m in found]
    for k, m in enumerate(found):  # a dateline under the title: "Report of the meeting held on Saturday 8 November 2014"
        if m.start >= HEAD_CHARS:
            break
        if m.month and own[k] and (ref is None or m.year == ref.year):
            # (with only a year known, "Conference ran from Friday 5 to Sunday 7 April 2019" gives its month)
            return PartialDate(m.year, m.month, m.day), "text"
    signed = _sign_off_date(body, found)
    if signed is not None and (ref is None or signed.year == ref.year):
        return signed, "text"  # "(written on the train home, Thurs 26.9.24)": the day the report was written
    if ref is not None:
        return ref, report.date_source or "manifest"
    years = [m.year for k, m in enumerate(found) if own[k]]
    if years:
        best = max(set(years), key=lambda y: (years.count(y), y))
        return PartialDate(best), "inferred"
    return None, ""


# --- blocks and sentences -------------------------------------------------------------------

_TERMINAL = (".", "!", "?", ":", ";", "…", '"', "”", "’", ")")


def _is_heading(line: str, next_blank: bool) -> bool:
    if P.MARKDOWN_HEADING.match(line):
        return True
    bare = P.EMPHASIS.sub("", line).strip()
    if not bare or len(bare) > HEADING_MAX_CHARS:
        return False
    if bare.endswith(";") and len(bare) < 50:  # "Boundary Review;"
        return True
    if bare[-1] in ".!?,":
        return False
    words = bare.split()
    if len(words) > 12:
        return False
    return next_blank or len(words) <= 8


def _caps_heading(line: str) -> bool:
    """A short numbered line in capitals: a section's heading, not an item of a list."""
    bare = P.LIST_MARKER.sub("", line, count=1).strip()
    letters = [c for c in bare if c.isalpha()]
    return len(bare) <= HEADING_MAX_CHARS and len(letters) >= 4 and all(c.isupper() for c in letters)


def _title_heading(line: str) -> bool:
    """A short numbered line in title case naming a day, with no closing stop: "4. Full NEC –
    Tuesday 18 July" (a meeting's heading, not an item of a list)."""
    bare = P.LIST_MARKER.sub("", line, count=1).strip()
    words = re.findall(r"[A-Za-z][\w'’-]*", bare)
    return (len(bare) <= HEADING_MAX_CHARS and 2 <= len(words) <= 8 and bare[-1:] not in _TERMINAL + (",",)
            and all(w[0].isupper() for w in words if len(w) > 3) and bool(re.search(r"\d", bare))
            and bool(P.MONTH_WORD.search(bare)))


_NUMBER_MARK = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+(?=[A-Z])")


def _numbered_heading(line: str) -> bool:
    """A short numbered line standing alone above a paragraph, with no closing stop: "6. Procedures
    sub-committee", "8. Motion: selections" (an agenda's section, not an item of a list)."""
    m = _NUMBER_MARK.match(line)
    bare = line[m.end() :].strip() if m else ""
    head = re.sub(r"\s*\([^()]*\)$", "", bare)  # ("2. The pre-conference NEC (Saturday, Hilton Metropole)")
    return bool(head) and len(bare) <= 60 and len(bare.split()) <= 8 and head[-1] not in _TERMINAL + (",",)


def _label_heading(item: str) -> bool:
    """One short "Item 4: Finance" line with no full stop: the label of what follows."""
    return ("\n" not in item and len(item) <= 80 and len(item.split()) <= 10
            and bool(P.ITEM_LABEL.match(item)) and item.rstrip()[-1:] not in _TERMINAL)


#: A line of spaces only: page furniture blanked out by :func:`mask_chrome` (normalised
#: text has no trailing spaces, so no other line is like this).
_MASKED_LINE = re.compile(r"\n[ ]+(?=\n)")


def hard_wrapped(text: str, start: int, end: int) -> bool:
    """Whether the lines of text[start:end] were wrapped at a margin (an e-mail, a PDF's
    text): several lines reach :data:`WRAPPED_LINE_MIN` and hardly any runs past 100
    characters."""
    lengths = [e - s for s, e in _lines(text, start, end)]
    long = sum(1 for n in lengths if n >= WRAPPED_LINE_MIN)
    over = sum(1 for n in lengths if n > 100)
    return long >= 5 and over <= len(lengths) // 20


#: A line drawn across the text: "==========", "----------", "* * *".
_RULE_LINE = re.compile(r"[ \t]*(?:[=_~*#-][ \t]*){3,}|[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?)?[ \t]*")
#: A table's row, its cells split by bars: "Health | 25.2.21 | Paper agreed |", "| 1 | Minutes | Agreed |".
_TABLE_ROW = re.compile(r"\|?[^|\n]*\S\s+\|\s+\S[^|\n]*\|")


_LETTERED = re.compile(r"[ \t]*\(?[a-h][.)][ \t]")


def split_blocks(text: str, start: int, end: int) -> list[Block]:
    """Blocks of text[start:end]: headings, list items and paragraphs (lines joined
    while a line does not end a sentence and the next does not start a new block)."""
    lines = list(_lines(text, start, end))
    wrapped = hard_wrapped(text, start, end)
    blocks: list[Block] = []
    cur: list[int] | None = None  # [start, end, kind]
    rules = [bool(_RULE_LINE.fullmatch(text, s, e)) for s, e in lines]
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if rules[i]:  # "==========" around "PART 2: EQUALITIES COMMITTEE": a rule parts blocks, as a blank line does
            if cur:
                blocks.append(Block(cur[2], cur[0], cur[1]))
            cur = None
            continue
        nxt_blank = i + 1 == len(lines) or "\n\n" in text[e : lines[i + 1][0]] or rules[i + 1]
        gap_blank = cur is not None and "\n\n" in text[cur[1] : s]
        if gap_blank and text[cur[1] - 1] not in _TERMINAL and (
                _MASKED_LINE.search(text, cur[1], s) or line[:1].islower()):
            # a sentence running on over a page break (a PDF's text: a blank line, or a
            # page's header and number blanked out by mask_chrome, in mid-sentence)
            gap_blank = False
        wraps = (cur is not None and not gap_blank and cur[2] in ("paragraph", "item")
                 and (text[cur[1] - 1] not in _TERMINAL or line[:1].islower()))
        # (a table's row, its cells split by bars, is an item of its own: "Health | 25.2.21 | Paper agreed")
        row = _TABLE_ROW.match(line) is not None
        is_item = bool(P.LIST_MARKER.match(line) or P.ITEM_LABEL.match(line)) or row
        after = lines[i + 1][0] if i + 1 < len(lines) else -1
        if is_item and not row and nxt_blank and (_caps_heading(line) or _title_heading(line) or (
                _numbered_heading(line) and after >= 0 and (not P.LIST_MARKER.match(text[after : after + 12])
                                                             or _LETTERED.match(text, after, after + 12)))):
            # (a numbered line over lettered items heads them: "6. Motions" / "(a) Southampton Itchen CLP, ...")
            # "1. ORGANISATION COMMITTEE, TUESDAY 19 MARCH", "1. Special NEC – Tuesday 4 July"
            if cur:
                blocks.append(Block(cur[2], cur[0], cur[1]))
            blocks.append(Block("heading", *_strip_span(text, s, e)))
            cur = None
            continue
        if is_item:
            if cur:
                blocks.append(Block(cur[2], cur[0], cur[1]))
            cur = [s, e, "item"]
            continue
        # a hard-wrapped line (the one before it filled to the margin, no sentence ended)
        # continues its block even when it is short: "... procedures and timetable |" / "Agreed, 11 votes to 3"
        filled = wrapped and wraps and i > 0 and lines[i - 1][1] - lines[i - 1][0] >= WRAPPED_LINE_MIN
        opens = wrapped and not nxt_blank and e - s >= WRAPPED_LINE_MIN  # a wrapped paragraph's first line
        if not (wraps and (line[:1].islower() or filled)) and not opens and _is_heading(line, nxt_blank):
            if cur:
                blocks.append(Block(cur[2], cur[0], cur[1]))
            blocks.append(Block("heading", *_strip_span(text, s, e)))
            cur = None
            continue
        if wraps and cur[2] == "item" and line[:1].isupper() and _label_heading(text[cur[0] : cur[1]]):
            # "Item 1: Welcome and apologies" above its paragraph: a heading, not a wrapped line
            blocks.append(Block("heading", *_strip_span(text, cur[0], cur[1])))
            cur = [s, e, "paragraph"]
            continue
        if wraps:
            cur[1] = e  # a wrapped line continues the block
            continue
        if cur:
            blocks.append(Block(cur[2], cur[0], cur[1]))
        cur = [s, e, "paragraph"]
    if cur:
        blocks.append(Block(cur[2], cur[0], cur[1]))
    return blocks


#: A sentence ends at . ! ? … before a capital, and at emoji before a capital (posts that
#: punctuate with them: "the very end ❤️ Minutes of the May meeting were agreed ✅ and ...").
_SENT_END = re.compile(
    rf"[.!?…]+[\"”’')\]]*(?:\s*[{P.EMOJI}][{P.EMOJI}\ufe0f\u200d\s]*?)?(?=\s+[\"“‘(\[]?[A-Z0-9•–\-*(])"
    rf"|(?<=\w)\s*[{P.EMOJI}][{P.EMOJI}\ufe0f\u200d\s]*?(?=\s+[\"“‘(\[]?[A-Z])"
    rf"|[.!?…]+[\"”’')\]]*\s*$"
)
#: _SENT_END for a block with no emoji (the same matches there, found faster: its emoji branches never match).
_SENT_END_PLAIN = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9•–\-*(])|[.!?…]+[\"”’')\]]*\s*$")
_EMOJI_CHAR = re.compile(rf"[{P.EMOJI}]")


def split_sentences(text: str, blocks: list[Block]) -> list[Sentence]:
    """Sentences of each block. A short list item is one sentence; otherwise a sentence
    ends at ``.``/``!``/``?`` followed by a capital, not after an abbreviation."""
    out: list[Sentence] = []
    for bi, b in enumerate(blocks):
        if b.kind == "heading" or (b.kind == "item" and b.end - b.start <= LIST_ITEM_SENTENCE_MAX):
            out.append(Sentence(b.start, b.end, bi))
            continue
        seg = text[b.start : b.end]
        pos = 0
        for m in (_SENT_END if _EMOJI_CHAR.search(seg) else _SENT_END_PLAIN).finditer(seg):
            stop = m.end()
            head = seg[max(0, m.start() - 12) : m.start() + 1]
            if P.ABBREVIATIONS.search(head):
                continue
            chunk = seg[pos:stop]
            if chunk.strip():
                s = pos + (len(chunk) - len(chunk.lstrip()))
                e = stop - (len(chunk) - len(chunk.rstrip()))
                out.append(Sentence(b.start + s, b.start + e, bi))
            pos = stop
        if seg[pos:].strip():
            chunk = seg[pos:]
            s = pos + (len(chunk) - len(chunk.lstrip()))
            e = len(seg) - (len(chunk) - len(chunk.rstrip()))
            out.append(Sentence(b.start + s, b.start + e, bi))
    return out


# --- a web page's frame --------------------------------------------------------------------

_LINK_MAX = 100


def _link_like(line: str) -> bool:
    """A short line that reads as a link or a date in a list, not as prose."""
    line = line.strip()
    return bool(line) and len(line) <= _LINK_MAX and (
        not line.endswith((".", "!", ";")) or P.CLOCK_TIME.search(line) is not None or P.CHROME_LINE.match(line) is not None)


def _is_post_header(line: str) -> bool:
    return _post_header_date(line.strip()) is not None


def web_chrome(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are the web page around a report rather than the report:
    sharing buttons, "Related" and sidebar link lists, the comment form and readers'
    comments, menus and cookie banners (each a whole line, in order).

    A readers' comment section ("3 thoughts on “…”", "Leave a Reply") runs to the end of
    the text, or to the next post of an archive page (a "Continue reading" link, or a post's
    title above its dated header). A list under "Related", "Recent Posts", "Archives" ...
    runs while its lines read as links. A comment ("Jo Bloggs says:" above a dated line)
    runs to its "Reply" link. Everything else is kept.
    """
    lines = list(_lines(text, 0, len(text)))
    n = len(lines)
    row = [text[s:e] for s, e in lines]
    chrome = [False] * n

    def boundary(k: int) -> bool:  # line k starts the next post of an archive page
        return (P.CONTINUE_READING.search(row[k]) is not None or _is_post_header(row[k])
                or (k + 1 < n and _is_post_header(row[k + 1])))

    k = 0
    while k < n:
        line = row[k].strip()
        if P.PAGE_NUMBER.match(line):  # a PDF page's number or "Page 2 of 4" header
            chrome[k] = True
            k += 1
            continue
        if P.COMMENTS_START.match(line):
            j = k
            while j < n and (j == k or not boundary(j)):
                chrome[j] = True
                j += 1
            k = j
            continue
        if P.COMMENT_HEAD.match(line) and k + 1 < n and P.CLOCK_TIME.search(row[k + 1]) and len(row[k + 1]) <= 60:
            ends = [j for j in range(k + 2, min(n, k + 16)) if row[j].strip().lower() in ("reply", "reply ↓")]
            stop = ends[0] if ends else k + 1
            for j in range(k, stop + 1):
                chrome[j] = True
            k = stop + 1
            continue
        if P.CHROME_BLOCK.match(line):
            chrome[k] = True
            j = k + 1
            while j < n and not boundary(j) and not _opens_chrome(row[j]) and (
                    P.CHROME_LINE.match(row[j]) or (_link_like(row[j]) and (j + 1 >= n or _link_like(row[j + 1])
                                                                             or P.CHROME_BLOCK.match(row[j + 1])))):
                chrome[j] = True
                j += 1
            if j == k + 1 and j < n and not _opens_chrome(row[j]) and not P.CHROME_LINE.match(row[j]):
                chrome[k] = False  # a heading over the report's own prose: "Comments", "Links"
            k = j
            continue
        if P.CHROME_LINE.match(line):
            chrome[k] = True
        k += 1
    running: dict[str, list[int]] = {}  # a page's running header or footer: the same line by every page number
    for k in range(n):
        if not chrome[k] and len(row[k]) <= 100 and any(chrome[j] and P.PAGE_NUMBER.match(row[j].strip())
                                                       for j in range(max(0, k - 2), min(n, k + 3))):
            running.setdefault(re.sub(r"\d+", "#", row[k].strip()), []).append(k)
    for ks in running.values():
        if len(ks) >= 2:
            for k in ks:
                chrome[k] = True
    for k in range(1, n - 1):  # a site's name between its menu links: "Skip to content / Jo's Blog / Home"
        if chrome[k - 1] and chrome[k + 1] and not chrome[k] and _link_like(row[k]) and not boundary(k):
            chrome[k] = True
    return [lines[k] for k in range(n) if chrome[k]]


def _opens_chrome(line: str) -> bool:
    """A line that starts a run of its own (a comment section, a comment, a list)."""
    return bool(P.COMMENTS_START.match(line) or P.COMMENT_HEAD.match(line) or P.CHROME_BLOCK.match(line))


def mask_chrome(text: str) -> str:
    """``text`` with the web page around its reports (:func:`web_chrome`) blanked out:
    the same length and line breaks, so every offset still points at the same words."""
    spans = web_chrome(text)
    if not spans:
        return text
    parts, pos = [], 0
    for s, e in spans:
        parts.append(text[pos:s])
        parts.append(" " * (e - s))
        pos = e
    parts.append(text[pos:])
    return "".join(parts)
