"""The head pastes the yearly holiday notice: preview, then all-or-nothing import; others may not."""

from datetime import date
from pathlib import Path

import pytest
from django.urls import reverse

from forms_app.models import CalendarPeriod
from forms_app.workdays import add_working_days

from . import factories as f

pytestmark = pytest.mark.django_db

NOTICE_2025 = (Path(__file__).parent / "data" / "holidays_2025.txt").read_text(encoding="utf-8")
URL = reverse("calendarperiod:paste")


@pytest.fixture
def head(client):
    w = f.world()
    client.force_login(w["head"])
    return w


def preview(client, text=NOTICE_2025, year=""):
    return client.post(URL, {"text": text, "year": year, "preview": ""})


def confirm(client, response):
    form = response.context["form"]
    return client.post(URL, {"text": form.data["text"], "year": form.data.get("year", ""),
                             "checked": form.data["checked"], "confirm": ""})


def test_preview_lists_the_periods_and_saves_nothing(client, head):
    response = preview(client)
    page = response.content.decode()
    assert response.status_code == 200 and "2025 年：读出 11 个时段，将新增 11 个" in page
    assert "国庆节、中秋节" in page and "2025年10月8日 星期三" in page and "确认导入 11 个时段" in page
    assert "未能识别" not in page and "没有读到" not in page
    assert not CalendarPeriod.objects.exists()


def test_confirm_saves_every_period_and_the_deadline_follows(client, head):
    response = confirm(client, preview(client))
    assert response.status_code == 302 and response["Location"] == reverse("calendarperiod:index")
    assert CalendarPeriod.objects.count() == 11
    # Mon 29 September: Tue 30, then 1–8 October off, Thu 9 and Fri 10 (Monday–Friday alone: 2 October)
    assert add_working_days(date(2025, 9, 29), 3) == date(2025, 10, 10)
    # Thu 9 October: Fri 10, Sat 11 (调休上班), Mon 13 (Monday–Friday alone: 14 October)
    assert add_working_days(date(2025, 10, 9), 3) == date(2025, 10, 13)
    listing = client.get(reverse("calendarperiod:index")).content.decode()
    assert "新增 11 个时段" in listing


def test_pasting_the_same_notice_again_adds_nothing(client, head):
    confirm(client, preview(client))
    page = preview(client).content.decode()
    assert "这些时段都已登记，无需导入" in page and 'name="confirm"' not in page
    assert CalendarPeriod.objects.count() == 11


def test_a_conflict_with_an_entered_period_blocks_the_whole_import(client, head):
    CalendarPeriod.objects.create(name="手工录入", start=date(2025, 10, 1), end=date(2025, 10, 7))
    response = preview(client)
    page = response.content.decode()
    assert "未保存任何内容" in page and "与已登记的“手工录入" in page and 'name="confirm"' not in page
    response = client.post(URL, {"text": NOTICE_2025, "year": "", "checked": response.context["form"].data["checked"],
                                 "confirm": ""})
    assert response.status_code == 200 and CalendarPeriod.objects.count() == 1


def test_errors_in_the_text_are_shown_in_chinese_and_nothing_is_saved(client, head):
    page = preview(client, NOTICE_2025, year="2026").content.decode()
    assert "原文是2025年的安排，与所填年份2026不一致" in page
    page = preview(client, "", year="").content.decode()
    assert "请粘贴通知原文" in page
    page = preview(client, NOTICE_2025, year="20x5").content.decode()
    assert "年份请填四位数字" in page
    assert not CalendarPeriod.objects.exists()


def test_text_changed_after_the_preview_is_checked_again_not_saved(client, head):
    response = preview(client)
    checked = response.context["form"].data["checked"]
    edited = NOTICE_2025.replace("一、元旦：1月1日（周三）放假1天，不调休。", "")
    response = client.post(URL, {"text": edited, "year": "", "checked": checked, "confirm": ""})
    assert response.status_code == 200 and "改动过" in response.content.decode()
    assert not CalendarPeriod.objects.exists()


def test_an_overlap_entered_between_preview_and_confirm_rolls_back_everything(client, head):
    response = preview(client)
    CalendarPeriod.objects.create(name="他人刚录入", start=date(2025, 10, 8), end=date(2025, 10, 8))
    response = confirm(client, response)
    assert response.status_code == 200 and "他人刚录入" in response.content.decode()
    assert CalendarPeriod.objects.count() == 1


def test_the_listing_offers_the_paste_button_only_to_the_head(client, head):
    assert URL in client.get(reverse("calendarperiod:index")).content.decode()
    client.force_login(head["staff"])
    assert URL not in client.get(reverse("calendarperiod:index")).content.decode()
    response = client.post(URL, {"text": NOTICE_2025, "year": "", "preview": ""})
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert not CalendarPeriod.objects.exists()
