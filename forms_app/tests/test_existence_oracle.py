"""Neither the add form nor the spreadsheet import tells an office that a person is a supervisee of another
office: ID numbers are unique per office (Supervisee's constraint), and only the office's own records
are compared."""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from forms_app.idcard import mask_id
from forms_app.models import AuditEntry, Supervisee
from spreadsheets import files, service
from spreadsheets.tests.helpers import HEADINGS, column, person_row

from . import factories as f
from .test_workflow import supervisee_post

pytestmark = pytest.mark.django_db

ADD = "wagtailsnippets_forms_app_supervisee:add"
REPEATED = "本司法所已登记该身份证号码的社区矫正对象"


@pytest.fixture
def w():
    w = f.world()
    w["theirs"] = f.supervisee(w["c"], name="示例他所人")  # kept by 另一镇司法所
    return w


def same_person(person, committee):
    return supervisee_post(committee, id_number=person.id_number, birth_date=person.birth_date.isoformat(),
                           sex=person.sex)


def test_add_form_for_a_number_kept_by_another_office_says_nothing_about_it(client, w):
    client.force_login(w["staff"])
    response = client.post(reverse(ADD), same_person(w["theirs"], w["a"]))
    assert response.status_code == 302  # registered here like anyone new
    mine = Supervisee.objects.get(office=w["office"])
    assert mine.id_number == w["theirs"].id_number and mine.name == "示例新人"
    w["theirs"].refresh_from_db()
    assert w["theirs"].office == w["other_office"] and w["theirs"].name == "示例他所人"


@pytest.mark.parametrize("role,audited", [("staff", True), ("head", False)])
def test_add_form_refuses_a_number_the_office_already_keeps(client, w, role, audited):
    mine = f.supervisee(w["b"], name="示例本所人")
    client.force_login(w[role])
    body = client.post(reverse(ADD), same_person(mine, w["a"])).content.decode()
    assert REPEATED in body
    assert Supervisee.objects.filter(id_number=mine.id_number).count() == 1
    repeated = AuditEntry.objects.filter(action="search", detail__startswith="登记时身份证号码与本所已有记录重复")
    assert repeated.exists() == audited


def test_edit_form_to_a_number_kept_by_another_office_is_accepted(client, w):
    mine = f.supervisee(w["a"], name="示例本所人", birth=w["theirs"].birth_date, sex=w["theirs"].sex)
    client.force_login(w["head"])
    data = same_person(w["theirs"], w["a"])
    data["name"] = "示例本所人"
    response = client.post(reverse("wagtailsnippets_forms_app_supervisee:edit", args=[mine.pk]), data)
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.id_number == w["theirs"].id_number


def test_database_keeps_one_record_per_number_and_office(w):
    with pytest.raises(IntegrityError), transaction.atomic():
        f.supervisee(w["c"], name="示例重复", id_number=w["theirs"].id_number)


def _table(rows):
    return files.read("t.csv", files.write_csv(HEADINGS, rows))


def _row(person, committee, office_name=""):
    row = person_row(1, committee.name, office_name)
    row[column("身份证号码")] = person.id_number
    row[column("出生日期")] = person.birth_date.isoformat()
    row[column("性别")] = person.sex
    return row


def test_import_of_a_number_kept_by_another_office_is_a_plain_new_row(w):
    table = _table([_row(w["theirs"], w["a"])])
    preview = service.run(w["staff"], "supervisees", table, dry_run=True)
    assert preview["ok"] and preview["counts"] == {"new": 1, "update": 0, "skip": 0, "invalid": 0}
    done = service.run(w["staff"], "supervisees", _table([_row(w["theirs"], w["a"])]), dry_run=False)
    assert done["ok"]
    assert set(Supervisee.objects.filter(id_number=w["theirs"].id_number).values_list("office__name", flat=True)) \
        == {w["office"].name, w["other_office"].name}
    w["theirs"].refresh_from_db()
    assert w["theirs"].name == "示例他所人"


@pytest.mark.parametrize("role,audited", [("staff", True), ("head", False)])
def test_import_still_matches_the_office_own_record_and_audits_it(w, role, audited):
    mine = f.supervisee(w["a"], name="示例本所人")
    preview = service.run(w[role], "supervisees", _table([_row(mine, w["a"]), _row(w["theirs"], w["a"])]),
                          dry_run=True)
    assert preview["counts"]["update"] == 1 and preview["counts"]["new"] == 1
    # The preview confirmed one number the office keeps: audited (masked) for whoever sees it masked.
    entries = list(AuditEntry.objects.filter(action="search").values_list("detail", flat=True))
    assert entries == ([f"表格导入：1行的身份证号码与本所已有记录相符（{mask_id(mine.id_number)}）"] if audited else [])


def test_superuser_imports_one_number_into_two_offices(w):
    admin = f.user("t_admin", None, superuser=True)
    rows = [_row(w["theirs"], w["c"], w["other_office"].name), _row(w["theirs"], w["a"], w["office"].name)]
    preview = service.run(admin, "supervisees", _table(rows), dry_run=True)
    assert preview["ok"], preview["invalid"]  # not "duplicate in file": the key is office + number
    assert preview["counts"]["new"] == 1
