"""The whole path through the admin: create supervisee → draft notice → head approves → staff issues →
village user returns the registration; and the Chinese errors on the way."""

from datetime import date, timedelta

import pytest
from django.urls import reverse

from forms_app.idcard import make_test_id
from forms_app.models import AssistanceNotice, Registration, Supervisee

from . import factories as f

pytestmark = pytest.mark.django_db


def url(model, name, *args):
    return reverse(f"wagtailsnippets_forms_app_{model}:{name}", args=args)


def supervisee_post(committee, **over):
    intake = date.today() - timedelta(days=1)
    data = {
        "name": "示例新人", "sex": "男", "ethnicity": "汉族", "id_number": make_test_id("500106", date(1988, 8, 8), 311),
        "birth_date": "1988-08-08", "household_register": "示例户籍地", "residence": "示例居住地",
        "village_committee": committee.pk, "judgment_date": (intake - timedelta(days=9)).isoformat(),
        "court": "示例区人民法院", "crime": "危险驾驶", "sentence": "拘役二个月，缓刑四个月", "judgment_type": "判决书",
        "category": "缓刑", "term_start": intake.isoformat(), "term_end": (intake + timedelta(days=120)).isoformat(),
        "intake_date": intake.isoformat(), "status": "在矫",
    }
    data.update(over)
    return data


def notice_post(person, committee=None, items=("调查评估", "报告重要情况")):
    data = {
        "supervisee": person.pk, "village_committee": (committee or person.village_committee).pk,
        "contact_person": "示例联系人", "contact_phone": "023-12345678",
        "items-TOTAL_FORMS": str(len(items)), "items-INITIAL_FORMS": "0", "items-MIN_NUM_FORMS": "1",
        "items-MAX_NUM_FORMS": "10",
    }
    for i, kind in enumerate(items):
        data.update({f"items-{i}-kind": kind, f"items-{i}-text": "", f"items-{i}-ORDER": str(i + 1),
                     f"items-{i}-id": ""})
    return data


def registration_post(notice):
    return {
        "notice": notice.pk, "filled_by_name": "示例填表人", "fill_date": date.today().isoformat(),
        "education": "初中", "contact": "13800001111", "family_has_problems": "",
        "family_members-TOTAL_FORMS": "1", "family_members-INITIAL_FORMS": "0",
        "family_members-MIN_NUM_FORMS": "0", "family_members-MAX_NUM_FORMS": "1000",
        "family_members-0-name": "示例母亲", "family_members-0-relation": "母子",
        "family_members-0-workplace_or_address": "同住", "family_members-0-phone": "13900002222",
        "family_members-0-ORDER": "1", "family_members-0-id": "",
    }


def test_full_path(client):
    w = f.world()
    client.force_login(w["staff"])
    response = client.post(url("supervisee", "add"), supervisee_post(w["a"]))
    assert response.status_code == 302, response.content.decode()[:2000]
    person = Supervisee.objects.get(name="示例新人")
    assert person.office == w["office"]

    response = client.post(url("assistancenotice", "add"), notice_post(person))
    assert response.status_code == 302
    notice = AssistanceNotice.objects.get(supervisee=person)
    assert notice.status == "草稿" and notice.number == "" and notice.items.count() == 2
    assert notice.filled_by == w["staff"]

    # Staff may not approve; the head may.
    action = reverse("forms_app_notice_action", args=[notice.pk, "approve"])
    denied = client.post(action)  # Wagtail turns PermissionDenied into a redirect to the dashboard
    assert denied.status_code in (302, 403) and getattr(denied, "url", "/admin/") == "/admin/"
    notice.refresh_from_db()
    assert notice.status == "草稿"
    client.force_login(w["head"])
    assert "批准" in client.get(url("assistancenotice", "inspect", notice.pk)).content.decode()
    assert client.post(action).status_code == 302
    notice.refresh_from_db()
    assert notice.status == "已批准" and notice.approved_by == w["head"]

    client.force_login(w["staff"])
    assert client.post(reverse("forms_app_notice_action", args=[notice.pk, "issue"])).status_code == 302
    notice.refresh_from_db()
    assert notice.status == "已发出"
    assert notice.number == f"（{date.today().year}）协通字第1号"
    assert notice.stub["supervisee"]["name"] == "示例新人"
    # Issuing twice is refused (no second number).
    again = client.post(reverse("forms_app_notice_action", args=[notice.pk, "issue"]))
    assert again.status_code in (302, 403) and getattr(again, "url", "/admin/") == "/admin/"
    notice.refresh_from_db()
    assert notice.serial == 1

    # The other committee's user cannot reply to it.
    client.force_login(w["vb"])
    response = client.post(url("registration", "add"), registration_post(notice))
    assert response.status_code == 200 and "不属于本村(居)委会" in response.content.decode()

    client.force_login(w["va"])
    response = client.post(url("registration", "add"), registration_post(notice))
    assert response.status_code == 302, response.content.decode()[:3000]
    registration = Registration.objects.get(notice=notice)
    assert registration.family_members.get().name == "示例母亲"
    submit = reverse("forms_app_registration_submit", args=[registration.pk])
    assert client.post(submit).status_code == 302
    notice.refresh_from_db()
    assert notice.status == "已回执"

    client.force_login(w["staff"])
    body = client.get(url("registration", "inspect", registration.pk)).content.decode()
    assert "示例填表人" in body
    client.force_login(w["vb"])
    assert client.get(url("registration", "inspect", registration.pk)).status_code == 404


