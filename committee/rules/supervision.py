"""督办: the office follows up each decision until the unit in charge reports it done."""

from datetime import date


def is_overdue(deadline: date, completed_on: date | None, today: date) -> bool:
    """Not done by the deadline: still open after it, or finished later than it."""
    if completed_on is not None:
        return completed_on > deadline
    return today > deadline


def status(deadline: date, completed_on: date | None, today: date) -> str:
    if completed_on is not None:
        return "逾期办结" if completed_on > deadline else "已办结"
    return "逾期未办结" if today > deadline else "办理中"
