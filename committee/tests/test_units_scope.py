"""Two committees on one site: a committee form, its inline rows, its listing filter and the round's
已报送/未报送 lists offer the site's own committee's member units only; another town's unit is refused."""

from datetime import date

import pytest
from django.urls import reverse

from committee import factories as f
from committee.models import Minutes, SupervisionItem
from home import roles

pytestmark = pytest.mark.django_db

OTHER = "外镇社区矫正委员会"


@pytest.fixture
def units():
    return {"own": f.unit("本镇派出所"), "other": f.unit("外镇派出所", committee=OTHER),
            "staff": f.user("staff1", roles.OFFICE_STAFF)}


def _formset(prefix, rows=0):
    return {f"{prefix}-TOTAL_FORMS": str(rows), f"{prefix}-INITIAL_FORMS": "0", f"{prefix}-MIN_NUM_FORMS": "0",
            f"{prefix}-MAX_NUM_FORMS": "1000"}


def test_forms_offer_own_committee_units_only(client, units):
    client.force_login(units["staff"])
    for model in (SupervisionItem, Minutes):  # Minutes: the 分送单位 rows (inline formset, empty form too)
        page = client.get(reverse(model.snippet_viewset.get_url_name("add"))).content.decode()
        assert "本镇派出所" in page and "外镇派出所" not in page, model
    listing = client.get(reverse(SupervisionItem.snippet_viewset.get_url_name("list"))).content.decode()
    assert "本镇派出所" in listing and "外镇派出所" not in listing  # the 承办单位 filter


def test_another_committees_unit_is_refused_in_a_form_and_an_inline_row(client, units):
    client.force_login(units["staff"])
    minutes = f.minutes()
    add_item = reverse(SupervisionItem.snippet_viewset.get_url_name("add"))
    data = {"minutes": minutes.pk, "decision": "议定事项", "deadline": "2026-12-31", "completed_on": "",
            "result": "", **_formset("progress")}
    response = client.post(add_item, {**data, "unit": units["other"].pk})
    assert response.status_code == 200 and not SupervisionItem.objects.exists()
    assert client.post(add_item, {**data, "unit": units["own"].pk}).status_code == 302
    meeting = f.meeting(held_on=date(2026, 5, 1))
    add_minutes = reverse(Minutes.snippet_viewset.get_url_name("add"))
    data = {"meeting": meeting.pk, "issue_no": "2026年第5期", "body": "议定事项。", **_formset("distributions", 1)}
    response = client.post(add_minutes, {**data, "distributions-0-unit": units["other"].pk})
    assert response.status_code == 200 and not Minutes.objects.filter(meeting=meeting).exists()
    assert client.post(add_minutes, {**data, "distributions-0-unit": units["own"].pk}).status_code == 302
    assert Minutes.objects.get(meeting=meeting).distributions.get().unit == units["own"]


def test_round_counts_own_committee_units_only(units):
    rnd = f.round_()
    assert "本镇派出所" in rnd.missing_units() and "外镇派出所" not in rnd.missing_units()


def test_liaison_form_offers_own_unit_only(client, units):
    f.round_()
    client.force_login(f.user("liaison1", roles.LIAISON, liaison_for=units["own"]))
    neighbour = f.unit("本镇民政办")
    page = client.get(reverse("wagtailsnippets_committee_annualreport:add")).content.decode()
    assert "本镇派出所" in page and "本镇民政办" not in page and "外镇派出所" not in page
    assert neighbour.committee == units["own"].committee
