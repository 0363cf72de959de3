"""年度工作要点 in the admin: the office drafts next year's 要点 (prefilled), edits a part and submits it; the
办公室主任 reviews; the 主任/常务副主任 first returns it with a reason, then approves it once resubmitted;
the office prints the approved text (PDF)."""

import re

import pytest
from playwright.sync_api import expect

from committee.models import YearlyPaper

from .helpers import SLOW, field, login, menu, open_pdf

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

YEAR = 2027
TITLE = f"回龙坝镇社区矫正委员会{YEAR}年度工作要点"


def open_paper(page):
    """The paper's 查看 page, from the listing (opened from the menu unless a save has just led there)."""
    if not page.url.endswith("/admin/snippets/committee/yearlypaper/"):
        menu(page, "委员会工作", "年度工作要点与总结")
    page.get_by_role("button", name=f"“{TITLE}”的更多选项").click()
    page.get_by_role("link", name="查看", exact=True).click()
    page.wait_for_url("**/inspect/*/")


def step(page, live_server, user, button, state, reason=""):
    login(page, live_server, user)
    open_paper(page)
    page.get_by_role("link", name=button, exact=True).click()
    if reason:
        field(page, "退回理由").fill(reason)
    page.get_by_role("button", name=button).click()
    page.wait_for_url("**/inspect/*/")
    expect(page.get_by_text(f"当前状态：{state}。")).to_be_visible()


def test_office_drafts_director_reviews_leader_returns_then_approves_and_it_prints(live_server, page, demo):
    page.set_default_timeout(SLOW)

    # 1. office: 起草 next year's 要点 from the listing, prefilled; edit the first part, save, submit
    login(page, live_server, "staff")
    menu(page, "委员会工作", "年度工作要点与总结")
    page.get_by_role("link", name="按年度情况起草").click()
    field(page, "文稿类型").select_option("年度工作要点")
    field(page, "年度").fill(str(YEAR))
    page.get_by_role("button", name="起草").click()
    page.wait_for_url("**/edit/*/")
    expect(page.get_by_text(f"已起草《{TITLE}》")).to_be_visible()
    body = page.get_by_role("textbox", name=re.compile(r"^\s*内容")).first
    expect(body).to_have_value(re.compile("坚持依法矫正"))
    body.fill("坚持依法矫正、精准矫正，浏览器测试修改的总体要求。")
    page.get_by_role("button", name="保存").click()
    page.wait_for_url("**/admin/snippets/committee/yearlypaper/")
    paper = YearlyPaper.objects.get(year=YEAR, kind="年度工作要点")
    assert paper.sections.first().body == "坚持依法矫正、精准矫正，浏览器测试修改的总体要求。"
    open_paper(page)
    page.get_by_role("link", name="提交审核", exact=True).click()
    page.get_by_role("button", name="提交审核").click()
    expect(page.get_by_text("当前状态：待审核。")).to_be_visible()

    # 2. 办公室主任 审核; 3. 主任/常务副主任 returns it with a reason, which the office then sees
    step(page, live_server, "director", "审核", "待审定")
    step(page, live_server, "leader", "退回修改", "草稿", reason="请补充就业帮扶的任务")
    login(page, live_server, "staff")
    open_paper(page)
    expect(page.get_by_role("note")).to_contain_text("退回理由：请补充就业帮扶的任务")

    # resubmitted, reviewed again, then approved (审定)
    page.get_by_role("link", name="提交审核", exact=True).click()
    page.get_by_role("button", name="提交审核").click()
    expect(page.get_by_text("当前状态：待审核。")).to_be_visible()
    step(page, live_server, "director", "审核", "待审定")
    step(page, live_server, "leader", "审定", "已审定")
    paper.refresh_from_db()
    assert (paper.status, paper.reviewed_by.username, paper.approved_by.username) == ("已审定", "director", "leader")

    # 4. the office prints the approved text
    login(page, live_server, "staff")
    open_paper(page)
    text = open_pdf(page, page.get_by_role("link", name="打印正式文本（PDF）")).replace(" ", "").replace("\n", "")
    assert "2027年度工作要点" in text and "浏览器测试修改的总体要求" in text and "经回龙坝镇社区矫正委员会审定" in text
