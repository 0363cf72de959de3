"""The 承办单位 reports on its 督办 items: its 联络员 adds progress, or the result when done (第十六条)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from .. import scope
from ..models import ProgressReport


class ProgressForm(forms.Form):
    text = forms.CharField(label="进展情况或办理结果", widget=forms.Textarea(attrs={"rows": 5}), max_length=2000,
                           error_messages={"required": "请填写进展情况或办理结果。"})
    done = forms.BooleanField(label="已办结（以上为办理结果）", required=False)


def my_items(request):
    if not scope.is_liaison(request.user):
        raise PermissionDenied
    items = scope.supervision_items_for(request.user).select_related("minutes__meeting").order_by(
        "completed_on", "deadline")
    return TemplateResponse(request, "committee/my_items.html", {
        "page_title": "本单位督办事项", "header_icon": "tasks", "items": items[:200], "breadcrumbs_items": []})


def report_progress(request, pk):
    if not scope.is_liaison(request.user):
        raise PermissionDenied
    item = get_object_or_404(scope.supervision_items_for(request.user), pk=pk)
    form = ProgressForm(request.POST or None)
    if item.completed_on:
        if request.method == "POST":
            form.add_error(None, "该督办事项已办结。")
    elif request.method == "POST" and form.is_valid():
        today = timezone.localdate()
        with transaction.atomic():
            ProgressReport.objects.create(item=item, reported_on=today, text=form.cleaned_data["text"])
            if form.cleaned_data["done"]:
                item.completed_on, item.result = today, form.cleaned_data["text"]
                item.save(update_fields=["completed_on", "result"])
        messages.success(request, "已报告办理结果。" if form.cleaned_data["done"] else "已报告办理进展。")
        return redirect(reverse("committee_my_items"))
    return TemplateResponse(request, "committee/report_progress.html", {
        "page_title": "报告督办事项办理情况", "page_subtitle": str(item), "header_icon": "tasks", "item": item,
        "form": form, "back_url": reverse("committee_my_items"), "breadcrumbs_items": []})
