"""Flags the office sees: a change reported late, no 全体会议 for six months, overdue 督办; the meeting form."""

from datetime import date, timedelta

import pytest
from django.urls import reverse

from committee import dashboard
from committee import factories as f
from committee.models import Appointment, Meeting
from home import roles

pytestmark = pytest.mark.django_db


def test_appointment_reported_after_seven_days_is_flagged():
    unit = f.unit()
    on_time = Appointment.objects.create(person="示例甲", post="委员", unit=unit, changed_on=date(2026, 3, 1),
                                         reported_on=date(2026, 3, 8))
    late = Appointment.objects.create(person="示例乙", post="联络员", unit=unit, changed_on=date(2026, 3, 1),
                                      reported_on=date(2026, 3, 9))
    assert not on_time.report_late and late.report_late
    assert dashboard.late_reports(date(2026, 12, 1)) == [late]


def test_six_month_reminder_from_the_last_plenary():
    f.meeting(kind=Meeting.THEMATIC, held_on=date(2026, 6, 1))
    f.meeting(kind=Meeting.PLENARY, held_on=date(2026, 1, 10))
    duty = dashboard.duties(date(2026, 7, 11))[0]
    assert duty[2] is False and "2026年07月10日" in duty[3]
    assert dashboard.duties(date(2026, 7, 10))[0][2] is True


def test_overdue_supervision_items():
    today = date.today()
    late = f.item(deadline=today - timedelta(days=1))
    f.item(deadline=today)
    f.item(deadline=today - timedelta(days=5), completed_on=today - timedelta(days=6))
    assert dashboard.overdue_items(today) == [late]


def test_start_page_shows_overdue_item(client):
    f.item(deadline=date.today() - timedelta(days=3))
    client.force_login(f.user("staff1", roles.OFFICE_STAFF))
    page = client.get("/admin/").content.decode()
    assert "委员会履职看板" in page and "逾期督办事项" in page and "测试议定事项" in page


def _meeting_form(held_on, decided_on):
    return {"kind": "全体会议", "title": "测试全体会议", "held_on": held_on, "place": "会议室", "chair": "示例主任",
            "recorder": "", "summary": "",
            "topics-TOTAL_FORMS": "1", "topics-INITIAL_FORMS": "0", "topics-MIN_NUM_FORMS": "0",
            "topics-MAX_NUM_FORMS": "1000", "topics-0-title": "议题一", "topics-0-proposed_by": "办公室",
            "topics-0-decided_by": "示例主任", "topics-0-decided_on": decided_on, "topics-0-ORDER": "1",
            **{f"{name}-{key}": value for name in ("materials", "attendances")
               for key, value in (("TOTAL_FORMS", "0"), ("INITIAL_FORMS", "0"), ("MIN_NUM_FORMS", "0"),
                                  ("MAX_NUM_FORMS", "1000"))}}


def test_meeting_form_refuses_topic_decided_on_the_day(client):
    client.force_login(f.user("staff1", roles.OFFICE_STAFF))
    add = reverse(Meeting.snippet_viewset.get_url_name("add"))
    response = client.post(add, _meeting_form("2026-06-20", "2026-06-20"))
    assert response.status_code == 200 and "会前确定" in response.content.decode()
    assert not Meeting.objects.exists()
    assert client.post(add, _meeting_form("2026-06-20", "2026-06-13")).status_code == 302
    assert Meeting.objects.get().topics.count() == 1
