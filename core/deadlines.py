"""The one rule for a thing due by a date: it is late when done after the due date, or still not done once
the due date has passed (the due date itself is still on time). Used by the 7-day report of a change, 督办,
the yearly 要点/总结 and the 通知单's 3 working days; each use words the four cases its own way."""

from datetime import date
from typing import NamedTuple


class Wording(NamedTuple):
    """A use's status text per case; `str.format` fills placeholders such as {days} from `status`'s details."""

    open: str  # not done, due date not passed
    open_late: str  # not done, due date passed
    done: str  # done by the due date
    done_late: str  # done after the due date


def is_late(due: date, done: date | None, today: date) -> bool:
    """Not done by `due`: done later than it, or still open after it."""
    return (done if done is not None else today) > due


def status(due: date, done: date | None, today: date, wording: Wording, **details) -> str:
    late = is_late(due, done, today)
    if done is None:
        text = wording.open_late if late else wording.open
    else:
        text = wording.done_late if late else wording.done
    return text.format(**details)
