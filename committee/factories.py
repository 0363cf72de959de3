"""Small builders for tests: member units, role users, a meeting with its 纪要, a 督办 item, a round."""

from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from policies.models import MemberUnit

from .models import AnnualRound, Distribution, LiaisonAccount, Meeting, Minutes, SupervisionItem, Topic
from .units import site_committee


def unit(name="测试派出所", committee=None):
    """A member unit of the site's committee (or of `committee`, e.g. another town's)."""
    committee = site_committee() if committee is None else committee
    slug = "u-" + str(abs(hash((name, committee))) % 10**8)
    found = MemberUnit.objects.filter(name=name, committee=committee).order_by("pk").first()
    return found or MemberUnit.objects.create(name=name, slug=slug, committee=committee)


def user(username, role=None, liaison_for=None, superuser=False):
    u = get_user_model().objects.create_user(username, password="pw-" + username, is_superuser=superuser,
                                             is_staff=superuser)
    if role:
        u.groups.add(Group.objects.get(name=role))
    if liaison_for is not None:
        LiaisonAccount.objects.create(user=u, unit=liaison_for)
    return u


def meeting(kind=Meeting.PLENARY, held_on=None, topics=("议题一",)):
    held_on = held_on or date.today() - timedelta(days=10)
    m = Meeting.objects.create(kind=kind, title=f"测试{kind}", held_on=held_on, place="会议室", chair="示例主任")
    for order, title in enumerate(topics, 1):
        Topic.objects.create(meeting=m, sort_order=order, title=title, proposed_by="办公室", decided_by="示例主任",
                             decided_on=held_on - timedelta(days=3))
    return m


def minutes(units=(), **extra):
    m = Minutes.objects.create(meeting=extra.pop("meeting", None) or meeting(), issue_no="测试第1期",
                               body="议定事项一。\n议定事项二。", **extra)
    for u in units:
        Distribution.objects.create(minutes=m, unit=u)
    return m


def item(deadline, completed_on=None, **extra):
    return SupervisionItem.objects.create(minutes=extra.pop("minutes", None) or minutes(), decision="测试议定事项",
                                          unit=extra.pop("unit", None) or unit(), deadline=deadline,
                                          completed_on=completed_on, result="已办结" if completed_on else "")


def round_(year=2026):
    return AnnualRound.objects.create(year=year, opened_on=date(year, 11, 1), due_on=date(year, 12, 31))
