"""PDFs: the signed 纪要 and the 督办通知 (office), a yearly report (office and the unit's 联络员)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from wagtail.models import Site

from home.models import SiteSettings
from pdf.fonts import MissingGlyphError

from .. import scope
from ..models import Minutes, SupervisionItem
from ..rules import minutes as rules
from ..views.received import received
from . import minutes_pdf, papers_pdf
from .data import from_minutes


def _committee_name(request):
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    return SiteSettings.for_site(site).committee_name


def _pdf(request, render, name, back):
    """The PDF render() draws, inline; a character no font has becomes a message on the back page instead."""
    try:
        content = render()
    except MissingGlyphError as exc:
        messages.error(request, str(exc))
        return redirect(back)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f"inline; filename={name}.pdf"
    response["Cache-Control"] = "private, no-store"  # a unit's report or a decision is not for shared caches
    return response


def minutes_pdf_view(request, pk):
    if not scope.is_office(request.user):
        raise PermissionDenied
    minutes = get_object_or_404(Minutes.objects.select_related("meeting"), pk=pk)
    return _minutes_pdf(request, minutes, reverse(Minutes.snippet_viewset.get_url_name("inspect"), args=[minutes.pk]))


def received_minutes_pdf_view(request, pk):
    """The 联络员's copy of a 纪要 印发 to their unit (committee.views.received decides who)."""
    distribution = received(request, pk)
    return _minutes_pdf(request, distribution.minutes, reverse("committee_received_minutes", args=[pk]))


def _minutes_pdf(request, minutes, back):
    if minutes.status not in (rules.SIGNED, rules.ISSUED):
        messages.error(request, "会议纪要经主任或常务副主任签发后才能打印正式文本。")
        return redirect(back)
    data = from_minutes(minutes, _committee_name(request))
    return _pdf(request, lambda: minutes_pdf.render(data), f"minutes-{minutes.pk}", back)


def report_pdf_view(request, pk):
    """A yearly report: its own unit's 联络员 and the office print it; anyone else gets 404."""
    report = get_object_or_404(scope.reports_for(request.user).select_related("unit", "round"), pk=pk)
    back = reverse(report.snippet_viewset.get_url_name("inspect"), args=[report.pk])
    return _pdf(request, lambda: papers_pdf.render_report(report, _committee_name(request)), f"report-{report.pk}",
                back)


def supervision_notice_view(request, pk):
    if not scope.is_office(request.user):
        raise PermissionDenied
    item = get_object_or_404(SupervisionItem.objects.select_related("unit", "minutes"), pk=pk)
    back = reverse(SupervisionItem.snippet_viewset.get_url_name("inspect"), args=[item.pk])
    return _pdf(request, lambda: papers_pdf.render_supervision_notice(item, _committee_name(request)),
                f"supervision-{item.pk}", back)
