"""The actions a user may take now on a 纪要 or a 年度工作要点/总结, as links: one list feeds the listing
row's 更多选项 menu, the 查看 page and the start page rows (forms_app.buttons does the same for records).

纪要: 审核, 签发, 印发, 退回修改 (committee.workflow decides who) and 打印纪要 once signed. 要点/总结: 修改 while a
草稿 (the office), 提交审核, 审核, 审定, 退回修改 (committee.paper_workflow decides who), 打印正式文本 once 已审定.
"""

from django.urls import reverse
from wagtail.admin.widgets.button import Button

from forms_app.buttons import Action

from . import paper_workflow, workflow
from .models import Minutes, YearlyPaper
from .rules import minutes as rules
from .rules import papers as paper_rules

ICONS = {"review": "check", "sign": "success", "issue": "mail", "return": "resubmit"}
PAPER_ICONS = {"submit": "upload", "review": "check", "approve": "success", "return": "resubmit"}


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


def paper_steps(user, paper):
    """The workflow steps open to `user` on a 要点/总结 now, each a link to its confirm page."""
    return [Action(name, paper_rules.ACTIONS[name].verb, reverse("committee_paper_action", args=[paper.pk, name]),
                   PAPER_ICONS[name]) for name in paper_workflow.allowed_actions(user, paper)]


def paper_edit_action(user, paper):
    """修改, while the paper is a 草稿 and `user` keeps the office's papers."""
    if paper_rules.editable(paper.status) and user.has_perm(paper_rules.SUBMIT_PERM):
        return [Action("edit", "修改", reverse(YearlyPaper.snippet_viewset.get_url_name("edit"), args=[paper.pk]),
                       "edit")]
    return []


def paper_print_action(paper):
    if paper.status == paper_rules.APPROVED:
        return [Action("print", "打印正式文本（PDF）", reverse("committee_paper_pdf", args=[paper.pk]), "doc-full",
                       new_tab=True)]
    return []


def paper_actions(user, paper):
    """What the start page offers on a paper: 修改 a draft first, then the steps open now."""
    return paper_edit_action(user, paper) + paper_steps(user, paper)


def listing_buttons(user, obj):
    """The open steps and 打印 in a 纪要's or a paper's row menu of the listing (编辑 is Wagtail's own)."""
    if isinstance(obj, Minutes):
        actions = minutes_actions(user, obj) + print_action(obj)
    elif isinstance(obj, YearlyPaper):
        actions = paper_steps(user, obj) + paper_print_action(obj)
    else:
        return []
    out = []
    for i, a in enumerate(actions):
        attrs = {"data-action-name": a.name} | ({"target": "_blank", "rel": "noopener"} if a.new_tab else {})
        out.append(Button(a.label, a.url, icon_name=a.icon, priority=1 + i, attrs=attrs))
    return out
