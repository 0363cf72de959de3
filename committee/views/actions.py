"""Confirm-then-POST views: the 纪要's review/sign/issue/return, and a unit's receipt of an 印发 纪要."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from .. import scope, workflow
from ..models import Distribution, Minutes
from ..rules import minutes as rules

MESSAGES = {
    "review": "确认审核通过这份会议纪要？审核后送主任或常务副主任签发。",
    "sign": "确认签发这份会议纪要？签发后不能再修改，可以印发。",
    "issue": "确认印发这份会议纪要？印发后分送单位的联络员即可看到并签收。",
    "return": "确认将这份会议纪要退回办公室修改？",
}


def _confirm(request, obj, title, message, button, back_url, error=""):
    return TemplateResponse(request, "workbench/confirm_action.html", {
        "page_title": title, "page_subtitle": str(obj), "header_icon": "doc-full", "message": message,
        "button_label": button, "back_url": back_url, "error": error, "breadcrumbs_items": [],
    })


def minutes_action(request, pk, action):
    if action not in rules.ACTIONS:
        raise PermissionDenied
    if not scope.is_office(request.user):
        raise PermissionDenied
    minutes = get_object_or_404(Minutes, pk=pk)
    back = reverse(Minutes.snippet_viewset.get_url_name("inspect"), args=[minutes.pk])
    verb = rules.ACTIONS[action][3]
    title = f"{verb}会议纪要"
    if request.method == "POST":
        try:
            done = workflow.act(request.user, minutes, action)
        except (ValidationError, PermissionDenied) as exc:
            error = "；".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
            return _confirm(request, minutes, title, MESSAGES[action], verb, back, error)
        messages.success(request, f"会议纪要{done.status}。")
        return redirect(back)
    if action not in workflow.allowed_actions(request.user, minutes):
        raise PermissionDenied
    return _confirm(request, minutes, title, MESSAGES[action], verb, back)


def receipts(request):
    if not (scope.is_office(request.user) or scope.is_liaison(request.user)):
        raise PermissionDenied
    rows = scope.distributions_for(request.user).select_related("minutes__meeting", "unit").order_by(
        "confirmed_at", "-minutes__issued_at")
    return TemplateResponse(request, "committee/receipts.html", {
        "page_title": "纪要签收", "header_icon": "doc-full", "rows": rows[:200],
        "can_confirm": scope.is_liaison(request.user), "breadcrumbs_items": [],
    })


def confirm_receipt(request, pk):
    distribution = get_object_or_404(scope.distributions_for(request.user), pk=pk)
    back = reverse("committee_receipts")
    title, button = "签收会议纪要", "签收"
    message = f"确认本单位已收到《{distribution.minutes}》？"
    if not scope.is_liaison(request.user):
        raise PermissionDenied
    if request.method == "POST":
        try:
            workflow.confirm_receipt(request.user, distribution)
        except (ValidationError, PermissionDenied) as exc:
            error = "；".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
            return _confirm(request, distribution.minutes, title, message, button, back, error)
        messages.success(request, "已签收。")
        return redirect(back)
    return _confirm(request, distribution.minutes, title, message, button, back)
