"""第十八条 / 细则第九条: a change of member or 联络员 is reported in writing within 7 days."""

from datetime import date, timedelta

from core import deadlines

REPORT_WITHIN_DAYS = 7
WORDING = deadlines.Wording(open="未报告（已过 {days} 日）", open_late="未报告（已过 {days} 日，逾期）",
                            done="按时报告（{days} 日）", done_late="逾期报告（{days} 日）")


def due_date(changed_on: date) -> date:
    """The last day the written report is on time."""
    return changed_on + timedelta(days=REPORT_WITHIN_DAYS)


def days_to_report(changed_on: date, reported_on: date | None, today: date) -> int:
    """Days between the change and its report (or today, while not yet reported)."""
    return ((reported_on or today) - changed_on).days


def is_late(changed_on: date, reported_on: date | None, today: date) -> bool:
    """More than 7 days passed between the change and the report (or today, still unreported)."""
    return deadlines.is_late(due_date(changed_on), reported_on, today)


def status(changed_on: date, reported_on: date | None, today: date) -> str:
    days = days_to_report(changed_on, reported_on, today)
    return deadlines.status(due_date(changed_on), reported_on, today, WORDING, days=days)
