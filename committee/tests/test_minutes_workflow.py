"""The 纪要 in the database and through its admin buttons: 审核 → 签发 → 印发 → 签收, each by its role."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from committee import factories as f
from committee import workflow
from committee.models import Distribution, Minutes
from home import roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    police = f.unit("测试派出所")
    return {
        "staff": f.user("staff1", roles.OFFICE_STAFF),
        "director": f.user("director1", roles.COMMITTEE_OFFICE_DIRECTOR),
        "leader": f.user("leader1", roles.COMMITTEE_LEADER),
        "liaison": f.user("liaison1", roles.LIAISON, liaison_for=police),
        "police": police,
    }


def test_full_path_by_the_right_roles(people):
    m = f.minutes(units=[people["police"]])
    m = workflow.act(people["director"], m, "review")
    m = workflow.act(people["leader"], m, "sign")
    m = workflow.act(people["staff"], m, "issue")
    assert (m.status, m.reviewed_by, m.signed_by) == ("已印发", people["director"], people["leader"])
    assert m.issued_at is not None
    receipt = workflow.confirm_receipt(people["liaison"], m.distributions.get())
    assert receipt.confirmed_by == people["liaison"]
    with pytest.raises(ValidationError, match="已经签收"):
        workflow.confirm_receipt(people["liaison"], receipt)


def test_issue_refused_before_signing_and_nothing_changes(people):
    m = f.minutes(units=[people["police"]])
    workflow.act(people["director"], m, "review")
    with pytest.raises(ValidationError, match="签发后才能印发"):
        workflow.act(people["staff"], m, "issue")
    assert Minutes.objects.values_list("status", "issued_at").get(pk=m.pk) == ("已审核", None)


def test_staff_cannot_review_or_sign(people):
    m = f.minutes()
    with pytest.raises(PermissionDenied, match="办公室主任"):
        workflow.act(people["staff"], m, "review")
    workflow.act(people["director"], m, "review")
    with pytest.raises(PermissionDenied, match="主任或常务副主任"):
        workflow.act(people["director"], m, "sign")


def test_liaison_sees_no_receipt_before_issue(people):
    m = f.minutes(units=[people["police"]])
    with pytest.raises(PermissionDenied):
        workflow.confirm_receipt(people["liaison"], m.distributions.get())


def test_issue_button_refused_page_then_done(client, people):
    m = f.minutes(units=[people["police"]], status="已审核")
    url = reverse("committee_minutes_action", args=[m.pk, "issue"])
    client.force_login(people["staff"])
    assert client.get(url).status_code == 302  # not offered: Wagtail's permission-denied redirect
    response = client.post(url)
    assert response.status_code == 200
    assert "签发后才能印发" in response.content.decode()
    assert Minutes.objects.get(pk=m.pk).status == "已审核"
    client.force_login(people["leader"])
    assert client.post(reverse("committee_minutes_action", args=[m.pk, "sign"])).status_code == 302
    client.force_login(people["staff"])
    assert client.post(url).status_code == 302
    assert Minutes.objects.get(pk=m.pk).status == "已印发"


def test_signed_minutes_cannot_be_edited(client, people):
    m = f.minutes(status="已签发")
    client.force_login(people["staff"])
    url = reverse(Minutes.snippet_viewset.get_url_name("edit"), args=[m.pk])
    data = {"meeting": m.meeting_id, "issue_no": "改过的期号", "body": "改过的正文",
            "distributions-TOTAL_FORMS": "0", "distributions-INITIAL_FORMS": "0",
            "distributions-MIN_NUM_FORMS": "0", "distributions-MAX_NUM_FORMS": "1000"}
    response = client.post(url, data)
    assert response.status_code == 200
    assert "不能再修改" in response.content.decode()
    assert Minutes.objects.get(pk=m.pk).body == m.body


def test_receipts_page_and_confirm(client, people):
    m = f.minutes(units=[people["police"], f.unit("测试民政办")], status="已印发")
    client.force_login(people["liaison"])
    page = client.get(reverse("committee_receipts")).content.decode()
    assert "测试派出所" in page and "测试民政办" not in page
    other = Distribution.objects.get(minutes=m, unit__name="测试民政办")
    assert client.post(reverse("committee_confirm_receipt", args=[other.pk])).status_code == 404
    mine = Distribution.objects.get(minutes=m, unit=people["police"])
    assert client.post(reverse("committee_confirm_receipt", args=[mine.pk])).status_code == 302
    mine.refresh_from_db()
    assert mine.confirmed_by == people["liaison"]
