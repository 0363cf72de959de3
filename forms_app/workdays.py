"""Working-day arithmetic for the notice deadline (3 working days after intake).

Working days are Monday to Friday, corrected by the office's 节假日与调休 calendar (CalendarPeriod):
放假 days are not working days, 调休上班 weekend days are. Years the office has not entered fall back to
Monday–Friday, which errs on the strict side (never later than the real deadline).

The calendar is read once and kept for CACHE_SECONDS per process (every listing row asks for a
deadline); saving a period clears it in this process at once and in other workers within that time.
"""

from datetime import timedelta

from django.apps import apps
from django.core.cache import cache

CACHE_KEY = "forms_app:work-calendar"
CACHE_SECONDS = 60


def calendar() -> dict:
    """date → True (a working day) / False (a day off) for every day the office's calendar names."""
    days = cache.get(CACHE_KEY)
    if days is None:
        CalendarPeriod = apps.get_model("forms_app", "CalendarPeriod")  # by name: models import this module
        days = {}
        for period in CalendarPeriod.objects.all():
            for day in period.days():
                days[day] = period.kind == CalendarPeriod.WORKDAY
        cache.set(CACHE_KEY, days, CACHE_SECONDS)
    return days


def forget_calendar(**kwargs) -> None:
    cache.delete(CACHE_KEY)


def is_working_day(day, days=None) -> bool:
    days = calendar() if days is None else days
    if day in days:
        return days[day]
    return day.weekday() < 5


def add_working_days(day, n):
    """The date n working days after `day` (day itself not counted)."""
    days = calendar()
    current = day
    added = 0
    while added < n:
        current += timedelta(days=1)
        if is_working_day(current, days):
            added += 1
    return current
