"""Merging meetings and items across reports, and the conflicts a person should see."""

from toolkit.dates import PartialDate
from toolkit.merge import LocalRef, assign_items, date_conflicts, merge_meetings, outcome_conflicts


def ref(report, i, body, date, status="held", has_day=False, doc=None):
    return LocalRef(report, i, body, date, None, status, has_day, doc or "doc-" + report)


def test_same_body_and_day_is_one_meeting_with_both_reports():
    got = merge_meetings([ref("a", 0, "nec", PartialDate(2020, 9, 29)), ref("b", 0, "nec", PartialDate(2020, 9, 29))])
    assert len(got) == 1 and got[0].meeting_id == "nec-2020-09-29" and len(got[0].members) == 2


def test_month_keeps_its_dating_and_points_to_the_only_day_meeting_of_that_month():
    # "the September NEC" in report a is not given a day that only report b gives
    got = merge_meetings([ref("a", 0, "nec", PartialDate(2020, 9)), ref("b", 0, "nec", PartialDate(2020, 9, 29))])
    by_id = {m.meeting_id: m for m in got}
    assert sorted(by_id) == ["nec-2020-09", "nec-2020-09-29"]
    assert by_id["nec-2020-09"].same_as == "nec-2020-09-29" and by_id["nec-2020-09-29"].same_as == ""


def test_month_joins_the_day_meeting_another_post_of_its_own_document_gives():
    # an archive page: post a says "the September NEC", post b of the same page dates it
    got = merge_meetings([ref("a", 0, "nec", PartialDate(2020, 9), doc="page"),
                          ref("b", 0, "nec", PartialDate(2020, 9, 29), doc="page"),
                          ref("c", 0, "nec", PartialDate(2020, 9), doc="other")])
    by_id = {m.meeting_id: m for m in got}
    assert sorted(by_id) == ["nec-2020-09", "nec-2020-09-29"]
    assert by_id["nec-2020-09-29"].members == [("a", 0), ("b", 0)]
    assert by_id["nec-2020-09"].members == [("c", 0)] and by_id["nec-2020-09"].same_as == "nec-2020-09-29"


def test_month_points_nowhere_when_that_month_has_two_day_meetings():
    got = merge_meetings([ref("a", 0, "nec", PartialDate(2020, 9)), ref("b", 0, "nec", PartialDate(2020, 9, 8)),
                          ref("c", 0, "nec", PartialDate(2020, 9, 29))])
    assert [m.same_as for m in got if m.meeting_id == "nec-2020-09"] == [""]


def test_month_stays_apart_when_its_own_report_has_a_day_meeting_that_month():
    got = merge_meetings([ref("a", 0, "nec", PartialDate(2020, 9), has_day=True),
                          ref("a", 1, "nec", PartialDate(2020, 9, 29))])
    assert sorted(m.meeting_id for m in got) == ["nec-2020-09", "nec-2020-09-29"]
    assert all(m.same_as == "" for m in got)


def test_an_item_told_of_a_month_meeting_and_of_its_day_meeting_is_one_item():
    rows = [_dec("dec-1", "a", "agreed", "The NEC agreed the new code of conduct.", meeting="nec-2020-09"),
            _dec("dec-2", "b", "agreed", "The new code of conduct was agreed.")]
    assign_items(rows, {"nec-2020-09": "nec-2020-09-29"})
    assert rows[1]["item_id"] == rows[0]["item_id"] == "dec-1"
    assign_items(rows)
    assert rows[0]["item_id"] == "dec-1" and rows[1]["item_id"] == "dec-2"


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
