"""Confirm-then-POST views for the workflow buttons (approve, issue a notice; submit a registration)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from .. import notice_workflow, scope
from ..models import AssistanceNotice, Registration

NOTICE_ACTIONS = {
    "approve": ("批准通知单", "确认批准这份通知单？批准后方可发出。", "批准", notice_workflow.approve),
    "issue": ("发出通知单", "确认发出这份通知单？发出时将分配“协通字”编号，发出后不能再修改。", "发出", notice_workflow.issue),
}


def _confirm(request, obj, title, message, button, back_url, error=""):
    return TemplateResponse(request, "workbench/confirm_action.html", {
        "page_title": title, "page_subtitle": str(obj), "header_icon": "form", "message": message,
        "button_label": button, "back_url": back_url, "error": error,
        "breadcrumbs_items": [],
    })


def notice_action(request, pk, action):
    if action not in NOTICE_ACTIONS:
        raise PermissionDenied
    notice = get_object_or_404(scope.notices_for(request.user), pk=pk)
    title, message, button, func = NOTICE_ACTIONS[action]
    back = reverse(AssistanceNotice.snippet_viewset.get_url_name("inspect"), args=[notice.pk])
    if action not in notice_workflow.allowed_actions(request.user, notice):
        raise PermissionDenied
    if request.method == "POST":
        try:
            done = func(request.user, notice)
        except ValidationError as exc:
            return _confirm(request, notice, title, message, button, back, "；".join(exc.messages))
        messages.success(request, f"通知单{done.status}{'：' + done.number if done.number else ''}。")
        return redirect(back)
    return _confirm(request, notice, title, message, button, back)


def submit_registration(request, pk):
    registration = get_object_or_404(scope.registrations_for(request.user), pk=pk)
    notice_workflow.check_may_submit(request.user)  # the confirm page too: office staff never submit a 回执
    back = reverse(Registration.snippet_viewset.get_url_name("inspect"), args=[registration.pk])
    title, button = "提交登记表（回执）", "提交"
    message = "确认将这份登记表提交给司法所？提交后通知单即为“已回执”。"
    if request.method == "POST":
        try:
            notice_workflow.submit_registration(request.user, registration)
        except ValidationError as exc:
            return _confirm(request, registration, title, message, button, back, "；".join(exc.messages))
        messages.success(request, "登记表已提交，通知单已回执。")
        return redirect(back)
    return _confirm(request, registration, title, message, button, back)
