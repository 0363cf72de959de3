"""A new 登记表 takes over what the office already holds about the supervisee of the notice.

The village user opens …/registration/add/?notice=<id> (the 填写登记表 action); the form starts with the
addresses from the supervisee's record, the 填表人 and today's date, and the 联系方式 of the committee's
earlier 登记表 for the same person when there is one. 姓名、性别、年龄（from the birth date in the ID number）
and 民族 are not fields of the 登记表: they are read from the supervisee's record, shown above the form
and printed from there.
"""

from __future__ import annotations

from django.utils import timezone

from . import masking, scope
from .idcard import age_on
from .models import AssistanceNotice


def awaiting_notice(user, notice_id):
    """The user's sent notice still waiting for a 登记表, or None (unknown, out of scope, already answered)."""
    if not str(notice_id or "").isdigit():
        return None
    qs = scope.notices_for(user).filter(AssistanceNotice.AWAITING_REGISTRATION)
    return qs.select_related("supervisee").filter(pk=int(notice_id)).first()


def facts(person) -> str:
    """姓名、性别、年龄、民族 as the printed form will show them (the birth date is the ID number's: the
    supervisee form refuses a record where they differ)."""
    return f"{person.name}，{person.sex}，{age_on(person.birth_date, timezone.localdate())}岁，{person.ethnicity}"


def registration_initial(user, notice) -> dict:
    person = notice.supervisee
    initial = {
        "notice": notice.pk,
        "filled_by_name": user.get_full_name() or "",
        "fill_date": timezone.localdate(),
        "residence_address": person.residence,
        "household_address": person.household_register,
    }
    earlier = (scope.registrations_for(user).filter(supervisee=person).exclude(contact="")
               .order_by("-fill_date", "-pk").first())
    # a number the user may only see masked is left for them to type: a masked value would not save
    if earlier is not None and masking.shows_full(user, earlier):
        initial["contact"] = earlier.contact
    return initial
