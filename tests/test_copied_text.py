"""Reports as readers copy them: with the web page around them (sharing buttons, related
links, readers' comments, menus, sidebars), which is not read as the report, and
hard-wrapped at a margin (e-mail, PDF text), which reads as the unwrapped text does.
Texts here are composed for the test."""

import json
import shutil
import textwrap
from pathlib import Path

from toolkit.evaluate import evaluate
from toolkit.segment import mask_chrome, split_blocks, split_reports, web_chrome

GOLD = Path(__file__).parent / "gold"

PAGE = """Skip to content
Red Rose Notes
Home
About
Menu
Board report – 12 May 2018
Posted on 14 May 2018 by Jo Bloggs
The Board met on Saturday 12 May in Preston. The Board agreed the campaign budget.
Comments
The motion on buses, which I raised at the last meeting, was carried by 20 votes to 4.
Share this:
Twitter
Facebook
Like this:
Like Loading...
Related
NEC report – 14 March 2019
In "NEC"
Posted in Regional Board | Tagged Board, Preston | 2 Comments
2 thoughts on “Board report – 12 May 2018”
Sam Reader says:
15 May 2018 at 9:14 pm
Thanks. Our CLP agreed to send a motion to the Board's July meeting.
Reply
Leave a Reply Cancel reply
Your email address will not be published. Required fields are marked *
Recent Posts
Board report – 10 March 2018
Archives
May 2018
Blog at WordPress.com.
"""


def _lines_of(text, spans):
    return [text[s:e] for s, e in spans]


def test_web_chrome_finds_the_page_around_the_report():
    got = _lines_of(PAGE, web_chrome(PAGE))
    kept = [line for line in PAGE.splitlines() if line and line not in got]
    assert kept == [
        "Board report – 12 May 2018",
        "Posted on 14 May 2018 by Jo Bloggs",
        "The Board met on Saturday 12 May in Preston. The Board agreed the campaign budget.",
        "Comments",  # a heading over prose is the report's own
        "The motion on buses, which I raised at the last meeting, was carried by 20 votes to 4.",
    ]
    assert "Thanks. Our CLP agreed to send a motion to the Board's July meeting." in got
    assert "Red Rose Notes" in got  # the site's name, between its menu links


def test_masking_keeps_every_offset():
    masked = mask_chrome(PAGE)
    assert len(masked) == len(PAGE)
    assert [i for i, c in enumerate(masked) if c == "\n"] == [i for i, c in enumerate(PAGE) if c == "\n"]
    start = PAGE.index("The Board met")
    assert masked[start : start + 40] == PAGE[start : start + 40]
    rep = split_reports(masked)[0]
    assert rep.title == "Board report – 12 May 2018"
    assert masked[rep.char_start : rep.char_end].rstrip().endswith("by 20 votes to 4.")


def test_post_footers_on_an_archive_page_keep_every_post():
    page = ("Board report – 12 May 2018\nPosted on 14 May 2018 by Jo Bloggs\nThe Board met on Saturday.\n"
            "Posted in Board | Leave a comment\nShare this:\nTwitter\nRelated\n"
            "Regional conference report\nPosted on 3 March 2018 by Jo Bloggs\nConference met in Blackpool.\n")
    masked = mask_chrome(page)
    titles = [r.title for r in split_reports(masked)]
    assert titles == ["Board report – 12 May 2018", "Regional conference report"]


def test_web_chrome_leaves_a_plain_report_alone():
    for case in sorted((GOLD / "train4").glob("*.txt")):
        assert web_chrome(case.read_text(encoding="utf-8")) == [], case.name


