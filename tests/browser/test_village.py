"""A village committee user fills and returns the 登记表 for a notice sent to their committee, and
cannot reach the other committee's supervisee or records by editing the address bar."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from forms_app.models import AssistanceNotice, Registration, Supervisee

from .helpers import choose, field, fill_date, menu, save, start_adding

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PERSON = "示例王某"  # forms_app.demo: 示例乙社区居民委员会, notice 已发出, no 登记表 yet


def test_village_user_returns_registration_and_cannot_reach_other_committee(live_server, page, demo):
    # 1. village_b (示例乙社区) fills the 登记表 for the notice it received
    start_adding(page, live_server, "village_b", "基本情况登记表", "社区矫正对象基本情况登记表")
    choose(page, "协助社区矫正工作通知单", PERSON, exact=False)
    field(page, "填表人").fill("示例乙社区填表人")
    fill_date(page, "填表日期", timezone.localdate())
    field(page, "文化程度").fill("初中")
    field(page, "健康状况").fill("良好")
    field(page, "婚姻状况").fill("已婚")
    field(page, "联系方式").fill("13800000001")
    field(page, "居住地址").fill("回龙坝镇示例乙社区（示例地址）")
    field(page, "悔罪表现").fill("认罪悔罪，按时报到")
    page.get_by_role("button", name="增加 家庭成员").click()
    field(page, "姓名").fill("示例家属丙")  # the registration's own 姓名 comes from the supervisee record
    field(page, "关系").fill("配偶")
    page.shot("registration-form", full_page=True)
    save(page, "forms_app/registration")
    registration = Registration.objects.get(supervisee__name=PERSON)
    assert registration.status == "草稿" and registration.family_members.count() == 1
    page.shot("registration-saved")

    # 2. 提交(回执) from its 查看 view: the notice becomes 已回执
    page.get_by_role("button", name=f"“登记表：{PERSON}”的更多选项").click()
    page.get_by_role("link", name="查看", exact=True).click()
    page.get_by_role("link", name="提交(回执)").click()
    page.get_by_role("button", name="提交").click()
    expect(page.get_by_text("登记表已提交，通知单已回执。")).to_be_visible()
    page.shot("returned")
    registration.refresh_from_db()
    assert registration.status == "已回执" and registration.submitted_by.username == "village_b"
    assert AssistanceNotice.objects.get(pk=registration.notice_id).status == "已回执"

    # 3. the other committee's supervisee and records: typed addresses answer 404, listings hide them
    menu(page, "社区矫正工作", "社区矫正对象")
    listing = page.locator("main")
    expect(listing.get_by_role("link", name=PERSON)).to_be_visible()
    expect(listing).not_to_contain_text("示例张某")  # 示例甲村
    page.shot("own-supervisees")
    other = Supervisee.objects.get(name="示例张某")
    other_notice = AssistanceNotice.objects.get(supervisee=other)
    for path in (f"/admin/snippets/forms_app/supervisee/edit/{other.pk}/",
                 f"/admin/snippets/forms_app/supervisee/inspect/{other.pk}/",
                 f"/admin/snippets/forms_app/assistancenotice/inspect/{other_notice.pk}/",
                 f"/admin/print/notices/{other_notice.pk}.pdf"):
        response = page.goto(live_server.url + path)
        assert response.status == 404, path
        expect(page.locator("body")).not_to_contain_text("示例张某")
    page.shot("other-committee-404")
