"""URL editing must never reveal another committee's records: 404/403, never data."""

from datetime import date

import pytest
from django.urls import reverse

from forms_app.models import AuditEntry, Registration

from . import factories as f

pytestmark = pytest.mark.django_db


def url(model, name, *args):
    return reverse(f"wagtailsnippets_forms_app_{model}:{name}", args=args)


@pytest.fixture
def w():
    w = f.people(f.world())
    w["na"] = f.notice(w["pa"], status="已发出")
    w["reg"] = Registration.objects.create(notice=w["na"], filled_by_name="示例填表人", fill_date=date.today())
    w["reg"].family_members.create(name="示例家属", relation="配偶")
    w["reg"].save()
    return w


def login(client, user):
    client.force_login(user)
    return client


@pytest.mark.parametrize("view", ["inspect", "edit", "history", "usage"])
def test_other_committee_detail_views_are_404(client, w, view):
    login(client, w["vb"])
    for model, obj in (("supervisee", w["pa"]), ("assistancenotice", w["na"]), ("registration", w["reg"])):
        response = client.get(url(model, view, obj.pk))
        assert response.status_code in (403, 404), (model, view)
        assert "示例张三" not in response.content.decode()


def test_own_committee_sees_own_records(client, w):
    login(client, w["va"])
    assert client.get(url("supervisee", "inspect", w["pa"].pk)).status_code == 200
    assert client.get(url("assistancenotice", "inspect", w["na"].pk)).status_code == 200
    body = client.get(url("registration", "edit", w["reg"].pk)).content.decode()
    assert "示例家属" in body


def test_minor_hidden_from_village_users_but_not_office(client, w):
    login(client, w["va"])
    assert client.get(url("supervisee", "inspect", w["minor"].pk)).status_code == 404
    assert "示例小明" not in client.get(url("supervisee", "list")).content.decode()
    login(client, w["staff"])
    assert client.get(url("supervisee", "inspect", w["minor"].pk)).status_code == 200


def test_lists_search_and_export_are_scoped(client, w):
    login(client, w["vb"])
    listing = client.get(url("supervisee", "list")).content.decode()
    assert "示例李四" in listing and "示例张三" not in listing
    assert "示例张三" not in client.get(url("supervisee", "list") + "?q=张三").content.decode()
    export = client.get(url("supervisee", "list") + "?export=csv")
    body = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert "示例李四" in body and "示例张三" not in body
    assert w["pb"].id_number not in body  # masked
    notices = client.get(url("assistancenotice", "list")).content.decode()
    assert "示例张三" not in notices


def test_chinese_search_finds_partial_name(client, w):
    login(client, w["staff"])
    body = client.get(url("supervisee", "list") + "?q=张三").content.decode()
    assert "示例张三" in body and "示例李四" not in body


def test_choosers_are_scoped(client, w):
    login(client, w["vb"])
    chooser = reverse("wagtailsnippetchoosers_forms_app_supervisee:choose")
    body = client.get(chooser).content.decode()
    assert "示例张三" not in body
    chosen = reverse("wagtailsnippetchoosers_forms_app_supervisee:chosen", args=[w["pa"].pk])
    assert client.get(chosen).status_code == 404
    results = reverse("wagtailsnippetchoosers_forms_app_supervisee:choose_results")
    assert "示例张三" not in client.get(results + "?q=张").content.decode()


def test_other_office_sees_nothing(client, w):
    login(client, w["other_staff"])
    assert client.get(url("supervisee", "inspect", w["pa"].pk)).status_code == 404
    assert "示例张三" not in client.get(url("supervisee", "list")).content.decode()


def test_ids_masked_unless_permitted(client, w):
    login(client, w["staff"])
    body = client.get(url("supervisee", "list")).content.decode()
    assert w["pa"].id_number not in body and w["pa"].id_number[-4:] in body
    login(client, w["head"])  # heads hold view_unmasked_personal_data
    assert w["pa"].id_number in client.get(url("supervisee", "list")).content.decode()


def _edit_post(person, **over):
    data = {key: getattr(person, key) for key in (
        "name", "sex", "ethnicity", "household_register", "residence", "court", "crime", "sentence",
        "judgment_type", "category", "status")}
    data.update({key: getattr(person, key).isoformat() for key in (
        "birth_date", "judgment_date", "term_start", "term_end", "intake_date")})
    data.update({"village_committee": person.village_committee_id, "id_number": "", **over})
    return data


def test_edit_form_never_shows_a_masked_id_and_keeps_it_when_left_blank(client, w):
    from forms_app.idcard import make_test_id, mask_id

    person = w["pa"]
    login(client, w["staff"])
    body = client.get(url("supervisee", "edit", person.pk)).content.decode()
    assert person.id_number not in body and mask_id(person.id_number) in body and "号码已隐藏" in body
    response = client.post(url("supervisee", "edit", person.pk), _edit_post(person, residence="示例新居住地"))
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.residence == "示例新居住地" and person.id_number == w["pa"].id_number
    # a correction: a complete new number replaces it, and is still checked against birth date and sex
    new_id = make_test_id("500106", person.birth_date, 991)
    assert client.post(url("supervisee", "edit", person.pk), _edit_post(person, id_number=new_id)).status_code == 302
    person.refresh_from_db()
    assert person.id_number == new_id
    wrong = make_test_id("500106", date(1970, 1, 1), 991)
    response = client.post(url("supervisee", "edit", person.pk), _edit_post(person, id_number=wrong))
    assert response.status_code == 200 and "出生日期与身份证号码" in response.content.decode()
    login(client, w["head"])  # heads may read and edit the full number
    assert new_id in client.get(url("supervisee", "edit", person.pk)).content.decode()


def test_views_are_audited_and_heads_read_the_trail(client, w):
    login(client, w["staff"])
    client.get(url("supervisee", "inspect", w["pa"].pk))
    entry = AuditEntry.objects.get(action="view", object_id=str(w["pa"].pk))
    assert entry.username == "t_staff" and entry.office == w["office"]
    assert client.get(url("auditentry", "list")).status_code in (302, 403)
    login(client, w["head"])
    assert "t_staff" in client.get(url("auditentry", "list")).content.decode()


def test_bulk_delete_of_another_office_is_refused(client, w):
    foreign = f.notice(f.supervisee(w["c"], name="示例外所"))
    own = f.notice(w["pa"])
    client.force_login(w["head"])
    path = reverse("wagtail_bulk_action", args=("forms_app", "assistancenotice", "delete"))
    client.post(f"{path}?id={foreign.pk}")
    assert type(foreign).objects.filter(pk=foreign.pk).exists()
    client.post(f"{path}?id={own.pk}")
    assert not type(own).objects.filter(pk=own.pk).exists()
