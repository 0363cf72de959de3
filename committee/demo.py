"""Demo: one half-year (June–November 2026) of the committee's work, with fictional people; the 2026
年度工作要点 approved in February, the 2026 年度工作总结 a draft.

Idempotent: every row is found by a natural key (name + date, year, 期号) before it is created.
"""

from datetime import date, datetime, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from policies.demo import COMMITTEE_000
from policies.models import MemberUnit

from . import paper_drafts
from .models import (AnnualReport, AnnualRound, Appointment, Attendance, Distribution, LiaisonAccount, Meeting,
                     Minutes, PaperSection, ProgressReport, SupervisionItem, Topic, YearlyPaper)
from .rules import minutes as rules
from .rules import papers as paper_rules

# (person, post, job title, unit name or None, changed_on, reported_on)
COMPOSITION = [
    ("示例李明", Appointment.DIRECTOR, "镇党委副书记、镇长", None, date(2026, 1, 5), date(2026, 1, 8)),
    ("示例王芳", Appointment.EXECUTIVE, "镇党委委员、政法委员", None, date(2026, 1, 5), date(2026, 1, 8)),
    ("示例赵强", Appointment.MEMBER, "司法所所长", "司法所", date(2026, 1, 5), date(2026, 1, 8)),
    ("示例孙伟", Appointment.MEMBER, "派出所所长", "派出所", date(2026, 1, 5), date(2026, 1, 8)),
    ("示例周丽", Appointment.MEMBER, "民政和社会事务办公室主任", "民政和社会事务办公室", date(2026, 1, 5), date(2026, 1, 8)),
    ("示例吴敏", Appointment.MEMBER, "劳动就业和社会服务保障所所长", "劳动就业和社会服务保障所", date(2026, 7, 1),
     date(2026, 7, 15)),  # reported 14 days after the change: flagged late
    ("示例郑洁", Appointment.LIAISON, "司法所工作人员", "司法所", date(2026, 1, 5), date(2026, 1, 8)),
    ("示例钱涛", Appointment.LIAISON, "派出所民警", "派出所", date(2026, 1, 5), date(2026, 1, 8)),
]
ENDED = [("示例冯军", Appointment.MEMBER, "劳动就业和社会服务保障所原所长", "劳动就业和社会服务保障所",
          date(2026, 1, 5), date(2026, 1, 8), date(2026, 7, 1))]

LIAISON = ("liaison", "司法所")  # the demo 联络员 login (home.demo) and the unit it speaks for


def _unit(name):
    """The demo committee's own unit of that name (the second town's units of the same name are not ours)."""
    return MemberUnit.objects.get(committee=COMMITTEE_000, name=name) if name else None


def load_composition():
    for person, post, title, unit, changed, reported in COMPOSITION:
        Appointment.objects.update_or_create(person=person, post=post, changed_on=changed, defaults={
            "job_title": title, "unit": _unit(unit), "reported_on": reported})
    for person, post, title, unit, changed, reported, ended in ENDED:
        Appointment.objects.update_or_create(person=person, post=post, changed_on=changed, defaults={
            "job_title": title, "unit": _unit(unit), "reported_on": reported, "ended_on": ended})


def load_liaison():
    username, unit = LIAISON
    user = get_user_model().objects.get(username=username)
    LiaisonAccount.objects.update_or_create(user=user, defaults={"unit": _unit(unit)})


MEETINGS = [
    (Meeting.PLENARY, "2026年第二次全体会议", date(2026, 6, 20), [
        ("审议上半年社区矫正工作情况报告", "委员会办公室"), ("研究部署下半年重点工作", "示例王芳")]),
    (Meeting.THEMATIC, "社区矫正对象就业帮扶专题会议", date(2026, 8, 12), [
        ("研究就业帮扶对接机制", "劳动就业和社会服务保障所")]),
    (Meeting.OFFICE, "委员会办公室成员会议（第三季度）", date(2026, 9, 25), [("通报第三季度督办事项进展", "委员会办公室")]),
    (Meeting.DISPATCH, "村（社区）社区矫正工作调度会", date(2026, 10, 16), [("各村（社区）报告协助工作情况", "委员会办公室")]),
    (Meeting.GROUP, "矫正小组工作会议", date(2026, 11, 6), [("交流矫正小组日常工作", "司法所")]),
]


