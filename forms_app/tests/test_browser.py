"""A walk through the admin in headless Chromium: head approves, staff issues, village user replies."""

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import second_factor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def login(page, live_server, username, password):
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    second_factor(page, live_server, username)  # the head must give a two-factor code
    page.wait_for_url(f"{live_server.url}/admin/")


def test_notice_workflow_in_browser(live_server, page, demo):
    from forms_app.models import AssistanceNotice

    notice = AssistanceNotice.objects.filter(status="已批准").first()
    login(page, live_server, "head", "head-demo-2026")
    page.shot("head-dashboard")
    assert "社区矫正工作提醒" in page.content()
    page.goto(f"{live_server.url}/admin/snippets/forms_app/supervisee/")
    page.shot("head-supervisees")
    assert "示例刘某" in page.content()  # the minor: visible to office staff

    login(page, live_server, "staff", "staff-demo-2026")
    page.goto(f"{live_server.url}/admin/snippets/forms_app/assistancenotice/inspect/{notice.pk}/")
    page.click("text=发出")
    page.shot("staff-confirm-issue")
    page.click("button:has-text('发出')")
    expect(page.get_by_text("通知单已发出：")).to_be_visible()
    page.shot("staff-issued")
    notice.refresh_from_db()
    assert notice.status == "已发出" and "协通字第" in page.content()

    login(page, live_server, "village_b" if notice.village_committee.name.startswith("示例甲") else "village_a",
          "village-b-demo-2026" if notice.village_committee.name.startswith("示例甲") else "village-a-demo-2026")
    response = page.goto(f"{live_server.url}/admin/snippets/forms_app/assistancenotice/inspect/{notice.pk}/")
    page.shot("other-committee-404")
    assert response.status == 404
    page.goto(f"{live_server.url}/admin/snippets/forms_app/supervisee/")
    page.shot("village-supervisees")
    assert "示例刘某" not in page.content()
