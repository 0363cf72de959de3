"""The 登记表 opened from a sent notice starts from the office's records; the notice's 村(居)委会 defaults
to the supervisee's committee when left empty."""

from datetime import date

import pytest

from forms_app.idcard import age_on
from forms_app.models import AssistanceNotice, Registration

from . import factories as f
from .formdata import browser_data
from .test_workflow import notice_post, url

pytestmark = pytest.mark.django_db


def add_url(notice_id):
    return url("registration", "add") + f"?notice={notice_id}"


def test_registration_opens_prefilled_from_the_notice(client):
    w = f.world()
    w["va"].first_name = "示例填表员"
    w["va"].save()
    person = f.supervisee(w["a"], name="示例预填", birth=date(1990, 6, 15), sex="女",
                          residence="示例甲村三组12号", household_register="示例县示例镇示例甲村")
    notice = f.notice(person, status=AssistanceNotice.ISSUED)
    client.force_login(w["va"])
    response = client.get(add_url(notice.pk))
    assert response.status_code == 200
    body = response.content.decode()
    data = browser_data(body)
    assert data["notice"] == str(notice.pk)
    assert data["residence_address"] == "示例甲村三组12号"
    assert data["household_address"] == "示例县示例镇示例甲村"
    assert data["filled_by_name"] == "示例填表员"
    assert data["fill_date"] == date.today().isoformat()
    assert data["contact"] == ""  # nothing held yet
    assert f"示例预填，女，{age_on(date(1990, 6, 15))}岁，汉族" in body

    # the prefilled form saves as it is: the village user completes the rest later
    data["family_members-TOTAL_FORMS"] = "0"
    saved = client.post(url("registration", "add"), data)
    assert saved.status_code == 302, saved.content.decode()[:2000]
    reg = Registration.objects.get(notice=notice)
    assert (reg.residence_address, reg.household_address) == ("示例甲村三组12号", "示例县示例镇示例甲村")


def test_contact_taken_from_the_committees_earlier_registration(client):
    w = f.world()
    person = f.supervisee(w["a"])
    first = f.notice(person, status=AssistanceNotice.RETURNED)
    Registration.objects.create(notice=first, filled_by_name="示例", fill_date=date(2024, 1, 5),
                                contact="13812345678")
    second = f.notice(person, status=AssistanceNotice.ISSUED)
    client.force_login(w["va"])
    data = browser_data(client.get(add_url(second.pk)).content.decode())
    assert data["notice"] == str(second.pk) and data["contact"] == "13812345678"


@pytest.mark.parametrize("case", ["other_committee", "draft", "answered", "garbage"])
def test_notice_outside_reach_prefills_nothing(client, case):
    w = f.world()
    person = f.supervisee(w["b"] if case == "other_committee" else w["a"], residence="示例不应出现的地址")
    status = AssistanceNotice.DRAFT if case == "draft" else AssistanceNotice.ISSUED
    notice = f.notice(person, status=status)
    if case == "answered":
        Registration.objects.create(notice=notice, filled_by_name="示例", fill_date=date.today())
    client.force_login(w["va"])
    response = client.get(add_url("abc" if case == "garbage" else notice.pk))
    assert response.status_code == 200
    body = response.content.decode()
    assert "示例不应出现的地址" not in body and person.name not in body
    assert "所选通知单不存在、尚未发出或已有登记表" in body


def test_notice_committee_defaults_to_the_supervisees(client):
    w = f.world()
    person = f.supervisee(w["b"], name="示例默认村")
    client.force_login(w["staff"])
    response = client.post(url("assistancenotice", "add"), dict(notice_post(person), village_committee=""))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert AssistanceNotice.objects.get(supervisee=person).village_committee == w["b"]
    # a committee chosen on purpose is kept
    client.post(url("assistancenotice", "add"), notice_post(person, committee=w["a"]))
    assert AssistanceNotice.objects.filter(supervisee=person, village_committee=w["a"]).exists()


def test_notice_form_offers_the_default(client):
    w = f.world()
    client.force_login(w["staff"])
    body = client.get(url("assistancenotice", "add")).content.decode()
    assert "留空则为社区矫正对象居住地的村(居)委会" in body
