"""纪要 PDF for the office: only a signed (已签发/已印发) 纪要 has an official text to print."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from wagtail.models import Site

from home.models import SiteSettings
from pdf.fonts import MissingGlyphError

from .. import scope
from ..models import Minutes
from ..rules import minutes as rules
from . import minutes_pdf
from .data import from_minutes


def minutes_pdf_view(request, pk):
    if not scope.is_office(request.user):
        raise PermissionDenied
    minutes = get_object_or_404(Minutes.objects.select_related("meeting"), pk=pk)
    back = reverse(Minutes.snippet_viewset.get_url_name("inspect"), args=[minutes.pk])
    if minutes.status not in (rules.SIGNED, rules.ISSUED):
        messages.error(request, "会议纪要经主任或常务副主任签发后才能打印正式文本。")
        return redirect(back)
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    data = from_minutes(minutes, SiteSettings.for_site(site).committee_name)
    try:
        content = minutes_pdf.render(data)
    except MissingGlyphError as exc:
        messages.error(request, str(exc))
        return redirect(back)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f"inline; filename=minutes-{minutes.pk}.pdf"
    response["Cache-Control"] = "private, no-store"
    return response
