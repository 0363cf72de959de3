"""第十八条 / 细则第九条: a change of member or 联络员 is reported in writing within 7 days."""

from datetime import date

REPORT_WITHIN_DAYS = 7


def days_to_report(changed_on: date, reported_on: date | None, today: date) -> int:
    """Days between the change and its report (or today, while not yet reported)."""
    return ((reported_on or today) - changed_on).days


def is_late(changed_on: date, reported_on: date | None, today: date, within: int = REPORT_WITHIN_DAYS) -> bool:
    """More than `within` days passed between the change and the report (or today, still unreported)."""
    return days_to_report(changed_on, reported_on, today) > within


def describe(changed_on: date, reported_on: date | None, today: date) -> str:
    days = days_to_report(changed_on, reported_on, today)
    if reported_on is None:
        return f"未报告（已过 {days} 日，逾期）" if days > REPORT_WITHIN_DAYS else f"未报告（已过 {days} 日）"
    return f"逾期报告（{days} 日）" if days > REPORT_WITHIN_DAYS else f"按时报告（{days} 日）"
