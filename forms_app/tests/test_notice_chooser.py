"""The 登记表's notice chooser offers only notices the user may answer: in scope, 已发出, no 登记表 yet."""

from datetime import date

import pytest
from django.urls import reverse

from forms_app.models import Registration
from forms_app.views.records import RegistrationViewSet

from . import factories as f

pytestmark = pytest.mark.django_db

CHOOSE = "wagtailsnippetchoosers_forms_app_assistancenotice:choose"


@pytest.fixture
def w():
    w = f.world()
    b = w["b"]
    w["draft"] = f.notice(f.supervisee(b, name="示例草稿"))
    w["approved"] = f.notice(f.supervisee(b, name="示例已批准"), status="已批准")
    w["open"] = f.notice(f.supervisee(b, name="示例待回执"), status="已发出", year=2026, serial=1)
    w["returned"] = f.notice(f.supervisee(b, name="示例已回执"), status="已回执", year=2026, serial=2)
    w["started"] = f.notice(f.supervisee(b, name="示例填写中"), status="已发出", year=2026, serial=3)
    w["reg"] = Registration.objects.create(notice=w["started"], filled_by_name="示例", fill_date=date.today())
    w["other"] = f.notice(f.supervisee(w["a"], name="示例甲村对象"), status="已发出", year=2026, serial=4)
    return w


def offered(client, user):
    client.force_login(user)
    response = client.get(reverse(CHOOSE))
    assert response.status_code == 200
    body = response.json()["html"]  # the chooser answers its modal as JSON
    names = ["示例草稿", "示例已批准", "示例待回执", "示例已回执", "示例填写中", "示例甲村对象"]
    return {name for name in names if name in body}


def test_village_user_is_offered_only_open_notices_of_own_committee(client, w):
    assert offered(client, w["vb"]) == {"示例待回执"}


def test_staff_is_offered_open_notices_of_the_office(client, w):
    assert offered(client, w["staff"]) == {"示例待回执", "示例甲村对象"}


def test_form_refuses_what_the_chooser_hides_and_keeps_its_own_notice(w):
    RegistrationForm = RegistrationViewSet.edit_handler.bind_to_model(Registration).get_form_class()
    form = RegistrationForm(for_user=w["vb"])
    assert list(form.fields["notice"].queryset) == [w["open"]]
    form = RegistrationForm(for_user=w["vb"], data={"notice": w["returned"].pk})
    assert not form.is_valid()
    assert "尚未发出或已有登记表" in form.errors["notice"][0]
    editing = RegistrationForm(instance=w["reg"], for_user=w["vb"])
    assert w["started"] in editing.fields["notice"].queryset
