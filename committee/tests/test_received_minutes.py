"""A 联络员 reads (and prints) a 纪要 印发 to their unit from 纪要签收 — never a draft, a signed but not
印发 one, or one sent to other units only."""

import pytest
from django.urls import reverse

from committee import factories as f
from committee import workflow
from home import roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    police, civil = f.unit("测试派出所"), f.unit("测试民政办")
    staff, director, leader = (f.user("staff1", roles.OFFICE_STAFF), f.user("director1", roles.COMMITTEE_OFFICE_DIRECTOR),
                               f.user("leader1", roles.COMMITTEE_LEADER))

    def through(minutes, *steps):
        for user, step in zip((director, leader, staff), steps):
            minutes = workflow.act(user, minutes, step)
        return minutes

    issued = through(f.minutes(units=[police]), "review", "sign", "issue")
    theirs = through(f.minutes(units=[civil]), "review", "sign", "issue")
    signed = through(f.minutes(units=[police]), "review", "sign")
    draft = f.minutes(units=[police])
    return {"liaison": f.user("liaison1", roles.LIAISON, liaison_for=police), "staff": staff,
            "issued": issued.distributions.get(), "theirs": theirs.distributions.get(),
            "signed": signed.distributions.get(), "draft": draft.distributions.get(),
            "village": f.user("village1", roles.VILLAGE_STAFF)}


def test_receipts_list_links_to_the_read_only_minutes_and_its_pdf(client, setup):
    client.force_login(setup["liaison"])
    mine = setup["issued"]
    listing = client.get(reverse("committee_receipts")).content.decode()
    assert reverse("committee_received_minutes", args=[mine.pk]) in listing
    page = client.get(reverse("committee_received_minutes", args=[mine.pk])).content.decode()
    assert "议定事项一。" in page and "测试派出所" in page and reverse("committee_received_minutes_pdf", args=[mine.pk]) in page
    assert "<form" not in page.split('id="main"')[-1] or 'name="body"' not in page  # nothing to edit
    pdf = client.get(reverse("committee_received_minutes_pdf", args=[mine.pk]))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


@pytest.mark.parametrize("which", ["theirs", "signed", "draft"])
def test_another_units_or_unissued_minutes_answer_404(client, setup, which):
    client.force_login(setup["liaison"])
    pk = setup[which].pk
    assert client.get(reverse("committee_received_minutes", args=[pk])).status_code == 404
    assert client.get(reverse("committee_received_minutes_pdf", args=[pk])).status_code == 404


def test_only_a_liaison_reaches_the_received_view(client, setup):
    for user in (setup["staff"], setup["village"]):
        client.force_login(user)
        for name in ("committee_received_minutes", "committee_received_minutes_pdf"):
            assert client.get(reverse(name, args=[setup["issued"].pk])).status_code == 302  # permission denied
