"""第十六条: the 承办单位's 联络员 reports progress and the result of its own 督办 items only."""

from datetime import date

import pytest
from django.urls import reverse

from committee import factories as f
from home import roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    police, civil = f.unit("测试派出所"), f.unit("测试民政办")
    issued = f.minutes(status="已印发")
    return {"mine": f.item(date(2026, 9, 30), unit=police, minutes=issued),
            "theirs": f.item(date(2026, 9, 30), unit=civil, minutes=issued),
            "liaison": f.user("liaison1", roles.LIAISON, liaison_for=police)}


def test_liaison_reports_progress_then_result(client, setup):
    client.force_login(setup["liaison"])
    listing = client.get(reverse("committee_my_items")).content.decode()
    assert listing.count("测试议定事项") == 1
    url = reverse("committee_report_progress", args=[setup["mine"].pk])
    assert client.post(url, {"text": "已排查一半"}).status_code == 302
    assert client.post(url, {"text": "全部排查完毕", "done": "on"}).status_code == 302
    item = setup["mine"]
    item.refresh_from_db()
    assert item.result == "全部排查完毕" and item.completed_on is not None
    assert [p.text for p in item.progress.all()] == ["已排查一半", "全部排查完毕"]
    again = client.post(url, {"text": "再报一次"})
    assert again.status_code == 200 and "已办结" in again.content.decode()
    assert item.progress.count() == 2


def test_liaison_cannot_report_on_another_units_item(client, setup):
    client.force_login(setup["liaison"])
    url = reverse("committee_report_progress", args=[setup["theirs"].pk])
    assert client.post(url, {"text": "越权", "done": "on"}).status_code == 404
    setup["theirs"].refresh_from_db()
    assert setup["theirs"].completed_on is None


def test_empty_report_is_refused_in_chinese(client, setup):
    client.force_login(setup["liaison"])
    response = client.post(reverse("committee_report_progress", args=[setup["mine"].pk]), {"text": ""})
    assert response.status_code == 200 and "请填写进展情况或办理结果" in response.content.decode()
    assert setup["mine"].progress.count() == 0
