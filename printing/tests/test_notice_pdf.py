"""Printing one notice from the demo records: content, access, audit and the missing-glyph report."""

import re

import pytest
from django.urls import reverse

from forms_app.items import ITEM_WORDING
from forms_app.models import AssistanceNotice, AuditEntry
from pdf.testing import embedded_fonts, is_a4, plain_text, reader, text_off_page

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_module")]  # the demo loaded once


def squash(text):
    return re.sub(r"\s+", "", text)


def url(notice):
    return reverse("printing:notice", args=[notice.pk])


def issued():
    return AssistanceNotice.objects.filter(status="已发出").select_related("supervisee", "village_committee").first()


def test_staff_prints_issued_notice_with_every_value(client, users):
    notice = issued()
    client.force_login(users["staff"])
    response = client.get(url(notice))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    pdf = response.content
    assert is_a4(pdf) and embedded_fonts(pdf) and text_off_page(pdf, 10) == []
    assert len(reader(pdf).pages) == 2
    text = plain_text(pdf)
    s = notice.supervisee
    values = [notice.number, notice.village_committee.name, s.name, s.sex, f"{s.birth_date.year}年{s.birth_date.month}月出生",
              s.household_register, s.residence, s.crime, s.court, s.sentence, s.judgment_type, s.category,
              f"{s.term_start.year}年{s.term_start.month}月{s.term_start.day}日",
              f"{s.term_end.year}年{s.term_end.month}月{s.term_end.day}日",
              notice.contact_person, notice.contact_phone, notice.office.name, notice.office.township,
              notice.stub["filled_by"], notice.stub["approved_by"],
              f"{notice.issued_on.year}年{notice.issued_on.month}月{notice.issued_on.day}日"]
    values += [ITEM_WORDING[item.kind] for item in notice.items.all()]
    for value in values:
        assert squash(value) in text, value
    entry = AuditEntry.objects.get(action="print", object_id=str(notice.pk))
    assert entry.username == "staff"


def test_village_user_of_own_committee_may_print_other_may_not(client, users):
    adults = [n for n in AssistanceNotice.objects.filter(status__in=["已发出", "已回执"]) if not n.supervisee.is_minor]
    notice = adults[0]
    own = "village_a" if "甲" in notice.village_committee.name else "village_b"
    other = "village_b" if own == "village_a" else "village_a"
    client.force_login(users[other])
    assert client.get(url(notice)).status_code == 404
    assert not AuditEntry.objects.filter(action="print").exists()
    client.force_login(users[own])
    assert client.get(url(notice)).status_code == 200


def test_minor_notice_is_not_printable_by_village_users(client, users):
    # 社区矫正法 art. 54: a minor's file stays with the office
    minor = next(n for n in AssistanceNotice.objects.all() if n.supervisee.is_minor)
    own = "village_a" if "甲" in minor.village_committee.name else "village_b"
    client.force_login(users[own])
    assert client.get(url(minor)).status_code == 404
    client.force_login(users["staff"])
    assert client.get(url(minor)).status_code == 200


def test_anonymous_is_sent_to_login(client, demo):
    response = client.get(url(issued()))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_draft_prints_without_number(client, users):
    draft = AssistanceNotice.objects.filter(status="草稿").first()
    client.force_login(users["staff"])
    text = plain_text(client.get(url(draft)).content)
    assert draft.supervisee.name in text and "协通字第（" in text


def test_only_a_draft_carries_the_draft_watermark(client, users):
    client.force_login(users["staff"])
    draft = AssistanceNotice.objects.get(status="草稿")
    pages = reader(client.get(url(draft)).content).pages
    assert len(pages) == 2 and all("草稿" in page.extract_text() for page in pages)
    for notice in AssistanceNotice.objects.exclude(status="草稿"):
        assert "草稿" not in plain_text(client.get(url(notice)).content), notice.status


def test_character_missing_from_font_is_reported_in_chinese(client, users):
    draft = AssistanceNotice.objects.filter(status="草稿").first()
    person = draft.supervisee
    person.name = "示例\ue000某"  # a private-use 造字 no font has
    person.save(update_fields=["name"])
    client.force_login(users["staff"])
    response = client.get(url(draft))
    assert response.status_code == 422
    body = response.content.decode()
    assert "姓名" in body and "在打印字体中缺失" in body and "无法打印" in body
    assert not AuditEntry.objects.filter(action="print").exists()
