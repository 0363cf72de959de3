"""Admin registration: the 社区矫正工作 menu group, workflow URLs, dashboard panel, bulk-action scope."""

from django.core.exceptions import PermissionDenied
from django.urls import path
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from . import buttons, scope
from .permissions import AuditPolicy, ScopedPolicy
from .startpage import start_panels
from .views import actions
from .models import AuditEntry
from .views.people import (
    AssistantViewSet,
    AuditEntryViewSet,
    OfficeViewSet,
    StaffProfileViewSet,
    VillageCommitteeViewSet,
)
from .views.calendar import CalendarPeriodViewSet
from .views.records import NoticeViewSet, RegistrationViewSet, SuperviseeViewSet


class RecordsGroup(SnippetViewSetGroup):
    # A snippet group marks its viewsets as having a menu: the records stay out of Wagtail's 片段 menu.
    menu_label = "社区矫正工作"
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (
        SuperviseeViewSet,
        NoticeViewSet,
        RegistrationViewSet,
        AssistantViewSet,
        VillageCommitteeViewSet,
        CalendarPeriodViewSet,
        AuditEntryViewSet,
        OfficeViewSet,
        StaffProfileViewSet,
    )


# Before the viewsets register: they keep the policy registered for their model.
for _model in scope.SCOPES:
    register_permission_policy(_model, (AuditPolicy if _model is AuditEntry else ScopedPolicy)(_model))
register_snippet(RecordsGroup)


@hooks.register("register_admin_urls")
def workflow_urls():
    return [
        path("records/notices/<int:pk>/<str:action>/", actions.notice_action, name="forms_app_notice_action"),
        path("records/registrations/<int:pk>/submit/", actions.submit_registration,
             name="forms_app_registration_submit"),
    ]


@hooks.register("construct_homepage_panels")
def records_panels(request, panels):
    panels.extend(start_panels(request))


@hooks.register("register_snippet_listing_buttons")
def workflow_listing_buttons(snippet, user, next_url=None):
    yield from buttons.listing_buttons(user, snippet)


@hooks.register("before_bulk_action")
def bulk_action_scope(request, action_type, objects, action_class_instance):
    # Bulk actions fetch objects by id from the URL: refuse any that lie outside the user's scope.
    for obj in objects:
        if type(obj) in scope.SCOPES and not scope.can_view(request.user, obj):
            raise PermissionDenied


@hooks.register("register_log_actions")
def workflow_log_actions(actions):
    # Shown in each record's 历史 (history) view.
    actions.register_action("forms_app.approve", "批准", "批准通知单")
    actions.register_action("forms_app.issue", "发出", "发出通知单")
    actions.register_action("forms_app.return", "回执", "提交登记表（回执）")

