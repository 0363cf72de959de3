"""The 纪要 actions a user may take now — 审核, 签发, 印发, 退回修改 (committee.workflow decides who) and
打印纪要 once signed — as links: one list feeds the 会议纪要 listing row's 更多选项 menu, the 查看 page and the
start page rows (forms_app.buttons does the same for records)."""

from django.urls import reverse
from wagtail.admin.widgets.button import Button

from forms_app.buttons import Action

from . import workflow
from .models import Minutes
from .rules import minutes as rules

ICONS = {"review": "check", "sign": "success", "issue": "mail", "return": "resubmit"}


def inspect_url(obj):
    return reverse(type(obj).snippet_viewset.get_url_name("inspect"), args=[obj.pk])


def minutes_actions(user, minutes):
    """The workflow steps open to `user` on `minutes` now, each a link to its confirm page."""
    return [Action(name, rules.ACTIONS[name][3], reverse("committee_minutes_action", args=[minutes.pk, name]),
                   ICONS[name]) for name in workflow.allowed_actions(user, minutes)]


def print_action(minutes):
    if minutes.status in (rules.SIGNED, rules.ISSUED):
        return [Action("print", "打印纪要（PDF）", reverse("committee_minutes_pdf", args=[minutes.pk]), "doc-full",
                       new_tab=True)]
    return []


def listing_buttons(user, obj):
    """审核/签发/印发/退回修改 and 打印 in a 纪要's row menu of the listing."""
    if not isinstance(obj, Minutes):
        return []
    out = []
    for i, a in enumerate(minutes_actions(user, obj) + print_action(obj)):
        attrs = {"data-action-name": a.name} | ({"target": "_blank", "rel": "noopener"} if a.new_tab else {})
        out.append(Button(a.label, a.url, icon_name=a.icon, priority=1 + i, attrs=attrs))
    return out