WORDPRESS = """
Share this:
Twitter
Facebook
Like this:
Like Loading...
Related
NEC report – 14 March 2019
In "NEC"
Posted in Reports | Tagged NEC, democracy | 2 Comments
2 thoughts on “{title}”
Margaret Reader says:
12 October 2020 at 9:14 pm
Thanks, really useful. Our CLP agreed to send a motion to the next meeting.
Reply
Leave a Reply Cancel reply
Recent Posts
Equalities Committee, 5 November
Archives
November 2020
"""
FACEBOOK = """
Like · Reply · 2h
All reactions:
24
12 comments
Most relevant
Sandra Reader
Great report, thanks. We agreed to circulate it at our branch meeting on 3 March.
2d
Reply
"""


def test_gold_scores_do_not_move_when_the_page_is_copied_with_its_frame(tmp_path):
    """Composed gold cases, copied as a reader copies a page (menu above, sharing buttons,
    related posts, comments and a sidebar below), score as the clean texts do."""
    for i, case in enumerate(sorted((GOLD / "train2").glob("*.json"))):
        gold = json.loads(case.read_text(encoding="utf-8"))
        text = case.with_suffix(".txt").read_text(encoding="utf-8")
        head = "Skip to content\nRed Rose Notes\nHome\nAbout\nMenu\n" if i % 2 else ""
        tail = (WORDPRESS if i % 2 == 0 else FACEBOOK).replace("{title}", gold["title"])
        shutil.copy(case, tmp_path / case.name)
        (tmp_path / case.with_suffix(".txt").name).write_text(head + text.rstrip("\n") + "\n" + tail, encoding="utf-8")
    framed, clean = evaluate(tmp_path).as_dict(), evaluate(GOLD / "train2").as_dict()
    for field in ("meetings", "decisions", "participants", "deferrals"):
        assert framed[field] == clean[field], field
    exact, spans = framed["provenance_spans_exact"].split("/")
    assert exact == spans  # quotes are the words as written, frame and all


WRAPPED = """South East Regional Board - report of the meeting on Saturday 9 November
2013

By Jo Bloggs and Sam Smith, CLP representatives on the Regional Board and
its Finance Committee

Agenda item | Decision
5. European Parliament selections 2014: procedures and timetable |
Agreed, 11 votes to 3
6. Membership subscription rates for 2014 | Deferred to the January
meeting

**Regional Director's report.** The Regional Director's report was
noted. It covered the results of the May elections and the staffing
plan for the general election campaign in every constituency.

Finance
The accounts were agreed.
"""


def test_hard_wrapped_lines_join_their_item_paragraph_and_title():
    blocks = [(b.kind, WRAPPED[b.start : b.end]) for b in split_blocks(WRAPPED, 0, len(WRAPPED))]
    assert ("item", "5. European Parliament selections 2014: procedures and timetable |\nAgreed, 11 votes to 3") in blocks
    assert ("item", "6. Membership subscription rates for 2014 | Deferred to the January\nmeeting") in blocks
    assert any(k == "paragraph" and t.startswith("**Regional Director's report.** The") and t.endswith("constituency.")
               for k, t in blocks)
    assert ("heading", "Finance") in blocks  # a short line after a sentence's end is still a heading
    rep = split_reports(WRAPPED)[0]
    assert rep.title == "South East Regional Board - report of the meeting on Saturday 9 November 2013"
    assert rep.published == "2013-11-09"


def test_short_lines_of_an_unwrapped_text_stay_headings():
    text = ("Our report from the Board meeting held in Reading, which ran for three hours without a break\n"
            "Finance and audit\nThe accounts were agreed.\n")
    kinds = [(b.kind, text[b.start : b.end]) for b in split_blocks(text, 0, len(text))]
    assert ("heading", "Finance and audit") in kinds


def test_a_short_numbered_line_above_a_paragraph_is_a_heading_but_a_list_of_short_items_is_not():
    text = ("Board report\n\n6. Procedures sub-committee\n\nThe sub-committee met on Tuesday and agreed the "
            "timetable.\n\n7. Regional Conference 2016\n\nAgreed: Blackpool.\n\n1. Minutes agreed\n\n2. Report noted\n\n"
            "Thanks to all.\n")
    kinds = [(b.kind, text[b.start : b.end]) for b in split_blocks(text, 0, len(text))]
    assert ("heading", "6. Procedures sub-committee") in kinds, kinds
    assert ("heading", "7. Regional Conference 2016") in kinds, kinds
    assert ("item", "1. Minutes agreed") in kinds, kinds  # the next line is another item


