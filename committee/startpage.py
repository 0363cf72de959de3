"""The committee's part of the start page (admin home): what waits for each committee role, every row a
link to its object and carrying the action the user may take now (committee.buttons).

成员单位联络员: the yearly report to file (截止日期), 纪要 to 签收, the unit's open 督办 items (逾期 marked).
委员会办公室主任: 纪要 and 要点/总结 to 审核; 委员会主任或常务副主任: 纪要 to 签发, 要点/总结 to 审定; the office
(司法所): 纪要 to 印发, 要点/总结 returned to 草稿 (with the reason); every office role: 要点/总结 not approved by
their due date, overdue 督办 items, late change reports. Sections and rows are forms_app.startpage's.
"""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone

from core.dates import chinese_date
from forms_app.buttons import Action
from forms_app.startpage import LIMIT, Row, Section, StartPanel

from . import buttons, dashboard, scope
from .models import AnnualReport, AnnualRound, Appointment, Minutes, YearlyPaper
from .rules import minutes as rules
from .rules import papers as paper_rules
from .units import site_committee

OVERDUE = "已逾期"


def _section(key, title, items, row, more_url=""):
    items = list(items)
    return Section(key, title, [row(obj) for obj in items[:LIMIT]], len(items), more_url)


def _listing(model, **params):
    return reverse(model.snippet_viewset.get_url_name("list")) + ("?" + urlencode(params) if params else "")


# -- 成员单位联络员 ------------------------------------------------------------------------------------------

def report_rows(user, today):
    """Open rounds: the unit's report to file (until filed), or the filed one (editable until the deadline)."""
    unit = scope.liaison_unit(user)
    filed = {r.round_id: r for r in scope.reports_for(user).select_related("round")}
    out = []
    for rnd in AnnualRound.objects.filter(opened_on__lte=today).order_by("-year")[:LIMIT]:
        report = filed.get(rnd.pk)
        due = f"报送截止 {chinese_date(rnd.due_on)}"
        if report is None:
            add = reverse(AnnualReport.snippet_viewset.get_url_name("add")) + "?" + urlencode({"round": rnd.pk})
            out.append(Row(str(rnd), f"{unit.name}未报送，{due}", [Action("file", "填写报告", add, "edit")],
                           url=add, warning=OVERDUE if today > rnd.due_on else ""))
        elif today <= rnd.due_on:
            edit = reverse(AnnualReport.snippet_viewset.get_url_name("edit"), args=[report.pk])
            sent = chinese_date(timezone.localtime(report.submitted_at).date()) if report.submitted_at else ""
            out.append(Row(str(rnd), f"已于 {sent} 报送，{due}，截止前可修改",
                           [Action("edit", "修改", edit, "edit")], url=buttons.inspect_url(report)))
    return out


def liaison_sections(user, today):
    receipts = scope.distributions_for(user).filter(confirmed_at=None).select_related("minutes__meeting")
    items = scope.supervision_items_for(user).filter(completed_on=None).select_related("minutes")
    return [
        _section("report", "年度履职报告", report_rows(user, today), lambda row: row),
        _section("receipt", "待签收的会议纪要", receipts.order_by("minutes__issued_at"), lambda d: Row(
            str(d.minutes), f"{chinese_date(timezone.localtime(d.minutes.issued_at).date())} 印发",
            [Action("confirm", "签收", reverse("committee_confirm_receipt", args=[d.pk]), "check")],
            url=reverse("committee_received_minutes", args=[d.pk])), reverse("committee_receipts")),
        _section("supervision", "本单位未办结的督办事项", items.order_by("deadline"), lambda i: Row(
            i.decision, f"办结期限 {chinese_date(i.deadline)}，来源：{i.minutes.issue_no}纪要",
            [Action("progress", "报告办理情况", reverse("committee_report_progress", args=[i.pk]), "tasks")],
            url=reverse("committee_report_progress", args=[i.pk]), warning=OVERDUE if i.overdue else ""),
            reverse("committee_my_items")),
    ]


# -- the office, its director, the committee's leaders -------------------------------------------------------

