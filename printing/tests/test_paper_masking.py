"""Masking on paper follows the screen (forms_app.masking, docs/FORMS.md): per role, the printed 登记表 and
协助人员名单 hold the full phone numbers exactly when that role may read them in full on screen."""

import re

import pytest
from django.urls import reverse

from forms_app import scope
from forms_app.models import Assistant, Registration
from pdf.testing import plain_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_module")]  # the demo loaded once

# role → prints the 登记表's phones in full: the head (unmask permission), the committee that filled it
# (its edit form shows them); 司法所工作人员 read them masked on screen, so on paper too.
REGISTRATION_FULL = {"admin": True, "head": True, "own_village": True, "staff": False}
# every role that prints the roster may edit the assistants on it, whose edit form shows the phone
ROSTER_FULL = {"admin": True, "head": True, "staff": True, "village_a": True}


def squash(text):
    return re.sub(r"\s+", "", text)


def registration_phones(reg):
    return [reg.contact] + [m.phone for m in reg.family_members.all() if m.phone]


@pytest.mark.parametrize("role", sorted(REGISTRATION_FULL))
def test_registration_phones_on_paper_as_on_screen(client, users, role):
    reg = Registration.objects.select_related("village_committee").get()
    own = "village_a" if "甲" in reg.village_committee.name else "village_b"
    user = users[own if role == "own_village" else role]
    client.force_login(user)
    response = client.get(reverse("printing:registration", args=[reg.pk]))
    assert response.status_code == 200
    text = squash(plain_text(response.content))
    phones = registration_phones(reg)
    assert len(phones) == 2  # the demo's contact and one family member's phone
    for phone in phones:
        masked = scope.mask_phone(phone)
        if REGISTRATION_FULL[role]:
            assert phone in text and masked not in text, (role, phone)
        else:
            assert phone not in text and masked in text, (role, phone)


@pytest.mark.parametrize("role", sorted(ROSTER_FULL))
def test_roster_phones_on_paper_as_on_screen(client, users, role):
    client.force_login(users[role])
    text = squash(plain_text(client.get(reverse("printing:roster")).content))
    listed = [a for a in scope.assistants_for(users[role]).filter(stage__in=Assistant.ON_ROSTER) if a.phone]
    assert listed
    for a in listed:
        assert (a.phone in text) == ROSTER_FULL[role], (role, a.name)
        assert (scope.mask_phone(a.phone) in text) != ROSTER_FULL[role], (role, a.name)


def test_other_committee_cannot_print_the_registration(client, users):
    reg = Registration.objects.select_related("village_committee").get()
    other = "village_b" if "甲" in reg.village_committee.name else "village_a"
    client.force_login(users[other])
    assert client.get(reverse("printing:registration", args=[reg.pk])).status_code == 404
