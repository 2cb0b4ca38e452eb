"""Report structure read as general rules: archive posts by header, sections by heading,
dates as short posts write them, and who took part. Each text here is composed for the test."""

import re
from pathlib import Path

from toolkit.dates import find_dates
from toolkit.extract import extract_document, page_authors
from toolkit.ingest import Document
from toolkit.pipeline import build
from toolkit.reference import compile_outcomes, load_reference
from toolkit.segment import split_blocks, split_reports, split_sentences

REF = load_reference()
VOCAB = compile_outcomes(REF.outcomes)

ARCHIVE = """Jo Bloggs – reports from the Eastern Regional Board

Category Archives: Regional Board

Board report – 10 March 2018

Posted on 14 March 2018 by Jo Bloggs

The Board met on Saturday 10 March in Cambridge. The Board agreed the campaign budget.

Regional conference: what we decided

Posted on 20 February 2018 by Jo Bloggs

Regional conference took place last Saturday in Norwich. The motion on buses was carried.
"""


def _build(tmp_path: Path, files: dict[str, str], urls: dict[str, str] | None = None):
    """Build a raw folder of the given texts (with a manifest of their URLs, if given)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in files.items():
        (raw / name).write_text(text, encoding="utf-8")
    if urls:
        (raw / "manifest.csv").write_text(
            "file,source_url\n" + "".join(f"{n},{u}\n" for n, u in urls.items()), encoding="utf-8")
    return build(raw, tmp_path / "out")


def _doc(text: str, doc_id: str = "d1", url: str = "") -> Document:
    """A document of ``text``; with ``url``, dated from the URL's /YYYY/MM/DD/ as the build dates it."""
    published = "-".join(re.search(r"/(\d{4})/(\d\d)/(\d\d)/", url).groups()) if url else ""
    return Document(doc_id=doc_id, path=f"{doc_id}.txt", sha256="x", n_chars=len(text), format="txt",
                    status="ok", text=text, source_url=url, published=published,
                    published_source="url" if url else "")


def _meeting_rows(text: str, url: str = "") -> set[tuple[str, str, str]]:
    """(body, day or "", status) of each meeting the first report of ``text`` tells of
    (dated, with ``url``, from the URL's /YYYY/MM/DD/)."""
    rep = extract_document(_doc(text, url=url), REF, VOCAB).reports[0]
    return {(lm.body_id, lm.date.iso() if lm.date else "", lm.status) for lm in rep.meetings}


def _took_part(corpus, *columns: str) -> set[tuple]:
    """(name, body_id, ...) of every participant appearance of a built corpus."""
    app = corpus.appearances.merge(corpus.meetings[["meeting_id", "body_id", "date"]], on="meeting_id")
    app = app[app.participant]
    return set(zip(app.name, *(app[c] for c in ("body_id", *columns)), strict=True))


def _where_decided(corpus, n: int) -> dict[str, str]:
    """The body of the meeting each decision of a built corpus belongs to, by its text's first ``n`` characters."""
    body = corpus.meetings.set_index("meeting_id").body_id
    return {t[:n]: body[m] for t, m in zip(corpus.decisions.text, corpus.decisions.meeting_id, strict=True)}


def test_archive_split_by_dated_post_headers():
    posts = split_reports(ARCHIVE)
    assert [p.title for p in posts] == ["Board report – 10 March 2018", "Regional conference: what we decided"]
    assert [p.published for p in posts] == ["2018-03-14", "2018-02-20"]
    assert [p.date_source for p in posts] == ["text", "text"]


def test_posts_inherit_the_page_region_and_author():
    ex = extract_document(_doc(ARCHIVE), REF, VOCAB)
    bodies = {lm.body_id for r in ex.reports for lm in r.meetings}
    assert "rec-eastern" in bodies and "conference-eastern" in bodies
    assert all(r.authors and r.authors[0][0] == "Jo Bloggs" for r in ex.reports)
    dated = {(lm.body_id, lm.date.iso()) for r in ex.reports for lm in r.meetings if lm.date}
    assert ("conference-eastern", "2018-02-17") in dated  # "last Saturday" before 20 February


def test_one_author_blog_introduced_in_one_post():
    text = ("Ann Other, the Labour NEC member for local government, has written a preview of the forum.\n"
            "Sam Smith, Labour Party Chair, spoke too.")
    assert [a[0] for a in page_authors(text, REF.given_names)] == ["Ann Other"]
    two = text + "\nBen Jones, our REC representative, has written a note."
    assert page_authors(two, REF.given_names) == []  # two introduced: no guess


def test_sections_headed_by_a_committee_scope_its_decisions(tmp_path):
    text = """NEC round-up: April 2019

FULL NEC

The NEC met on Tuesday 2 April. The NEC agreed the selection procedures.

ORGANISATION COMMITTEE

The Organisation Committee met on 26 March. The committee agreed the AGM timetable.
"""
    c = _build(tmp_path, {"r.txt": text})
    got = {(d.meeting_id, d.text[:30]) for d in c.decisions.itertuples()}
    assert ("nec-2019-04-02", "The NEC agreed the selection p") in got
    assert ("nec-org-2019-03-26", "The committee agreed the AGM t") in got
    authors_at = set(c.meetings.meeting_id)
    assert {"nec-2019-04-02", "nec-org-2019-03-26"} <= authors_at


def test_short_post_dates():
    assert [(d.month, d.day) for d in find_dates("deferred to the next NEC on 24/3 so that")] == [(3, 24)]
    assert find_dates("carried 20/14 on a show of hands") == []
    got = find_dates("deferred to the September NEC, which meets on the 17th.")
    assert [(d.month, d.day) for d in got] == [(9, None), (9, 17)]
    assert [(d.month, d.qualifier) for d in find_dates("met at the end of March")] == [(3, "end")]


def test_emoji_bullets_and_item_labels_are_blocks():
    text = "✅ Minutes of the November meeting agreed\n❌ The proposal was lost 12–20\n"
    blocks = split_blocks(text, 0, len(text))
    assert [b.kind for b in blocks] == ["item", "item"]
    text = "Item 1: Welcome and apologies\nThe meeting was chaired by Jo Bloggs. Apologies were received.\n"
    blocks = split_blocks(text, 0, len(text))
    assert [b.kind for b in blocks] == ["heading", "paragraph"]
    assert len(split_sentences(text, blocks)) == 3


def test_relative_day_and_we_meet_again(tmp_path):
    c = _build(tmp_path, {"r.txt": "Yorkshire REC report\n\nThe Regional Executive Committee met today in Leeds. "
                                    "Jo will raise it at tomorrow's NEC. We meet again on 9 May.\n"},
               {"r.txt": "https://example.org/2026/02/14/rec/"})
    rows = {(m.meeting_id, m.status) for m in c.meetings.itertuples()}
    assert ("rec-yorkshire-2026-02-14", "held") in rows
    assert ("nec-2026-02-15", "scheduled") in rows
    assert ("rec-yorkshire-2026-05-09", "scheduled") in rows


def test_not_a_member_and_attended(tmp_path):
    c = _build(tmp_path, {"r.txt": (
        "NEC report – 21 January 2021\n\nBy Jo Bloggs\n\n"
        "The Organisation Committee met on 21 January and agreed the timetable. "
        "The Equalities Committee met on 20 January. I am not a member of the Equalities Committee. "
        "I also attended the LGA Labour group meeting on 21 January.\n")})
    took_part = set(c.appearances[(c.appearances.name == "Jo Bloggs") & c.appearances.participant].meeting_id)
    assert "nec-org-2021-01-21" in took_part
    assert "nec-equalities-2021-01-20" not in took_part
    assert any(m.startswith("lga-labour") for m in took_part)


def test_fixture_texts_are_composed_here():
    assert Path(__file__).read_text(encoding="utf-8").count("Jo Bloggs") >= 5


def test_emoji_end_sentences_before_a_capital():
    text = ("until the very end ❤️ Minutes of the May meeting were agreed ✅ and then on. "
            "Jo was re-elected as chair!! 👏 Sam Smith was elected vice-chair 🥳 Sam thanked everyone.")
    blocks = split_blocks(text, 0, len(text))
    got = [text[s.start : s.end] for s in split_sentences(text, blocks)]
    assert got == ["until the very end ❤️", "Minutes of the May meeting were agreed ✅ and then on.",
                   "Jo was re-elected as chair!! 👏", "Sam Smith was elected vice-chair 🥳", "Sam thanked everyone."]


def test_an_agreement_before_an_election_in_one_sentence():
    from toolkit.extract.decisions import classify_sentence

    s = "At the 5 July meeting, the minutes of the February meeting were agreed, and Jo Bloggs was re-elected as chair."
    assert [h.outcome for h in classify_sentence(s, 0, len(s), VOCAB)[0]] == ["agreed", "elected"]
    s = "Jo Bloggs, who had agreed to stand, was elected chair."
    assert [h.outcome for h in classify_sentence(s, 0, len(s), VOCAB)[0]] == ["elected"]


def test_at_that_meeting_is_the_meeting_named_before():
    text = """South West Regional Board report – 10 March 2018

The Board met on Saturday 10 March in Taunton. The Board agreed the campaign fund.

Back in July the Board held an away day in Exeter. At that meeting the Board agreed a new strategy.
"""
    rep = split_reports(text)[0]
    from toolkit.extract import extract_report

    rx = extract_report(_doc(text), rep, REF, VOCAB)
    got = sorted((h.outcome, rx.meetings[li].date.iso()) for h, li in rx.decisions)
    assert got == [("agreed", "2017-07"), ("agreed", "2018-03-10")]


def test_working_groups_that_met_are_meetings_of_their_own():
    text = """London Regional Executive Committee report – August 2019

At our most recent meeting, in July, we reported on our working groups:

  • Knife Crime (passed by: Camberwell and Peckham)

    Both CLP reps met as part of the working group, which has agreed to write to the Mayor.

  • Housing in London

    The working group will meet in the coming weeks.
"""
    rep = split_reports(text)[0]
    from toolkit.extract import extract_report

    rx = extract_report(_doc(text), rep, REF, VOCAB)
    bodies = {lm.body_id: lm.status for lm in rx.meetings}
    assert bodies.get("rec-london-working-group-knife-crime") == "held"
    assert not any("housing" in b for b in bodies)  # it has not met


def test_a_committee_someone_sits_on_that_met_is_a_meeting():
    text = ("West Midlands REC report – July 2023\n\nThe REC met on Saturday 8 July in Walsall. "
            "The REC agreed the campaign plan.\n\nHannah also sits on the REC Women's Committee, which met on "
            "24 June. The committee agreed to run a mentoring scheme.\n")
    ex = extract_document(_doc(text), REF, VOCAB)
    dated = {(lm.body_id, lm.date.iso() if lm.date else "") for r in ex.reports for lm in r.meetings}
    assert ("rec-west-midlands-women", "2023-06-24") in dated  # the region's committee, not the NEC's
    assert ("rec-west-midlands", "2023-07-08") in dated


