"""PDF views: one notice / registration, the assistant roster, blank forms, and batch print jobs.

Records are looked up through forms_app.scope (out-of-scope looks like missing: 404) and every print
of personal data writes an audit entry. Blank forms hold no personal data and are public.
"""

from __future__ import annotations

from functools import lru_cache

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_POST

from jobs import lease
from jobs.models import Job
from pdf.fonts import FontConfigError, MissingGlyphError
from pdf.forms.data import NoticeData, RegistrationData
from pdf.forms.notice import render_notice
from pdf.forms.registration import render_registration
from pdf.forms.roster import render_roster

from forms_app import scope
from forms_app.models import AssistanceNotice, Assistant, Registration
from . import jobs
from .adapters import notice_data, registration_data, roster_data

# the job model's own labels, but 正在生成 as the print page has always said
STATUS_LABELS = {**dict(Job.Status.choices), Job.Status.RUNNING: "正在生成"}


def pdf_response(data: bytes, filename: str, download: bool = False) -> HttpResponse:
    response = HttpResponse(data, content_type="application/pdf")
    disposition = "attachment" if download else "inline"
    # RFC 6266: an ASCII fallback name plus the UTF-8 Chinese name
    from urllib.parse import quote

    response["Content-Disposition"] = f"{disposition}; filename=\"form.pdf\"; filename*=UTF-8''{quote(filename)}"
    return response


def private(response: HttpResponse) -> HttpResponse:
    # forms with personal data must not be kept by shared caches or the browser's back-forward cache
    response["Cache-Control"] = "private, no-store"
    return response


def cannot_print(request, exc, back_url="") -> HttpResponse:
    """The Chinese explanation of why a form cannot be printed (a value the font lacks, a font problem)."""
    return render(request, "printing/cannot_print.html", {"message": str(exc), "back_url": back_url}, status=422)


def printed(request, subject, render_pdf, note, filename, back_url="") -> HttpResponse:
    """One printed form: rendered, or explained in Chinese when it cannot be; every print is audited."""
    try:
        data = render_pdf()
    except (MissingGlyphError, FontConfigError) as exc:
        return cannot_print(request, exc, back_url)
    scope.audit(request.user, "print", subject, note)
    return private(pdf_response(data, filename))


@login_required
@require_GET
def notice_pdf(request, pk):
    notice = get_object_or_404(
        scope.notices_for(request.user, AssistanceNotice.objects.select_related(
            "office", "supervisee", "village_committee", "filled_by", "approved_by")),
        pk=pk,
    )
    return printed(request, notice, lambda: render_notice(notice_data(notice)), "打印通知单及存根",
                   f"协助社区矫正工作通知单-{notice.number or notice.pk}.pdf",
                   reverse("wagtailsnippets_forms_app_assistancenotice:edit", args=[pk]))


@login_required
@require_GET
def registration_pdf(request, pk):
    reg = get_object_or_404(
        scope.registrations_for(request.user, Registration.objects.select_related(
            "supervisee", "village_committee__office").prefetch_related("family_members")),
        pk=pk,
    )
    return printed(request, reg, lambda: render_registration(registration_data(reg, request.user)),
                   "打印基本情况登记表", f"社区矫正对象基本情况登记表-{reg.pk}.pdf",
                   reverse("wagtailsnippets_forms_app_registration:edit", args=[pk]))


@login_required
@require_GET
def roster_pdf(request):
    if not (request.user.is_superuser or scope.profile(request.user)):
        raise Http404("没有找到该记录。")
    return printed(request, Assistant, lambda: render_roster(roster_data(request.user)),
                   "打印协助人员名单（备案）", "协助人员名单.pdf")


@lru_cache(maxsize=None)
def _blank(kind: str) -> bytes:
    # blank forms never change while the process runs: render once
    return render_notice(NoticeData()) if kind == "notice" else render_registration(RegistrationData())


@require_GET
@cache_control(public=True, max_age=3600)
def blank_notice(request):
    return pdf_response(_blank("notice"), "协助社区矫正工作通知单（空白）.pdf")


@require_GET
@cache_control(public=True, max_age=3600)
def blank_registration(request):
    return pdf_response(_blank("registration"), "社区矫正对象基本情况登记表（空白）.pdf")


def _own_job(request, job_id):
    job = jobs.read_for(request.user, job_id)
    if job is None:
        raise Http404("没有找到该打印任务。")
    return job


@login_required
@require_GET
def job_status(request, job_id):
    job = _own_job(request, job_id)
    if request.GET.get("format") == "json" or request.headers.get("Accept") == "application/json":
        return private(JsonResponse(_public_state(job)))
    return private(render(request, "printing/job_status.html", {"job": _public_state(job)}))


@login_required
@require_GET
def job_download(request, job_id):
    job = jobs.read_for(request.user, job_id)
    path = jobs.pdf_path(job) if job is not None else None
    if path is None:
        raise Http404("没有找到该打印任务的文件。")
    response = FileResponse(open(path, "rb"), content_type="application/pdf")
    response["Content-Disposition"] = "inline; filename=\"notices.pdf\""
    return private(response)


@login_required
@require_POST
def job_retry(request, job_id):
    """重试: a failed job goes back in the queue under the same id (its page keeps polling)."""
    job = _own_job(request, job_id)
    if lease.retry(job):
        jobs.enqueue(job)
    return redirect("printing:job_status", job_id=job.pk)


def _public_state(job) -> dict:
    """What the status page may show: no record ids."""
    return {
        "id": str(job.pk), "status": job.status, "status_label": STATUS_LABELS[job.status],
        "total": job.total, "done": job.done, "percent": job.percent, "error": job.error,
        "download_url": reverse("printing:job_download", args=[job.pk])
        if job.status == Job.Status.DONE else "",
        "retry_url": reverse("printing:job_retry", args=[job.pk])
        if job.status == Job.Status.FAILED else "",
    }