def test_supervisee_form_errors_in_chinese(client):
    w = f.world()
    client.force_login(w["staff"])
    bad = supervisee_post(w["a"], id_number="500106198808083110", term_end="2000-01-01")
    body = client.post(url("supervisee", "add"), bad).content.decode()
    assert "校验位不正确" in body
    good_id = supervisee_post(w["a"])
    body = client.post(url("supervisee", "add"), dict(good_id, term_end=good_id["term_start"])).content.decode()
    assert "矫正期限止日必须晚于起日" in body
    body = client.post(url("supervisee", "add"), supervisee_post(w["c"])).content.decode()
    assert "不属于本司法所" in body
    assert not Supervisee.objects.exists()


def test_notice_for_supervisee_outside_office(client):
    w = f.world()
    foreign = f.supervisee(w["c"], name="示例外所人员")
    client.force_login(w["staff"])
    body = client.post(url("assistancenotice", "add"), notice_post(foreign, committee=w["a"])).content.decode()
    assert "不属于本司法所" in body
    assert not AssistanceNotice.objects.exists()


def test_at_most_ten_items(client):
    w = f.world()
    person = f.supervisee(w["a"])
    client.force_login(w["staff"])
    response = client.post(url("assistancenotice", "add"), notice_post(person, items=["其他"] * 11))
    assert response.status_code == 200 and "协助事项最多10项" in response.content.decode()
    assert not AssistanceNotice.objects.exists()


def test_village_user_cannot_create_notices(client):
    w = f.world()
    client.force_login(w["va"])
    assert client.get(url("assistancenotice", "add")).status_code in (302, 403)


def test_submitted_registration_is_locked_and_history_shows_actions(client):
    from forms_app import notice_workflow as workflow

    w = f.world()
    person = f.supervisee(w["a"])
    notice = f.notice(person)
    notice = workflow.approve(w["head"], notice)
    notice = workflow.issue(w["staff"], notice)
    reg = Registration.objects.create(notice=notice, filled_by_name="示例填表人", fill_date=date.today())
    workflow.submit_registration(w["va"], reg)
    client.force_login(w["va"])
    data = registration_post(notice)
    data.update({"family_members-TOTAL_FORMS": "0"})
    body = client.post(url("registration", "edit", reg.pk), data).content.decode()
    assert "已提交（回执），不能再修改" in body
    client.force_login(w["staff"])
    history = client.get(url("assistancenotice", "history", notice.pk)).content.decode()
    assert "批准" in history and "发出" in history


def test_draft_notice_saves_without_touching_its_items(client):
    """The edit page posted back as the browser sends it (inline management form, existing rows untouched)."""
    from .formdata import browser_data

    w = f.world()
    person = f.supervisee(w["a"])
    client.force_login(w["staff"])
    assert client.post(url("assistancenotice", "add"), notice_post(person)).status_code == 302
    notice = AssistanceNotice.objects.get(supervisee=person)
    edit = url("assistancenotice", "edit", notice.pk)

    def page_data():
        return browser_data(client.get(edit).content.decode(), edit)

    data = page_data()
    assert data["items-INITIAL_FORMS"] == "2" and data["items-0-DELETE"] == ""
    response = client.post(edit, dict(data, contact_person="改后的联系人"))
    assert response.status_code == 302, response.content.decode()[:3000]
    notice.refresh_from_db()
    assert notice.contact_person == "改后的联系人" and notice.items.count() == 2 and notice.status == "草稿"

    # Removing one of two rows keeps the other; removing both is refused in Chinese and loses nothing.
    response = client.post(edit, dict(page_data(), **{"items-1-DELETE": "1"}))
    assert response.status_code == 302 and notice.items.count() == 1
    response = client.post(edit, dict(page_data(), **{"items-0-DELETE": "1"}, contact_person="不应保存"))
    assert response.status_code == 200 and "请至少列明一项协助事项" in response.content.decode()
    notice.refresh_from_db()
    assert notice.contact_person == "改后的联系人" and notice.items.count() == 1
