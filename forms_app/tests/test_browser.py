"""A walk through the admin in headless Chromium: head approves, staff issues, village user replies."""

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_notice_workflow_in_browser(live_server, page, demo):
    from forms_app.models import AssistanceNotice

    notice = AssistanceNotice.objects.filter(status="已批准").first()
    login(page, live_server, "head")
    page.shot("head-dashboard")
    assert "司法所负责人待办" in page.content()
    page.goto(f"{live_server.url}/admin/snippets/forms_app/supervisee/")
    page.shot("head-supervisees")
    assert "示例刘某" in page.content()  # the minor: visible to office staff

    login(page, live_server, "staff")
    page.goto(f"{live_server.url}/admin/snippets/forms_app/assistancenotice/inspect/{notice.pk}/")
    page.click("text=发出")
    page.shot("staff-confirm-issue")
    page.click("button:has-text('发出')")
    expect(page.get_by_text("通知单已发出：")).to_be_visible()
    page.shot("staff-issued")
    notice.refresh_from_db()
    assert notice.status == "已发出" and "协通字第" in page.content()

    login(page, live_server, "village_b" if notice.village_committee.name.startswith("示例甲") else "village_a")
    response = page.goto(f"{live_server.url}/admin/snippets/forms_app/assistancenotice/inspect/{notice.pk}/")
    page.shot("other-committee-404")
    assert response.status == 404
    page.goto(f"{live_server.url}/admin/snippets/forms_app/supervisee/")
    page.shot("village-supervisees")
    assert "示例刘某" not in page.content()
