"""Listing filters and form dropdowns offer only the user's own committees and office."""

import pytest
from django.urls import reverse

from . import factories as f

pytestmark = pytest.mark.django_db

LISTINGS = ["supervisee", "assistancenotice", "registration", "assistant", "villagecommittee"]
B, C, OTHER_OFFICE = "示例乙社区居民委员会", "示例丙村村民委员会", "另一镇司法所"


@pytest.fixture
def w():
    return f.world()


def listing(client, model, **params):
    response = client.get(reverse(f"wagtailsnippets_forms_app_{model}:list"), params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("model", LISTINGS)
def test_village_user_filters_name_no_other_committee_or_office(client, w, model):
    client.force_login(w["va"])
    body = listing(client, model)
    assert 'name="village_committee"' in body or 'name="office"' in body  # the filter is there
    for name in (B, C, OTHER_OFFICE):
        assert name not in body, (model, name)


@pytest.mark.parametrize("model", LISTINGS)
def test_office_user_filters_name_only_own_office(client, w, model):
    client.force_login(w["staff"])
    body = listing(client, model)
    for name in (C, OTHER_OFFICE):
        assert name not in body, (model, name)
    if model != "villagecommittee":
        assert B in body  # the office's other committee is a fair choice


def test_filtering_by_another_committee_shows_nothing_of_it(client, w):
    f.supervisee(w["b"], name="示例乙村人")
    client.force_login(w["va"])
    body = listing(client, "supervisee", village_committee=w["b"].pk)
    assert "示例乙村人" not in body and B not in body


def test_committee_form_offers_only_own_office(client, w):
    client.force_login(w["head"])
    body = client.get(reverse("wagtailsnippets_forms_app_villagecommittee:add")).content.decode()
    assert w["office"].name in body and OTHER_OFFICE not in body
    response = client.post(reverse("wagtailsnippets_forms_app_villagecommittee:add"),
                           {"name": "示例新村村民委员会", "kind": "村", "office": w["other_office"].pk})
    assert "只能在本司法所下登记村(居)委会" in response.content.decode()
    assert not w["other_office"].committees.filter(name="示例新村村民委员会").exists()


def test_superuser_filters_still_list_everything(client, w):
    admin = f.user("t_admin", None, superuser=True)
    client.force_login(admin)
    body = listing(client, "villagecommittee")
    assert C in body and OTHER_OFFICE in body
