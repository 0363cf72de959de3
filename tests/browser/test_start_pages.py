"""Each role starts its day on its start page (the admin home) and does one task from it:
the head approves, staff issue and print, a village committee fills and returns a 登记表, an editor
opens a policy draft in moderation. Demo data (forms_app.demo): 示例陈某 草稿, 示例李某 已批准,
示例王某 已发出 to 示例乙社区 without a 登记表."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Page

from forms_app.models import AssistanceNotice, Registration
from policies.models import PolicyPage

from .helpers import SLOW, field, fill_date, login, open_pdf, save

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def section(page, title):
    """A start-page section by its heading (the count follows the title in brackets)."""
    return page.locator("section.cc-start__section").filter(has=page.get_by_role("heading", name=title))


def act(page, where, link, button, done):
    """Follow a row's action link, confirm with the button, see the message that it is done."""
    where.get_by_role("link", name=link).click()
    page.get_by_role("button", name=button).click()
    expect(page.get_by_text(done)).to_be_visible()


def expect_nothing_left(page, live_server, title):
    """Back on the start page, the section counts no row."""
    page.goto(live_server.url + "/admin/")
    expect(section(page, title).locator(".cc-start__count")).to_have_text("0")


def test_head_approves_from_the_start_page(live_server, page, demo):
    page.set_default_timeout(SLOW)
    login(page, live_server, "head")
    waiting = section(page, "待批准的通知单")
    expect(waiting.locator(".cc-start__count")).to_have_text("1")
    page.shot("head-start")
    act(page, waiting, "批准“（未编号） 示例陈某”", "批准", "通知单已批准。")
    notice = AssistanceNotice.objects.get(supervisee__name="示例陈某")
    assert notice.status == "已批准" and notice.approved_by.username == "head"
    expect_nothing_left(page, live_server, "待批准的通知单")
    page.shot("head-start-done")


def test_staff_issues_and_prints_from_the_start_page(live_server, page, demo):
    page.set_default_timeout(SLOW)
    login(page, live_server, "staff")
    waiting = section(page, "待发出的通知单（已批准）")
    expect(waiting.locator(".cc-start__count")).to_have_text("1")
    expect(page.locator('section[data-section="approve"]')).to_have_count(0)  # approving is the head's
    page.shot("staff-start")
    act(page, waiting, "发出“（未编号） 示例李某”", "发出", "通知单已发出：")
    notice = AssistanceNotice.objects.get(supervisee__name="示例李某")
    assert notice.status == "已发出" and notice.number
    page.shot("staff-issued")
    # back on the notice's 查看 page: 打印 is in its header
    text = open_pdf(page, page.locator("header").get_by_role("link", name="打印"))
    assert notice.number in text and "示例李某" in text


def test_village_user_fills_and_returns_a_registration_from_the_start_page(live_server, page, demo):
    page.set_default_timeout(SLOW)
    login(page, live_server, "village_b")
    waiting = section(page, "待填写登记表的通知单")
    expect(waiting).to_contain_text("示例王某")
    expect(page.locator("main")).not_to_contain_text("示例张某")  # 示例甲村's notice
    page.shot("village-start")
    number = AssistanceNotice.objects.get(supervisee__name="示例王某").number
    waiting.get_by_role("link", name=f"填写登记表“{number} 示例王某”").click()
    page.wait_for_url("**/admin/snippets/forms_app/registration/add/?notice=*")
    expect(page.locator("main")).to_contain_text(f"{number} 示例王某")  # the notice is already chosen
    field(page, "填表人").fill("示例乙社区填表人")
    fill_date(page, "填表日期", timezone.localdate())
    for label, value in (("文化程度", "初中"), ("健康状况", "良好"), ("婚姻状况", "已婚"), ("联系方式", "13800000001"),
                         ("居住地址", "回龙坝镇示例乙社区（示例地址）"), ("悔罪表现", "认罪悔罪，按时报到")):
        if not field(page, label).input_value():  # the office's data may already be there
            field(page, label).fill(value)
    page.shot("village-form", full_page=True)
    save(page, "forms_app/registration")
    page.goto(live_server.url + "/admin/")
    saved = section(page, "已填写、尚未提交的登记表")
    act(page, saved, "提交(回执)“登记表：示例王某”", "提交", "登记表已提交，通知单已回执。")
    registration = Registration.objects.get(supervisee__name="示例王某")
    assert registration.status == "已回执" and registration.notice.status == "已回执"
    expect_nothing_left(page, live_server, "待填写登记表的通知单")
    page.shot("village-start-done")
    # 帮助 → 使用帮助: our guide, the reader's role first
    page.get_by_role("button", name="帮助").click()
    page.get_by_role("list", name="帮助").get_by_role("link", name="使用帮助").click()
    page.wait_for_url("**/admin/help/")
    expect(page.locator("main h2").first).to_have_text("村(居)委会工作人员（您的角色）")
    page.shot("village-help")


def test_editor_opens_a_draft_in_moderation_from_the_start_page(live_server, page, demo):
    page.set_default_timeout(SLOW)
    # the editor wrote a draft and submitted it to 政策文件发布流程 (as tests/browser/test_editor.py does by hand)
    library = Page.objects.get(slug="policies").specific
    draft = library.add_child(instance=PolicyPage(title="示例待审核规则", slug="moderated-rules", live=False))
    user = get_user_model().objects.get(username="editor")
    draft.save_revision(user=user)
    library.get_workflow().start(draft, user)
    login(page, live_server, "editor")
    moderation = section(page, "审核中的政策文件")
    expect(moderation.locator(".cc-start__count")).to_have_text("1")
    page.shot("editor-start")
    moderation.get_by_role("link", name="编辑“示例待审核规则”").click()
    page.wait_for_url(f"**/admin/pages/{draft.pk}/edit/")
    expect(page.locator("#id_title")).to_have_value("示例待审核规则")
    page.shot("editor-draft")
