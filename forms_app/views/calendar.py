"""节假日与调休 in the admin: the office head enters the year's schedule; staff may read it.

Besides one period at a time, the head may paste the State Council's yearly notice: it is read
(forms_app.holiday_notice), compared with what is entered, shown, and saved only on confirmation, all or nothing.
"""

import hashlib

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.views.generic import FormView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import HeaderButton

from .. import holiday_notice
from ..models import CalendarPeriod

NEW, ENTERED = "新增", "已登记，跳过"


class PasteForm(forms.Form):
    text = forms.CharField(
        label="通知原文", max_length=20000, widget=forms.Textarea(attrs={"rows": 12}),
        help_text="把“国务院办公厅关于××××年部分节假日安排的通知”的正文（含“一、元旦：……”各条）复制粘贴到这里。",
        error_messages={"required": "请粘贴通知原文。", "max_length": "原文过长（最多 %(limit_value)d 字），请只粘贴通知正文。"},
    )
    year = forms.IntegerField(
        label="年份", required=False, min_value=2000, max_value=2100,
        help_text="留空则取通知标题中的年份。",
        error_messages={"min_value": "年份应在2000至2100之间。", "max_value": "年份应在2000至2100之间。",
                        "invalid": "年份请填四位数字。"},
    )
    checked = forms.CharField(required=False, widget=forms.HiddenInput)

    def fingerprint(self):
        data = f"{self.cleaned_data['year']}|{self.cleaned_data['text']}"
        return hashlib.sha256(data.encode()).hexdigest()[:16]


def compare(periods):
    """Each period read, with what the calendar already holds for its days: NEW, ENTERED or a conflict."""
    rows, conflicts = [], []
    if not periods:
        return rows, conflicts
    entered = list(CalendarPeriod.objects.filter(start__lte=max(p.end for p in periods),
                                                 end__gte=min(p.start for p in periods)))
    for found in periods:
        existing = [e for e in entered if e.start <= found.end and e.end >= found.start]
        if any((e.kind, e.start, e.end) == (found.kind, found.start, found.end) for e in existing):
            rows.append((found, ENTERED))
        elif existing:
            message = f"与已登记的“{existing[0]}”重叠"
            rows.append((found, message))
            conflicts.append(f"{found.name}（{found.kind}）：{message}。请先在列表中修改或删除那一条。")
        else:
            rows.append((found, NEW))
    return rows, conflicts


class PasteScheduleView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    permission_required = "add"
    model = CalendarPeriod
    index_url_name = None
    form_class = PasteForm
    template_name = "forms_app/calendar/paste.html"
    page_title = "从通知原文导入"
    header_icon = "date"

    def get_breadcrumbs_items(self):
        index = {"url": reverse(self.index_url_name), "label": CalendarPeriod._meta.verbose_name_plural}
        return self.breadcrumbs_items + [index, {"url": "", "label": self.page_title}]

    def form_valid(self, form):
        reading = holiday_notice.read(form.cleaned_data["text"], form.cleaned_data["year"])
        rows, conflicts = compare(reading.periods) if not reading.errors else ([], [])
        new = [found for found, status in rows if status == NEW]
        fingerprint = form.fingerprint()
        changed = "confirm" in self.request.POST and form.cleaned_data["checked"] != fingerprint
        if "confirm" in self.request.POST and not changed and not reading.errors and not conflicts and new:
            try:
                self.save(new)
            except ValidationError as error:  # someone entered an overlapping period since the preview
                conflicts.extend(error.messages)
            else:
                skipped = len(rows) - len(new)
                messages.success(self.request, f"已导入 {reading.year} 年节假日安排：新增 {len(new)} 个时段"
                                               + (f"，跳过已登记的 {skipped} 个。" if skipped else "。"))
                return redirect(self.index_url_name)
        data = form.data.copy()
        data["checked"] = fingerprint
        return self.render_to_response(self.get_context_data(
            form=PasteForm(data), reading=reading, rows=rows, conflicts=conflicts, new=new, changed=changed,
            may_confirm=not (reading.errors or conflicts) and bool(new),
        ))

    @transaction.atomic
    def save(self, new):
        for found in new:
            period = CalendarPeriod(name=found.name, kind=found.kind, start=found.start, end=found.end)
            period.full_clean()  # the model's own overlap check, now against the rows just saved too
            period.save()


class CalendarIndexView(IndexView):
    paste_url_name = None

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.permission_policy.user_has_permission(self.request.user, "add"):
            buttons.append(HeaderButton("粘贴国务院通知导入", url=reverse(self.paste_url_name), icon_name="doc-full"))
        return buttons


class CalendarPeriodViewSet(ModelViewSet):
    model = CalendarPeriod
    icon = "date"
    form_fields = ["name", "kind", "start", "end"]
    list_display = ["name", "kind", "start", "end"]
    list_filter = ["kind"]
    search_fields = ["name"]
    ordering = ["-start"]
    copy_view_enabled = False
    index_view_class = CalendarIndexView

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(paste_url_name=self.get_url_name("paste"), **kwargs)

    @property
    def paste_view(self):
        return self.construct_view(PasteScheduleView)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("paste/", self.paste_view, name="paste")]
