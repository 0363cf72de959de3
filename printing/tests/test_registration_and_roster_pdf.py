"""Printing a registration form and the assistant roster from the demo records."""

import re

import pytest
from django.urls import reverse

from forms_app import scope
from forms_app.models import Assistant, AuditEntry, Registration
from pdf.testing import is_a4, plain_text, text_off_page

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_module")]  # the demo loaded once


def squash(text):
    return re.sub(r"\s+", "", text)


def test_registration_prints_every_value_for_its_committee(client, users):
    # The demo's only 登记表 is 乙's (forms_app.demo): 甲's user may not print it, 乙's may.
    reg = Registration.objects.select_related("village_committee", "supervisee").get()
    assert reg.village_committee.name == "示例乙社区居民委员会"
    link = reverse("printing:registration", args=[reg.pk])
    client.force_login(users["village_a"])
    assert client.get(link).status_code == 404
    client.force_login(users["village_b"])
    assert client.get(link).status_code == 200
    client.force_login(users["staff"])
    response = client.get(link)
    assert response.status_code == 200
    pdf = response.content
    assert is_a4(pdf) and text_off_page(pdf, 10) == []
    text = plain_text(pdf)
    for value in [reg.name, reg.sex, str(reg.age), reg.ethnicity, reg.education, reg.health,
                  reg.former_political_status, reg.marital_status, scope.shown_phone(users["staff"], reg.contact),
                  reg.residence_address,
                  reg.household_address, reg.criminal_record, reg.repentance, reg.main_experience,
                  reg.living_situation, reg.workplace_or_school, reg.personality, reg.skills, reg.filled_by_name,
                  reg.village_committee.name]:
        assert squash(value) in text, value
    for member in reg.family_members.all():
        assert member.name in text and member.relation in text
    assert AuditEntry.objects.filter(action="print", object_id=str(reg.pk), username="staff").exists()


def test_roster_lists_only_approved_assistants_in_scope(client, users):
    client.force_login(users["staff"])
    response = client.get(reverse("printing:roster"))
    assert response.status_code == 200 and is_a4(response.content)
    text = plain_text(response.content)
    for a in Assistant.objects.all():
        assert (a.name in text) == (a.stage in Assistant.ON_ROSTER), a.name
    client.force_login(users["village_a"])
    text = plain_text(client.get(reverse("printing:roster")).content)
    for a in Assistant.objects.filter(stage__in=Assistant.ON_ROSTER):
        assert (a.name in text) == ("甲" in a.village_committee.name), a.name


def test_blank_forms_are_public_and_hold_no_personal_data(client, demo):
    for name, title in (("notice", "协助社区矫正工作通知单"), ("registration", "社区矫正对象基本情况登记表")):
        response = client.get(reverse(f"blank_forms:{name}"))
        assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
        assert "public" in response["Cache-Control"]
        text = plain_text(response.content)
        assert title in text and "示例" not in text
    assert reverse("blank_forms:notice") == "/print/blank/notice.pdf"


def test_the_old_print_addresses_redirect_for_good(client, demo):
    """Public pages and bookmarks hold /records/print/…: blank forms stay public, the rest is in the admin."""
    for old, new in (("/records/print/blank/notice.pdf", "/print/blank/notice.pdf"),
                     ("/records/print/blank/registration.pdf", "/print/blank/registration.pdf"),
                     ("/records/print/notices/7.pdf", "/admin/print/notices/7.pdf"),
                     ("/records/print/jobs/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed/?format=json",
                      "/admin/print/jobs/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed/?format=json")):
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, new)
    assert client.get("/records/print/blank/notice.pdf", follow=True)["Content-Type"] == "application/pdf"
    assert reverse("printing:notice", args=[7]) == "/admin/print/notices/7.pdf"