def test_gold_scores_hold_when_the_text_is_wrapped_at_72_columns(tmp_path):
    """Composed gold cases wrapped at 72 columns, as an e-mail or a PDF's text is, find the
    same meetings and decisions as the texts as written."""
    for case in sorted((GOLD / "train6").glob("*.json")):
        text = case.with_suffix(".txt").read_text(encoding="utf-8")
        lines = []
        for line in text.split("\n"):
            lines += textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False) if len(line) > 72 else [line]
        shutil.copy(case, tmp_path / case.name)
        (tmp_path / case.with_suffix(".txt").name).write_text("\n".join(lines), encoding="utf-8")
    wrapped, clean = evaluate(tmp_path).as_dict(), evaluate(GOLD / "train6").as_dict()
    for field in ("meetings", "meetings_with_status", "decisions", "deferrals"):
        assert wrapped[field] == clean[field], field
    assert wrapped["participants"]["f1"] >= clean["participants"]["f1"] - 0.01


PDF_TEXT = """NEC report - March 2019

The Organisation Committee met on 12 March. The committee agreed the
timetable for selections and noted the report on membership.

NEC report - March 2019    Page 1 of 2
1

The Disputes Panel met the same afternoon and referred three cases to the
National Constitutional Committee.

NEC report - March 2019    Page 2 of 2
2
"""


def test_page_numbers_and_running_headers_of_a_pdf_are_not_read():
    got = _lines_of(PDF_TEXT, web_chrome(PDF_TEXT))
    assert got == ["NEC report - March 2019    Page 1 of 2", "1", "NEC report - March 2019    Page 2 of 2", "2"]
    text = ("The Organisation Committee met on 12 March, and after a long discussion the committee agreed the timetable for"
            "\n\nNEC report    Page 1 of 2\n1\n\nselections in the region.\n")
    text += "\nNEC report    Page 2 of 2\n2\n"
    masked = mask_chrome(text)
    blocks = [masked[b.start : b.end] for b in split_blocks(masked, 0, len(masked))]
    assert blocks[0].startswith("The Organisation Committee met") and blocks[0].endswith("selections in the region.")


def test_gold_scores_hold_when_the_text_comes_from_a_pdf(tmp_path):
    """Composed gold cases laid out as a PDF's text layer (wrapped at 80 columns, a running
    header and a page number every 40 lines, often in mid-sentence) score as the texts do."""
    for case in sorted((GOLD / "train2").glob("*.json")):
        gold = json.loads(case.read_text(encoding="utf-8"))
        lines = []
        for line in case.with_suffix(".txt").read_text(encoding="utf-8").split("\n"):
            lines += textwrap.wrap(line, 80, break_long_words=False, break_on_hyphens=False) if len(line) > 80 else [line]
        pages = [lines[i : i + 40] for i in range(0, len(lines), 40)]
        out = []
        for k, page in enumerate(pages):
            out += page
            if k < len(pages) - 1:
                out += ["", f"{gold['title'][:50]}    Page {k + 1} of {len(pages)}", f"{k + 1}", ""]
        shutil.copy(case, tmp_path / case.name)
        (tmp_path / case.with_suffix(".txt").name).write_text("\n".join(out) + "\n", encoding="utf-8")
    pdf, clean = evaluate(tmp_path).as_dict(), evaluate(GOLD / "train2").as_dict()
    for field in ("meetings", "decisions", "participants", "deferrals"):
        assert pdf[field] == clean[field], field
    exact, spans = pdf["provenance_spans_exact"].split("/")
    assert exact == spans  # a quote running over a page break holds the header it runs over
