"""Notice numbers: （年）协通字第N号, per office and year, unique and gap-free.

The number is allocated when the notice is issued, inside the issuing transaction: the (office, year)
counter row is locked with SELECT … FOR UPDATE, so concurrent issuers queue on that row and a rolled-back
issue gives its number back (no gaps). Drafts never hold a number.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from pdf.forms.data import SuperviseeData

from .models import AssistanceNotice, NoticeCounter


def _counter(office, year):
    try:
        with transaction.atomic():  # savepoint: a concurrent creator may win the insert race
            NoticeCounter.objects.get_or_create(office=office, year=year)
    except IntegrityError:
        pass
    return NoticeCounter.objects.select_for_update().get(office=office, year=year)


def allocate_number(office, year):
    """Next serial for (office, year). Must run inside the caller's transaction."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("allocate_number must run inside the issuing transaction")
    counter = _counter(office, year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return counter.last


def stub_data(notice):
    s = notice.supervisee
    return {
        "supervisee": SuperviseeData.of(notice.supervisee).to_json(),
        "township": notice.office.township,
        "village_committee": notice.village_committee.name,
        "items": notice.item_texts(),
        "contact_person": notice.contact_person,
        "contact_phone": notice.contact_phone,
        "filled_by": notice.filled_by.get_full_name() or notice.filled_by.username if notice.filled_by else "",
        "approved_by": notice.approved_by.get_full_name() or notice.approved_by.username if notice.approved_by else "",
    }


def issue_notice(notice_id, user, today=None):
    """Issue an approved notice: allocate its number, freeze its stub, mark it 已发出. Returns the notice."""
    today = today or timezone.localdate()
    with transaction.atomic():
        notice = AssistanceNotice.objects.select_for_update(of=("self",)).select_related(
            "office", "supervisee", "village_committee", "approved_by"
        ).get(pk=notice_id)
        if notice.status != AssistanceNotice.APPROVED:
            raise ValidationError(f"只有“已批准”的通知单才能发出（当前状态：{notice.status}）。")
        notice.year = today.year
        notice.serial = allocate_number(notice.office, today.year)
        notice.issued_on = today
        notice.filled_by = user
        notice.status = AssistanceNotice.ISSUED
        notice.stub = stub_data(notice)
        notice.save(update_fields=["year", "serial", "issued_on", "filled_by", "status", "stub"])
    return notice
