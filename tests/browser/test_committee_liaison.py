"""A 成员单位联络员 starts on their start page (demo `liaison`, 司法所): the yearly report, the 纪要 to sign for
and the unit's open 督办 items (one overdue); they open the 纪要 from its row, print it and sign for it."""

import pytest
from playwright.sync_api import expect

from committee.models import Distribution

from .helpers import SLOW, login, open_pdf

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MINUTES = "委员会办公室成员会议（第三季度）纪要（2026年第4期）"


def section(page, key):
    return page.locator(f'section[data-section="{key}"]')


def test_liaison_opens_prints_and_signs_for_a_minutes_from_the_start_page(live_server, page, demo):
    page.set_default_timeout(SLOW)
    login(page, live_server, "liaison")
    expect(page.get_by_role("heading", name="成员单位联络员待办（司法所）")).to_be_visible()
    expect(section(page, "report")).to_contain_text("2026年度成员单位履职报告")
    items = section(page, "supervision")
    expect(items.locator("tr").filter(has_text="组织开展协助人员业务培训")).to_contain_text("已逾期")
    expect(items.locator("tr").filter(has_text="报送第四季度社区矫正工作情况")).not_to_contain_text("已逾期")
    expect(page.locator("main")).not_to_contain_text("建立就业帮扶对接台账")  # another unit's item
    page.shot("liaison-start")
    section(page, "receipt").get_by_role("link", name=MINUTES, exact=True).click()
    page.wait_for_url("**/admin/committee/receipts/*/")
    expect(page.locator("main")).to_contain_text("会议要求司法所于11月底前组织开展协助人员业务培训。")
    page.shot("liaison-minutes")
    text = open_pdf(page, page.get_by_role("link", name="打印纪要（PDF）"))
    text = text.replace(" ", "").replace("\n", "")
    assert "2026年第4期" in text and "分送：司法所，派出所。" in text
    page.get_by_role("link", name="签收", exact=True).click()
    page.get_by_role("button", name="签收").click()
    expect(page.get_by_text("已签收。")).to_be_visible()
    receipt = Distribution.objects.get(minutes__issue_no="2026年第4期", unit__name="司法所")
    assert receipt.confirmed_by.username == "liaison"
