"""工作规则: a 全体会议 at least every half year; 议题 decided and materials sent before the meeting."""

import calendar
from datetime import date

from django.conf import settings

PLENARY_INTERVAL_MONTHS = 6  # “全体会议每半年至少召开一次”


def interval_months() -> int:
    return getattr(settings, "COMMITTEE_PLENARY_INTERVAL_MONTHS", PLENARY_INTERVAL_MONTHS)


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Aug + 6 months = 28/29 Feb)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def plenary_due(last_plenary: date | None, today: date, months: int | None = None) -> date | None:
    """The date by which the next 全体会议 is due, or None when none has ever been held."""
    if last_plenary is None:
        return None
    return add_months(last_plenary, months or interval_months())


def plenary_reminder(last_plenary: date | None, today: date, months: int | None = None) -> str:
    """A Chinese reminder when the interval has passed since the last 全体会议; "" when on track."""
    months = months or interval_months()
    if last_plenary is None:
        return f"尚无全体会议记录：工作规则要求每 {months} 个月至少召开一次全体会议。"
    due = plenary_due(last_plenary, today, months)
    if today > due:
        return (f"距上次全体会议（{last_plenary:%Y年%m月%d日}）已超过 {months} 个月，"
                f"应于 {due:%Y年%m月%d日} 前召开，请尽快安排。")
    return ""


def late_preparations(meeting_on: date, decided_dates, distributed_dates, today: date) -> list[str]:
    """Chinese errors for 议题 not decided, or materials not sent, before the meeting day.

    A meeting still ahead may list 议题 not yet decided and materials not yet sent (it is being planned);
    once its day has come, each must have been done before it.
    """
    def late(days):
        return any((d is None and meeting_on <= today) or (d is not None and d >= meeting_on) for d in days)

    errors = []
    if late(decided_dates):
        errors.append("每项议题都应由主任或常务副主任在会前确定（确定日期早于会议日期）。")
    if late(distributed_dates):
        errors.append("会议材料应在会前送达参会人员（送达日期早于会议日期）。")
    return errors
