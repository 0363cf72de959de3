"""The published rules as pure functions: 7-day report, six-month 全体会议, 纪要 states, 督办, yearly round."""

from datetime import date
from types import SimpleNamespace

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from committee.rules import annual, meetings, minutes, reporting, supervision

ALL = {"committee.review_minutes", "committee.sign_minutes", "committee.issue_minutes"}


@pytest.mark.parametrize("reported, late", [(date(2026, 3, 8), False), (date(2026, 3, 9), True)])
def test_change_reported_after_seven_days_is_late(reported, late):
    assert reporting.is_late(date(2026, 3, 1), reported, date(2026, 12, 1)) is late


def test_unreported_change_becomes_late_on_the_eighth_day():
    assert not reporting.is_late(date(2026, 3, 1), None, date(2026, 3, 8))
    assert reporting.is_late(date(2026, 3, 1), None, date(2026, 3, 9))
    assert reporting.status(date(2026, 3, 1), None, date(2026, 3, 9)) == "未报告（已过 8 日，逾期）"
    assert reporting.status(date(2026, 3, 1), date(2026, 3, 3), date(2026, 3, 9)) == "按时报告（2 日）"


def test_plenary_reminder_after_six_months():
    last = date(2026, 1, 15)
    assert meetings.plenary_reminder(last, date(2026, 7, 15)) == ""
    assert "超过 6 个月" in meetings.plenary_reminder(last, date(2026, 7, 16))
    assert "尚无全体会议" in meetings.plenary_reminder(None, date(2026, 7, 16))


def test_plenary_interval_comes_from_settings(settings):
    settings.COMMITTEE_PLENARY_INTERVAL_MONTHS = 3
    assert "超过 3 个月" in meetings.plenary_reminder(date(2026, 1, 15), date(2026, 4, 16))
    assert meetings.plenary_reminder(date(2026, 1, 15), date(2026, 4, 15)) == ""


def test_add_months_clamps_to_month_end():
    assert meetings.add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert meetings.add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)


def test_topics_and_materials_must_precede_a_held_meeting():
    held, today = date(2026, 6, 20), date(2026, 7, 1)
    assert meetings.late_preparations(held, [date(2026, 6, 13)], [date(2026, 6, 18)], today) == []
    errors = meetings.late_preparations(held, [date(2026, 6, 20)], [None], today)
    assert len(errors) == 2 and "议题" in errors[0] and "材料" in errors[1]
    # a meeting still being planned may list undecided 议题
    assert meetings.late_preparations(date(2026, 7, 20), [None], [], today) == []


def test_minutes_go_draft_reviewed_signed_issued():
    status = minutes.DRAFT
    for action in ("review", "sign", "issue"):
        status = minutes.next_status(status, action, ALL)
    assert status == minutes.ISSUED


@pytest.mark.parametrize("status", [minutes.DRAFT, minutes.REVIEWED])
def test_minutes_cannot_be_issued_before_signed(status):
    with pytest.raises(ValidationError, match="签发后才能印发"):
        minutes.next_status(status, "issue", ALL)


@pytest.mark.parametrize("action, lacking, who", [("review", "committee.review_minutes", "办公室主任"),
                                                  ("sign", "committee.sign_minutes", "主任或常务副主任")])
def test_only_the_named_role_reviews_or_signs(action, lacking, who):
    status = minutes.DRAFT if action == "review" else minutes.REVIEWED
    with pytest.raises(PermissionDenied, match=who):
        minutes.next_status(status, action, ALL - {lacking})
    assert action not in minutes.allowed(status, ALL - {lacking})


def test_signed_minutes_cannot_be_signed_again():
    with pytest.raises(ValidationError, match="当前：已签发"):
        minutes.next_status(minutes.SIGNED, "sign", ALL)


def test_supervision_overdue():
    deadline = date(2026, 9, 30)
    assert not supervision.is_late(deadline, None, date(2026, 9, 30))
    assert supervision.is_late(deadline, None, date(2026, 10, 1))
    assert not supervision.is_late(deadline, date(2026, 9, 29), date(2026, 12, 1))
    assert supervision.is_late(deadline, date(2026, 10, 2), date(2026, 12, 1))
    assert supervision.status(deadline, None, date(2026, 10, 1)) == "逾期未办结"


def test_round_splits_reported_and_missing_units():
    units = [SimpleNamespace(pk=i) for i in (1, 2, 3)]
    done, missing = annual.split_reported(units, [3, 1])
    assert [u.pk for u in done] == [1, 3] and [u.pk for u in missing] == [2]
