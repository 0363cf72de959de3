"""督办: the office follows up each decision until the unit in charge reports it done by its 办结期限."""

from datetime import date

from core import deadlines

WORDING = deadlines.Wording(open="办理中", open_late="逾期未办结", done="已办结", done_late="逾期办结")


def is_late(deadline: date, completed_on: date | None, today: date) -> bool:
    return deadlines.is_late(deadline, completed_on, today)


def status(deadline: date, completed_on: date | None, today: date) -> str:
    return deadlines.status(deadline, completed_on, today, WORDING)
