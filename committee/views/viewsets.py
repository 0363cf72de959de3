"""Snippet viewsets of the 委员会工作 menu: composition, meetings, 纪要, 督办, yearly reports."""

import django_filters
from django import forms
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import SnippetViewSet

from ..models import AnnualReport, AnnualRound, Appointment, LiaisonAccount, Meeting, Minutes, SupervisionItem
from ..rules import minutes as minutes_rules
from ..rules.annual import REPORT_PARTS
from ..units import units_for
from .choosers import PermissionCheckedChooserViewSet
from .inspect import ChineseInspectView
from .locked_edit import draft_only
from .minutes import MinutesCreateView, MinutesEditView, MinutesInspectView, ReportInspectView, SupervisionInspectView
from .reports import RoundInspectView, ScopedReportViewSet


def _own_units(request):
    return units_for(request.user)


def unit_filterset(model, *fields):
    """A listing filter whose 成员单位 choices are the user's own committee's units (committee.units)."""
    meta = type("Meta", (), {"model": model, "fields": [*fields, "unit"]})
    unit = django_filters.ModelChoiceFilter(queryset=_own_units, label=model._meta.get_field("unit").verbose_name)
    return type(f"{model.__name__}FilterSet", (WagtailFilterSet,), {"unit": unit, "Meta": meta})


class CommitteeViewSet(SnippetViewSet):
    copy_view_enabled = False  # a meeting, 纪要 or report is never a copy of another
    chooser_viewset_class = PermissionCheckedChooserViewSet
    inspect_view_class = ChineseInspectView


class AppointmentViewSet(CommitteeViewSet):
    model = Appointment
    icon = "group"
    menu_label = "组成人员"
    list_display = ["person", "post", "job_title", "unit", "changed_on", "ended_on", "reported_on",
                    Column("report_status", label="报告情况")]
    filterset_class = unit_filterset(Appointment, "post")
    search_fields = None
    inspect_view_enabled = True  # the start page's 人员变动报告逾期 rows link here (read-only for leaders)
    panels = [
        FieldRowPanel([FieldPanel("person"), FieldPanel("post")]),
        FieldRowPanel([FieldPanel("unit", widget=forms.Select), FieldPanel("job_title")]),
        FieldRowPanel([FieldPanel("changed_on"), FieldPanel("reported_on"), FieldPanel("ended_on")]),
        FieldPanel("note"),
    ]


class LiaisonAccountViewSet(CommitteeViewSet):
    model = LiaisonAccount
    icon = "key"
    menu_label = "联络员账号"
    list_display = ["unit", "user"]
    panels = [FieldPanel("user"), FieldPanel("unit", widget=forms.Select)]


class MeetingViewSet(CommitteeViewSet):
    model = Meeting
    icon = "calendar"
    menu_label = "会议"
    list_display = ["title", "kind", Column("held_on", label="会议日期", sort_key="held_on"), "place", "chair"]
    list_filter = ["kind"]
    inspect_view_enabled = True
    inspect_view_fields = ["kind", "title", "held_on", "place", "chair", "recorder", "topics", "materials",
                           "attendances", "summary"]


@draft_only(minutes_rules.editable)
class MinutesViewSet(CommitteeViewSet):
    model = Minutes
    icon = "doc-full"
    menu_label = "会议纪要"
    list_display = ["__str__", "issue_no", "status", Column("signed_at", label="签发时间")]
    list_filter = ["status"]
    inspect_view_enabled = True
    inspect_view_fields = ["meeting", "issue_no", "status", "body", "drafted_by", "reviewed_by", "reviewed_at",
                           "signed_by", "signed_at", "issued_at", "distributions"]
    inspect_template_name = "committee/minutes_inspect.html"
    inspect_view_class = MinutesInspectView
    add_view_class = MinutesCreateView
    edit_view_class = MinutesEditView


class SupervisionItemViewSet(CommitteeViewSet):
    model = SupervisionItem
    icon = "tasks"
    menu_label = "督办事项"
    list_display = ["__str__", "unit", Column("deadline", label="办结期限", sort_key="deadline"),
                    Column("state", label="办理状态")]
    filterset_class = unit_filterset(SupervisionItem)
    inspect_view_enabled = True
    inspect_view_fields = ["minutes", "decision", "unit", "deadline", "progress", "completed_on", "result"]
    inspect_view_class = SupervisionInspectView


class AnnualRoundViewSet(CommitteeViewSet):
    model = AnnualRound
    icon = "date"
    menu_label = "年度报告轮次"
    list_display = ["__str__", "opened_on", "due_on"]
    inspect_view_enabled = True
    inspect_view_fields = ["year", "opened_on", "due_on", "reported_units", "missing_units"]
    inspect_view_class = RoundInspectView
    panels = [FieldPanel("year"), FieldRowPanel([FieldPanel("opened_on"), FieldPanel("due_on")])]


class AnnualReportViewSet(ScopedReportViewSet):
    model = AnnualReport
    icon = "doc-full-inverse"
    menu_label = "年度履职报告"
    list_display = ["__str__", "unit", Column("submitted_at", label="报送时间")]
    list_filter = ["round"]
    inspect_view_enabled = True
    inspect_view_fields = ["round", "unit"] + [name for name, _ in REPORT_PARTS] + ["submitted_at", "submitted_by"]
    inspect_view_class = ReportInspectView
    panels = [FieldPanel("round"), FieldPanel("unit", widget=forms.Select)] + [
        FieldPanel(name, widget=forms.Textarea(attrs={"rows": 6})) for name, _ in REPORT_PARTS]
