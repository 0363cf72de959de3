"""The record actions a user may take now, as links: 批准, 发出 (notices), 填写登记表 (a notice sent to a
committee), 提交(回执) (its 登记表), 打印. One list feeds the listing row's menu, the edit and view page
headers and the start page; who may act is decided by notice_workflow.py, never here. Apps above forms_app
add their own actions to the headers through the HEADER_ACTIONS_HOOK Wagtail hook (printing: 打印)."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.widgets.button import Button, HeaderButton

from . import notice_workflow
from .models import AssistanceNotice, Registration

# Functions (user, obj) -> [Action] registered under this name add actions to the edit and view headers.
HEADER_ACTIONS_HOOK = "register_record_header_actions"

NOTICE_LABELS = {"approve": ("批准", "check"), "issue": ("发出", "mail")}


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    url: str
    icon: str
    new_tab: bool = False  # the PDF opens beside the record


def registration_add_url(notice):
    return reverse(Registration.snippet_viewset.get_url_name("add")) + "?" + urlencode({"notice": notice.pk})


def notice_actions(user, notice):
    out = []
    for name in notice_workflow.allowed_actions(user, notice):
        label, icon = NOTICE_LABELS[name]
        out.append(Action(name, label, reverse("forms_app_notice_action", args=[notice.pk, name]), icon))
    if notice_workflow.may_fill_registration(user, notice):
        out.append(Action("register", "填写登记表", registration_add_url(notice), "form"))
    return out


def registration_actions(user, registration):
    if notice_workflow.may_submit(user, registration):
        return [Action("submit", "提交(回执)", reverse("forms_app_registration_submit", args=[registration.pk]),
                       "upload")]
    return []


def actions_for(user, obj):
    if isinstance(obj, AssistanceNotice):
        return notice_actions(user, obj)
    if isinstance(obj, Registration):
        return registration_actions(user, obj)
    return []


def _attrs(action, obj):
    attrs = {"data-action-name": action.name}
    if action.new_tab:
        attrs.update({"target": "_blank", "rel": "noopener"})
    return attrs


def header_buttons(user, obj):
    """批准/发出/填写登记表/提交, then the hooked actions (打印) for the edit and view pages' headers."""
    actions = actions_for(user, obj)
    for hook in hooks.get_hooks(HEADER_ACTIONS_HOOK):
        actions.extend(hook(user, obj))
    return [HeaderButton(a.label, url=a.url, icon_name=a.icon, priority=10 + i, attrs=_attrs(a, obj))
            for i, a in enumerate(actions)]


def listing_buttons(user, obj):
    """The same actions in the listing row's 更多选项 menu (打印 sits beside it: printing/wagtail_hooks.py)."""
    return [Button(a.label, a.url, icon_name=a.icon, priority=1 + i, attrs=_attrs(a, obj))
            for i, a in enumerate(actions_for(user, obj))]
