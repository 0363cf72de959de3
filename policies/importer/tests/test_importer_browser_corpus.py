"""An editor pastes five real pages of the corpus into 导入文档: the previews read right, and the draft keeps
the warnings as comments in the page editor."""

import pytest
from playwright.sync_api import expect

from policies.importer.corpus import CORPUS

from .helpers import editor_world, log_in_as_editor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# corpus text -> what its preview must show (the title, and a warning label or count)
PAGES = {
    "13_yinzhou_correction_work_norms": ("关于印发《鄞州区社区矫正管理工作规范》的通知", "网页杂项已删除"),
    "14_fujian_rules_amendment_notice": ("福建省高级人民法院福建省人民检察院福建省公安厅福建省司法厅关于修订《福建省贯彻〈中华人民共和国社区矫正法〉实施细则》的通知", "文件可能不完整"),
    "16_guangdong_implementing_rules_2013": ("广东省贯彻落实《社区矫正实施办法》细则", "粤司〔2013〕104号"),
    "29_ali_prefecture_work_rules_notice": ("阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知", "阿行发〔2021〕42号"),
    "01_community_corrections_law": ("中华人民共和国社区矫正法", "（9 章，63 条）"),
}


@pytest.fixture
def editor_setup(db):
    editor_world()


def test_five_corpus_pages_preview_right_and_the_draft_keeps_its_warnings(page, live_server, editor_setup):
    log_in_as_editor(page, live_server)
    for slug, (title, shown) in PAGES.items():
        page.goto(live_server.url + "/admin/")
        page.get_by_role("link", name="导入文档").click()
        page.fill("#id_text", (CORPUS / f"{slug}.txt").read_text(encoding="utf-8"))
        page.get_by_role("button", name="预览识别结果").click()
        preview = page.locator(".imp-preview")
        expect(preview.locator("p strong").first).to_have_text(title)
        expect(preview).to_contain_text(shown)
        page.shot(slug[:2])
    page.get_by_role("button", name="建立草稿").click()  # the last one: the law, no date warnings but 发布日期
    page.wait_for_url("**/admin/pages/*/edit/")
    page.locator("[data-side-panel-toggle='comments']").click()
    expect(page.locator("[data-side-panel='comments']")).to_contain_text("【缺少日期】没有读到发布日期")
    page.shot("draft-comments")
