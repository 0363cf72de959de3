"""司法所 staff register a new supervisee and fill a notice; the head approves it; staff issue and
print it — the whole 通知单 life in the Chinese admin, by clicking and typing."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from forms_app.idcard import make_test_id
from forms_app.models import AssistanceNotice, Supervisee

from .helpers import choose, field, fill_date, login, menu, open_notice, open_pdf, save, start_adding

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NAME = "示例孙某"
BIRTH = timezone.localdate().replace(year=1988, month=4, day=9)
ID_NUMBER = make_test_id("500106", BIRTH, 321)  # odd sequence: 男; fictional, only checksum-valid


def test_staff_creates_supervisee_head_approves_staff_issues_and_prints(live_server, page, demo):
    today = timezone.localdate()

    # 1. staff: a new supervisee, through the 社区矫正工作 menu
    start_adding(page, live_server, "staff", "社区矫正对象", "社区矫正对象")
    field(page, "姓名").fill(NAME)
    field(page, "性别").select_option("男")
    field(page, "身份证号码").fill(ID_NUMBER)
    fill_date(page, "出生日期", BIRTH)
    field(page, "户籍地").fill("重庆市沙坪坝区回龙坝镇（示例）")
    field(page, "居住地").fill("回龙坝镇示例乙社区居民委员会（示例地址）")
    choose(page, "村(居)委会", "示例乙社区居民委员会")
    fill_date(page, "判决日期", today - timedelta(days=20))
    field(page, "判决法院").fill("重庆市沙坪坝区人民法院（示例）")
    field(page, "罪名").fill("危险驾驶")
    field(page, "判处刑罚").fill("拘役二个月，缓刑四个月")
    field(page, "矫正类别").select_option("缓刑")
    fill_date(page, "矫正期限起", today - timedelta(days=1))
    fill_date(page, "矫正期限止", today + timedelta(days=120))
    fill_date(page, "入矫日期", today - timedelta(days=1))
    page.shot("supervisee-form", full_page=True)
    save(page, "forms_app/supervisee")
    expect(page.get_by_role("link", name=NAME)).to_be_visible()
    page.shot("supervisee-saved")
    person = Supervisee.objects.get(id_number=ID_NUMBER)
    assert person.village_committee.name == "示例乙社区居民委员会" and person.office.name == "回龙坝镇司法所"

    # 2. staff: a notice for that person (draft)
    menu(page, "社区矫正工作", "协助工作通知单")
    page.get_by_role("link", name="添加 协助社区矫正工作通知单").click()
    choose(page, "社区矫正对象", NAME)
    choose(page, "村(居)委会", "示例乙社区居民委员会")
    expect(field(page, "联系人")).to_have_value("示例联系人")  # the office's contact
    field(page, "事项").select_option(label="协助开展调查评估")
    page.get_by_role("button", name="增加 协助事项").click()
    field(page, "事项").nth(1).select_option(label="报告社区矫正对象重要情况")
    page.shot("notice-form", full_page=True)
    save(page, "forms_app/assistancenotice")
    notice = AssistanceNotice.objects.get(supervisee=person)
    assert notice.status == "草稿" and notice.items.count() == 2
    page.shot("notice-draft")

    # 3. head: 批准
    login(page, live_server, "head")
    open_notice(page, f"（未编号） {NAME}")
    page.get_by_role("link", name="批准").click()
    page.shot("head-confirm")
    page.get_by_role("button", name="批准").click()
    expect(page.get_by_text("通知单已批准。")).to_be_visible()
    page.shot("head-approved")
    notice.refresh_from_db()
    assert notice.status == "已批准" and notice.approved_by.username == "head"

    # 4. staff: 发出 allocates the number, then 打印
    login(page, live_server, "staff")
    open_notice(page, f"（未编号） {NAME}")
    page.get_by_role("link", name="发出").click()
    page.get_by_role("button", name="发出").click()
    expect(page.get_by_text("通知单已发出：")).to_be_visible()
    notice.refresh_from_db()
    assert notice.status == "已发出" and notice.issued_on == today
    expect(page.get_by_text(notice.number).first).to_be_visible()
    page.shot("staff-issued")

    menu(page, "社区矫正工作", "协助工作通知单")
    text = open_pdf(page, page.get_by_role("link", name=f"打印“{notice.number} {NAME}”"))
    page.shot("printed")
    assert notice.number in text and NAME in text
    assert "协助开展调查评估" in text and "示例乙社区居民委员会" in text
