"""Dates as British reports write them: found, completed by year, never made more precise."""

import datetime as dt

import pytest

from toolkit.dates import PartialDate, date_from_url, find_dates, parse_loose_date, resolve, weekday_beside


def _one(text):
    got = [m for m in find_dates(text)]
    assert len(got) == 1, got
    return got[0]


@pytest.mark.parametrize(
    "text,expect",
    [
        ("Tues 29th Sept", (None, 9, 29)),
        ("the regular meeting on Sat 20.6.20 and a special one", (2020, 6, 20)),  # (the weekday is the date's)
        ("DYDD MAWRTH 29 HYDREF – Organisation Sub-Committee", (None, 10, 29)),  # Welsh, in capitals
        ("on 29.9.20 the", (2020, 9, 29)),
        ("on 14/03/2019", (2019, 3, 14)),
        ("the 24th November meeting", (None, 11, 24)),
        ("October 28th 2019", (2019, 10, 28)),
        ("Tuesday, September 29, 2020", (2020, 9, 29)),
        ("2020-09-29", (2020, 9, 29)),
        ("September 2020", (2020, 9, None)),
        ("held early March 2019", (2019, 3, None)),
        ("in July", (None, 7, None)),
        ("the weekend of 10th/11th June", (None, 6, 10)),  # a range by its first day
        ("by mid-March", (None, 3, None)),
        ("on Weds 4th", (None, None, 4)),  # a weekday with a day of the month: that day
        ("on Sun. 22nd", (None, None, 22)),
        ("the NEC, which meets on the 17th", (None, None, 17)),
        ("The Procedures Committee met the Saturday before (13th), also on Zoom.", (None, None, 13)),
        ("the committee had met last Tuesday, the 18th, under his chairmanship", (None, None, 18)),
        ("- Sun 24/9 to Wed 27/9: UK conference in Brighton.", (None, 9, 24)),  # a run of days, by its first
        ("THE REC – Sat just gone (the 10th), Durham", (None, None, 10)),
        ("the Board on 12 March '19 agreed it", (2019, 3, 12)),
    ],
)
def test_find_dates(text, expect):
    m = _one(text)
    assert (m.year, m.month, m.day) == expect


@pytest.mark.parametrize(
    "text", ["Theresa May announced", "we may agree", "a march on London", "2034 members took part",
             "the mid-term review", "the Saturday before conference"]
)
def test_not_dates(text):
    assert [m for m in find_dates(text) if m.month or m.year] == []


def test_range_keeps_its_last_day():
    m = _one("4 to 9 March 2020")
    assert (m.day, m.end_day, m.month, m.year) == (4, 9, 3, 2020)


@pytest.mark.parametrize(
    "text,ref,direction,expect",
    [
        ("5th November", PartialDate(2020, 10), "future", "2020-11-05"),
        ("29th September", PartialDate(2020, 10), "past", "2020-09-29"),
        ("14th December", PartialDate(2021, 1, 10), "past", "2020-12-14"),
        ("today", PartialDate(2021, 1, 21), "nearest", "2021-01-21"),
        ("last Tuesday", PartialDate(2019, 3, 14), "past", "2019-03-12"),
        ("last month", PartialDate(2021, 10), "past", "2021-09"),
        ("next year", PartialDate(2012, 6, 16), "future", "2013"),
        ("in March next year", PartialDate(2012, 10, 22), "future", "2013-03"),
        ("in the autumn", PartialDate(2023, 7, 10), "future", "2023"),
        ("next spring", PartialDate(2010, 6, 19), "future", "2011"),
        ("next autumn", PartialDate(2015, 3, 1), "future", "2015"),
        ("last summer", PartialDate(2019, 3, 14), "past", "2018"),
        ("last spring", PartialDate(2019, 11, 2), "past", "2019"),
        ("in the spring", PartialDate(2024, 11, 20), "future", "2025"),
        ("in the spring", PartialDate(2024, 11, 20), "past", "2024"),
        ("which meets on the 26th of this month", PartialDate(2024, 3, 14), "future", "2024-03-26"),
        ("on the 3rd of next month", PartialDate(2024, 12, 14), "future", "2025-01-03"),
        ("Tues (18/1)", PartialDate(2022, 1, 26), "past", "2022-01-18"),
        ("from the Friday evening, 21 July, until late", PartialDate(2023, 7, 28), "past", "2023-07-21"),
        # a day of the month with its weekday is in the month where it is that weekday
        ("Home Policy Committee (Tues 20th)", PartialDate(2012, 4, 17), "nearest", "2012-03-20"),
        ("the NEC next Tuesday (29th)", PartialDate(2016, 11, 23), "future", "2016-11-29"),
        ("on Sat 3rd", PartialDate(2024, 7, 30), "past", "2024-08-03"),
    ],
)
def test_resolve_completes_from_the_reports_date(text, ref, direction, expect):
    got, _ = resolve(_one(text), ref, direction=direction)
    assert got.iso() == expect


