"""The signed 纪要 prints as a GB/T 9704 纪要; a draft does not print."""

import pytest
from django.urls import reverse

from committee import factories as f
from committee.models import Attendance
from home import roles
from pdf.testing import reader

pytestmark = pytest.mark.django_db


def _text(content):
    return "".join(page.extract_text() for page in reader(content).pages).replace(" ", "").replace("\n", "")


def test_signed_minutes_print_with_lists_and_recipients(client):
    m = f.minutes(units=[f.unit("测试派出所"), f.unit("测试民政办")], status="已签发")
    Attendance.objects.create(meeting=m.meeting, person="示例出席人", kind="出席")
    Attendance.objects.create(meeting=m.meeting, person="示例列席人", kind="列席")
    client.force_login(f.user("staff1", roles.OFFICE_STAFF))
    response = client.get(reverse("committee_minutes_pdf", args=[m.pk]), follow=True)
    assert response["Content-Type"] == "application/pdf"
    text = _text(response.content)
    for expected in ("会议纪要", "测试第1期", "议定事项一。", "出席：示例出席人", "列席：示例列席人",
                     "分送：测试派出所，测试民政办。", "印发"):
        assert expected in text, expected
    assert reader(response.content).pages[0].mediabox.width == pytest.approx(595.27, abs=0.1)  # A4


def test_draft_does_not_print(client):
    m = f.minutes()
    client.force_login(f.user("staff1", roles.OFFICE_STAFF))
    response = client.get(reverse("committee_minutes_pdf", args=[m.pk]), follow=True)
    assert "签发后才能打印" in response.content.decode()
    assert response["Content-Type"].startswith("text/html")
