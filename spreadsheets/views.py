"""Admin views: upload → preview (dry run) → confirm, template download and scoped, masked export."""

from urllib.parse import quote

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.widgets import ChineseFileInput
from jobs import lease

from forms_app import scope
from . import encoding, files, jobs, service, tasks
from .resources import RESOURCES

FORMATS = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}
VIEW_PERMS = {"committees": "forms_app.view_villagecommittee", "supervisees": "forms_app.view_supervisee",
              "assistants": "forms_app.view_assistant"}


def inline_rows():
    """Files up to this many rows are checked and imported within the request; larger ones in a worker."""
    return getattr(settings, "SPREADSHEET_INLINE_ROWS", 1000)


def may_export(user, kind):
    return kind in VIEW_PERMS and (user.is_superuser or (scope.profile(user) is not None
                                                         and user.has_perm(VIEW_PERMS[kind])))


def _label(kind):
    if kind not in service.KINDS:
        raise Http404
    return service.KINDS[kind][0]


def _download(content, filename, fmt):
    response = HttpResponse(content, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"
    return response


def _content(fmt, headings, rows, label):
    """The file's bytes; an .xlsx names its sheet after the records (社区矫正对象, …)."""
    return files.write_xlsx(headings, rows, title=label) if fmt == "xlsx" else files.write_csv(headings, rows)


class SheetsMixin(WagtailAdminTemplateMixin):
    header_icon = "table"

    def get_breadcrumbs_items(self):
        items = self.breadcrumbs_items + [{"url": reverse("forms_app_sheets:index"), "label": "表格导入导出"}]
        title = self.get_page_title()
        return items + [{"url": "", "label": title}] if title != "表格导入导出" else items


class IndexView(SheetsMixin, TemplateView):
    template_name = "spreadsheets/index.html"
    page_title = "表格导入导出"

    def get_context_data(self, **kwargs):
        user = self.request.user
        kinds = [{"kind": k, "label": label, "may_import": service.may_import(user, k),
                  "may_export": may_export(user, k)} for k, (label, _) in service.KINDS.items()]
        return super().get_context_data(kinds=[k for k in kinds if k["may_import"] or k["may_export"]],
                                        max_rows=files.MAX_ROWS, **kwargs)


class UploadForm(forms.Form):
    file = forms.FileField(label="表格文件", widget=ChineseFileInput, help_text="Excel 工作簿 (.xlsx) 或 CSV 文件 (.csv)，第一行为列标题。",
                           error_messages={"required": "请选择要导入的文件。", "empty": "文件是空的。"})
    encoding = forms.ChoiceField(label="CSV 文字编码", choices=encoding.CHOICES, initial=encoding.AUTO,
                                 help_text="仅对 CSV 文件有效。Excel 中文版另存的“CSV(逗号分隔)”是 GBK 编码。")

    def __init__(self, *args, user=None, kind=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user, self.kind, self.table = user, kind, None

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload is None or self.errors:
            return cleaned
        try:
            self.table, data = files.read_upload(upload, cleaned.get("encoding") or encoding.AUTO)
            service.check(self.user, self.kind, self.table)
        except files.SheetError as exc:
            raise forms.ValidationError(str(exc)) from exc
        cleaned["data"] = data
        return cleaned


class UploadView(SheetsMixin, FormView):
    template_name = "spreadsheets/upload.html"
    form_class = UploadForm

    def dispatch(self, request, *args, **kwargs):
        self.kind = kwargs["kind"]
        self.label = _label(self.kind)
        if not service.may_import(request.user, self.kind):
            raise PermissionDenied("您没有权限导入这类记录。")
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return f"导入{self.label}"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user, "kind": self.kind}

    def get_context_data(self, **kwargs):
        return super().get_context_data(kind=self.kind, label=self.label, max_rows=files.MAX_ROWS,
                                        max_mb=files.MAX_BYTES // 1024 // 1024,
                                        headings=RESOURCES[self.kind](self.request.user).headings(), **kwargs)

    def form_valid(self, form):
        table = form.table
        job = jobs.create(self.request.user, self.kind, form.cleaned_data["file"].name, form.cleaned_data["data"],
                          table.encoding, len(table.rows))
        _run(job)
        return redirect("forms_app_sheets:job", job_id=job.pk)


def _run(job):
    """The job's queued step: within the request for small files, else in the background worker."""
    if job.total <= inline_rows():
        tasks.run_now(job)
    else:
        lease.queued(job, tasks.run_step.enqueue(str(job.pk)))


def _own_job(request, job_id):
    job = jobs.read_for(request.user, job_id)
    if job is None:
        raise Http404("没有找到这次导入。")
    return job


class JobView(SheetsMixin, TemplateView):
    template_name = "spreadsheets/job.html"

    def dispatch(self, request, *args, **kwargs):
        self.job = _own_job(request, kwargs["job_id"])
        self.label = _label(self.job.params["kind"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return f"导入{self.label}"

    def get_context_data(self, **kwargs):
        job, state = self.job, jobs.state(self.job)
        shown = {"id": job.pk, "kind": job.params["kind"], "filename": job.params["filename"], "status": state,
                 "done": job.done, "total": job.total, "error": job.error}
        return super().get_context_data(job=shown, label=self.label, running=state in jobs.RUNNING,
                                        status_label=jobs.STATUS_LABELS[state], percent=job.percent,
                                        summary=job.result, listing_url=_listing_url(job.params["kind"]), **kwargs)


class _JobStepView(View):
    """A POST that queues the next step of the user's own import job, if they may import its kind."""

    def step(self, job):
        raise NotImplementedError

    def post(self, request, job_id):
        job = _own_job(request, job_id)
        if not service.may_import(request.user, job.params["kind"]):
            raise PermissionDenied("您没有权限导入这类记录。")
        if self.step(job):
            _run(job)
        return redirect("forms_app_sheets:job", job_id=job.pk)


class ConfirmView(_JobStepView):
    def step(self, job):
        # Only a clean preview can be confirmed; the worker re-validates the stored file anyway.
        return jobs.confirm(job)


class RetryView(_JobStepView):
    """重试: a failed step (check or import) is queued again with the same stored file."""

    def step(self, job):
        return lease.retry(job)


def _listing_url(kind):
    names = {"committees": "villagecommittee", "supervisees": "supervisee", "assistants": "assistant"}
    try:
        return reverse(f"wagtailsnippets_forms_app_{names[kind]}:list")
    except Exception:  # the listing may be registered under another name; the link is only a convenience
        return ""


def template_download(request, kind, fmt):
    label = _label(kind)
    if fmt not in FORMATS:
        raise Http404
    if not service.may_import(request.user, kind):
        raise PermissionDenied("您没有权限导入这类记录。")
    headings = RESOURCES[kind](request.user).headings()
    return _download(_content(fmt, headings, [], label), f"{label}导入模板.{fmt}", fmt)


def export(request, kind, fmt):
    label = _label(kind)
    if fmt not in FORMATS:
        raise Http404
    if not may_export(request.user, kind):
        raise PermissionDenied("您没有权限导出这类记录。")
    resource = RESOURCES[kind](request.user)
    rows = list(resource.export_rows(resource.export_queryset()))
    content = _content(fmt, resource.headings(), rows, label)
    shown = "完整" if scope.can_unmask(request.user) else "脱敏"
    scope.audit(request.user, "export", resource._meta.model, f"导出{fmt.upper()}：{len(rows)}行（{shown}）")
    return _download(content, f"{label}_{timezone.localdate():%Y%m%d}.{fmt}", fmt)
