"""细则第四条（三）: the office drafts the 年度工作要点 and 年度工作总结 and puts them to the committee.

草稿 → (提交) 待审核 → (办公室主任审核) 待审定 → (主任或常务副主任审定) 已审定; either reviewer may return it
to 草稿 with a reason. Only a 草稿 can be changed; an approved paper is locked.
Pure: who may act is a set of permission codenames the caller holds.

Due dates: the 细则 says only that the office drafts both papers and submits them for deliberation, not
by when. Assumed here, and configurable in settings: the 要点 of a year approved by the end of February
of that year (`COMMITTEE_PLAN_DUE_MONTH`, default 2), the 总结 by the end of January of the next year
(`COMMITTEE_SUMMARY_DUE_MONTH`, default 1).
"""

import calendar
from datetime import date
from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError

from core import deadlines

PLAN, SUMMARY = "年度工作要点", "年度工作总结"
KINDS = [PLAN, SUMMARY]

DRAFT, SUBMITTED, REVIEWED, APPROVED = "草稿", "待审核", "待审定", "已审定"
STATUSES = [DRAFT, SUBMITTED, REVIEWED, APPROVED]

SUBMIT_PERM = "committee.change_yearlypaper"
REVIEW_PERM = "committee.review_yearlypaper"
APPROVE_PERM = "committee.approve_yearlypaper"


class Action(NamedTuple):
    needs: dict  # status it starts from -> permission needed there
    to: str
    verb: str
    who: str


ACTIONS = {
    "submit": Action({DRAFT: SUBMIT_PERM}, SUBMITTED, "提交审核", "委员会办公室"),
    "review": Action({SUBMITTED: REVIEW_PERM}, REVIEWED, "审核", "委员会办公室主任"),
    "approve": Action({REVIEWED: APPROVE_PERM}, APPROVED, "审定", "委员会主任或常务副主任"),
    "return": Action({SUBMITTED: REVIEW_PERM, REVIEWED: APPROVE_PERM}, DRAFT, "退回修改",
                     "审核人或审定人"),
}
REASON_MAX = 500


def allowed(status: str, perms) -> list[str]:
    """Actions open on a paper in `status` to a holder of `perms`."""
    return [name for name, a in ACTIONS.items() if a.needs.get(status) in perms]


def next_status(status: str, action: str, perms, reason: str = "") -> str:
    """The status after `action`, or a Chinese refusal (PermissionDenied / ValidationError)."""
    if action not in ACTIONS:
        raise ValidationError("未知的操作。")
    a = ACTIONS[action]
    if status not in a.needs:
        starts = "或".join(f"“{s}”" for s in a.needs)
        raise ValidationError(f"只有{starts}的文稿才能{a.verb}（当前：{status}）。")
    if a.needs[status] not in perms:
        who = {REVIEW_PERM: "委员会办公室主任", APPROVE_PERM: "委员会主任或常务副主任"}.get(a.needs[status], a.who)
        raise PermissionDenied(f"只有{who}可以{a.verb}{'该文稿' if action == 'return' else '年度工作要点、总结'}。")
    if action == "return":
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("退回修改须写明退回理由。")
        if len(reason) > REASON_MAX:
            raise ValidationError(f"退回理由不能超过 {REASON_MAX} 字。")
    return a.to


def editable(status: str) -> bool:
    """Only a draft may be changed: what was submitted, reviewed or approved is the text they saw."""
    return status == DRAFT


# -- when each paper is due ---------------------------------------------------------------------------
def plan_due_month() -> int:
    return getattr(settings, "COMMITTEE_PLAN_DUE_MONTH", 2)


def summary_due_month() -> int:
    return getattr(settings, "COMMITTEE_SUMMARY_DUE_MONTH", 1)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def due_date(kind: str, year: int) -> date:
    """要点 of `year`: end of its February (by default); 总结 of `year`: end of January of the next year."""
    if kind == PLAN:
        return month_end(year, plan_due_month())
    return month_end(year + 1, summary_due_month())


def is_late(kind: str, year: int, approved_on: date | None, today: date) -> bool:
    """Not approved by the due date: still unapproved after it, or approved later than it."""
    return deadlines.is_late(due_date(kind, year), approved_on, today)


class Check(NamedTuple):
    kind: str
    year: int
    due: date
    late: bool
    detail: str


def describe(kind: str, year: int, status: str | None, approved_on: date | None, today: date) -> Check:
    due = due_date(kind, year)
    late = is_late(kind, year, approved_on, today)
    name = f"{year}年度{kind[2:]}"
    if approved_on is not None:
        when = f"{approved_on.year}年{approved_on.month}月{approved_on.day}日"
        detail = f"{name}已于{when}审定" + ("（逾期）" if late else "")
    else:
        state = status or "尚未起草"
        deadline = f"{due.year}年{due.month}月{due.day}日"
        detail = f"{name}{state}，应于{deadline}前审定" + ("，已逾期" if late else "")
    return Check(kind, year, due, late, detail)


def years_to_check(kind: str, first_year: int | None, today: date) -> list[int]:
    """The years whose paper of `kind` is due by now or next: from the first year the committee keeps
    records here (earlier years were kept on paper) to the year being worked on."""
    current = today.year if kind == PLAN else today.year - 1
    if today > due_date(kind, current):
        current += 1  # this one's due date has passed: the next one is being worked on too
    if first_year is None:
        return [current]
    return list(range(min(first_year, current), current + 1))


def checks(kind: str, first_year: int | None, papers: dict, today: date) -> list[Check]:
    """One Check per year to check; `papers` maps year -> (status, approved_on or None)."""
    out = []
    for year in years_to_check(kind, first_year, today):
        status, approved_on = papers.get(year, (None, None))
        out.append(describe(kind, year, status, approved_on, today))
    return out