def test_relative_day_needs_a_day_precise_reference():
    assert resolve(_one("last Tuesday"), PartialDate(2019, 3), direction="past") == (None, False)


@pytest.mark.parametrize(
    "value,expect",
    [("2019-08", "2019-08"), ("Aug 2019", "2019-08"), ("14 March 2019", "2019-03-14"), ("2019", "2019"), ("soon", "")],
)
def test_parse_loose_date_never_adds_a_day(value, expect):
    assert parse_loose_date(value) == expect


@pytest.mark.parametrize(
    "url,expect",
    [("https://example.org/2020/10/06/nec/", "2020-10-06"), ("https://example.org/2020/10/nec/", "2020-10"),
     ("https://example.org/news/nec-report", "")],
)
def test_date_from_url(url, expect):
    assert date_from_url(url) == expect


def test_on_the_friday_of_a_weekend_named_before():
    from toolkit.dates import anchor_weekdays

    text = ("The forum met in Milton Keynes from 18th to 20th July. The commission met on the Friday evening, "
            "and the Leader spoke on Saturday.")
    dates = anchor_weekdays(find_dates(text), PartialDate(2014, 7, 25))
    friday = [d for d in dates if text[d.start : d.end] == "on the Friday"]
    assert [(d.year, d.month, d.day) for d in friday] == [(2014, 7, 18)]
    # with no run of days before it, "on the Friday" stays a weekday to resolve from the report's date
    alone = anchor_weekdays(find_dates("The commission met on the Friday evening."), PartialDate(2014, 7, 25))
    assert alone[0].day is None and alone[0].weekday == 4


def test_on_the_sunday_after_a_saturday_named_just_before():
    from toolkit.dates import anchor_weekdays

    text = "The REC met on Sat 14.3.26 in Durham, and regional conference was on the Sunday in the same venue."
    got = [d for d in anchor_weekdays(find_dates(text), None) if text[d.start : d.end] == "on the Sunday"]
    assert [(d.year, d.month, d.day) for d in got] == [(2026, 3, 15)]
    # a weekday days later is not that weekend's: it stays to be resolved from the report's date
    text = "Conference opens on Saturday 25 September. The rule changes will be debated on the Wednesday."
    got = [d for d in anchor_weekdays(find_dates(text), PartialDate(2010, 9, 14)) if d.weekday == 2]
    assert got[0].day is None


@pytest.mark.parametrize(
    "text,ref,expect",
    [
        ("The Equalities Committee met a fortnight ago.", PartialDate(2016, 2, 19), "2016-02"),
        ("The Organisation Committee met last week.", PartialDate(2021, 7, 3), "2021-06"),
        ("The Organisation Committee met last week.", PartialDate(2021, 7), "2021-07"),
    ],
)
def test_weeks_ago_date_to_their_month(text, ref, expect):
    d = [m for m in find_dates(text) if m.relative][0]
    got, inferred = resolve(d, ref)
    assert got.iso() == expect and inferred


def test_the_day_before_or_after_a_named_day_is_a_day_of_its_own():
    from toolkit.dates import neighbour_days

    text = "Women's Conference is on Saturday 24th September, the day before Annual Conference opens."
    got = neighbour_days(text, find_dates(text))
    extra = [d for d in got if d.qualifier == "neighbour"]
    assert [(text[d.start : d.end], d.month, d.day, d.weekday) for d in extra] == [("the day before", 9, 25, 6)]
    text = "The REC met on 1 March 2019, the day after the Leader's visit."
    extra = [d for d in neighbour_days(text, find_dates(text)) if d.qualifier == "neighbour"]
    assert [(d.year, d.month, d.day) for d in extra] == [(2019, 2, 28)]  # across a month's edge when the year is known