def load_meetings():
    found = []
    for kind, title, held_on, topics in MEETINGS:
        meeting, created = Meeting.objects.get_or_create(title=title, held_on=held_on, defaults={
            "kind": kind, "place": "镇政府三楼会议室", "chair": "示例李明" if kind == Meeting.PLENARY else "示例王芳",
            "recorder": "示例郑洁", "summary": "会议按议程进行，与会人员充分讨论，形成议定事项。"})
        if created:
            for order, (topic, proposer) in enumerate(topics, 1):
                Topic.objects.create(meeting=meeting, sort_order=order, title=topic, proposed_by=proposer,
                                     decided_by="示例王芳", decided_on=held_on - timedelta(days=7))
            for person, unit, kind_ in (("示例李明", None, Attendance.PRESENT), ("示例王芳", None, Attendance.PRESENT),
                                        ("示例赵强", "司法所", Attendance.PRESENT), ("示例孙伟", "派出所", Attendance.PRESENT),
                                        ("示例周丽", "民政和社会事务办公室", Attendance.ABSENT),
                                        ("示例郑洁", "司法所", Attendance.OBSERVER)):
                Attendance.objects.create(meeting=meeting, person=person, unit=_unit(unit), kind=kind_)
        found.append(meeting)
    return found


def _at(day):
    return timezone.make_aware(datetime(day.year, day.month, day.day, 10))


# The 全体会议's 纪要 (2026年第2期), one heading per 议题 as a real 常务会议纪要 has them (docs/COMMITTEE.md);
# scripts/render_committee_pdf.py prints the same text.
PLENARY_MINUTES_BODY = ("一、审议上半年社区矫正工作情况报告\n"
                        "会议听取了委员会办公室关于上半年社区矫正工作情况的报告，原则同意该报告。\n"
                        "二、研究部署下半年重点工作\n"
                        "会议要求派出所会同司法所于8月底前完成重点对象排查。\n"
                        "会议要求劳动就业和社会服务保障所于9月底前建立就业帮扶对接台账。")


def load_minutes(meetings):
    plenary, thematic = meetings[0], meetings[1]
    users = get_user_model().objects
    signed = dict(status=rules.ISSUED, reviewed_by=users.filter(username="director").first(),
                  reviewed_at=_at(date(2026, 6, 23)), signed_by=users.filter(username="leader").first(),
                  signed_at=_at(date(2026, 6, 24)), issued_at=_at(date(2026, 6, 25)))
    minutes, created = Minutes.objects.get_or_create(meeting=plenary, defaults={
        "issue_no": "2026年第2期", "drafted_by": users.filter(username="staff").first(), **signed,
        "body": PLENARY_MINUTES_BODY})
    if created:
        for name in ("司法所", "派出所", "劳动就业和社会服务保障所"):
            Distribution.objects.create(minutes=minutes, unit=_unit(name))
        Distribution.objects.filter(minutes=minutes, unit__name="司法所").update(
            confirmed_at=_at(date(2026, 6, 26)), confirmed_by=users.filter(username="liaison").first())
        done = SupervisionItem.objects.create(
            minutes=minutes, decision="会同司法所完成重点对象排查", unit=_unit("派出所"), deadline=date(2026, 8, 31),
            completed_on=date(2026, 8, 28), result="已完成排查，形成排查台账并报委员会办公室。")
        ProgressReport.objects.create(item=done, reported_on=date(2026, 7, 31), text="已完成过半对象的排查。")
        SupervisionItem.objects.create(
            minutes=minutes, decision="建立就业帮扶对接台账", unit=_unit("劳动就业和社会服务保障所"),
            deadline=date(2026, 9, 30))  # still open: overdue on the office's start page
    Minutes.objects.get_or_create(meeting=thematic, defaults={
        "issue_no": "2026年第3期", "status": rules.DRAFT, "drafted_by": users.filter(username="staff").first(),
        "body": "会议研究了社区矫正对象就业帮扶对接机制。\n会议议定由劳动就业和社会服务保障所牵头制定对接办法。"})


