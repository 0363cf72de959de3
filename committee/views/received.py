"""A 纪要 as the 联络员 of a unit it was 印发 to reads it: read-only, with its PDF and the meeting's materials,
reached from 纪要签收.

Addressed by the unit's receipt (Distribution), so a draft, a signed but not yet 印发 纪要, or one sent to
other units only is never reachable (404, like a missing one); the office reads 纪要 on their 查看 page.
"""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse

from .. import scope
from ..models import Attendance, Material


def received(request, pk):
    """The unit's receipt of an 印发 纪要, or PermissionDenied / 404 for anyone else."""
    if not scope.is_liaison(request.user):
        raise PermissionDenied
    return get_object_or_404(scope.distributions_for(request.user).select_related("minutes__meeting", "unit"),
                             pk=pk)


def received_minutes(request, pk):
    distribution = received(request, pk)
    minutes = distribution.minutes
    meeting = minutes.meeting
    attendances = list(meeting.attendances.select_related("unit"))
    people = {kind: "、".join(a.person + (f"（{a.unit}）" if a.unit_id else "") for a in attendances
                              if a.kind == kind) for kind, _ in Attendance.KINDS}
    items = scope.supervision_items_for(request.user).filter(minutes=minutes).order_by("deadline")
    return TemplateResponse(request, "committee/received_minutes.html", {
        "page_title": "会议纪要", "page_subtitle": str(minutes), "header_icon": "doc-full",
        "distribution": distribution, "minutes": minutes, "meeting": meeting, "people": people,
        "recipients": "、".join(d.unit.name for d in minutes.distributions.select_related("unit")
                               .order_by("unit__sort_order")),
        "items": items, "materials": meeting.materials.select_related("document").order_by("pk"),
        "pdf_url": reverse("committee_received_minutes_pdf", args=[distribution.pk]),
        "breadcrumbs_items": [{"url": reverse("committee_receipts"), "label": "纪要签收"},
                              {"url": "", "label": str(minutes)}],
    })


def received_material(request, pk, document_id):
    """A material of the meeting whose 纪要 was 印发 to the 联络员's unit: the file itself stays behind the
    collection's view restriction (/documents/… answers to the office only), so the unit gets it here."""
    distribution = received(request, pk)
    material = get_object_or_404(Material.objects.select_related("document"),
                                 meeting_id=distribution.minutes.meeting_id, document_id=document_id)
    document = material.document
    response = FileResponse(document.file.open("rb"), as_attachment=True, filename=document.filename)
    response["Cache-Control"] = "private, no-store"
    return response
