"""rules.papers without a database: the 要点/总结 steps, who may take them, the lock, the due dates."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import override_settings

from committee.rules import papers as r

OFFICE = {r.SUBMIT_PERM}
DIRECTOR = {r.SUBMIT_PERM, r.REVIEW_PERM}
LEADER = {r.APPROVE_PERM}


def test_the_path_draft_submitted_reviewed_approved():
    assert r.next_status(r.DRAFT, "submit", OFFICE) == r.SUBMITTED
    assert r.next_status(r.SUBMITTED, "review", DIRECTOR) == r.REVIEWED
    assert r.next_status(r.REVIEWED, "approve", LEADER) == r.APPROVED


@pytest.mark.parametrize("status, perms, expected", [
    (r.DRAFT, OFFICE, ["submit"]),
    (r.DRAFT, LEADER, []),
    (r.SUBMITTED, OFFICE, []),
    (r.SUBMITTED, DIRECTOR, ["review", "return"]),
    (r.SUBMITTED, LEADER, []),
    (r.REVIEWED, DIRECTOR, []),
    (r.REVIEWED, LEADER, ["approve", "return"]),
    (r.APPROVED, DIRECTOR | LEADER, []),
])
def test_who_may_act_at_each_step(status, perms, expected):
    assert r.allowed(status, perms) == expected


def test_wrong_person_is_refused_in_chinese():
    with pytest.raises(PermissionDenied, match="委员会办公室主任"):
        r.next_status(r.SUBMITTED, "review", OFFICE)
    with pytest.raises(PermissionDenied, match="主任或常务副主任"):
        r.next_status(r.REVIEWED, "approve", DIRECTOR)
    with pytest.raises(PermissionDenied, match="主任或常务副主任"):
        r.next_status(r.REVIEWED, "return", DIRECTOR, "理由")  # at this step only the approver returns it


def test_steps_out_of_order_are_refused():
    with pytest.raises(ValidationError, match="待审定"):
        r.next_status(r.SUBMITTED, "approve", LEADER)
    with pytest.raises(ValidationError, match="当前：已审定"):
        r.next_status(r.APPROVED, "return", LEADER, "再改改")
    with pytest.raises(ValidationError, match="未知"):
        r.next_status(r.DRAFT, "publish", OFFICE)


def test_return_needs_a_reason_and_goes_back_to_draft():
    with pytest.raises(ValidationError, match="退回理由"):
        r.next_status(r.REVIEWED, "return", LEADER, "  ")
    with pytest.raises(ValidationError, match="不能超过"):
        r.next_status(r.REVIEWED, "return", LEADER, "长" * (r.REASON_MAX + 1))
    assert r.next_status(r.REVIEWED, "return", LEADER, "重点任务不够具体") == r.DRAFT
    assert r.next_status(r.SUBMITTED, "return", DIRECTOR, "数据有误") == r.DRAFT


def test_only_a_draft_is_editable():
    assert [s for s in r.STATUSES if r.editable(s)] == [r.DRAFT]


def test_due_dates_default_end_of_february_and_end_of_january_next_year():
    assert r.due_date(r.PLAN, 2026) == date(2026, 2, 28)
    assert r.due_date(r.PLAN, 2028) == date(2028, 2, 29)
    assert r.due_date(r.SUMMARY, 2026) == date(2027, 1, 31)


@override_settings(COMMITTEE_PLAN_DUE_MONTH=3, COMMITTEE_SUMMARY_DUE_MONTH=2)
def test_due_dates_come_from_settings():
    assert r.due_date(r.PLAN, 2026) == date(2026, 3, 31)
    assert r.due_date(r.SUMMARY, 2026) == date(2027, 2, 28)


def test_late_flags():
    assert not r.is_late(r.PLAN, 2026, None, date(2026, 2, 28))
    assert r.is_late(r.PLAN, 2026, None, date(2026, 3, 1))
    assert not r.is_late(r.PLAN, 2026, date(2026, 2, 28), date(2026, 12, 1))
    assert r.is_late(r.PLAN, 2026, date(2026, 3, 2), date(2026, 12, 1))  # approved, but after the date
    assert not r.is_late(r.SUMMARY, 2026, None, date(2027, 1, 31))
    assert r.is_late(r.SUMMARY, 2026, None, date(2027, 2, 1))


def test_years_checked_run_from_the_first_on_record_to_the_one_being_worked_on():
    today = date(2026, 12, 2)
    assert r.years_to_check(r.PLAN, 2024, today) == [2024, 2025, 2026, 2027]
    assert r.years_to_check(r.SUMMARY, 2024, today) == [2024, 2025, 2026]
    assert r.years_to_check(r.SUMMARY, None, date(2027, 1, 15)) == [2026]
    assert r.years_to_check(r.PLAN, None, date(2027, 1, 15)) == [2027]


def test_checks_name_the_late_years():
    today = date(2026, 12, 2)
    found = r.checks(r.SUMMARY, 2025, {2026: (r.DRAFT, None)}, today)
    assert [(c.year, c.late) for c in found] == [(2025, True), (2026, False)]
    assert found[0].detail == "2025年度工作总结尚未起草，应于2026年1月31日前审定，已逾期"
    assert found[1].detail == "2026年度工作总结草稿，应于2027年1月31日前审定"
    approved = r.checks(r.PLAN, 2026, {2026: (r.APPROVED, date(2026, 3, 5))}, today)[0]
    assert approved.late and approved.detail == "2026年度工作要点已于2026年3月5日审定（逾期）"