def load_office_minutes(meetings):
    """The 第三季度 office meeting's 纪要, 印发 to the 司法所 and 派出所 and not yet signed for, with two 督办 items
    of the 司法所: what the demo 联络员 finds on their start page (one item overdue, one still open)."""
    users = get_user_model().objects
    minutes, created = Minutes.objects.get_or_create(meeting=meetings[2], defaults={
        "issue_no": "2026年第4期", "drafted_by": users.filter(username="staff").first(), "status": rules.ISSUED,
        "reviewed_by": users.filter(username="director").first(), "reviewed_at": _at(date(2026, 9, 28)),
        "signed_by": users.filter(username="leader").first(), "signed_at": _at(date(2026, 9, 29)),
        "issued_at": _at(date(2026, 9, 30)),
        "body": "会议通报了第三季度督办事项进展情况。\n"
                "会议要求司法所于11月底前组织开展协助人员业务培训。\n"
                "会议要求司法所于12月下旬报送第四季度社区矫正工作情况。"})
    if created:
        for name in ("司法所", "派出所"):
            Distribution.objects.create(minutes=minutes, unit=_unit(name))
        for decision, deadline in (("组织开展协助人员业务培训", date(2026, 11, 30)),
                                   ("报送第四季度社区矫正工作情况", date(2026, 12, 25))):
            SupervisionItem.objects.create(minutes=minutes, decision=decision, unit=_unit("司法所"), deadline=deadline)


def load_annual():
    round_, _ = AnnualRound.objects.get_or_create(year=2026, defaults={
        "opened_on": date(2026, 11, 20), "due_on": date(2026, 12, 31)})
    AnnualReport.objects.get_or_create(round=round_, unit=_unit("司法所"), defaults={
        "duties": "依法履行委员会办公室日常工作职责，组织召开全体会议和专题会议。",
        "decisions": "委员会2026年第2期纪要议定事项均已落实。",
        "key_work": "完成社区矫正对象重点排查和协助人员培训。",
        "problems": "建议加强成员单位间信息共享。",
        "submitted_at": _at(date(2026, 11, 25)),
        "submitted_by": get_user_model().objects.filter(username="liaison").first()})


def load_papers():
    """The 2026 要点, approved in February; the 2026 总结, a draft prefilled from the year's records."""
    users = get_user_model().objects
    plan, created = YearlyPaper.objects.get_or_create(
        committee=COMMITTEE_000, year=2026, kind=paper_rules.PLAN, defaults={
        "status": paper_rules.APPROVED, "drafted_by": users.filter(username="staff").first(),
        "submitted_by": users.filter(username="staff").first(), "submitted_at": _at(date(2026, 2, 6)),
        "reviewed_by": users.filter(username="director").first(), "reviewed_at": _at(date(2026, 2, 10)),
        "approved_by": users.filter(username="leader").first(), "approved_at": _at(date(2026, 2, 16))})
    if created:
        plan.preamble, sections = paper_drafts.plan_text(COMMITTEE_000, paper_drafts.YearFacts(year=2026))
        plan.save(update_fields=["preamble"])
        PaperSection.objects.bulk_create([PaperSection(paper=plan, sort_order=n, heading=h, body=b)
                                          for n, (h, b) in enumerate(sections)])
    if not YearlyPaper.objects.filter(committee=COMMITTEE_000, year=2026, kind=paper_rules.SUMMARY).exists():
        paper_drafts.create_draft(users.filter(username="staff").first(), COMMITTEE_000, paper_rules.SUMMARY, 2026,
                                  timezone.localdate())


def load(stdout=None):
    load_composition()
    load_liaison()
    meetings = load_meetings()
    load_minutes(meetings)
    load_office_minutes(meetings)
    load_annual()
    load_papers()