def test_a_heading_ends_another_bodys_meeting_taken_over_in_the_text():
    text = ("National Policy Forum report – July 2014\n\nThe National Policy Forum met from 18th to 20th July.\n\n"
            "Friday\n\nI sit on the Health Policy Commission, which met on 18th July. The commission agreed to "
            "group the amendments on social care.\n\nSaturday\n\nThe amendment on rail was agreed after a "
            "long debate.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    by_text = {text[h.start : h.end][:20]: rep.meetings[li].body_id for h, li in rep.decisions}
    assert by_text["The commission agree"] == "npf-health"
    assert by_text["The amendment on rai"] == "npf"


def test_who_took_part_among_co_authors_and_the_absent(tmp_path):
    c = _build(tmp_path, {"r.txt": (
        "West Midlands REC report\n\nBy Hannah Brierley and Kofi Mensah\n\n"
        "The REC met on Saturday in Walsall and welcomed Aisha Begum to her first meeting. "
        "The minutes were agreed.\n\n"
        "Hannah also sits on the REC Women's Committee, which met on 24 June. The committee agreed a mentoring "
        "scheme. Cllr Denise Parr was elected chair of the committee in her absence.\n\n"
        "Regional conference in March agreed the motion on buses. We were both there as delegates.\n\n"
        "The review was left alone on Saturday, so we will chase it before the next meeting.\n")},
        {"r.txt": "https://example.org/2023/07/10/rec/"})
    took_part = {(a.meeting_id, a.name) for a in c.appearances.itertuples() if a.participant}
    assert ("rec-west-midlands-women-2023-06-24", "Hannah Brierley") in took_part
    assert ("rec-west-midlands-women-2023-06-24", "Kofi Mensah") not in took_part  # only Hannah sits on it
    assert not any(name == "Denise Parr" for _, name in took_part)  # elected in her absence
    assert {("conference-west-midlands-2023-03", "Hannah Brierley"),
            ("conference-west-midlands-2023-03", "Kofi Mensah")} <= took_part  # "We were both there"
    # "her first meeting" is this meeting; a Saturday before "before the next meeting" dates nothing
    assert set(c.meetings.meeting_id) == {"rec-west-midlands-2023-07-08", "rec-west-midlands-women-2023-06-24",
                                          "conference-west-midlands-2023-03"}


def test_referred_to_in_the_sense_of_mentioned():
    from toolkit.extract.decisions import classify_sentence

    def outcome(s):
        got, _ = classify_sentence(s, 0, len(s), VOCAB)
        return [h.outcome for h in got]

    assert outcome("Several members referred to Keir Starmer's article in the Observer.") == []
    assert outcome("He referred to the Leader's speech on the economy.") == []
    assert outcome("A proposal from the floor to refer it to the Policy Committee was debated.") == []
    assert outcome("The motion was referred to the Organisation Committee.") == ["referred"]


def test_press_release_question_and_answer_and_relative_clause(tmp_path):
    board = (
        "Yorkshire Regional Board backs the pledge\n\nBy Sarah Lumb, Regional Press Officer, Yorkshire Labour\n\n"
        "Meeting in Wakefield on Saturday, members of the Board heard from General Secretary Iain McNicol, "
        "who travelled up to address the meeting. Members also heard from Cllr Shazia Karim, who spoke about "
        "pay, and from Tom Ackroyd, who described his campaign.\n\n"
        "The Board agreed the pledge. The motion was moved by CLP representative Amjad Siddiqui.\n")
    q_and_a = (
        "NEC Equalities Committee Q&A\n\nQ: What happened on Tuesday 8th October?\n\n"
        "A: The Equalities Committee met at Southside in the morning. The committee agreed the venue code.\n\n"
        "Q: Anything else?\n\nA: The Organisation Committee, which I also sit on, met on 1 October. It agreed the "
        "guidance.\n")
    c = _build(tmp_path, {"a.txt": board, "b.txt": q_and_a},
               {"a.txt": "https://example.org/2013/11/18/board/", "b.txt": "https://example.org/2019/10/"})
    took_part = {(a.meeting_id, a.name) for a in c.appearances.itertuples() if a.participant}
    held = "rec-yorkshire-2013-11-16"  # "Meeting in Wakefield on Saturday", the post of Monday 18 November
    assert {(held, "Iain McNicol"), (held, "Shazia Karim"), (held, "Tom Ackroyd"), (held, "Amjad Siddiqui")} <= took_part
    assert not any(name == "Sarah Lumb" for _, name in took_part)  # the press officer reports, not a member
    assert "Regional Press Officer" not in set(c.appearances.name)
    assert {"nec-equalities-2019-10-08", "nec-org-2019-10-01"} <= set(c.meetings.meeting_id)


def test_questions_echoes_and_apposition(tmp_path):
    c = _build(tmp_path, {"r.txt": (
        "London REC report – April 2021\n\nFrom your CLP reps, Chidi Okonkwo and Laura Penhaligon\n\n"
        "The REC met on Saturday 17 April on Zoom. The Treasurer, Cllr Peter Lindqvist, presented the accounts.\n\n"
        "Q: Was anything turned down?\n\nA: A motion on meeting outside London fell by 14 votes to 17. "
        "We both supported it, and we were sorry it fell.\n")})
    assert sorted(c.decisions.outcome) == ["rejected"]  # not the question, not the comment on it
    took_part = {a.name for a in c.appearances.itertuples() if a.participant}
    assert {"Chidi Okonkwo", "Laura Penhaligon", "Peter Lindqvist"} <= took_part


def test_next_meets_ahead_of_and_committees_of_a_body():
    text = ("NEC committees report – March 2014\n\nTwo NEC committees have met in the last fortnight. "
            "The International Committee met on 4 March. The committee voted not to refer the overseas visits "
            "guidance to the NEC Officers. A proposal on twinning was put to the vote and lost 3–5. "
            "The International Committee next meets in June. The policy commissions finish in May ahead of the "
            "National Policy Forum in July.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    meetings = {(lm.body_id, lm.date.iso() if lm.date else "", lm.status) for lm in rep.meetings}
    assert ("nec-international", "2014-06", "scheduled") in meetings
    assert ("npf", "2014-07", "scheduled") in meetings
    assert not any(b == "nec" for b, _, _ in meetings)  # "NEC committees" met, not the NEC
    assert sorted(h.outcome for h, _ in rep.decisions) == ["rejected", "rejected"]


def test_a_date_before_and_the_next_body_closes_its_clause():
    text = ("WEC and Welsh Policy Forum update – November 2024\n\nIt has been a busy autumn, with the Welsh Executive "
            "Committee (Pwyllgor Gwaith Cymru) meeting in October and the Welsh Policy Forum meeting on Saturday 2nd "
            "November.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    dated = {(lm.body_id, lm.date.iso() if lm.date else "") for lm in rep.meetings}
    assert ("rec-wales", "2024-10") in dated
    assert not any(b != "rec-wales" and d == "2024-10" for b, d in dated)


def test_a_year_looked_ahead_to_or_back_from_does_not_date_the_report():
    from toolkit.segment import ReportSpan, report_reference_date

    def ref_year(text):
        date, source = report_reference_date(text, ReportSpan(0, 0, len(text), "", 0, 0, "", ""))
        return (date.iso() if date else None), source

    assert ref_year("NEC report\n\nWork still to be delivered over 2012. Members who joined since May 2010 were "
                    "thanked.\n") == (None, "")
    assert ref_year("NEC report\n\nThe NEC agreed the plan for the 2012 conference. It runs until 2014.\n") == (
        "2012", "inferred")


def test_meetings_of_one_date_are_listed_as_the_text_first_names_them(tmp_path):
    text = ("Committees report – March 2019\n\nThe Organisation Committee met on 5 March 2019 and agreed the "
            "timetable. The Disputes Panel met on 5 March 2019 and heard two appeals.\n")
    c = _build(tmp_path, {"r.txt": text})
    same_day = c.meetings[c.meetings.date == "2019-03-05"].body_id.tolist()
    assert same_day == ["nec-org", "nec-disputes"]


def test_a_meeting_word_belongs_to_the_nearest_body_before_it():
    # the item label names the topic; "will be held" is the next line's conference's
    text = ("Northern REC report – June 2025\n\nThe Regional Executive Committee met on Saturday 14 June 2025.\n\n"
            "12. Annual Conference\nAnnual Conference will be held in Liverpool in September.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    conf = [(lm.status, lm.date.iso() if lm.date else "") for lm in rep.meetings if lm.body_id == "conference"]
    assert conf == [("scheduled", "2025-09")]


def test_archive_intro_sentence_is_not_a_title_and_post_headers_date_posts():
    text = ("Category archive: Regional Board reports\n\n"
            "Reports from the Regional Board by Jo Bloggs, CLP representative for the county. Newest first.\n\n"
            "Board report: March 2016\n\nPosted on 14 March 2016 by Jo Bloggs\n\n"
            "The Board met on Saturday in Leicester. The budget was agreed.\n\nContinue reading\n\n"
            "Board report: January 2016\n\nPosted on 18 January 2016 by Jo Bloggs\n\n"
            "The Board met on Saturday in Derby. You can read more about the budget on the party's website.\n\n"
            "Continue reading\n")
    reps = split_reports(text)
    assert [(r.title, r.published) for r in reps] == [("Board report: March 2016", "2016-03-14"),
                                                      ("Board report: January 2016", "2016-01-18")]


def test_read_more_inside_a_sentence_does_not_split_a_report():
    text = ("NEC report\n\nThe NEC met on Tuesday. The Leader spoke about the campaign. You can read more about, "
            "and download materials for, the campaign on the website. The NEC agreed the timetable.\n")
    assert len(split_reports(text)) == 1


def test_joined_by_video_from_an_office_and_an_author_sending_apologies(tmp_path):
    c = _build(tmp_path, {"r.txt": (
        "Scottish Executive Committee report\n\nMorag Kinnaird and Euan MacAskill, CLP representatives on the SEC\n\n"
        "This is our joint report on the SEC meeting held in Glasgow on Saturday 2nd March.\n\n"
        "The meeting was chaired by Alasdair Brodie. Apologies were received from Euan MacAskill and Gillian Orr. "
        "Kavita Dhar joined by video link from Inverness.\n\n"
        "Edwin Saddler from the Governance and Legal Unit presented the paper on social media, which was agreed. "
        "Lorna Whyte from Unite Scotland addressed the SEC on fair work.\n")},
        {"r.txt": "https://example.org/2019/03/05/sec/"})
    took_part = {a.name for a in c.appearances.itertuples() if a.participant}
    assert {"Morag Kinnaird", "Alasdair Brodie", "Kavita Dhar", "Edwin Saddler", "Lorna Whyte"} <= took_part
    assert not {"Euan MacAskill", "Gillian Orr"} & took_part  # apologies, an author among them


def test_plenaries_named_by_month_or_series_are_meetings_and_take_the_bodys_mentions():
    text = ("NCC report – October 2022\n\nThe NCC held its annual plenary online on 8 October. Apologies came from "
            "two members.\n\nAt our April plenary, before the summer, the NCC agreed to publish its procedures. "
            "The revised guidance was deferred to the February plenary.\n\nThe next plenary will be in February.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    got = {(lm.body_id, lm.date.iso() if lm.date else "", lm.status) for lm in rep.meetings}
    assert got == {("ncc", "2022-10-08", "held"), ("ncc", "2022-04", "held"), ("ncc", "2023-02", "scheduled")}
    by_text = {text[h.start : h.end][:24]: rep.meetings[li].date.iso() for h, li in rep.decisions}
    assert by_text["At our April plenary, be"] == "2022-04"  # the NCC of that plenary, not the report's meeting
    # a plenary session inside a forum's weekend is not a meeting of its own
    text = ("NPF report – June 2016\n\nThe National Policy Forum met from 17th to 19th June. The Saturday plenary "
            "heard from the Leader, and the full forum met again on the Sunday.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    assert [(lm.body_id, lm.date.iso()) for lm in rep.meetings] == [("npf", "2016-06-17")]


def test_the_commission_is_the_policy_commission_named_last_and_deferral_targets_lie_ahead():
    text = ("National Policy Forum: my report – July 2015\n\nI sit on the Work and Skills Policy Commission, which "
            "held its own session on 10th July. The commission noted the submissions. Pensions were deferred to "
            "the commission's October meeting.\n\nThe final document will come to the forum in 2016.\n")
    got = _meeting_rows(text)
    assert ("npf-work-and-skills", "2015-07-10", "held") in got
    assert ("npf-work-and-skills", "2015-10", "scheduled") in got  # a deferral's target is still to come
    assert ("npf", "2016", "scheduled") in got


def test_a_body_after_a_date_as_the_object_of_a_verb_does_not_take_the_date():
    text = ("NCC report – June 2023\n\nThe NCC met on 3 June. Members welcomed the NEC's decision in May to give "
            "the NCC its own staff.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    got = {(lm.body_id, lm.date.iso() if lm.date else "") for lm in rep.meetings}
    assert got == {("ncc", "2023-06-03"), ("nec", "2023-05")}


def test_an_answer_that_is_only_a_date_dates_the_meeting_the_question_asks_about():
    text = ("Women's Committee: questions and answers – February 2016\n\nQ: What happened on Monday?\n\nA: The "
            "committee met on 15 February and agreed the conference arrangements. The mentoring scheme was deferred "
            "to the April meeting, because the LGA Labour Group wants to help design it.\n\n"
            "Q: When does the committee next meet?\n\nA: Tuesday 19th April.\n")
    got = _meeting_rows(text)
    assert ("nec-women", "2016-04-19", "scheduled") in got
    assert not any(b == "lga-labour" for b, _, _ in got)  # the clause after "because" is another matter


def test_a_regional_conference_report_with_a_board_section(tmp_path):
    text = ("Yorkshire regional conference 2017: my report\n\nJo Bloggs, CLP representative on the Yorkshire Regional "
            "Board\n\nYorkshire region's annual conference took place on Saturday in Leeds.\n\nThe Regional Board\n\n"
            "The Board met on 7th, a Tuesday evening. The Board agreed the standing orders. The Board will next meet "
            "after the election.\n\nConference\n\nConference carried the motion on buses. Last year's conference in "
            "Hull had agreed to meet on a Saturday.\n\nAnnual Conference is in Brighton from 24 September.\n")
    c = _build(tmp_path, {"r.txt": text}, {"r.txt": "https://example.org/2017/03/13/conference/"})
    got = {(r.body_id, r.date, r.status) for r in c.meetings.itertuples()}
    assert ("conference-yorkshire", "2017-03-11", "held") in got  # the region's own, on the Saturday before
    assert ("rec-yorkshire", "2017-03-07", "held") in got  # "on 7th": the report's month
    assert ("rec-yorkshire", "scheduled") in {(b, s) for b, _, s in got}
    assert ("conference", "2017-09-24", "scheduled") in got  # "is in Brighton from": still to come
    dec = dict(zip(c.decisions.text.str[:20], c.decisions.meeting_id, strict=True))
    assert dec["The Board agreed the"] == "rec-yorkshire-2017-03-07"
    assert dec["Conference carried t"] == "conference-yorkshire-2017-03-11"  # the heading returns to the conference


def test_the_parent_bodys_possessive_is_part_of_the_committees_name(tmp_path):
    text = ("Organisation Committee report – July 2017\n\nLast Tuesday the NEC's Organisation Committee met at "
            "Southside. The committee agreed the selection timetable.\n")
    c = _build(tmp_path, {"r.txt": text}, {"r.txt": "https://example.org/2017/07/14/org-committee/"})
    assert c.meetings.meeting_id.tolist() == ["nec-org-2017-07-11"]  # not an NEC meeting, nor an undated one


def test_a_list_item_holding_two_records_or_a_record_and_a_comment():
    text = ("NEC report – October 2020\n\nThe NEC met on 29 September.\n\nDecisions\n"
            "• The selection timetable was agreed by 22 votes to 13. I voted against, because CLPs have three weeks.\n"
            "• The NEC voted not to defer the guidance, by 21 votes to 14. The guidance was then agreed without a vote.\n"
            "• The fee cut was put off until the November NEC.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    got = [(h.outcome, h.vote) for h, _ in rep.decisions]
    assert got == [("agreed", "22-13"), ("rejected", "21-14"), ("agreed", ""), ("deferred", "")]


def test_regional_womens_conferences_this_years_conference_and_a_clause_after_a_cancellation(tmp_path):
    text = ("London REC: March report\n\nThe London REC met on Tuesday evening. The REC agreed the budget.\n\n"
            "The April REC has been cancelled because of the campaign, so we next meet in June. London Labour "
            "Women's Conference is on Saturday 28 March. This year's Annual Conference is in Liverpool in "
            "September.\n")
    c = _build(tmp_path, {"r.txt": text}, {"r.txt": "https://example.org/2026/03/12/rec/"})
    got = {(r.body_id, r.date, r.status) for r in c.meetings.itertuples()}
    assert ("conference-london-women", "2026-03-28", "scheduled") in got
    assert ("conference", "2026-09", "scheduled") in got  # the month, in "this year"
    assert ("rec-london", "2026-04", "cancelled") in got
    assert ("rec-london", "2026-06", "scheduled") in got  # "so we next meet in June" is not the cancelled one


def test_at_that_meeting_with_a_body_named_is_that_bodys_meeting_named_last():
    text = ("CAC report – July 2022\n\nThe CAC first met this year on 8 February. At the 5 July meeting the CAC "
            "agreed its minutes. The NEC met on 12 July "
            "and agreed the conference timetable. At that meeting the CAC also agreed the deadline for "
            "contemporary motions.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    by_text = {text[h.start : h.end][:24]: rep.meetings[li].date.iso() for h, li in rep.decisions}
    assert by_text["At that meeting the CAC "] == "2022-07-05"  # not the NEC's meeting named in between


def test_the_previous_weekday_counts_back_from_the_day_named_last(tmp_path):
    text = ("NEC report – July 2021\n\nThe full NEC met on Tuesday 20th July. The NEC agreed the budget.\n\n"
            "The Disputes Panel had met the previous Tuesday, a week before the full NEC, with Jo Bloggs in the "
            "chair.\n")
    c = _build(tmp_path, {"r.txt": text}, {"r.txt": "https://example.org/2021/07/23/nec/"})
    assert sorted(c.meetings.meeting_id) == ["nec-2021-07-20", "nec-disputes-2021-07-13"]


def test_a_commission_inside_a_forum_weekend_and_who_took_part_in_it(tmp_path):
    text = ("National Policy Forum: my report\n\nJo Bloggs, CLP representative on the National Policy Forum\n\n"
            "The National Policy Forum met from Friday 13th to Sunday 15th July. I also sit on the Health and Care "
            "Policy Commission, which held its own session on the Friday.\n\nTHE COMMISSION, FRIDAY\n\n"
            "The commission met on the Friday afternoon, before the forum formally opened. Dan Smith co-convened "
            "with Maureen Tolley from the NEC. Kwame Asante of Unison presented the paper on the workforce. The "
            "commission noted the submissions.\n\nTHE FORUM\n\nThe forum agreed to publish the interim reports.\n\n"
            "Kath Dunmore, our other North West rep, could not attend because of illness and sends her apologies.\n")
    c = _build(tmp_path, {"r.txt": text}, {"r.txt": "https://example.org/2012/07/18/npf/"})
    took_part = {(a.meeting_id, a.name) for a in c.appearances.itertuples() if a.participant}
    commission = "npf-health-and-care-2012-07-13"
    assert {(commission, "Maureen Tolley"), (commission, "Kwame Asante"), (commission, "Dan Smith")} <= took_part
    assert not any(name == "Kath Dunmore" for _, name in took_part)  # apologies, and no byline
    dec = dict(zip(c.decisions.text.str[:20], c.decisions.meeting_id, strict=True))
    assert dec["The commission noted"] == commission  # the sentence opens with the commission's meeting
    assert dec["The forum agreed to "] == "npf-2012-07-13"


def test_a_bare_conference_outside_annual_conference_season_in_a_regional_report_and_an_away_day():
    text = ("SEC report – March 2025\n\nThe SEC met on Saturday 8 March. At conference in Glasgow last month I was "
            "a delegate, and conference carried the motion on care.\n\nThe December away day was cancelled. "
            "Annual Conference is in Liverpool in September.\n")
    got = _meeting_rows(text)
    assert ("conference-scotland", "2025-02", "held") in got  # February: not Annual Conference
    assert ("conference", "2025-09", "scheduled") in got
    assert ("rec-scotland", "2024-12", "cancelled") in got


def test_a_decision_whose_subject_names_a_dated_meeting_belongs_to_that_meeting():
    text = ("Yorkshire Regional Board report – June 2013\n\nThe Board met on Saturday 8 June in Leeds. The minutes "
            "of the March meeting were agreed. Members were reminded that the Board's decision in 2011 to set up a "
            "fighting fund had raised £40,000. Members welcomed the NEC's decision in May to fund two organisers.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    by_text = {text[h.start : h.end][:20]: (rep.meetings[li].body_id, rep.meetings[li].date.iso())
               for h, li in rep.decisions}
    assert by_text["The minutes of the M"] == ("rec-yorkshire", "2013-06-08")  # approved at this meeting
    assert by_text["Members were reminde"] == ("rec-yorkshire", "2011")
    assert by_text["Members welcomed the"] == ("nec", "2013-05")


def test_two_days_in_a_row_are_one_meeting_over_two_days():
    text = ("North West Regional Board – November 2014\n\nItem 7: Regional Conference 2015\nThe Board agreed that "
            "Regional Conference will be held at the Winter Gardens, Blackpool, on 28 February and 1 March 2015.\n\n"
            "The NEC Organisation Committee meets on 10 and 24 March 2015.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    got = sorted((lm.body_id, lm.date.iso()) for lm in rep.meetings if lm.body_id != "rec-north-west")
    assert got == [("conference-north-west", "2015-02-28"), ("nec-org", "2015-03-10"), ("nec-org", "2015-03-24")]


def test_another_body_agreed_at_its_meeting_and_the_nec_noted_its_request():
    text = ("NEC report – November 2018\n\nThe NEC met on Tuesday 20th November. The NEC agreed the budget.\n\n"
            "The Eastern Regional Executive Committee agreed at its meeting on 10 November to ask the NEC for a "
            "review of funding. The NEC noted the Eastern REC's request. The NEC agreed the timetable.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    by_text = {text[h.start : h.end][:24]: rep.meetings[li].key for h, li in rep.decisions}
    assert by_text["The Eastern Regional Exe"].startswith("rec-eastern|2018-11-10")
    assert by_text["The NEC noted the Easter"].startswith("nec|2018-11-20")
    assert by_text["The NEC agreed the timet"].startswith("nec|2018-11-20")  # the REC's meeting took no scope


def test_a_conference_with_an_indefinite_article_is_not_the_one_named_before():
    text = ("South West Regional Board – June 2010\n\nThe Board met on Saturday 12 June. The Board agreed to hold next "
            "year's regional conference in Torquay. Labour's new Leader will be announced at a special conference in "
            "Manchester on Saturday 25 September.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    got = {(lm.body_id, lm.date.iso() if lm.date else "") for lm in rep.meetings}
    assert ("conference", "2010-09-25") in got and ("conference-south-west", "2010-09-25") not in got


def test_a_meeting_put_back_is_cancelled_on_its_date_and_scheduled_on_the_new_one():
    text = ("Northern REC – March 2026\n\nThe REC met on Sat 14 March. The REC agreed the budget. The REC awayday "
            "planned for Sat 18 April has been postponed to June. New date TBC.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    got = {(lm.date.iso(), lm.status) for lm in rep.meetings if lm.body_id == "rec-northern"}
    assert {("2026-04-18", "cancelled"), ("2026-06", "scheduled")} <= got
    assert [h.outcome for h, _ in rep.decisions] == ["agreed"]  # the awayday moved is no item put off


def test_a_meeting_that_will_be_put_back_or_was_put_back():
    text = ("NEC report, May 2022\n\nThe NEC met on Tuesday 10 May. The Org Committee meeting had been due on "
            "17 May, but it will be postponed to Tuesday 24 May. The Equalities Committee meeting on 3 May was "
            "postponed to 31 May. Next month's Board has been put back to 3 June. The NEC agreed the budget.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    got = {(lm.body_id, lm.date.iso(), lm.status) for lm in rep.meetings}
    assert {("nec-org", "2022-05-17", "cancelled"), ("nec-org", "2022-05-24", "scheduled"),
            ("nec-equalities", "2022-05-03", "cancelled"), ("nec-equalities", "2022-05-31", "scheduled")} <= got
    assert [h.outcome for h, _ in rep.decisions] == ["agreed"]


def test_a_numbered_agenda_under_a_dated_title(tmp_path):
    """'... this year' in a report of this year is the report's meeting, not a meeting of its
    own; a name does not run over the end of a short line; 'Lost, ...' under its item is a
    rejection."""
    c = _build(tmp_path, {"r.txt": (
        "West Midlands Regional Board – report of the meeting held on Saturday 17 July 2010\n\n"
        "Report by Jo Bloggs, CLP representative\n\n"
        "5. Hustings\nA proposal that the Board should organise its own hustings was not agreed, as the "
        "regional office has no budget for it this year.\n\n"
        "7. Motion calling for Board meetings to be held on weekday evenings\n"
        "Lost, 7 for, 15 against. I voted for it.\n\n"
        "12. Motion on the Board's email list, moved by Sam Smith\n"
        "Withdrawn after the Regional Director agreed to set up a bulletin.\n\n"
        "15. Date of next meeting\nSaturday 18 September 2010.\n")})
    meetings = dict(zip(c.meetings.meeting_id, c.meetings.status, strict=True))
    assert meetings == {"rec-west-midlands-2010-07-17": "held", "rec-west-midlands-2010-09-18": "scheduled"}
    assert set(c.decisions.meeting_id) == {"rec-west-midlands-2010-07-17"}
    assert sorted(c.decisions.outcome) == ["rejected", "rejected", "withdrawn"]
    assert "Sam Smith" in set(c.appearances.name)
    assert not any("\n" in n for n in c.appearances.name)


def test_a_social_post_header_and_a_meeting_moved_from_one_day_to_another(tmp_path):
    c = _build(tmp_path, {"r.txt": (
        "Jo Bloggs\n17 March 2014 at 09:12 · Public\n\n"
        "SOUTH WEST REGIONAL BOARD REPORT 🌹 (long post, sorry!)\n\n"
        "The Regional Board met last Saturday (15/03/14) in Exeter. Minutes of the January meeting agreed.\n\n"
        "The April meeting has been moved from Sat 5th April to Sat 26th April, because of Easter.\n\n"
        "👍 23   💬 2 comments\n\nSam Reader\nThanks Jo. Did the Board agree the budget at its May meeting?\n")})
    assert list(c.reports.title) == ["SOUTH WEST REGIONAL BOARD REPORT 🌹 (long post, sorry!)"]
    rows = set(zip(c.meetings.meeting_id, c.meetings.status, strict=True))
    assert {("rec-south-west-2014-03-15", "held"), ("rec-south-west-2014-04-05", "cancelled"),
            ("rec-south-west-2014-04-26", "scheduled")} <= rows
    assert not any(m.startswith("rec-south-west-2014-05") for m, _ in rows)  # a reader's comment
    assert "Sam Reader" not in set(c.appearances.name)


def test_an_author_sits_on_the_body_their_byline_names(tmp_path):
    c = _build(tmp_path, {"r.txt": (
        "East Midlands regional conference 2016: a report\n\n"
        "Rosie Falconer, CLP member of the East Midlands Regional Board\n\n"
        "This year's regional conference took place on Saturday 11 June 2016 in Nottingham.\n\n"
        "The Regional Board met on Friday 10 June at the conference centre. The Regional Board had agreed "
        "at its March meeting to put the referendum campaign at the centre of this year's conference.\n")})
    took_part = set(c.appearances[(c.appearances.name == "Rosie Falconer") & c.appearances.participant].meeting_id)
    assert {"conference-east-midlands-2016-06-11", "rec-east-midlands-2016-06-10", "rec-east-midlands-2016-03"} <= took_part


def test_i_sit_on_a_committee_the_report_recalls(tmp_path):
    c = _build(tmp_path, {"r.txt": (
        "London Regional Board report – 21 January 2021\n\nBy Jo Bloggs\n\n"
        "The Regional Board met on 21 January and agreed the budget. I also sit on the National Policy Forum, "
        "which met on 15 January and agreed its programme.\n")})
    took_part = set(c.appearances[(c.appearances.name == "Jo Bloggs") & c.appearances.participant].meeting_id)
    assert {"rec-london-2021-01-21", "npf-2021-01-15"} <= took_part


def test_a_report_received_belongs_to_the_meeting_that_received_it(tmp_path):
    c = _build(tmp_path, {"r.txt": (
        "Eastern regional conference 2015: a report\n\nBy Jo Bloggs\n\n"
        "The Board, Friday\n\nThe Regional Board met on Friday 13 March and agreed the order of business.\n\n"
        "Conference, Saturday\n\nRegional conference took place on Saturday 14 March in Norwich. "
        "The report of the Regional Board was received without questions.\n")})
    rows = set(zip(c.decisions.meeting_id, c.decisions.outcome, strict=True))
    assert ("conference-eastern-2015-03-14", "noted") in rows


def test_numbered_section_headings_in_capitals_scope_their_decisions(tmp_path):
    c = _build(tmp_path, {"r.txt": (
        "NEC Report – March 2019\n\nBy Jo Bloggs\n\n"
        "1. ORGANISATION COMMITTEE, TUESDAY 19 MARCH\n\n"
        "Lorna Baptiste chaired. The committee agreed the procedure for trigger ballots.\n\n"
        "2. THE FULL NEC, TUESDAY 26 MARCH\n\n"
        "The NEC met at Southside. The NEC agreed a campaign budget for the local elections.\n")},
        {"r.txt": "https://example.org/2019/03/28/nec-report/"})
    rows = set(zip(c.decisions.meeting_id, c.decisions.subject.str[:20], strict=True))
    assert {m for m, _ in rows} == {"nec-org-2019-03-19", "nec-2019-03-26"}
    chairs = c.appearances[c.appearances.role == "chair"]
    assert list(chairs.meeting_id) == ["nec-org-2019-03-19"]


def test_two_meetings_of_one_body_under_their_own_dated_headings(tmp_path):
    c = _build(tmp_path, {"r.txt": (
        "NEC report: two meetings in January\n\nBy Jo Bloggs\n\n"
        "January brought two NEC meetings: the regular meeting and a special meeting a fortnight later.\n\n"
        "THE REGULAR MEETING, TUESDAY 11 JANUARY\n\n"
        "Ray Collins's report as General Secretary was noted.\n\n"
        "The NEC agreed the campaign budget for the May elections.\n\n"
        "The proposals for a supporters scheme were deferred to a special meeting on 25 January.\n\n"
        "Kwame Asante moved a motion on publishing minutes; it fell, 9 votes to 19.\n\n"
        "THE SPECIAL MEETING, TUESDAY 25 JANUARY\n\n"
        "The supporters proposals were agreed by 20 votes to 11.\n")},
        {"r.txt": "https://example.org/2011/01/28/nec-report/"})
    got = sorted(zip(c.decisions.meeting_id, c.decisions.outcome, strict=True))
    assert got == [("nec-2011-01-11", "agreed"), ("nec-2011-01-11", "deferred"), ("nec-2011-01-11", "noted"),
                   ("nec-2011-01-11", "rejected"), ("nec-2011-01-25", "agreed")]


def test_a_journalist_who_writes_the_report_does_not_take_part(tmp_path):
    c = _build(tmp_path, {"r.txt": (
        "Labour's London board creates fund for carers\n\nBy Jessica Varley, political reporter\n\n"
        "London Labour's regional board voted on Monday night to set up a fund for carers.\n")},
        {"r.txt": "https://example.org/2016/02/16/board-fund/"})
    assert not c.appearances[(c.appearances.name == "Jessica Varley") & c.appearances.participant].shape[0]


def test_a_bodys_possessive_next_meeting_is_that_bodys_meeting():
    # "the board's next meeting on 14 March": the body owns the meeting phrase and its date
    text = ("London Regional Board report\n\nThe regional board met on Monday.\n\n"
            "A decision on childcare costs was put off until the board's next meeting on 14 March.\n\n"
            "The NEC's next meeting is on 20 June.\n")
    rep = extract_document(_doc(text, url="https://example.org/2016/02/16/board/"), REF, VOCAB).reports[0]
    got = {(lm.key, lm.status) for lm in rep.meetings}
    assert got == {("rec-london|2016-02-15", "held"), ("rec-london|2016-03-14", "scheduled"),
                   ("nec|2016-06-20", "scheduled")}


def test_it_was_agreed_to_is_a_decision_of_its_own_not_an_echo():
    text = ("West Midlands Regional Board report\n\nThe Regional Board met on Saturday 17 July 2010 in Walsall.\n\n"
            "The budget was agreed. It was agreed to write to the CLPs. A report on finance was noted. "
            "It was noted that membership is up. The motion on buses was carried. We were glad it was carried.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    got = [text[h.start : h.end] for h, _ in rep.decisions]
    assert got == ["The budget was agreed.", "It was agreed to write to the CLPs.", "A report on finance was noted.",
                   "It was noted that membership is up.", "The motion on buses was carried."]


def test_another_bodys_meeting_hands_back_to_the_report_body_when_it_is_the_subject_again():
    text = ("NEC report\n\nThe NEC met on Tuesday 26 March 2013.\n\nNPF\n\n"
            "The JPC met on Monday 11 March and agreed the consultation documents for the next stage of the review. "
            "The NEC noted the JPC report without much discussion.\n\n"
            "Lorraine Quigley introduced a paper on amending policy documents. "
            "His proposal was withdrawn after a short debate.\n")
    rep = extract_document(_doc(text, url="https://example.org/2013/03/28/nec/"), REF, VOCAB).reports[0]
    # "met on Monday 11 March" is held, whatever "the next stage" later in the sentence says
    assert {(lm.key, lm.status) for lm in rep.meetings} == {("nec|2013-03-26", "held"), ("jpc|2013-03-11", "held")}
    by_text = {text[h.start : h.end][:20]: rep.meetings[li].key for h, li in rep.decisions}
    assert by_text == {"The JPC met on Monda": "jpc|2013-03-11",
                       "The NEC noted the JP": "nec|2013-03-26",  # the subject's meeting, not the object's
                       "His proposal was wit": "nec|2013-03-26"}  # and the NEC's from there on
    assert {nm.mention: rep.meetings[li].key for nm, _, li in rep.names} == {"Lorraine Quigley": "nec|2013-03-26"}


def test_our_meeting_keeps_its_month_and_a_report_from_another_body_is_received_by_ours():
    text = ("NEC Women's Committee report\n\nThe NEC Women's Committee met on Tuesday 6 March 2018.\n\n"
            "We hope to agree the conference timetable at our May meeting, once the CAC has done its part.\n\n"
            "Report from the CAC\n\n"
            "At its meeting on 27 February the CAC agreed the deadline for motions. "
            "The committee noted Seema Bhardwaj's report from the CAC.\n")
    rep = extract_document(_doc(text, url="https://example.org/2018/03/09/wc/"), REF, VOCAB).reports[0]
    assert {(lm.key, lm.status) for lm in rep.meetings} == {
        ("nec-women|2018-03-06", "held"), ("nec-women|2018-05", "scheduled"), ("cac|2018-02-27", "held")}
    by_text = {text[h.start : h.end][:20]: rep.meetings[li].key for h, li in rep.decisions}
    assert by_text == {"At its meeting on 27": "cac|2018-02-27", "The committee noted ": "nec-women|2018-03-06"}


def test_at_the_full_nec_opening_a_sentence_is_the_nec_meeting():
    # the NEC's own day is given only as "the 26th": no full date makes its mention a heading
    text = ("NEC report – March 2013\n\nAs I said last time, the January NEC agreed to review the list of target "
            "seats after the county elections.\n\nThe Organisation Committee met a fortnight before the NEC, with Ann Lee "
            "in the chair. Reports from the regions were noted.\n\n"
            "The committee agreed the timetable for target seats. At the full NEC on the 26th, the Organisation "
            "Committee's timetable was endorsed without a vote.\n")
    rep = extract_document(_doc(text, url="https://example.org/2013/03/28/nec/"), REF, VOCAB).reports[0]
    by_text = {text[h.start : h.end][:20]: rep.meetings[li].body_id for h, li in rep.decisions}
    assert by_text["At the full NEC on t"] == "nec"
    assert by_text["The committee agreed"] == "nec-org"


def test_policy_commission_sessions_of_a_forum_weekend_are_meetings_of_their_own():
    text = ("National Policy Forum report – July 2014\n\n"
            "The National Policy Forum met in Milton Keynes from Friday 18 to Sunday 20 July 2014.\n\n"
            "Friday: Work and Business\n\nI spent the Friday afternoon in the Work and Business session, which was "
            "chaired by Marjorie Allott. The apprenticeships amendment was agreed.\n\n"
            "Saturday morning: Stronger, Safer Communities\n\nOn Saturday morning I went to the Stronger, Safer "
            "Communities session, chaired by Hazel Rudd. The amendments on policing were agreed.\n\n"
            "Saturday afternoon: the plenary\n\nThe living wage amendment was carried, 98 votes to 70.\n")
    rep = extract_document(_doc(text, url="https://example.org/2014/07/24/npf/"), REF, VOCAB).reports[0]
    # "On Saturday morning" is the Saturday of the forum's weekend, not the one after the report
    assert {(lm.key, lm.status) for lm in rep.meetings} == {
        ("npf|2014-07-18", "held"), ("npf-work-and-business|2014-07-18", "held"),
        ("npf-stronger-safer-communities|2014-07-19", "held")}
    assert [rep.meetings[li].body_id for _, li in rep.decisions] == [
        "npf-work-and-business", "npf-stronger-safer-communities", "npf"]


def test_numbered_dated_headings_each_lead_their_meeting_and_a_report_of_a_meeting_does_not():
    text = ("NEC Newsletter – July 2023\n\nTwo meetings of the full NEC this month (a special meeting on Tuesday "
            "4 July and the regular meeting on Tuesday 18 July) and the Business Board on Thursday 13 July.\n\n"
            "1. Special NEC – Tuesday 4 July\n\nThe special meeting was called at a week's notice.\n\n"
            "The NEC then agreed the retirement seats procedure by 24 votes to 9.\n\n"
            "2. Business Board – Thursday 13 July\n\nThe Business Board noted the management accounts.\n\n"
            "3. Full NEC – Tuesday 18 July\n\nThe General Secretary's report was noted.\n\n"
            "Business Board. Sandra Whitcombe presented her report of the Business Board meeting described above. "
            "The NEC noted the Business Board report. A motion for a members' ballot fell by 10 votes to 22.\n")
    rep = extract_document(_doc(text, url="https://example.org/2023/07/20/nec/"), REF, VOCAB).reports[0]
    by_text = {text[h.start : h.end][:20]: rep.meetings[li].key for h, li in rep.decisions}
    assert by_text == {"The NEC then agreed ": "nec|2023-07-04",
                       "The Business Board n": "nec-business-board|2023-07-13",
                       "The General Secretar": "nec|2023-07-18",
                       "The NEC noted the Bu": "nec|2023-07-18",
                       "A motion for a membe": "nec|2023-07-18"}


def test_part_headings_lead_their_committees_and_later_this_month_is_to_come():
    text = ("NEC report – July 2025\n\nThis covers the Equalities Committee on Tuesday 8 July and the full NEC on "
            "Tuesday 22 July.\n\nPART ONE: EQUALITIES COMMITTEE, TUESDAY 8 JULY\n\nItem 1: Access fund\n"
            "His proposal to double the access fund was agreed by 7 votes to 3.\n\n"
            "PART TWO: FULL NEC, TUESDAY 22 JULY\n\nItem 1: Minutes\nThe minutes were agreed. We were briefed on "
            "Annual Conference in Liverpool later this month.\n")
    rep = extract_document(_doc(text, url="https://example.org/2025/07/24/nec/"), REF, VOCAB).reports[0]
    assert ("conference|2025-07", "scheduled") in {(lm.key, lm.status) for lm in rep.meetings}
    by_text = {text[h.start : h.end][:20]: rep.meetings[li].key for h, li in rep.decisions}
    assert by_text == {"His proposal to doub": "nec-equalities|2025-07-08", "The minutes were agr": "nec|2025-07-22"}


def test_a_meeting_phrase_naming_its_weekday_is_not_dated_by_a_day_next_to_it():
    text = ("West Midlands Regional Board report\n\nThe Regional Board met on Saturday 10 September 2016.\n\n"
            "Tariq Aziz said Board papers arrived on Thursday evening for a Saturday meeting.\n")
    rep = extract_document(_doc(text, url="https://example.org/2016/09/13/rb/"), REF, VOCAB).reports[0]
    assert [lm.key for lm in rep.meetings] == ["rec-west-midlands|2016-09-10"]


def test_an_outcome_reached_at_a_meeting_named_after_it_belongs_to_that_meeting():
    text = ("NEC report – October 2010\n\nThe NEC met on Tuesday 26 October 2010.\n\n"
            "At the May NEC we agreed the timetable for the leadership election.\n\n"
            "A proposal for a longer contest, which would have pushed the result back to November, was defeated "
            "at the May NEC by 6 votes to 20.\n")
    rep = extract_document(_doc(text, url="https://example.org/2010/10/28/nec/"), REF, VOCAB).reports[0]
    assert [rep.meetings[li].key for _, li in rep.decisions] == ["nec|2010-05", "nec|2010-05"]


def test_a_plenary_heading_hands_the_reading_back_to_the_forum():
    text = ("National Policy Forum report – November 2017\n\nThe National Policy Forum met in Leeds on Saturday "
            "18 November 2017.\n\nHousing, Local Government and Transport Policy Commission\n\n"
            "On Saturday morning the commission met and agreed to add a section on buses.\n\n"
            "SATURDAY AFTERNOON – THE PLENARY\n\nThe forum agreed both consultation documents.\n")
    rep = extract_document(_doc(text, url="https://example.org/2017/11/22/npf/"), REF, VOCAB).reports[0]
    assert [rep.meetings[li].body_id for _, li in rep.decisions] == ["npf-housing", "npf"]


def test_an_event_named_as_the_item_is_not_where_it_was_decided():
    text = ("NEC report – May 2023\n\nThe Organisation Committee met on Tuesday 16 May 2023.\n\n"
            "Arrangements for this year's Young Labour conference were deferred to the July Org Committee. "
            "The motion on party democracy that regional conference passed in January was agreed.\n")
    rep = extract_document(_doc(text, url="https://example.org/2023/05/26/nec/"), REF, VOCAB).reports[0]
    assert [rep.meetings[li].body_id for _, li in rep.decisions] == ["nec-org", "nec-org"]


def test_a_summary_ahead_of_the_detail_records_each_decision_once():
    text = ("WEC report – March 2017\n\nThe WEC met on Saturday 18 March 2017.\n\n"
            "In brief, for those who will not read to the end: the deputy leadership rules are put back to July.\n\n"
            "Deputy leadership\n\nThe draft rules for electing a deputy leader were deferred to the July WEC, "
            "so that CLPs can comment.\n\nKey decisions\n\n- Conference fund: agreed.\n\n"
            "Finance\n\nThe conference fund was agreed without a vote.\n\nThe Women's Committee report was noted.\n")
    rep = extract_document(_doc(text, url="https://example.org/2017/03/21/wec/"), REF, VOCAB).reports[0]
    assert [text[h.start : h.end][:24] for h, _ in rep.decisions] == [
        "The draft rules for elec", "The conference fund was ", "The Women's Committee re"]


def test_a_regional_boards_executive_committee_is_a_committee_of_its_own():
    text = ("West Midlands Regional Board report\n\nThe Regional Board met on Saturday 10 September 2016.\n\n"
            "The Board's Executive Committee met on Tuesday 23 August and agreed a selection timetable. "
            "The Board then agreed the timetable. The Executive Committee next meets on Tuesday 18 October.\n")
    rep = extract_document(_doc(text, url="https://example.org/2016/09/13/rb/"), REF, VOCAB).reports[0]
    assert {(lm.key, lm.status) for lm in rep.meetings} == {
        ("rec-west-midlands|2016-09-10", "held"), ("rec-west-midlands-executive|2016-08-23", "held"),
        ("rec-west-midlands-executive|2016-10-18", "scheduled")}


def test_in_time_for_conference_is_a_conference_still_to_come():
    text = ("Organisation Committee report\n\nThe Organisation Committee met on Tuesday 14 March 2017.\n\n"
            "Any proposal would need to go through the rule-change process in time for Conference in Brighton "
            "in September.\n")
    rep = extract_document(_doc(text, url="https://example.org/2017/03/24/org/"), REF, VOCAB).reports[0]
    assert ("conference|2017-09", "scheduled") in {(lm.key, lm.status) for lm in rep.meetings}



def test_a_deadline_or_another_clause_does_not_date_the_conference(tmp_path):
    c = _build(tmp_path, {"r.txt": "London Regional Board report\n\nThe Board met on 24 January. It agreed that the "
                                    "regional conference will be held on Saturday 9 April. Motions to the conference "
                                    "will close on Friday 11 March. The Leader has been invited to speak at the "
                                    "conference, and the regional office expects to confirm this in February.\n"},
               {"r.txt": "https://example.org/2011/01/26/board/"})
    ids = sorted(c.meetings["meeting_id"])
    assert ids == ["conference-london-2011-04-09", "rec-london-2011-01-24"]
    # a meeting still takes a day given after another clause when a meeting verb says so
    (tmp_path / "b").mkdir()
    c = _build(tmp_path / "b", {"r.txt": "NEC report\n\nThe NEC met on 20 March; the Business Board meets on "
                                         "4 April.\n"}, {"r.txt": "https://example.org/2018/03/22/nec/"})
    assert sorted(c.meetings["meeting_id"]) == ["nec-2018-03-20", "nec-business-board-2018-04-04"]


def test_a_reason_clause_keeps_its_own_status_and_date():
    ex = extract_document(_doc("West Midlands Regional Board report\n\nThe Board met on 3 July. The September Board has "
                               "been cancelled because it clashes with Annual Conference in Brighton in September so "
                               "the next one is Saturday 14 October.\n", url="https://example.org/2017/07/22/rec/"),
                          REF, VOCAB)
    got = {(lm.body_id, lm.date.iso(), lm.status) for lm in ex.reports[0].meetings}
    assert got == {("rec-west-midlands", "2017-07-03", "held"), ("rec-west-midlands", "2017-09", "cancelled"),
                   ("conference", "2017-09", "scheduled"), ("rec-west-midlands", "2017-10-14", "scheduled")}


def test_the_meeting_of_a_date_is_a_recalled_meeting_not_where_its_minutes_are_agreed():
    ex = extract_document(_doc("Welsh Executive Committee report\n\nThe WEC met on 15 March. The minutes of the meeting "
                               "of 18 January were agreed, with one correction. The committee agreed the budget.\n",
                               url="https://example.org/2014/03/20/wec/"), REF, VOCAB)
    rx = ex.reports[0]
    assert {(lm.body_id, lm.date.iso(), lm.status) for lm in rx.meetings} == {
        ("rec-wales", "2014-03-15", "held"), ("rec-wales", "2014-01-18", "held")}
    assert {rx.meetings[li].date.iso() for _, li in rx.decisions} == {"2014-03-15"}
    # "the meeting of the Board" is still the Board's, not a meeting of its own
    ex = extract_document(_doc("London Regional Board report\n\nAt the meeting of the Board on 24 January we agreed "
                               "the budget.\n", url="https://example.org/2011/01/26/board/"), REF, VOCAB)
    assert [(lm.body_id, lm.date.iso()) for lm in ex.reports[0].meetings] == [("rec-london", "2011-01-24")]


def _meetings_of(text: str, url: str) -> set[tuple[str, str]]:
    ex = extract_document(_doc(text, url=url), REF, VOCAB)
    return {(lm.body_id, lm.date.iso() if lm.date else "") for rx in ex.reports for lm in rx.meetings}


def test_deadlines_reports_and_today_do_not_date_a_conference():
    url = "https://example.org/2018/03/01/women/"
    got = _meetings_of("NEC Women's Committee report\n\nThe committee met on 27 February. The CAC agreed that the "
                       "deadline for motions to Women's Conference will be noon on Thursday 13 September.\n", url)
    assert ("conference-women", "2018-09-13") not in got
    got = _meetings_of("CAC report\n\nThe CAC met on 24 September. Conference agreed CAC Report 1 on Sunday "
                       "afternoon without a vote.\n", "https://example.org/2022/09/28/cac/")
    assert got == {("cac", "2022-09-24"), ("conference", "2022-09-25")}
    got = _meetings_of("East Midlands Regional Board report\n\nThe Board met on 18 January. We had hoped to agree the "
                       "timetable for regional conference today, but the papers were not ready.\n",
                       "https://example.org/2016/01/18/em/")
    assert got == {("rec-east-midlands", "2016-01-18")}
    got = _meetings_of("East Midlands Regional Board report\n\nRegional conference opened today in Derby.\n",
                       "https://example.org/2016/02/27/em/")
    assert ("conference-east-midlands", "2016-02-27") in got


def test_a_meeting_asked_for_and_others_meetings_are_not_the_bodys():
    got = _meetings_of("NEC report\n\nThe NEC met on 25 January. Some members wanted a third meeting in February to "
                       "look at the selections timetable, but nothing was decided. Others called for a special NEC "
                       "in March.\n", "https://example.org/2011/01/27/nec/")
    assert got == {("nec", "2011-01-25")}
    got = _meetings_of("NEC Organisation Committee report\n\nThe committee met on 17 October. The committee agreed "
                       "the timetable for the remaining parliamentary selections in marginal seats, with the first "
                       "shortlisting meetings in January.\n", "https://example.org/2017/10/20/org/")
    assert got == {("nec-org", "2017-10-17")}
    # a meeting that was called is still one
    got = _meetings_of("NEC report\n\nThe NEC met on 25 January and agreed a special meeting in February.\n",
                       "https://example.org/2011/01/27/nec/")
    assert ("nec", "2011-02") in got


def test_conference_as_the_subject_of_an_outcome_is_the_conference_named_last():
    ex = extract_document(_doc("Scottish Executive Committee report – November 2016\n\nThe Scottish Executive "
                               "Committee met on Saturday 26 November in Glasgow. The SEC agreed the campaign "
                               "timetable.\n\nIt is worth recalling what happened at Scottish Conference in Perth at "
                               "the end of October. We were both there as delegates. Conference agreed the SEC's "
                               "statement on local government finance by a large majority.\n\nBack at the SEC, "
                               "delegates to next year's conference were agreed.\n"), REF, VOCAB)
    rx = ex.reports[0]
    got = {ex.doc.text[h.start : h.end][:20]: (rx.meetings[li].body_id, rx.meetings[li].date.iso())
           for h, li in rx.decisions}
    assert got == {"The SEC agreed the c": ("rec-scotland", "2016-11-26"),
                   "Conference agreed th": ("conference-scotland", "2016-10"),
                   "Back at the SEC, del": ("rec-scotland", "2016-11-26")}


def test_a_decision_to_hold_next_years_conference_is_the_boards_and_the_conference_is_to_come():
    ex = extract_document(_doc("South East Regional Board – 9 November 2013\n\nThe Board met in Crawley.\n\nItem 8: "
                               "Regional conference 2014 – the Board agreed 17–9 to hold next year's regional "
                               "conference in Brighton on Saturday 8 March.\n"), REF, VOCAB)
    rx = ex.reports[0]
    conf = [lm for lm in rx.meetings if lm.body_id == "conference-south-east"]
    assert [(lm.date.iso(), lm.status) for lm in conf] == [("2014-03-08", "scheduled")]
    assert [rx.meetings[li].body_id for _, li in rx.decisions] == ["rec-south-east"]


def test_agreed_by_a_body_at_its_month_meeting_is_that_meeting():
    ex = extract_document(_doc("NEC Equalities Committee report\n\nThe committee met on 7 December.\n\nGood news: the "
                               "disability access fund was agreed by the full NEC at its November meeting, so CLPs can "
                               "apply from January.\n", url="https://example.org/2021/12/09/eq/"), REF, VOCAB)
    rx = ex.reports[0]
    assert [(rx.meetings[li].body_id, rx.meetings[li].date.iso()) for _, li in rx.decisions] == [("nec", "2021-11")]


def test_the_following_monday_under_a_heading_naming_a_monday_is_that_monday():
    url = "https://example.org/2013/03/28/nec/"
    got = _meetings_of("NEC report – March 2013\n\nThe Organisation Committee met on Tuesday 12 March.\n\nEqualities "
                       "– Monday 18 March\n\nThe Equalities Committee met the following Monday, chaired by Shirin.\n",
                       url)
    assert ("nec-equalities", "2013-03-18") in got and ("nec-equalities", "2013-03-25") not in got
    # in running text "the following Monday" is still the Monday after the day named
    got = _meetings_of("NEC report – March 2013\n\nThe Organisation Committee met on Monday 11 March. The Equalities "
                       "Committee met the following Monday.\n", url)
    assert ("nec-equalities", "2013-03-18") in got


def test_every_meeting_phrase_of_a_sentence_counts_and_election_days_are_not_meetings():
    got = _meetings_of("NEC Equalities Committee report\n\nThe NEC Equalities Committee met on Tuesday 9 June 2015. "
                       "This was our first meeting since the general election: the April meeting was cancelled "
                       "because of the campaign.\n", "https://example.org/2015/06/12/eq/")
    assert ("nec-equalities", "2015-04") in got
    got = _meetings_of("London REC report\n\nWe met on Zoom on 17 April, for what was probably the last REC meeting "
                       "before the elections on 6 May, and certainly the last one with so many cats.\n",
                       "https://example.org/2021/04/20/rec/")
    assert got == {("rec-london", "2021-04-17")}
    # "At that meeting" is the meeting named before, not the one whose minutes it agreed
    ex = extract_document(_doc("CAC report\n\nAt the 5 July meeting, the minutes of the February meeting were "
                               "agreed. At that meeting the CAC also agreed the deadline for contemporary motions.\n",
                               url="https://example.org/2022/07/08/cac/"), REF, VOCAB)
    rx = ex.reports[0]
    assert [rx.meetings[li].date.iso() for _, li in rx.decisions] == ["2022-07-05", "2022-07-05"]


def test_a_clps_general_meeting_is_the_clps_not_the_reported_bodys():
    got = _meetings_of("Report from our REC rep\n\nThe Eastern REC met on 13 March. Our Broadland CLP executive "
                       "agreed to send a motion. We will discuss the report at our General Meeting on Thursday "
                       "25 March.\n", "https://example.org/2021/03/16/rec/")
    assert ("rec-eastern", "2021-03-25") not in got
    assert any(b.startswith("clp-broadland") and d == "2021-03-25" for b, d in got)
    # with no CLP named, "the General Meeting" is not put on the reported body either
    got = _meetings_of("NEC report\n\nThe NEC met on 23 July. I will report at the General Meeting on 8 August.\n",
                       "https://example.org/2024/07/25/nec/")
    assert got == {("nec", "2024-07-23")}


def test_a_dated_hearing_is_a_meeting_of_the_ncc_named_with_it():
    text = ("Disputes Panel report, November 2013\n\nThe Disputes Panel met on Tuesday 26 November.\n\n"
            "NCC hearings\n\n• A.B. – referred to the NCC at the October panel. Hearing fixed for Tues 10th December, Manchester.\n"
            "• Q.R. – The hearing set for Thursday 5th December has been postponed to 28.1.14.\n\n"
            "- NCC: the hearing in a London case is listed for Tuesday 17 December.\n\n"
            "Members are entitled to a fair hearing, and the panel will meet again on 14 January.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    got = {(lm.body_id, lm.date.iso(), lm.status) for lm in rep.meetings if lm.date is not None}
    assert {("ncc", "2013-12-10", "scheduled"), ("ncc", "2013-12-05", "cancelled"), ("ncc", "2014-01-28", "scheduled"),
            ("ncc", "2013-12-17", "scheduled")} <= got
    assert not any(body == "ncc" and day == "2014-01-14" for body, day, _ in got)  # "a fair hearing": none in particular


def test_a_meeting_told_as_past_after_the_first_meeting_of_a_report_dated_by_it():
    """A report dated only by the meeting it opens with: a meeting the next day that "was" is past."""
    text = ("Northern REC + regional conference round-up\n\nThe Northern REC met on Sat 14.3.26 in Durham, and "
            "regional conference was on the Sunday in the same venue.\n\nThe REC agreed the budget.\n")
    got = _meeting_rows(text)
    assert ("conference-northern", "2026-03-15", "held") in got, got


def test_a_committee_that_met_on_a_weekday_before_the_main_meeting():
    text = ("SEC report, October 2022\n\nThe SEC met on Saturday 1 October in Glasgow. The Org Sub met on the "
            "Tuesday before the SEC, by Zoom. It agreed the branch list.\n")
    got = _meeting_rows(text)
    assert ("rec-scotland-org", "2022-09-27", "held") in got, got


def test_the_meeting_that_should_have_taken_place_on_a_day():
    text = ("London Regional Board report – June 2012\n\nThe Board met on Monday 18 June. There was no Board in May: "
            "the meeting that should have taken place on Monday 14 May was cancelled by the officers.\n")
    got = _meeting_rows(text)
    assert ("rec-london", "2012-05-14", "cancelled") in got, got


def test_a_date_something_else_happens_on_and_a_persons_first_meeting():
    text = ("NEC Equalities Committee report – June 2016\n\nThe Equalities Committee met on Tuesday 14 June. We "
            "welcomed Anjali Patel, who spoke beautifully at her very first meeting. If your CLP wants to send a motion "
            "to Women's Conference, the deadline will be published in July.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    got = {(lm.body_id, lm.date.iso() if lm.date else "") for lm in rep.meetings}
    assert got == {("nec-equalities", "2016-06-14")} | {(b, d) for b, d in got if b == "conference-women" and d != "2016-07"}
    assert ("conference-women", "2016-07") not in got


def test_a_weekends_timetable_heading_names_a_commission_session():
    text = ("National Policy Forum, 19-20 November 2016: my report from the weekend\n\n"
            "The forum met in Derby on Saturday 19 November.\n\nSaturday morning: the opening plenary\n\n"
            "The forum heard from the chair.\n\nSaturday afternoon: Economy\n\n"
            "The Economy commission agreed to add a section on regional banks.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    got = {(lm.body_id, lm.date.iso() if lm.date else "") for lm in rep.meetings}
    assert any(b.startswith("npf-econom") and d == "2016-11-19" for b, d in got), got
    assert not any(b.startswith("npf-") and "plenary" in b for b, _ in got), got


def test_a_date_of_another_event_before_the_body_is_not_its_meetings():
    text = ("SEC report – December 2014\n\nThe SEC met in Glasgow on Saturday 20th December. After Johann Lamont "
            "resigned on 24 October, the SEC met at the end of October to set the rules for the election.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    got = {(lm.body_id, lm.date.iso()) for lm in rep.meetings if lm.date is not None}
    assert ("rec-scotland", "2014-10") in got and ("rec-scotland", "2014-10-24") not in got, got


def test_a_special_conference_in_a_welsh_report_is_welsh_labours():
    text = ("WEC report – September 2017\n\nThe WEC met on Saturday 16 September. The WEC agreed to put both options "
            "to a special conference. The special conference was confirmed for Sat 14/10 at Builth Wells.\n\n"
            "- Sun 24/9 to Wed 27/9: UK conference in Brighton.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    got = {(lm.body_id, lm.date.iso()) for lm in rep.meetings if lm.date is not None}
    assert {("conference-wales", "2017-10-14"), ("conference", "2017-09-24")} <= got, got


def test_a_day_on_the_eve_of_conference_is_not_conferences():
    text = ("NEC report – November 2011\n\nThe NEC met on Tuesday 22nd November. The minutes of the meeting held in "
            "Liverpool on Saturday 24th September on the eve of Conference were agreed.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    got = {(lm.body_id, lm.date.iso()) for lm in rep.meetings if lm.date is not None}
    assert ("conference", "2011-09-24") not in got, got


def test_a_meeting_that_was_supposed_to_meet_on_a_day_was_called_off():
    text = ("Northern REC round-up – March 2018\n\nThe Northern REC met on Saturday 10 March. The REC agreed the "
            "budget.\n\nThe Women's Committee was supposed to meet in Newcastle on Weds 28th Feb, but that was the "
            "day the snow really came down and the meeting was called off.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    got = {(lm.body_id, lm.date.iso(), lm.status) for lm in rep.meetings if lm.date is not None}
    assert ("rec-northern-women", "2018-02-28", "cancelled") in got, got


def test_a_heading_board_meeting_with_its_day():
    text = ("East Midlands Regional Board – Karen's round-up, March 2013\n\nBOARD MEETING, SAT 9.3.13, REGIONAL OFFICE\n\n"
            "Geoff Marsden in the chair.\n\n1. Minutes\n\nMinutes of 12.1.13 agreed, no changes.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    got = {(lm.body_id, lm.date.iso()) for lm in rep.meetings if lm.date is not None}
    assert ("rec-east-midlands", "2013-03-09") in got, got


def test_a_commission_named_by_its_topic_in_lower_case():
    text = ("NPF report, autumn 2015\n\nThe National Policy Forum met on Saturday 21 November.\n\nI sit on the health "
            "commission, which met at Portcullis House on the evening of Tuesday 27 October. The commission agreed to "
            "hold a consultation event.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    got = {(lm.body_id, lm.date.iso()) for lm in rep.meetings if lm.date is not None}
    assert ("npf-health", "2015-10-27") in got, got


def test_a_report_titled_only_the_board_is_about_the_region_its_byline_names():
    text = ("Questions I was asked about the Board\nPosted on 16 July 2014 by Jo Bloggs, CLP representative on the "
            "London Regional Board\n\nWe met last Saturday morning at the regional office. The Board noted the "
            "Regional Director's report. London Young Labour's conference in March asked the Board for a youth "
            "organiser; the Special Conference on 1 March agreed the reforms. The next Board is on Saturday 20 "
            "September.\n")
    rows = _meeting_rows(text)
    assert ("rec-london", "2014-07-12", "held") in rows, rows
    assert ("rec-london", "2014-09-20", "scheduled") in rows, rows
    assert not any(b == "conference" and d == "2014-07-12" for b, d, _ in rows), rows


def test_the_next_day_after_a_past_meeting_was_held_too():
    text = ("NEC report: the away day and the July NEC\n\nThis report covers two days: the NEC away day on Mon 15th "
            "July 2013 and the full NEC the next day, both held in London.\n\nThe full NEC, Tuesday\n\nThe NEC agreed "
            "the terms of reference for the review.\n")
    rows = _meeting_rows(text, url="https://example.org/2013/07/19/nec-report/")
    assert ("nec", "2013-07-16", "held") in rows, rows
    assert not any(s == "scheduled" for _, _, s in rows), rows


def test_a_diary_entry_whose_first_line_names_its_meeting_and_place():
    text = ("Regional Board diary, 7–15 March 2011\nJo Bloggs – CLP rep, Yorkshire & Humber Regional Board\n\n"
            "Mon 7th\nProcedures sub-committee, regional office, Leeds, 6pm. Five of us there.\n"
            "- Standing orders for this year's Regional Conference: agreed.\n\n"
            "Sat 12th\nFull Regional Board, UNISON offices, Leeds, 10.30 till nearly three.\n"
            "- Minutes of the January Board: agreed.\n")
    rows = _meeting_rows(text, url="https://example.org/2011/03/16/diary/")
    assert ("rec-yorkshire-procedures", "2011-03-07", "held") in rows, rows
    assert ("rec-yorkshire", "2011-03-12", "held") in rows, rows
    assert not any(d == "2011-03-07" and b == "rec-yorkshire" for b, d, _ in rows), rows


def test_a_clp_secretarys_report_back_keeps_the_clps_meetings_and_the_recs_apart(tmp_path):
    text = ("East Midlands REC – report back to our October members' meeting\n"
            "Posted by Jo Bloggs, Secretary, Broxtowe CLP\n\n"
            "At Thursday's all-members meeting (13 October) our REC rep, Sam Smith, gave her report on the East "
            "Midlands Regional Executive Committee, which met by Zoom last Saturday, the 8th. A motion from Nottingham "
            "East CLP was referred to the REC's Procedures Committee.\n\n"
            "What the REC did\n- The REC agreed the regional budget for 2023 by 14 votes to 6.\n\n"
            "Our meeting on Thursday\n- Agreed, nem con, to give £150 to the food bank.\n"
            "- The branch motion on buses was deferred to our November meeting.\n")
    corpus = _build(tmp_path, {"r.txt": text}, urls={"r.txt": "https://example.com/2022/10/16/report-back/"})
    meetings = set(zip(corpus.meetings.body_id, corpus.meetings.date, corpus.meetings.status, strict=True))
    assert ("clp-broxtowe", "2022-10-13", "held") in meetings, meetings
    assert ("rec-east-midlands", "2022-10-08", "held") in meetings, meetings
    assert ("clp-broxtowe", "2022-11", "scheduled") in meetings, meetings
    assert not any(b == "rec-east-midlands" and d == "2022-10-13" for b, d, _ in meetings), meetings
    dec = corpus.decisions.merge(corpus.meetings[["meeting_id", "body_id", "date"]], on="meeting_id")
    where = {t[:20]: (b, d) for t, b, d in zip(dec.text, dec.body_id, dec.date, strict=True)}
    assert where["- The REC agreed the"] == ("rec-east-midlands", "2022-10-08"), where
    assert where["- Agreed, nem con, t"] == ("clp-broxtowe", "2022-10-13"), where
    app = corpus.appearances.merge(corpus.meetings[["meeting_id", "body_id"]], on="meeting_id")
    author = app[(app.name == "Jo Bloggs") & app.participant]
    assert set(author.body_id) == {"clp-broxtowe"}, author[["body_id", "role"]]


def test_a_diary_under_bare_weekday_headings_dates_itself_from_its_first_entry():
    text = ("Brighton 2019: a week at the CAC table\n\nJo Bloggs, CLP representative on the Conference Arrangements "
            "Committee\n\nOur last meeting before conference was at Southside on Tuesday 10 September. We ruled out "
            "eleven motions.\n\nFriday\n\nArrived in Brighton at teatime on Friday 20 September.\n\nSaturday\n\n"
            "CAC at 8am in a hotel room. The appeal from Worthing West CLP was upheld.\n\nTuesday\n\n"
            "Our 11am meeting was the busiest of the week.\n\n- The proposal was voted down 6-1.\n")
    rows = _meeting_rows(text, url="https://example.net/2019/09/30/cac-diary/")
    assert ("cac", "2019-09-10", "held") in rows, rows  # the meeting's day, not conference's
    assert ("cac", "2019-09-21", "held") in rows, rows  # "Saturday" after "Friday 20 September"
    assert ("cac", "2019-09-24", "held") in rows, rows  # "Tuesday" / "Our 11am meeting"
    assert not any(b == "conference" and d == "2019-09-10" for b, d, _ in rows), rows


def test_a_committees_report_presented_to_the_board_hands_its_section_back_to_the_board(tmp_path):
    text = ("South East Regional Board – Saturday 10 September 2016\n\nReport by Jo Bloggs, GMB representative on the "
            "Board\n\nMembers asked for something to read before the CLP meetings later this month, so here is my "
            "write-up of Saturday's Regional Board.\n\n5. Sub-committee reports\n\n(a) Procedures Committee\n\n"
            "The Procedures Committee met on Tuesday 23 August, with Cllr Ann Other in the chair; I sit on it. "
            "Ann presented the committee's report to the Board.\n\nThe recommendation to limit CLPs to one motion "
            "was carried by 14 votes to 6, with 3 abstentions. Sam Smith spoke against it.\n\nJo Bloggs\n")
    corpus = _build(tmp_path, {"r.txt": text}, urls={"r.txt": "https://example.org/2016/09/14/board/"})
    meetings = corpus.meetings.set_index("meeting_id")
    assert set(zip(meetings.body_id, meetings.status, strict=True)) >= {("rec-south-east", "held"),
                                                                        ("rec-south-east-procedures", "held")}
    assert "scheduled" not in set(meetings[meetings.body_id == "rec-south-east"].status)
    dec = corpus.decisions.iloc[0]
    assert meetings.loc[dec.meeting_id, "body_id"] == "rec-south-east", dec.meeting_id
    took_part = _took_part(corpus)
    assert ("Sam Smith", "rec-south-east") in took_part, took_part
    assert ("Jo Bloggs", "rec-south-east-procedures") in took_part, took_part  # "I sit on it"


def test_capital_headings_of_a_review_group_and_a_committee_then_a_sibling_heading_back_to_the_board(tmp_path):
    text = ("Northern Regional Board report – Sat 9/3\n\nFrom: Jo Bloggs, CLP rep on the Regional Board\n\n"
            "Our joint report from Saturday's Board, as promised.\n\nBOARD, SAT 9/3\n\nRegional office, 10.30 start. "
            "21 present.\n\nRD's report noted.\n\n*\n\n"
            "LCF REVIEW GROUP\n\nJo sits on this. It met twice, Tues 5/2 and Tues 26/2, both chaired by Cllr Ann Other.\n\n"
            "At the first meeting the group agreed to survey every LCF in the region.\n\n*\n\n"
            "WOMEN'S COMMITTEE\n\nMet Weds 27/2, Joan Heslop chairing.\n\nThe committee agreed a mentoring scheme.\n\n*\n\n"
            "MOTIONS\n\n1. Hartlepool CLP, on the bedroom tax. Moved by Sam Smith. Carried 19-2.\n")
    corpus = _build(tmp_path, {"r.txt": text}, urls={"r.txt": "https://example.net/2013/03/board-report/"})
    meetings = corpus.meetings.set_index("meeting_id")
    rows = set(zip(meetings.body_id, meetings.date, meetings.status, strict=True))
    assert any(b.startswith("rec-northern-") and "review" in b and d == "2013-02-05" and s == "held"
               for b, d, s in rows), rows
    assert ("rec-northern-women", "2013-02-27", "held") in rows, rows
    where = _where_decided(corpus, 22)
    assert where["The committee agreed a"] == "rec-northern-women", where
    assert where["RD's report noted."] == "rec-northern", where
    assert where["1. Hartlepool CLP, on "] == "rec-northern", where  # "MOTIONS": the Board's again


def test_a_chair_of_every_meeting_and_the_rostrum_in_a_conference_diary(tmp_path):
    text = ("Brighton 2019: a week at the CAC table\n\nJo Bloggs, CLP representative on the Conference Arrangements "
            "Committee\n\nThe committee is chaired by Tony Mulvaney of Unite, who chaired every one of the CAC meetings "
            "below.\n\nFriday\n\nArrived in Brighton on Friday 20 September.\n\nSaturday\n\nCAC at 8am. The appeal from "
            "Worthing West CLP was upheld.\n\nConference opened at 2pm.\n\nSunday\n\nCAC at 8am. We admitted the motion "
            "on the climate strikes.\n\nI answered questions on Report 2 from the rostrum at the start of the morning "
            "session.\n\nTuesday\n\nBarry proposed closing conference on Tuesday night. The proposal was voted down 6-1.\n")
    corpus = _build(tmp_path, {"r.txt": text}, urls={"r.txt": "https://example.net/2019/09/30/cac-diary/"})
    conf = corpus.meetings[corpus.meetings.body_id == "conference"]
    assert list(conf.date) == ["2019-09-21"], conf  # one Annual Conference, from its first day
    took_part = _took_part(corpus, "date")
    assert {("Tony Mulvaney", "cac", "2019-09-21"), ("Tony Mulvaney", "cac", "2019-09-22")} <= took_part, took_part
    assert ("Jo Bloggs", "conference", "2019-09-21") in took_part, took_part
    assert not any(n == "Unite" for n, _, _ in took_part), took_part


def test_votes_in_the_hall_told_in_a_cac_diary_are_conferences_not_the_committees(tmp_path):
    text = ("Conference diary: CAC reports from Liverpool 2018\nJo Bloggs, CLP representative on the Conference "
            "Arrangements Committee\n\nSunday 23 September\n\nThe CAC met on Sunday morning at half past seven. We "
            "accepted the bus emergency motion by 5 votes to 2. Conference opened at ten that morning.\n\nMonday 24 "
            "September\n\nThe CAC met at eight. We ruled out of order the motion on ward closures. The reference back "
            "was carried on a card vote, 53.2% to 46.8%.\n")
    corpus = _build(tmp_path, {"r.txt": text}, urls={"r.txt": "https://example.org/2018/09/27/cac-diary/"})
    where = _where_decided(corpus, 20)
    assert where["We accepted the bus "] == "cac", where
    assert where["We ruled out of orde"] == "cac", where
    assert where["The reference back w"] == "conference", where


def test_a_diary_day_opening_with_its_hour_is_the_committees_meeting_that_day():
    text = ("Edinburgh 2023: a conference diary from the CAC\nBy Jo Bloggs, CLP member of the Scottish Conference "
            "Arrangements Committee\n\nFRIDAY 17 FEBRUARY\n\n8am, CAC, a small room off the main hall. Sam Smith in the "
            "chair. Four emergency motions came in.\n\nSATURDAY 18 FEBRUARY\n\n7.45am. Sam in the chair again. The GMB "
            "motion was admitted by 5 votes to 2.\n")
    rows = _meeting_rows(text, url="https://example.org/2023/02/22/cac-diary/")
    assert ("cac-scotland", "2023-02-17", "held") in rows, rows
    assert ("cac-scotland", "2023-02-18", "held") in rows, rows


def test_we_last_met_after_i_sit_on_a_commission_is_that_commissions_meeting_and_the_name_under_the_title_is_its_author():
    text = ("NPF weekend in Birmingham: report back from your West Midlands CLP rep\nJo Bloggs\n\n"
            "What follows is my account of the National Policy Forum weekend of 21–22 May, of the Joint Policy "
            "Committee that met the evening before, and of my own commission.\n\nOur commission, 23/4\n\n"
            "I sit on the Economy, Business and Trade commission. We last met on 23/4, a Saturday, at Southside.\n\n"
            "- The section on corporation tax was parked until the forum.\n\nSaturday morning\n\n"
            "The forum agreed the documents on a show of hands.\n")
    ex = extract_document(_doc(text, url="https://example.org/2016/05/26/npf-report/"), REF, VOCAB)
    rep = ex.reports[0]
    assert rep.report.title == "NPF weekend in Birmingham: report back from your West Midlands CLP rep"
    assert [a[0] for a in rep.authors] == ["Jo Bloggs"]
    rows = {(lm.body_id, lm.date.iso() if lm.date else "", lm.status) for lm in rep.meetings}
    assert ("npf", "2016-05-21", "held") in rows, rows
    assert ("npf-economy", "2016-04-23", "held") in rows, rows
    assert not any(b == "jpc" and d == "2016-05-21" for b, d, _ in rows), rows


def test_a_conference_that_goes_ahead_in_march_is_next_years_and_a_proposal_on_saturday_is_not_its_day():
    text = ("Scottish Executive Committee – report, November 2014\n\nThis is my report of the SEC meeting held on "
            "Saturday 8 November.\n\n6. Special Scottish conference. This was the big item. A number of CLPs had "
            "written in asking for a special conference. The SEC agreed to hold a special Scottish conference in Glasgow "
            "on Saturday 24 January 2015.\n\nThe ordinary Scottish conference goes ahead in Edinburgh in March as planned. There is "
            "talk of the special conference being folded into it instead, but nobody proposed that on Saturday.\n")
    rows = _meeting_rows(text, url="https://example.org/2014/11/12/sec-report/")
    assert ("conference-scotland", "2015-03", "scheduled") in rows, rows
    assert not any(b.startswith("conference") and d in ("2014-03", "2014-11-08") for b, d, _ in rows), rows


def test_goes_ahead_is_a_meeting_still_to_come():
    from toolkit.extract.meetings import SCHEDULED_CUE

    assert SCHEDULED_CUE.search("The ordinary Scottish conference goes ahead in Edinburgh in March as planned.")
    assert not SCHEDULED_CUE.search("The conference went ahead in Edinburgh in March as planned.")


def test_a_byline_with_its_role_under_a_short_title_is_no_part_of_the_title():
    text = ("Disputes Panel + Org Committee, w/c 8 March 2021: quick notes\nOwain Meredydd, CLP rep on the NEC\n\n"
            "Two NEC committees in one week, both on Zoom. I sit on both.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    assert rep.report.title == "Disputes Panel + Org Committee, w/c 8 March 2021: quick notes"
    assert [a[0] for a in rep.authors] == ["Owain Meredydd"]


def test_an_npf_reps_newsletter_about_the_commission_they_sit_on_is_that_commissions():
    text = ("Policy Matters – newsletter from your NPF rep, No. 4, October 2022\n"
            "Jo Bloggs, CLP representative (South West) on the National Policy Forum, member of the Public Services "
            "Policy Commission\n\nHello again. Between the two commission meetings and conference, something had to "
            "give.\n\nCommission meeting one: Saturday 16 July, Southside\n\nWe met in person at party HQ.\n\n"
            "• The submissions on free school meals were taken forward in full.\n\nCommission meeting two: Wednesday "
            "14 September, online\n\n• The section on social care funding was agreed.\n\nThe NPF plenary is due in "
            "2023.\n")
    ex = extract_document(_doc(text, url="https://example.com/npf/2022/10/21/policy-matters/"), REF, VOCAB)
    rep = ex.reports[0]
    assert rep.main_body == "npf-public-services", rep.main_body
    assert [a[0] for a in rep.authors] == ["Jo Bloggs"]
    rows = {(lm.body_id, lm.date.iso() if lm.date else "", lm.status) for lm in rep.meetings}
    assert ("npf-public-services", "2022-07-16", "held") in rows, rows
    assert ("npf-public-services", "2022-09-14", "held") in rows, rows


def test_numbered_committee_headings_with_short_weekdays_open_their_meetings():
    text = ("West Midlands REC – decisions from Sat 16/1\nJo Bloggs, CLP rep (Black Country)\n\n"
            "1. REC, Sat 16/1: decisions\n\n• Minutes of 21/11 agreed.\n• Campaign budget for May agreed 21–4.\n\n"
            "2. Procedures Committee, Tues 12/1\n\nI sit on this one. Six of us on Zoom.\n• The Zoom etiquette "
            "guidance was noted.\n\n3. Local Government Committee, Thurs 14/1\n\n• Panel interviews to carry on via "
            "Zoom — agreed.\n")
    rows = _meeting_rows(text, url="https://example.org/2021/01/18/rec-decisions/")
    assert ("rec-west-midlands-procedures", "2021-01-12", "held") in rows, rows
    assert ("rec-west-midlands-local-government", "2021-01-14", "held") in rows, rows
    assert ("rec-west-midlands", "2020-11-21", "held") in rows, rows


def test_an_nec_committee_the_reference_does_not_list_is_the_necs_own():
    text = ("NEC report: the last word before Brighton\n\nThe NEC met this morning at the Metropole, and earlier in the "
            "week the NEC's Procedures Committee met at Southside.\n\nProcedures Committee, Tuesday 19th\n\n"
            "The Procedures Committee met at Southside on Tuesday afternoon, with Jo Bloggs in the chair. The committee "
            "agreed the draft for Saturday's NEC.\n")
    rows = _meeting_rows(text, url="https://example.org/2017/09/23/nec-report/")
    assert ("nec-procedures", "2017-09-19", "held") in rows, rows
    assert ("nec", "2017-09-23", "held") in rows, rows


def test_a_date_fronting_its_sentence_dates_the_subject_after_a_long_aside():
    text = ("NEC report – September 2017\n\nThe NEC met this morning. It is worth remembering how we got here. In July "
            "2016, in the middle of the leadership challenge, the NEC decided that members who had joined in the previous "
            "six months could not vote in the leadership election.\n")
    rows = _meeting_rows(text, url="https://example.org/2017/09/23/nec-report/")
    assert ("nec", "2016-07", "held") in rows, rows


def test_assign_dates_gives_a_fronted_date_to_the_acting_subject_past_an_aside():
    from toolkit.dates import find_dates
    from toolkit.extract.bodies import find_bodies
    from toolkit.extract.meetings import assign_dates

    text = ("In July 2016, in the middle of the leadership challenge, the NEC decided that members who had joined in "
            "the previous six months could not vote.")
    bodies = find_bodies(text, REF, region="")
    assert [b.body_id for b in bodies] == ["nec"]
    got = assign_dates(text, bodies, find_dates(text))
    assert [(d.year, d.month) for d in got.get(0, [])] == [(2016, 7)], got


def test_the_boards_agm_is_its_own_meeting_but_a_clps_agm_is_not():
    text = ("Eastern Regional Board report – September 2012\n\nThe Board met on Saturday 22 September.\n\n"
            "Procedures Committee\n\nThe Procedures Committee met the week before. An appeal from members of a CLP "
            "about the way their AGM on 14/9 was run was upheld.\n\nThe AGM will be on Saturday 24 November in "
            "Cambridge.\n")
    rows = _meeting_rows(text, url="https://example.org/2012/09/25/board-report/")
    assert ("rec-eastern", "2012-11-24", "scheduled") in rows, rows
    assert not any(d == "2012-09-14" for _, d, _ in rows), rows


def test_a_clp_secretarys_write_up_returns_to_its_own_executive_and_its_signing_secretary_sits_there(tmp_path):
    text = ("London REC: what Sam told the Executive – June 2019\nEltham CLP – Secretary's write-up for members\n\n"
            "At our Executive Committee on Thursday 13 June, Sam Smith, who represents the South East London CLPs on the "
            "London Regional Executive Committee, gave us her report from the REC meeting of Tuesday 4 June.\n\n"
            "The REC meeting, Tuesday 4 June\n\nThe minutes of the March meeting were agreed.\n\nBack at our own meeting, "
            "Tony Ferris in the chair, we had a good discussion.\n\nThe Executive thanked Sam and agreed to circulate "
            "this write-up. Our Treasurer, Martin Pell, raised the cost of the hall.\n\nIn solidarity,\n\nJo Bloggs\n"
            "Secretary, Eltham CLP\n")
    corpus = _build(tmp_path, {"r.txt": text}, urls={"r.txt": "https://example.org/2019/06/16/what-sam-told-us/"})
    took_part = _took_part(corpus)
    assert {("Tony Ferris", "clp-eltham"), ("Martin Pell", "clp-eltham"), ("Jo Bloggs", "clp-eltham")} <= took_part, \
        took_part
    assert not any(n == "Jo Bloggs" and b == "rec-london" for n, b in took_part), took_part
    where = _where_decided(corpus, 22)
    assert where["The Executive thanked "] == "clp-eltham", where


def test_a_committee_chair_who_gave_its_report_took_part_in_both_meetings(tmp_path):
    text = ("NEC report: the July NEC\n\nThe NEC met on Tuesday 16 July.\n\nEqualities Committee\n\nThe Equalities "
            "Committee met on Mon 8th July and Joyce Etherington, who chairs it, gave the report. It had agreed to run "
            "a training weekend.\n")
    corpus = _build(tmp_path, {"r.txt": text}, urls={"r.txt": "https://example.org/2013/07/18/nec-report/"})
    took_part = _took_part(corpus)
    assert {("Joyce Etherington", "nec"), ("Joyce Etherington", "nec-equalities")} <= took_part, took_part


def test_edge_lines_are_the_first_two_and_last_three_non_blank_lines():
    from toolkit.extract.meetings import edge_lines

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parent.glob("gold/*/*.txt"))]
    texts += ["", "\n\n", "one line", "a\n\nb\n", "a\nb\nc\nd\ne\nf\ng", "  \nx\n \ny\n"]
    for text in texts:
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
        assert edge_lines(text) == lines[:2] + lines[-3:], text[:60]


def test_a_date_ending_a_fronted_phrase_dates_its_body_not_the_one_after_the_comma():
    text = ("NPF report – November 2015\n\nAt conference in Brighton in September, the NPF annual report was accepted "
            "by delegates on a show of hands.\n\nThe forum met in Nottingham on Saturday 21 November.\n")
    rows = _meeting_rows(text, url="https://example.org/2015/11/25/npf-report/")
    assert ("conference", "2015-09", "held") in rows, rows
    assert not any(b == "npf" and d == "2015-09" for b, d, _ in rows), rows  # the NPF's report, not its meeting


_CAC_DIARY = ("Brighton 2015: a CAC diary\n\nMy notes from the week. The CAC was chaired by Rhona Keddie of the GMB, "
              "who chaired every CAC meeting in this diary.\n\nSaturday\n\nTrain down from Victoria, and straight into "
              "a CAC meeting at the Grand at 2pm. We agreed CAC Report 1.\n\nSunday – Day 1\n\nConference opened on "
              "Sunday 27 September at 2pm.\n\nCAC at 8am. Lorna from the Conference Office brought the Thursday "
              "timetable.\n\nMonday – Day 2\n\nCAC at 8am. Three quick things:\n\n1. We agreed to move the rail debate."
              "\n2. An emergency motion was ruled out of order.\n")


def test_a_diarys_weekday_headings_take_their_days_from_an_entry_that_dates_itself():
    # "Saturday" comes before any date: counted back from "Sunday – Day 1", which the entry dates; the
    # numbered list under "CAC at 8am. Three quick things:" stays in Monday's entry
    rows = _meeting_rows(_CAC_DIARY, url="https://example.org/2015/10/20/cac-diary/")
    assert {("cac", "2015-09-26", "held"), ("cac", "2015-09-27", "held"), ("cac", "2015-09-28", "held")} <= rows, rows
    assert ("conference", "2015-09-27", "held") in rows, rows
    assert not any(b == "conference" and d.endswith("-10-01") for b, d, _ in rows), rows  # the Conference Office


def test_a_diarys_first_weekday_heading_follows_the_day_of_arrival_just_before_it():
    text = ("Four days in Liverpool\n\nWe both got to Liverpool on Friday 23 September, just as the budget landed.\n\n"
            "Day 0 – Saturday\n\nCAC at 10am in the ACC. We agreed the timetable.\n\nDay 1 – Sunday\n\nCAC at 8am.\n")
    rows = _meeting_rows(text, url="https://example.org/2022/10/05/cac/")
    assert {("cac", "2022-09-24", "held"), ("cac", "2022-09-25", "held")} <= rows, rows


def test_the_chair_of_every_meeting_in_a_diary_took_part_in_each(tmp_path):
    corpus = _build(tmp_path, {"r.txt": _CAC_DIARY}, urls={"r.txt": "https://example.org/2015/10/20/cac-diary/"})
    chaired = {d for name, body, d in _took_part(corpus, "date") if name == "Rhona Keddie" and body == "cac"}
    assert chaired == {"2015-09-26", "2015-09-27", "2015-09-28"}, chaired


def test_a_diary_signed_off_with_its_date_counts_its_weekday_headings_back_from_it():
    # no URL date: the sign-off dates the report, and "SAT" ... "WEDS" are the days before it
    text = ("NEC & Conference – quick notes\n\nJo Bloggs, CLP rep on the NEC\n\nSAT\n\n10.00 – full NEC, in a hotel "
            "function room. Minutes of the July meeting: agreed.\n\nSUN\n\nConference opened at 2pm. Rules in the "
            "afternoon:\n- NEC rule changes: carried on a card vote.\n\nWEDS\n\n15.00 – post-conference NEC. Shorter "
            "and calmer.\n\nJo\n(written on the 17.15 from Lime Street, Thurs 26.9.24)\n")
    rows = _meeting_rows(text)
    assert {("nec", "2024-09-21", "held"), ("conference", "2024-09-22", "held"), ("nec", "2024-09-25", "held")} <= rows, rows


def test_a_sign_off_date_needs_a_cue_or_a_name_before_it():
    from toolkit.segment import _sign_off_date

    def signed(body: str):
        return _sign_off_date(body, find_dates(body))

    assert signed("Report text.\n\nJo Bloggs, 12 May 2021\n") is not None
    assert signed("Report text.\n\nPosted on 3 March 2019 by Jo\n") is not None
    assert signed("Report text.\n\nNext meeting: Saturday 14 December 2024\n") is None  # a meeting to come
    assert signed("Report text.\n\nJo Bloggs, 12 May 2021 at the NEC\n") is None


def test_the_commission_an_author_sits_on_is_the_one_that_met_and_meets_again():
    text = ("Nottingham: my NPF report\n\nThe forum at Warwick in July 2004 agreed a package with the unions. The last "
            "time the forum met, online in February, it agreed the timetable.\n\nI sit on the Green Prosperity "
            "commission. Our last meeting before the weekend was on Thursday 29 June, in Westminster. We agreed the "
            "recommendations.\n\nWe were due to meet again on Monday 10 July, but that meeting was cancelled.\n")
    rows = _meeting_rows(text, url="https://example.org/2023/08/02/npf-report/")
    assert ("npf", "2023-02", "held") in rows, rows  # the forum's latest meeting, not one in 2004's February
    assert {("npf-green-prosperity", "2023-06-29", "held"), ("npf-green-prosperity", "2023-07-10", "cancelled")} <= rows, rows


def test_a_bulletins_second_part_keeps_its_numbered_items_between_rules(tmp_path):
    # "PART 2: ..." between lines of "=" heads a part of its own, the earlier meeting's: its numbered items
    # ("1. Election of chair") are that meeting's, not siblings handing back to the first part's committee
    text = ("NEC Bulletin – Organisation Committee (10.7.18) and Equalities Committee (3.7.18)\n\n"
            "==========\nPART 1: ORGANISATION COMMITTEE, TUESDAY 10 JULY\n==========\n\n1. Minutes\n\n"
            "DECISION: Minutes of 15 May agreed.\n\n2. Freeze dates\n\nDECISION: Freeze date paper deferred to the "
            "full NEC on Tuesday 17 July.\n\n==========\nPART 2: EQUALITIES COMMITTEE, TUESDAY 3 JULY\n==========\n\n"
            "1. Election of chair\n\nDECISION: Grace Onwuachi elected chair of the Equalities Committee, unopposed."
            "\n\n2. BAME Labour elections\n\nDECISION: Election timetable agreed, with online hustings.\n")
    corpus = _build(tmp_path, {"r.txt": text}, urls={"r.txt": "https://example.org/2018/07/13/bulletin/"})
    where = _where_decided(corpus, 24)
    assert where["DECISION: Minutes of 15 "] == "nec-org", where
    assert where["DECISION: Election timet"] == "nec-equalities", where
    assert ("Grace Onwuachi", "nec-equalities") in _took_part(corpus), _took_part(corpus)


def test_an_author_took_part_in_a_meeting_years_before_the_report_only_when_saying_so(tmp_path):
    recalled = ("NPF report – July 2023\n\nBy Jo Bloggs, CLP representative on the National Policy Forum\n\n"
                "The forum met in Nottingham on Saturday 22 July. The forum at Warwick in July 2004 agreed a package "
                "with the unions.\n")
    attended = recalled.replace("The forum at Warwick", "My first NPF was at Warwick in July 2004. The forum there")
    for name, text in (("recalled", recalled), ("attended", attended)):
        (tmp_path / name).mkdir()
        corpus = _build(tmp_path / name, {"r.txt": text}, urls={"r.txt": "https://example.org/2023/07/25/npf/"})
        days = {d for who, body, d in _took_part(corpus, "date") if who == "Jo Bloggs" and body == "npf"}
        assert "2023-07-22" in days, days
        assert ("2004-07" in days) == (name == "attended"), (name, days)


def test_a_diary_line_labelled_by_its_day_dates_the_meeting_after_its_colon():
    text = ("Eastern Regional Board notes – March 2017\n\nThe Board met on Saturday 11 March in Chelmsford.\n\n"
            "Dates for your diary\n\n- Thurs 4 May: county council elections.\n- Sat 20 May: the next Regional Board, "
            "in Cambridge\n")
    rows = _meeting_rows(text, url="https://example.org/2017/03/20/board-notes/")
    assert ("rec-eastern", "2017-05-20", "scheduled") in rows, rows


def test_a_table_of_decisions_with_bars_at_both_ends_gives_one_decision_a_row(tmp_path):
    text = ("Political Bulletin – East Midlands REC, 12 October 2019\n\nThe REC met on Saturday 12 October 2019.\n\n"
            "## Decisions at a glance\n\n| No. | Item | Outcome | Vote |\n|---|---|---|---|\n"
            "| 1 | Minutes of the meeting of 13 July | Agreed | – |\n| 2 | Open selections motion | Lost | 11–16 |\n"
            "| 3 | Regional BAME officer post | Deferred to the November REC | – |\n\n## Diary\n\n"
            "- Saturday 19 October: REC Women's Committee. Postponed; now Saturday 2 November.\n")
    corpus = _build(tmp_path, {"r.txt": text})
    got = {(t.split("|")[2].strip(), o) for t, o in zip(corpus.decisions.text, corpus.decisions.outcome, strict=True)
           if t.startswith("|")}
    assert {("Minutes of the meeting of 13 July", "agreed"), ("Open selections motion", "rejected"),
            ("Regional BAME officer post", "deferred")} <= got, got  # (the summary's row is the only record)


def test_markdown_headings_opening_with_their_day_date_the_meetings_below_them():
    text = ("London REC diary: June 2022\n\nBy Jo Bloggs, CLP representative (South West London) on the London "
            "Regional Executive Committee | Thursday 23 June 2022\n\nTwo meetings this time.\n\n"
            "## Thursday 9 June: Procedures Committee (online)\n\nDeborah Ashe chaired. We agreed the timetable.\n\n"
            "## Thursday 16 June: the full REC (in person, regional office)\n\nThe minutes were agreed.\n")
    rows = _meeting_rows(text)
    assert {("rec-london-procedures", "2022-06-09", "held"), ("rec-london", "2022-06-16", "held")} <= rows, rows
    assert not any(d == "2022-06-23" for _, d, _ in rows), rows  # the byline's date is the report's, no meeting's


def test_a_welsh_diary_heading_opening_with_its_day_heads_its_committees_section():
    text = ("Pwyllgor Gwaith Cymru – my report for November 2013\n\nDYDD MAWRTH 29 HYDREF – Organisation Sub-Committee, "
            "Transport House\n\nThe sub-committee agreed the selection timetable.\n\nDYDD SADWRN 16 TACHWEDD – Pwyllgor "
            "Gwaith, Llandrindod\n\nThe WEC agreed the conference timetable.\n")
    rows = _meeting_rows(text, url="https://example.org/2013/11/20/wec/")
    assert {("rec-wales-org", "2013-10-29", "held"), ("rec-wales", "2013-11-16", "held")} <= rows, rows


def test_a_title_naming_its_authors_after_a_dash_gives_them():
    text = ("NEC Report No. 2/2012 – from your CLP reps Jo Prentice and Sanjay Varma\n\nThe NEC met on Tuesday 27 March "
            "2012.\n")
    rep = extract_document(_doc(text), REF, VOCAB).reports[0]
    assert [a[0] for a in rep.authors] == ["Jo Prentice", "Sanjay Varma"]
    plain = extract_document(_doc("NEC report – from Brighton\n\nThe NEC met on Tuesday 27 March 2012.\n"), REF, VOCAB)
    assert plain.reports[0].authors == []  # a place is no author


def test_a_day_heading_with_how_it_met_opens_the_report_bodys_meeting_that_day(tmp_path):
    text = ("Northern REC Digest: two Zoom meetings\n\nThe last time the REC met in a room was in Durham on Saturday 25 "
            "January.\n\n## Saturday 20 June (Zoom, 10am to 1.40pm)\n\nThirty-one members logged in. Cllr Joyce Armstrong "
            "chaired.\n\n- Minutes of the January meeting: approved without amendment.\n- Motion on free school meals, "
            "moved by Kieran Walsh: carried.\n")
    corpus = _build(tmp_path, {"r.txt": text}, urls={"r.txt": "https://example.org/2020/07/10/digest/"})
    assert ("Kieran Walsh", "rec-northern", "2020-06-20") in _took_part(corpus, "date"), _took_part(corpus, "date")
    assert set(_where_decided(corpus, 12).values()) == {"rec-northern"}
    dated = dict(zip(corpus.decisions.text.str[:12], corpus.decisions.meeting_id, strict=True))
    assert all(m.endswith("2020-06-20") for m in dated.values()), dated


def test_a_passive_agent_recalls_its_meeting_without_taking_over_the_report(tmp_path):
    text = ("NEC Disputes Panel, Tuesday 22 November 2016 – note for CLP secretaries\n\nThe Panel met at Southside on "
            "Tuesday 22 November.\n\n2. Reading East CLP. That restriction was agreed by the NEC on 12 July, before I "
            "joined it. On Tuesday the Panel agreed to take no further action.\n\n3. Gosport CLP. The Panel agreed that "
            "the CLP's AGM can go ahead.\n\n6. Guidance. The Panel agreed to recommend to the full NEC next Tuesday "
            "that guidance go to every CLP. I hope the NEC backs it.\n")
    corpus = _build(tmp_path, {"r.txt": text}, urls={"r.txt": "https://example.org/2016/11/24/panel/"})
    where = _where_decided(corpus, 20)
    assert where["That restriction was"] == "nec", where  # the NEC did it, at its July meeting
    assert where["3. Gosport CLP. The "] == "nec-disputes", where  # and the report stays with the Panel
    assert where["6. Guidance. The Pan"] == "nec-disputes", where  # (the NEC it hopes will back it is another's)


def test_a_body_that_did_not_meet_on_its_day_had_that_meeting_cancelled():
    text = ("South East Regional Board report – September 2016\n\nThe Board met on Saturday 10 September.\n\n"
            "A number of people have asked why the Board did not meet on 16 July. The meeting due that day was "
            "cancelled in late June.\n")
    rows = _meeting_rows(text, url="https://example.org/2016/09/14/board/")
    assert ("rec-south-east", "2016-07-16", "cancelled") in rows, rows
    assert not any(d.startswith("2016-07") and s == "held" for _, d, s in rows), rows


def test_a_title_naming_a_regional_committee_makes_it_the_reports_body():
    text = ("Yorkshire & Humber Labour – Regional Policy Committee: notes of meeting, Mon 15/04/24\n\n"
            "Present: Angela Whitcombe (Chair), Kofi Oduya (Secretary).\n\n2. Minutes of 12/02/24\n"
            "Agreed as a correct record.\n")
    rows = _meeting_rows(text)
    assert ("rec-yorkshire-policy", "2024-04-15", "held") in rows, rows
    assert not any(b == "rec-yorkshire" for b, _, _ in rows), rows
