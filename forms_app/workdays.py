"""Working-day arithmetic for the notice deadline.

Working days are Monday to Friday. Statutory holidays and their make-up working days (调休) are NOT
modelled: the State Council publishes them yearly, so a deadline that spans a holiday is computed as if
the holiday were a working day (it errs on the strict side: never later than the real deadline).
"""

from datetime import timedelta


def is_working_day(day):
    return day.weekday() < 5


def add_working_days(day, n):
    """The date n working days after `day` (day itself not counted)."""
    current = day
    added = 0
    while added < n:
        current += timedelta(days=1)
        if is_working_day(current):
            added += 1
    return current