def test_a_weekday_written_with_a_day_picks_the_year():
    # 24 September was a Saturday in 2016, not in 2015 or 2017: the weekday decides, whatever the direction
    d = find_dates("on Saturday 24th September")[0]
    assert resolve(d, PartialDate(2016, 2, 19), direction="past")[0] == PartialDate(2016, 9, 24)
    # with no weekday the direction decides as before
    d = find_dates("on 24th September")[0]
    assert resolve(d, PartialDate(2016, 2, 19), direction="past")[0] == PartialDate(2015, 9, 24)


def test_a_day_of_the_month_alone_takes_the_reports_month():
    d = find_dates("The Board met on 3rd, a Tuesday evening.")[0]
    assert (d.day, d.month) == (3, None)
    assert resolve(d, PartialDate(2015, 3, 9), direction="past")[0] == PartialDate(2015, 3, 3)
    # a day after the report's own, in a past meeting: the month before
    assert resolve(d, PartialDate(2015, 3, 2), direction="past")[0] == PartialDate(2015, 2, 3)
    assert resolve(d, PartialDate(2015), direction="past")[0] is None  # no month to take
    assert find_dates("Our office is on the 3rd floor.") == []


def test_a_relative_day_opening_a_sentence_and_the_same_morning():
    from toolkit.dates import anchor_weekdays

    text = "Last Tuesday the committee met. Before it, the Disputes Panel met the same morning."
    dates = anchor_weekdays(find_dates(text), PartialDate(2017, 7, 14))
    assert [text[d.start : d.end] for d in dates] == ["Last Tuesday", "the same morning"]
    assert resolve(dates[0], PartialDate(2017, 7, 14))[0] == PartialDate(2017, 7, 11)
    assert (dates[1].year, dates[1].month, dates[1].day) == (2017, 7, 11)  # the day named before it
    # with nothing named before, "the same day" stays undated
    alone = anchor_weekdays(find_dates("The panel met the same day."), PartialDate(2017, 7, 14))
    assert resolve(alone[0], PartialDate(2017, 7, 14))[0] is None


def test_the_previous_and_the_following_weekday():
    from toolkit.dates import anchor_weekdays

    text = "The NEC met on Tuesday 20 July 2021. The panel had met the previous Tuesday and meets the following Monday."
    got = [d for d in anchor_weekdays(find_dates(text), PartialDate(2021, 7, 23)) if "the " in text[d.start : d.end]]
    assert [(d.month, d.day) for d in got] == [(7, 13), (7, 26)]
    # with no day named before, the report's own date is the reference
    d = find_dates("The panel had met the previous Tuesday.")[0]
    assert resolve(d, PartialDate(2021, 7, 23))[0] == PartialDate(2021, 7, 20)


def test_two_days_joined_by_and_are_two_days_unless_consecutive():
    got = find_dates("The committee meets on 10 and 24 March 2015.")
    assert [(d.day, d.end_day, d.year) for d in got] == [(10, None, 2015), (24, None, 2015)]
    got = find_dates("The forum meets on 10th and 11th March.")
    assert [(d.day, d.end_day) for d in got] == [(10, 11)]  # a meeting over two days


def test_headings_in_capitals_and_the_same_afternoon_after_a_day_to_come():
    from toolkit.dates import anchor_weekdays

    assert [(d.month, d.day) for d in find_dates("ORGANISATION COMMITTEE, MON 14TH MAY")] == [(5, 14)]
    text = ("NEC, TUES 15TH MAY\nThe NEC met at Southside. Conference opens on Sunday 23rd September.\n"
            "DISPUTES PANEL, THE SAME AFTERNOON\nThe panel met at 2pm.")
    dates = anchor_weekdays(find_dates(text), PartialDate(2018, 5, 16))
    same = [d for d in dates if text[d.start : d.end].lower() == "the same afternoon"]
    assert len(same) == 1 and (same[0].month, same[0].day) == (5, 15)  # not the conference's day, still to come


def test_a_weekday_with_a_possessive_is_the_day_just_gone():
    ref = PartialDate(2023, 6, 30)  # a Friday
    got = [resolve(d, ref, direction="future")[0] for d in find_dates("We promised to report back, so here is our account of Tuesday's meeting.")]
    assert got == [PartialDate(2023, 6, 27)]  # not the Tuesday to come, whatever the sentence's tense
    assert find_dates("The Sun's editorial") == []


