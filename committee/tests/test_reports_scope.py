"""第十七条 in the admin: a 联络员 lists, reads and files only their own unit's yearly report."""

import pytest
from django.urls import reverse

from committee import factories as f
from committee.models import AnnualReport
from home import roles

pytestmark = pytest.mark.django_db

PARTS = {"duties": "依法履职", "decisions": "决策完成", "key_work": "重点落实", "problems": "意见建议"}


def url(name, *args):
    return reverse(AnnualReport.snippet_viewset.get_url_name(name), args=args)


@pytest.fixture
def setup():
    police, civil = f.unit("测试派出所"), f.unit("测试民政办")
    rnd = f.round_()
    theirs = AnnualReport.objects.create(round=rnd, unit=civil, **PARTS)
    return {"police": police, "civil": civil, "round": rnd, "theirs": theirs,
            "liaison": f.user("liaison1", roles.LIAISON, liaison_for=police),
            "staff": f.user("staff1", roles.OFFICE_STAFF)}


def test_liaison_files_own_unit_report(client, setup):
    client.force_login(setup["liaison"])
    response = client.post(url("add"), {"round": setup["round"].pk, "unit": setup["police"].pk, **PARTS})
    assert response.status_code == 302
    report = AnnualReport.objects.get(unit=setup["police"])
    assert report.submitted_by == setup["liaison"] and report.submitted_at is not None


def test_liaison_cannot_file_for_another_unit(client, setup):
    client.force_login(setup["liaison"])
    rnd2 = f.round_(2027)
    response = client.post(url("add"), {"round": rnd2.pk, "unit": setup["civil"].pk, **PARTS})
    assert response.status_code == 200
    assert not AnnualReport.objects.filter(round=rnd2).exists()


def test_liaison_sees_only_own_unit(client, setup):
    mine = AnnualReport.objects.create(round=setup["round"], unit=setup["police"], **PARTS)
    client.force_login(setup["liaison"])
    listing = client.get(url("list")).content.decode()
    assert str(mine) in listing and str(setup["theirs"]) not in listing
    for view in ("inspect", "edit", "delete", "history", "usage"):
        assert client.get(url(view, setup["theirs"].pk)).status_code == 404, view
    assert client.get(url("inspect", mine.pk)).status_code == 200


def test_liaison_reaches_no_supervisee_or_meeting(client, setup):
    client.force_login(setup["liaison"])
    for path in ("/admin/snippets/forms_app/supervisee/", "/admin/snippets/committee/meeting/"):
        assert client.get(path).status_code == 302  # Wagtail's permission-denied redirect
    assert client.get(reverse("committee_receipts")).status_code == 200


def test_office_sees_who_has_not_reported(client, setup):
    client.force_login(setup["staff"])
    page = client.get(reverse(setup["round"].snippet_viewset.get_url_name("inspect"),
                              args=[setup["round"].pk])).content.decode()
    reported, missing = page.split("未报送单位")
    assert "测试民政办" in reported and "测试派出所" in missing
