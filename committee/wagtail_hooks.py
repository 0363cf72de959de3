"""Admin registration: the 委员会工作 menu group, 纪要 workflow and receipt URLs, the 履职看板 panel."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.views.snippets import SnippetViewSetGroup
from wagtail.snippets.models import register_snippet

from policies.staff_notes import STAFF_NOTES_HOOK

from . import buttons, scope, startpage
from .article_links import notes_for
from .dashboard import CommitteePanel
from .printing.views import minutes_pdf_view, received_minutes_pdf_view, report_pdf_view, supervision_notice_view
from .rules import minutes as minutes_rules
from .rules import papers as paper_rules
from .views import actions, papers, progress, received
from .views.viewsets import (AnnualReportViewSet, AnnualRoundViewSet, AppointmentViewSet, LiaisonAccountViewSet,
                             MeetingViewSet, MinutesViewSet, SupervisionItemViewSet)


class CommitteeGroup(SnippetViewSetGroup):
    menu_label = "委员会工作"
    menu_icon = "group"
    menu_order = 310
    items = (MeetingViewSet, MinutesViewSet, SupervisionItemViewSet, AnnualRoundViewSet, AnnualReportViewSet,
             AppointmentViewSet, LiaisonAccountViewSet, papers.YearlyPaperViewSet)


register_snippet(CommitteeGroup)


@hooks.register("register_admin_urls")
def committee_urls():
    return [
        path("committee/minutes/<int:pk>/pdf/", minutes_pdf_view, name="committee_minutes_pdf"),
        path("committee/minutes/<int:pk>/<str:action>/", actions.minutes_action, name="committee_minutes_action"),
        path("committee/reports/<int:pk>/pdf/", report_pdf_view, name="committee_report_pdf"),
        path("committee/supervision/<int:pk>/notice.pdf", supervision_notice_view, name="committee_supervision_pdf"),
        path("committee/supervision/mine/", progress.my_items, name="committee_my_items"),
        path("committee/supervision/<int:pk>/report/", progress.report_progress, name="committee_report_progress"),
        path("committee/receipts/", actions.receipts, name="committee_receipts"),
        path("committee/receipts/<int:pk>/confirm/", actions.confirm_receipt, name="committee_confirm_receipt"),
        path("committee/papers/draft/", papers.draft, name="committee_paper_draft"),
        path("committee/papers/<int:pk>/pdf/", papers.paper_pdf_view, name="committee_paper_pdf"),
        path("committee/papers/<int:pk>/<str:action>/", papers.paper_action, name="committee_paper_action"),
        path("committee/receipts/<int:pk>/", received.received_minutes, name="committee_received_minutes"),
        path("committee/receipts/<int:pk>/pdf/", received_minutes_pdf_view, name="committee_received_minutes_pdf"),
        path("committee/receipts/<int:pk>/materials/<int:document_id>/", received.received_material,
             name="committee_received_material"),
    ]


class ReceiptsMenuItem(MenuItem):
    def is_shown(self, request):
        return scope.is_office(request.user) or scope.is_liaison(request.user)


@hooks.register("register_admin_menu_item")
def receipts_menu_item():
    return ReceiptsMenuItem("纪要签收", reverse("committee_receipts"), icon_name="doc-full", order=311)


class LiaisonMenuItem(MenuItem):
    def is_shown(self, request):
        return scope.is_liaison(request.user)


@hooks.register("register_admin_menu_item")
def my_items_menu_item():
    return LiaisonMenuItem("本单位督办事项", reverse("committee_my_items"), icon_name="tasks", order=312)


@hooks.register("construct_homepage_panels")
def duties_panel(request, panels):
    panels.extend(startpage.start_panels(request))  # what waits for this committee role, row by row
    if scope.is_office(request.user):
        panels.append(CommitteePanel())


@hooks.register("register_snippet_listing_buttons")
def minutes_listing_buttons(snippet, user, next_url=None):
    yield from buttons.listing_buttons(user, snippet)


@hooks.register("register_log_actions")
def minutes_log_actions(actions_registry):
    for action, (_need, _to, _perm, verb, _who) in minutes_rules.ACTIONS.items():
        actions_registry.register_action(f"committee.minutes.{action}", verb, f"{verb}会议纪要")


@hooks.register("register_log_actions")
def paper_log_actions(actions_registry):
    for action, step in paper_rules.ACTIONS.items():
        actions_registry.register_action(f"committee.paper.{action}", step.verb, f"{step.verb}年度工作要点、总结")


hooks.register(STAFF_NOTES_HOOK, notes_for)  # “本条对应：…” on the published rules, for the office
