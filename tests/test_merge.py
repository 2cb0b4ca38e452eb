"""Merging meetings and items across reports, and the conflicts a person should see."""

from toolkit.dates import PartialDate
from toolkit.merge import LocalRef, assign_items, date_conflicts, merge_meetings, outcome_conflicts


def ref(report, i, body, date, status="held", has_day=False):
    return LocalRef(report, i, body, date, None, status, has_day)


def test_same_body_and_day_is_one_meeting_with_both_reports():
    got = merge_meetings([ref("a", 0, "nec", PartialDate(2020, 9, 29)), ref("b", 0, "nec", PartialDate(2020, 9, 29))])
    assert len(got) == 1 and got[0].meeting_id == "nec-2020-09-29" and len(got[0].members) == 2


def test_month_joins_the_only_day_meeting_of_that_month_from_another_report():
    got = merge_meetings([ref("a", 0, "nec", PartialDate(2020, 9)), ref("b", 0, "nec", PartialDate(2020, 9, 29))])
    assert [m.meeting_id for m in got] == ["nec-2020-09-29"]


def test_month_stays_apart_when_its_own_report_has_a_day_meeting_that_month():
    got = merge_meetings([ref("a", 0, "nec", PartialDate(2020, 9), has_day=True),
                          ref("a", 1, "nec", PartialDate(2020, 9, 29))])
    assert sorted(m.meeting_id for m in got) == ["nec-2020-09", "nec-2020-09-29"]


def test_scheduled_then_held_is_held():
    got = merge_meetings([ref("a", 0, "nec", PartialDate(2020, 11, 24), "scheduled"),
                          ref("b", 0, "nec", PartialDate(2020, 11, 24), "held")])
    assert got[0].status == "held"


def _dec(did, report, outcome, text, meeting="nec-2020-09-29"):
    return {"decision_id": did, "report_id": report, "doc_id": "d" + report, "meeting_id": meeting,
            "outcome": outcome, "text": text}


def test_one_item_told_by_two_reports_shares_an_item_id():
    rows = [_dec("dec-1", "a", "deferred", "A proposal for a Gypsy, Roma and Traveller working group was deferred."),
            _dec("dec-2", "b", "deferred", "The Gypsy, Roma and Traveller working group proposal was deferred."),
            _dec("dec-3", "b", "deferred", "Membership fee proposals were deferred to November.")]
    assign_items(rows)
    assert rows[0]["item_id"] == rows[1]["item_id"] == "dec-1" and rows[2]["item_id"] == "dec-3"


def test_outcome_conflict_is_reported():
    rows = [_dec("dec-1", "a", "agreed", "The rule change on AGMs was agreed."),
            _dec("dec-2", "b", "rejected", "The rule change on AGMs was rejected.")]
    got = outcome_conflicts(rows)
    assert len(got) == 1 and got[0]["kind"] == "outcome-conflict"


def test_date_conflict_between_reports_is_reported():
    meetings = merge_meetings([ref("a", 0, "nec", PartialDate(2020, 9, 29)),
                               ref("b", 0, "nec", PartialDate(2020, 9, 30))])
    assert [c["kind"] for c in date_conflicts(meetings)] == ["date-conflict"]
