"""The start page (admin dashboard) of each office role: what waits for this user, each row with its action.

司法所负责人: 待批准, 逾期未发出, 协助人员待审查. 司法所工作人员: 待发出, 逾期未发出, 已发出待回执, 新收到的登记表,
即将期满. 村(居)委会: 待填写登记表 (填写登记表), 已填写未提交 (提交). Counts are of the scoped querysets
(forms_app.dashboard), so a committee never counts another's rows.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.urls import reverse
from wagtail.admin.ui.components import Component

from . import buttons, dashboard, scope
from .buttons import Action
from .models import AssistanceNotice, Assistant, Registration, Supervisee

LIMIT = 10


@dataclass
class Row:
    title: str
    detail: str
    actions: list = field(default_factory=list)
    url: str = ""  # the title links to its object (the committee's rows)
    warning: str = ""  # e.g. 已逾期, marked beside the detail


@dataclass
class Section:
    key: str
    title: str
    rows: list
    count: int
    more_url: str = ""


def _view(obj, label="查看"):
    url = reverse(type(obj).snippet_viewset.get_url_name("inspect"), args=[obj.pk])
    return Action("view", label, url, "view")


def _listing(model, **params):
    url = reverse(model.snippet_viewset.get_url_name("list"))
    return url + ("?" + urlencode(params) if params else "")


def _section(key, title, items, row, more_url=""):
    count = len(items) if isinstance(items, list) else items.count()
    return Section(key, title, [row(obj) for obj in items[:LIMIT]], count, more_url)


def _notice_row(user, detail):
    def row(notice):
        return Row(str(notice), detail(notice), buttons.notice_actions(user, notice) + [_view(notice)])
    return row


def _registration_row(user):
    def row(reg):
        when = reg.submitted_at or reg.fill_date
        return Row(str(reg), f"{reg.village_committee.name}，{'提交于' if reg.submitted_at else '填表日期'} "
                              f"{when:%Y-%m-%d}", buttons.registration_actions(user, reg) + [_view(reg)])
    return row


def _to(n):
    return f"发往{n.village_committee.name}"


def head_sections(user):
    out = [
        _section("approve", "待批准的通知单", dashboard.awaiting_approval(user), _notice_row(
            user, lambda n: f"{_to(n)}，发出期限 {n.deadline:%Y-%m-%d}"),
            _listing(AssistanceNotice, status=AssistanceNotice.DRAFT)),
        _overdue(user),
    ]
    if user.has_perm("forms_app.review_assistant"):
        out.append(_section("review", "待资格审查的协助人员", dashboard.assistants_waiting(user), lambda a: Row(
            a.name, f"{a.village_committee.name}，{a.recommended_on:%Y-%m-%d} 推荐",
            [Action("review", "审查", reverse(Assistant.snippet_viewset.get_url_name("edit"), args=[a.pk]), "edit")]),
            _listing(Assistant, stage="推荐")))
    return out


def _overdue(user):
    return _section("overdue", "逾期未发出的通知单（入矫后超过3个工作日）", dashboard.overdue_notices(user), _notice_row(
        user, lambda n: f"{_to(n)}，入矫 {n.supervisee.intake_date:%Y-%m-%d}，期限 {n.deadline:%Y-%m-%d}，{n.status}"))


def staff_sections(user):
    days = dashboard.RECEIPT_WAIT_DAYS
    return [
        _section("issue", "待发出的通知单（已批准）", dashboard.awaiting_issue(user), _notice_row(
            user, lambda n: f"{_to(n)}，发出期限 {n.deadline:%Y-%m-%d}"),
            _listing(AssistanceNotice, status=AssistanceNotice.APPROVED)),
        _overdue(user),
        _section("receipt", f"已发出超过{days}天、尚未回执的通知单", dashboard.awaiting_receipt(user), _notice_row(
            user, lambda n: f"{_to(n)}，{n.issued_on:%Y-%m-%d} 发出")),
        _section("received", f"近{dashboard.RECEIVED_DAYS}天收到的登记表", dashboard.registrations_received(user),
                 _registration_row(user), _listing(Registration, status=Registration.SUBMITTED)),
        _section("ending", "30天内矫正期满", dashboard.terms_ending(user), lambda s: Row(
            s.name, f"{s.village_committee.name}，{s.term_end:%Y-%m-%d} 期满", [_view(s)]),
            _listing(Supervisee, status="在矫")),
    ]


def village_sections(user):
    return [
        _section("register", "待填写登记表的通知单", dashboard.awaiting_registration(user), _notice_row(
            user, lambda n: f"{n.issued_on:%Y-%m-%d} 收到" if n.issued_on else "")),
        _section("submit", "已填写、尚未提交的登记表", dashboard.registrations_unsubmitted(user),
                 _registration_row(user), _listing(Registration, status=Registration.DRAFT)),
    ]


def sections_for(user):
    if scope.is_village_user(user):
        return "村(居)委会待办", village_sections(user)
    if not scope.is_office_user(user):
        return None, []
    if user.has_perm("forms_app.approve_assistancenotice"):
        return "司法所负责人待办", head_sections(user)
    return "司法所工作人员待办", staff_sections(user)


class StartPanel(Component):
    name = "forms_app_start"
    template_name = "forms_app/start_panel.html"
    order = 1  # above Wagtail's own panels

    def __init__(self, heading, sections, panel_id="cc-start"):
        self.heading = heading
        self.sections = sections
        self.panel_id = panel_id  # one page may hold two start panels (records, the committee's work)

    def get_context_data(self, parent_context=None):
        return {"heading": self.heading, "sections": self.sections, "panel_id": self.panel_id}


def start_panels(request):
    heading, sections = sections_for(request.user)
    return [StartPanel(heading, sections)] if heading else []
