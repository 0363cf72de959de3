"""An editor imports a document, resolves the importer's warning, submits the draft to 政策文件发布流程;
司法所工作人员 approves step 审核, 司法所负责人 approves step 签发, which publishes it."""

import pytest
from playwright.sync_api import expect

from policies.models import PolicyPage

from .helpers import SLOW, field, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "示例镇社区矫正委员会联席会议制度"
# As pasted from the office copy: 第三条 was lost on the way, so the numbering jumps to 第四条.
PASTED = f"""{TITLE}

第一条　为加强社区矫正工作的统筹协调，建立本联席会议制度。
第二条　联席会议由委员会主任召集，每季度召开一次。
第四条　联席会议议定事项由委员会办公室督促落实。

示例镇社区矫正委员会
2024年5月20日
"""
MISSING = "第三条　联席会议可以邀请有关单位列席。\n"


def workflow_step(page, title, action):
    """Open the page from the dashboard's 等待你的审查 list and take a workflow action from the action menu."""
    page.get_by_role("link", name=title).first.click()
    page.wait_for_url("**/admin/pages/*/edit/")
    page.get_by_role("button", name="更多动作").click()
    page.get_by_role("button", name=action, exact=True).click()


def test_editor_imports_fixes_submits_and_approvers_publish(live_server, page, demo):
    page.set_default_timeout(SLOW)

    # 1. editor: paste, preview, see the numbering warning
    login(page, live_server, "editor")
    page.get_by_role("link", name="导入文档").click()
    field(page, "粘贴文字").fill(PASTED)
    field(page, "建在哪个栏目下").select_option(label="政策文件")
    page.get_by_role("button", name="预览识别结果").click()
    preview = page.locator(".imp-preview")
    expect(preview).to_contain_text("需要您决定的问题（2）")  # the gap, and no 发布日期 in the text
    expect(preview).to_contain_text("第 5 行：正文编号不连续")
    expect(preview).to_contain_text("【缺少日期】没有读到发布日期")
    page.shot("preview-warning")

    # 2. the editor finds the lost article in the original and puts it back: only the missing 发布日期 is
    #    left (to be filled in the draft's 元数据)
    text = field(page, "粘贴文字").input_value()
    field(page, "粘贴文字").fill(text.replace("第四条", MISSING + "第四条", 1))
    page.get_by_role("button", name="预览识别结果").click()
    expect(preview).to_contain_text("需要您决定的问题（1）")
    expect(preview).to_contain_text("【缺少日期】没有读到发布日期")
    expect(preview).not_to_contain_text("正文编号不连续")
    expect(preview).to_contain_text("（0 章，4 条）")
    page.shot("preview-clean")
    page.get_by_role("button", name="建立草稿").click()
    page.wait_for_url("**/admin/pages/*/edit/")
    expect(page.locator(".messages")).to_contain_text(f"已建立草稿“{TITLE}”")
    draft = PolicyPage.objects.get(title=TITLE)
    assert not draft.live and draft.article_count() == 4

    # 3. editor: submit to the workflow (an editor cannot publish)
    page.get_by_role("button", name="更多动作").click()
    expect(page.get_by_role("button", name="发布", exact=True)).to_have_count(0)
    page.get_by_role("button", name="提交给政策文件发布流程").click()
    expect(page.locator(".messages")).to_contain_text(TITLE)
    page.shot("submitted")
    state = draft.current_workflow_state
    assert state is not None and state.current_task_state.task.name == "审核"

    # 4. 司法所工作人员 approves 审核; the page is not live yet
    login(page, live_server, "staff")
    page.shot("staff-dashboard")
    workflow_step(page, TITLE, "批准")
    expect(page.locator(".messages")).to_contain_text(TITLE)
    page.shot("staff-approved")
    draft.refresh_from_db()
    assert not draft.live and draft.current_workflow_state.current_task_state.task.name == "签发"

    # 5. 司法所负责人 approves 签发, which publishes
    login(page, live_server, "head")
    workflow_step(page, TITLE, "批准 和发布")
    expect(page.locator(".messages")).to_contain_text(TITLE)
    page.shot("head-published")
    draft.refresh_from_db()
    assert draft.live and draft.current_workflow_state is None

    # 6. the public sees it, with the article the editor restored
    page.context.clear_cookies()
    page.goto(live_server.url + draft.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.locator("section.pol-article")).to_have_count(4)
    expect(page.locator("section.pol-article").nth(2)).to_contain_text("联席会议可以邀请有关单位列席")
    page.shot("public")
