"""The 委员会履职看板 on the office's admin home (the 全体会议 reminder, 纪要, overdue 督办, late change reports,
年度工作要点/总结 not approved in time), and the queries committee.startpage lists row by row."""

from django.utils import timezone
from wagtail.admin.ui.components import Component

from .models import Appointment, Meeting, Minutes, SupervisionItem
from .paper_checks import duty_row
from .sources import rule_links
from .units import own_units_q, site_committee
from .rules import meetings as meeting_rules
from .rules import minutes as minutes_rules
from .rules import papers as paper_rules
from .rules import reporting

LIMIT = 10


def overdue_items(today=None):
    today = today or timezone.localdate()
    return list(SupervisionItem.objects.filter(own_units_q(), completed_on=None, deadline__lt=today)
                .select_related("unit").order_by("deadline")[:LIMIT])


def last_plenary(today=None):
    today = today or timezone.localdate()
    meeting = Meeting.objects.filter(kind=Meeting.PLENARY, held_on__lte=today).order_by("-held_on").first()
    return meeting.held_on if meeting else None


def late_reports(today=None):
    today = today or timezone.localdate()
    recent = Appointment.objects.filter(own_units_q()).select_related("unit").order_by("-changed_on")[:200]
    return [a for a in recent if reporting.is_late(a.changed_on, a.reported_on, today)][:LIMIT]


def duties(today=None):
    """The 履职看板: (duty, (article label, link), on track?, detail) per checkable rule."""
    today = today or timezone.localdate()
    links = rule_links()
    reminder = meeting_rules.plenary_reminder(last_plenary(today), today)
    overdue = overdue_items(today)
    late = late_reports(today)
    unsigned = Minutes.objects.exclude(status__in=[minutes_rules.SIGNED, minutes_rules.ISSUED]).count()
    committee = site_committee()
    plan_ok, plan_detail = duty_row(committee, paper_rules.PLAN, today)
    summary_ok, summary_detail = duty_row(committee, paper_rules.SUMMARY, today)
    return [
        ("全体会议每半年至少召开一次", links["plenary"], not reminder, reminder or "按期召开"),
        ("会议纪要审核、签发后印发", links["minutes"], unsigned == 0,
         f"待审核或签发 {unsigned} 份" if unsigned else "均已签发"),
        ("督办事项按期办结", links["supervision"], not overdue,
         f"逾期未办结 {len(overdue)} 项" if overdue else "无逾期"),
        ("人员变动 7 日内书面报告", links["changes"], not late,
         f"逾期或未报告 {len(late)} 人次" if late else "均按时"),
        (f"年度工作要点 {paper_rules.plan_due_month()} 月底前审定", links["papers"], plan_ok, plan_detail),
        (f"年度工作总结次年 {paper_rules.summary_due_month()} 月底前审定", links["papers"], summary_ok,
         summary_detail),
    ]


class CommitteePanel(Component):
    name = "committee_duties"
    template_name = "committee/dashboard_panel.html"
    order = 95

    def get_context_data(self, parent_context=None):
        today = timezone.localdate()
        return {"duties": duties(today)}
