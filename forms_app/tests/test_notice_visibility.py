"""A committee sees a notice only once the 司法所 has sent it: drafts and approvals stay inside the office."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from forms_app.models import AssistanceNotice
from forms_app.scope import SENT_STATUSES, notices_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_module")]  # the demo loaded once


def _user(name):
    return get_user_model().objects.get(username=name)


def test_village_user_sees_only_sent_notices_of_their_committee(demo):
    village = _user("village_a")
    visible = list(notices_for(village))
    assert visible, "the demo gives 示例甲村 a sent notice to answer"
    assert all(n.status in SENT_STATUSES and "甲" in n.village_committee.name for n in visible)
    unsent = AssistanceNotice.objects.filter(village_committee__name__contains="甲").exclude(status__in=SENT_STATUSES)
    assert unsent.exists()
    assert not set(unsent.values_list("pk", flat=True)) & {n.pk for n in visible}


def test_unsent_notice_is_404_for_the_village_and_open_to_the_office(client, demo):
    draft = AssistanceNotice.objects.filter(
        village_committee__name__contains="甲", supervisee__birth_date__year__lt=2000
    ).exclude(status__in=SENT_STATUSES).first()
    url = reverse("wagtailsnippets_forms_app_assistancenotice:inspect", args=[draft.pk])
    client.force_login(_user("village_a"))
    assert client.get(url).status_code == 404
    client.force_login(_user("staff"))
    assert client.get(url).status_code == 200
