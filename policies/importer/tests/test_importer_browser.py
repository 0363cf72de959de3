"""An editor imports a document in the browser: paste, preview with warnings, create the draft."""

import pytest
from playwright.sync_api import expect

from policies.models import PolicyPage

from .helpers import SEED_001, editor_world, log_in_as_editor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def editor_setup(db):
    editor_world()


def test_editor_pastes_previews_and_creates_a_draft(page, live_server, editor_setup):
    log_in_as_editor(page, live_server)
    page.get_by_role("link", name="导入文档").click()
    page.fill("#id_text", SEED_001.read_text(encoding="utf-8"))
    page.shot("form")
    page.get_by_role("button", name="预览识别结果").click()
    preview = page.locator(".imp-preview")
    expect(preview).to_contain_text("（5 章，26 条）")
    expect(preview).to_contain_text("第 69 行")  # the date cut off at "2022年3月30"
    expect(preview).to_contain_text("〔成员单位：镇卫生院〕")
    page.shot("preview")
    page.get_by_role("button", name="建立草稿").click()
    page.wait_for_url("**/admin/pages/*/edit/")
    assert "已建立草稿" in page.locator(".messages").inner_text()
    page.shot("draft")
    draft = PolicyPage.objects.get(title="北京市密云区密云镇社区矫正委员会工作规则")
    assert not draft.live and draft.article_count() == 26
