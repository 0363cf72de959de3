"""The admin home panel: overdue notices, notices awaiting a registration, terms ending, assistants to review."""

from datetime import date, timedelta

import pytest
from django.urls import reverse

from forms_app import dashboard
from forms_app.models import Assistant

from . import factories as f

pytestmark = pytest.mark.django_db


def test_panel_items_are_scoped():
    w = f.world()
    today = date(2024, 5, 20)  # Monday
    late = f.supervisee(w["a"], name="示例逾期", intake_date=date(2024, 5, 13))  # deadline Thu 16th
    fresh = f.supervisee(w["b"], name="示例新入矫", intake_date=date(2024, 5, 17))  # deadline Wed 22nd
    f.notice(late)
    f.notice(fresh)
    issued = f.notice(f.supervisee(w["b"], name="示例待回执"), status="已发出")
    Assistant.objects.create(village_committee=w["a"], name="示例待审", sex="男", phone="13900001111",
                             recommended_on=today)
    assert [n.supervisee.name for n in dashboard.overdue_notices(w["staff"], today)] == ["示例逾期"]
    assert dashboard.overdue_notices(w["vb"], today) == []
    assert dashboard.awaiting_registration(w["vb"]) == [issued]
    assert dashboard.awaiting_registration(w["va"]) == []
    assert [a.name for a in dashboard.assistants_waiting(w["va"])] == ["示例待审"]
    assert dashboard.assistants_waiting(w["vb"]) == []
    assert dashboard.assistants_waiting(w["other_staff"]) == []


def test_terms_ending_in_30_days():
    w = f.world()
    soon = f.supervisee(w["a"], name="示例将期满", term_end=date.today() + timedelta(days=10))
    f.supervisee(w["a"], name="示例未到期", term_end=date.today() + timedelta(days=90))
    assert dashboard.terms_ending(w["staff"]) == [soon]
    assert dashboard.terms_ending(w["vb"]) == []


def test_panel_renders_on_admin_home(client):
    w = f.world()
    f.notice(f.supervisee(w["a"], name="示例逾期", intake_date=date.today() - timedelta(days=10)))
    client.force_login(w["staff"])
    body = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "社区矫正工作提醒" in body and "示例逾期" in body
    client.force_login(w["vb"])
    assert "示例逾期" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_village_user_is_not_shown_the_offices_unissued_notices(client):
    w = f.world()
    f.notice(f.supervisee(w["a"], name="示例逾期", intake_date=date.today() - timedelta(days=10)))
    client.force_login(w["va"])
    body = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "社区矫正工作提醒" in body
    assert "超过3个工作日未发出" not in body and "示例逾期" not in body
