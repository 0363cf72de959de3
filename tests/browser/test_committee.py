"""The committee's meeting cycle in the admin: the office plans a 全体会议 with two 议题 and records it,
drafts the 纪要; the 办公室主任 reviews, the 主任 signs, the office 印发s it; one unit's 联络员 confirms
receipt; the 承办单位's 联络员 reports one 督办 item done."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from committee.models import Distribution, Meeting, Minutes, SupervisionItem

from .helpers import SLOW, field, fill_date, login, menu

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "浏览器测试全体会议"


def box(page, label):
    """A text box by its label (a lone top-level field's label also names its panel and anchors)."""
    return page.get_by_role("textbox", name=re.compile(rf"^\s*{re.escape(label)}\s*\*?\s*$"))


def pick(page, label, name):
    """A Wagtail snippet chooser (its button names the model): open it and click the row named `name`."""
    page.get_by_role("button", name=f"选择 {label}").last.click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("link", name=name, exact=True).click()
    expect(dialog).to_be_hidden()


def open_minutes(page):
    menu(page, "委员会工作", "会议纪要")
    page.get_by_role("button", name=f"“{TITLE}纪要（2026年第9期）”的更多选项").click()
    page.get_by_role("link", name="查看", exact=True).click()
    page.wait_for_url("**/inspect/*/")


def step(page, live_server, user, button, done):
    login(page, live_server, user)
    open_minutes(page)
    page.get_by_role("link", name=button, exact=True).click()
    page.get_by_role("button", name=button).click()
    expect(page.get_by_text(f"会议纪要{done}。")).to_be_visible()


def test_office_plans_records_minutes_signed_issued_received_and_followed_up(live_server, page, demo):
    page.set_default_timeout(SLOW)
    held = timezone.localdate() - timedelta(days=1)

    # 1. office: the meeting with two 议题 decided a week before, and who attended
    login(page, live_server, "staff")
    menu(page, "委员会工作", "会议")
    page.get_by_role("link", name="添加 会议").click()
    field(page, "会议类型").select_option("全体会议")
    fill_date(page, "会议日期", held)
    box(page, "会议名称").fill(TITLE)
    box(page, "会议地点").fill("镇政府三楼会议室")
    box(page, "主持人").fill("示例李明")
    for n, topic in enumerate(("审议半年工作报告", "部署重点对象排查")):
        page.get_by_role("button", name="增加 议题").click()
        box(page, "议题").nth(n).fill(topic)
        box(page, "提出人（单位）").nth(n).fill("委员会办公室")
        box(page, "确定人").nth(n).fill("示例王芳")
        box(page, "确定日期").nth(n).fill((held - timedelta(days=7)).isoformat())
    page.get_by_role("button", name="增加 参会人员").click()
    box(page, "姓名").fill("示例李明")
    page.get_by_role("button", name="保存").click()
    page.wait_for_url("**/admin/snippets/committee/meeting/")
    meeting = Meeting.objects.get(title=TITLE)
    assert meeting.topics.count() == 2 and meeting.attendances.count() == 1

    # 2. office: the 纪要 draft, sent to two units
    menu(page, "委员会工作", "会议纪要")
    page.get_by_role("link", name="添加 会议纪要").click()
    pick(page, "会议", str(meeting))
    box(page, "期号").fill("2026年第9期")
    box(page, "纪要正文").fill("会议审议通过半年工作报告。\n会议要求派出所完成重点对象排查。")
    for unit in ("司法所", "派出所"):  # a select of the own committee's units (committee.units)
        page.get_by_role("button", name="增加 分送单位").click()
        page.locator('select[name^="distributions-"][name$="-unit"]').last.select_option(label=unit)
    page.get_by_role("button", name="保存").click()
    page.wait_for_url("**/admin/snippets/committee/minutes/")
    minutes = Minutes.objects.get(meeting=meeting)
    assert minutes.status == "草稿" and minutes.distributions.count() == 2

    # 3–5. 办公室主任 审核, 主任 签发, office 印发
    step(page, live_server, "director", "审核", "已审核")
    step(page, live_server, "leader", "签发", "已签发")
    step(page, live_server, "staff", "印发", "已印发")
    minutes.refresh_from_db()
    assert (minutes.reviewed_by.username, minutes.signed_by.username) == ("director", "leader")

    # 6. the 司法所's 联络员 confirms receipt
    login(page, live_server, "liaison")
    page.get_by_role("link", name="纪要签收").click()
    row = page.get_by_role("row").filter(has_text=TITLE)
    row.get_by_role("link", name="签收").click()
    page.get_by_role("button", name="签收").click()
    expect(page.get_by_text("已签收。")).to_be_visible()
    assert Distribution.objects.get(minutes=minutes, unit__name="司法所").confirmed_by.username == "liaison"

    # 7. office: a 督办 item for the 司法所; its 联络员 reports it done
    login(page, live_server, "staff")
    menu(page, "委员会工作", "督办事项")
    page.get_by_role("link", name="添加 督办事项").click()
    pick(page, "会议纪要", str(minutes))
    box(page, "议定事项").fill("完成重点对象排查")
    field(page, "承办单位").select_option(label="司法所")
    fill_date(page, "办结期限", held + timedelta(days=30))
    page.get_by_role("button", name="保存").click()
    page.wait_for_url("**/admin/snippets/committee/supervisionitem/")
    item = SupervisionItem.objects.get(minutes=minutes)
    assert item.state() == "办理中"

    login(page, live_server, "liaison")
    page.get_by_role("link", name="本单位督办事项").click()
    page.get_by_role("row").filter(has_text="完成重点对象排查").get_by_role("link", name="报告办理情况").click()
    page.get_by_label("进展情况或办理结果").fill("已完成排查并报委员会办公室。")
    page.get_by_label("已办结（以上为办理结果）").check()
    page.get_by_role("button", name="报告").click()
    expect(page.get_by_text("已报告办理结果。")).to_be_visible()
    item.refresh_from_db()
    assert item.state() == "已办结" and item.result == "已完成排查并报委员会办公室。"
