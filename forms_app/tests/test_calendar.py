"""节假日与调休: the 3-working-day deadline follows the office's holiday calendar."""

from datetime import date

import pytest
from django.urls import reverse

from forms_app.models import CalendarPeriod
from forms_app.workdays import add_working_days

from . import factories as f

pytestmark = pytest.mark.django_db

FRIDAY = date(2024, 9, 27)


def national_day_2024():
    # the 2024 National Day schedule: 1–7 October off, Sunday 29 September and Saturday 12 October worked
    CalendarPeriod.objects.create(name="国庆节", start=date(2024, 10, 1), end=date(2024, 10, 7))
    for day in (date(2024, 9, 29), date(2024, 10, 12)):
        CalendarPeriod.objects.create(name="国庆节调休", kind=CalendarPeriod.WORKDAY, start=day, end=day)


def test_holidays_and_make_up_days_move_the_deadline():
    assert add_working_days(FRIDAY, 3) == date(2024, 10, 2)  # Monday–Friday only
    national_day_2024()
    # Sun 29 (调休上班), Mon 30, then 1–7 off: the third working day is Tuesday 8 October
    assert add_working_days(FRIDAY, 3) == date(2024, 10, 8)
    assert add_working_days(date(2024, 10, 11), 1) == date(2024, 10, 12)  # the Saturday worked


def test_editing_the_calendar_takes_effect_at_once():
    assert add_working_days(FRIDAY, 3) == date(2024, 10, 2)  # read and cached
    national_day_2024()
    assert add_working_days(FRIDAY, 3) == date(2024, 10, 8)
    CalendarPeriod.objects.filter(name="国庆节").delete()
    assert add_working_days(FRIDAY, 3) == date(2024, 10, 1)


def test_a_notice_issued_after_the_holiday_is_on_time():
    national_day_2024()
    w = f.world()
    notice = f.notice(f.supervisee(w["a"], intake_date=FRIDAY), status="已发出", issued_on=date(2024, 10, 8),
                      year=2024, serial=1)
    assert notice.deadline == date(2024, 10, 8) and not notice.is_overdue


def post(client, **data):
    return client.post(reverse("calendarperiod:add"), {"kind": CalendarPeriod.HOLIDAY, **data})


def test_head_enters_periods_and_gets_chinese_errors(client):
    w = f.world()
    client.force_login(w["head"])
    assert post(client, name="国庆节", start="2024-10-01", end="2024-10-07").status_code == 302
    response = post(client, name="重复", start="2024-10-07", end="2024-10-09")
    assert response.status_code == 200 and "日期重叠" in response.content.decode()
    response = post(client, name="倒序", start="2024-12-05", end="2024-12-01")
    assert "结束日期不能早于起始日期" in response.content.decode()
    response = post(client, name="过长", start="2024-01-01", end="2024-03-01")
    assert "最长31天" in response.content.decode()
    assert CalendarPeriod.objects.count() == 1
    listing = client.get(reverse("calendarperiod:index")).content.decode()
    assert "国庆节" in listing


def test_staff_read_the_calendar_but_do_not_change_it(client):
    w = f.world()
    client.force_login(w["staff"])
    assert client.get(reverse("calendarperiod:index")).status_code == 200
    assert post(client, name="擅自", start="2024-10-01", end="2024-10-01").status_code == 302  # denied → home
    assert not CalendarPeriod.objects.exists()