STEPS = [  # (permission, status waiting for it, key, section title)
    ("committee.review_minutes", rules.DRAFT, "review", "待审核的会议纪要"),
    ("committee.sign_minutes", rules.REVIEWED, "sign", "待签发的会议纪要"),
    ("committee.issue_minutes", rules.SIGNED, "issue", "待印发的会议纪要（已签发）"),
]


def _minutes_row(user):
    def row(m):
        return Row(str(m), f"{m.meeting.title}，{chinese_date(m.meeting.held_on)} 召开，{m.status}",
                   buttons.minutes_actions(user, m), url=buttons.inspect_url(m))
    return row


def office_sections(user, today):
    out = [_section(key, title, Minutes.objects.filter(status=status).select_related("meeting"),
                    _minutes_row(user), _listing(Minutes, status=status))
           for perm, status, key, title in STEPS if user.has_perm(perm)]
    out += paper_sections(user, today)
    out.append(_section("overdue", "逾期督办事项", dashboard.overdue_items(today), lambda i: Row(
        str(i), f"办结期限 {chinese_date(i.deadline)}", [], url=buttons.inspect_url(i), warning=OVERDUE)))
    out.append(_section("late", "人员变动报告逾期", dashboard.late_reports(today), lambda a: Row(
        str(a), a.report_status(), [], url=buttons.inspect_url(a)), _listing(Appointment)))
    return out


# -- 年度工作要点/总结 (one committee's: the site's) ----------------------------------------------------------

PAPER_STEPS = [  # (permission, status waiting for it, key, section title)
    (paper_rules.REVIEW_PERM, paper_rules.SUBMITTED, "paper_review", "待审核的年度工作要点、总结"),
    (paper_rules.APPROVE_PERM, paper_rules.REVIEWED, "paper_approve", "待审定的年度工作要点、总结"),
]


def own_papers():
    return YearlyPaper.objects.filter(committee=site_committee()).order_by("year", "kind")


def overdue_papers(today):
    """The committee's papers not yet 已审定 whose due date (rules.papers.due_date) has passed."""
    return [p for p in own_papers().exclude(status=paper_rules.APPROVED)
            if today > paper_rules.due_date(p.kind, p.year)]


def _paper_row(user, today, detail=None):
    def row(p):
        due = paper_rules.due_date(p.kind, p.year)
        text = detail(p) if detail else f"{p.status}，应于{chinese_date(due)}前审定"
        return Row(str(p), text, buttons.paper_actions(user, p), url=buttons.inspect_url(p),
                   warning=OVERDUE if today > due else "")
    return row


def paper_sections(user, today):
    out = [_section(key, title, own_papers().filter(status=status), _paper_row(user, today),
                    _listing(YearlyPaper, status=status))
           for perm, status, key, title in PAPER_STEPS if user.has_perm(perm)]
    # a returned draft waits for the 司法所 (the 办公室主任, who keeps the papers too, is the one returning it)
    if user.has_perm(paper_rules.SUBMIT_PERM) and not user.has_perm(paper_rules.REVIEW_PERM):
        returned = own_papers().filter(status=paper_rules.DRAFT).exclude(return_reason="")
        out.append(_section("paper_returned", "退回修改的年度工作要点、总结", returned, _paper_row(
            user, today, lambda p: f"退回理由：{p.return_reason}"), _listing(YearlyPaper, status=paper_rules.DRAFT)))
    out.append(_section("paper_overdue", "逾期未审定的年度工作要点、总结", overdue_papers(today),
                        _paper_row(user, today), _listing(YearlyPaper)))
    return out


def heading_for(user):
    if user.has_perm("committee.review_minutes") and not user.is_superuser:
        return "委员会办公室主任待办"
    if user.has_perm("committee.sign_minutes") and not user.is_superuser:
        return "委员会主任待办"
    return "委员会工作待办"


def start_panels(request):
    user, today = request.user, timezone.localdate()
    if scope.is_liaison(user):
        unit = scope.liaison_unit(user)
        return [StartPanel(f"成员单位联络员待办（{unit.name}）", liaison_sections(user, today), "cc-committee")]
    if scope.is_office(user):
        return [StartPanel(heading_for(user), office_sections(user, today), "cc-committee")]
    return []
