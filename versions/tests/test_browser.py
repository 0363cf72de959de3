"""A citizen walks from the history list to the 修订对照 and back to the old version."""

import pytest
from playwright.sync_api import expect

from versions.models import PolicyVersion
from versions.tests.factories import day, make_policy, publish
from versions.tests.pairs import RULES, article, copy


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_history_compare_and_old_version(live_server, page):
    policy = publish(make_policy(RULES))
    PolicyVersion.objects.filter(page=policy, number=1).update(effective_date=day("2022-03-30"))
    new = copy(RULES)
    new.insert(5, article("委员会办公室应当建立社区矫正工作台账。"))
    publish(policy, new, new_version=True, note="增加第五条", effective=day("2024-07-01"))

    page.goto(f"{live_server.url}/versions/{policy.pk}/")
    page.shot("history")
    page.get_by_role("link", name="与上一版本对照").click()
    page.wait_for_url("**/compare/?from=1&to=2")
    page.shot("compare")
    inserted = page.locator("section.vchange--inserted")
    assert inserted.count() == 1 and "工作台账" in inserted.inner_text()
    # Screen readers hear what changed, not only a colour.
    assert "新增：" in inserted.locator("ins").first.text_content()
    page.get_by_role("link", name="第1版").first.click()
    expect(page.locator("main")).to_contain_text("此为历史版本")
    page.shot("version-1")

    page.goto(f"{live_server.url}/versions/{policy.pk}/")
    page.fill("#on-date", "2024-07-01")
    page.get_by_role("button", name="查询").click()
    expect(page.locator("main")).to_contain_text("2024年7月1日适用的是本版本（第2版）")