def test_last_and_next_named_month():
    from toolkit.dates import PartialDate, find_dates, resolve

    ref = PartialDate(2019, 4, 8)
    got = [resolve(d, ref)[0] for d in find_dates("the special conference last September; the Board meets next March")]
    assert got == [PartialDate(2018, 9), PartialDate(2020, 3)], got
    assert [resolve(d, ref)[0] for d in find_dates("on last 12 May")] != [PartialDate(2018, 5)]


def test_a_meeting_moved_from_one_day_to_another_is_two_dates():
    got = [(m.month, m.day) for m in find_dates("The April meeting has been moved from Sat 5th April to Sat 26th April.")
           if m.day is not None]
    assert got == [(4, 5), (4, 26)]


@pytest.mark.parametrize(("weekday", "after", "expected"), [
    (1, True, "2019-03-12"),   # the Tuesday after Wednesday 6 March
    (1, False, "2019-03-05"),  # the Tuesday before it
    (2, True, "2019-03-13"),   # the Wednesday after a Wednesday: a week on, never the day itself
    (2, False, "2019-02-27"),
    (6, False, "2019-03-03"),  # the Sunday before
])
def test_weekday_beside_is_the_nearest_such_day_on_one_side(weekday, after, expected):
    assert weekday_beside(dt.date(2019, 3, 6), weekday, after=after).isoformat() == expected


def test_a_day_month_after_minutes_of_is_a_date_but_a_vote_is_not():
    from toolkit.dates import find_dates

    text = "• Minutes of 21/11 agreed, with one correction. The motion fell 9/16 in the end."
    got = [(text[d.start : d.end], d.day, d.month) for d in find_dates(text)]
    assert got == [("21/11", 21, 11)], got


@pytest.mark.parametrize(
    "text, day, month",
    [
        ("The first meeting was on the Saturday after Jeremy Corbyn's election as leader, the 19th of September, in "
         "Westminster.", 19, 9),
        ("the SEC met on the Saturday after the vote, the 20th, in a subdued mood.", 20, None),
    ],
)
def test_a_weekday_told_by_an_event_takes_the_day_set_off_after_it(text, day, month):
    found = find_dates(text)
    assert len(found) == 1, found
    assert (found[0].day, found[0].month, found[0].weekday) == (day, month, 5), found


def test_a_weekday_and_day_keep_a_month_from_context_only_when_the_weekday_fits():
    ref = PartialDate(2017, 11, 21)
    text = "The minutes of the September Board were agreed. The officers met on Tuesday the 14th."
    day = [m for m in find_dates(text) if m.day][0]
    assert resolve(day, ref, direction="past")[0] == PartialDate(2017, 11, 14)  # 14 September 2017 was a Thursday
    text = "The minutes of the September Board were agreed. The officers met on Thursday the 14th."
    day = [m for m in find_dates(text) if m.day][0]
    assert resolve(day, ref, direction="past")[0] == PartialDate(2017, 9, 14)


def test_weeks_ago_today_is_a_day_and_weeks_ago_a_month():
    ref = PartialDate(2025, 6, 17)
    assert resolve(_one("A fortnight ago today: Org Sub"), ref)[0] == PartialDate(2025, 6, 3)
    assert resolve(_one("The Org Sub met a fortnight ago."), ref)[0] == PartialDate(2025, 6)
    assert resolve(_one("It met three weeks ago today."), ref)[0] == PartialDate(2025, 5, 27)


def test_a_month_named_meeting_takes_the_day_set_off_after_it():
    t = "The December NEC, pencilled in for the 15th, has been cancelled."
    assert [(d.month, d.day) for d in find_dates(t)][0] == (12, 15)
    t = "The December NEC, which was set for the 15th, has gone."
    assert [(d.month, d.day) for d in find_dates(t)][0] == (12, 15)


def test_the_day_before_after_a_place():
    from toolkit.dates import neighbour_days
    t = "That meeting, on Saturday 26 September in Brighton, the day before conference opened, agreed it."
    got = [(d.month, d.day) for d in neighbour_days(t, find_dates(t)) if d.qualifier == "neighbour"]
    assert got == [(9, 27)]


def test_a_weekday_and_day_alone_in_a_month_up_to_a_season_back():
    # "on Tuesday the 5th" in a report of 16 September 2011: 5 July (Tuesday), not 5 September (a Monday)
    d = _one("The committee met on Tuesday the 5th.")
    assert resolve(d, PartialDate(2011, 9, 16), direction="past")[0] == PartialDate(2011, 7, 5)
