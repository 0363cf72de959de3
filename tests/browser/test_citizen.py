"""A citizen reads the public site: library filters, search, an article permalink, font size,
the 修订对照 of two versions and its PDF — all by clicking and typing, as a person would."""

import re

import pytest
from playwright.sync_api import expect

from .helpers import SLOW, open_pdf

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RULES = "北京市密云区密云镇社区矫正委员会工作规则"
NEW_ARTICLE = "委员会办公室建立社区矫正工作台账"  # versions.demo: the article the amendment inserted


def test_citizen_filters_searches_reads_compares_and_downloads(live_server, page, demo):
    page.set_default_timeout(SLOW)
    page.goto(live_server.url + "/")
    page.shot("home")

    # the library, then a filter by 发布机构
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="政策文件").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("政策文件")
    everything = page.locator(".pol-list > li").count()
    page.get_by_label("发布机构").select_option(label="北京市密云区密云镇人民政府")
    page.get_by_role("button", name="筛选").click()
    expect(page.get_by_text("符合条件的文件")).to_be_visible()
    listed = page.locator(".pol-list > li")
    expect(listed).to_have_count(1)
    assert everything > 1
    expect(listed.get_by_role("link", name=RULES)).to_be_visible()
    page.shot("library-filtered")

    # search from the header box; the hit links straight to the article
    page.get_by_role("searchbox", name="站内搜索").fill("工作台账")
    page.get_by_role("button", name="搜索").click()
    page.wait_for_url("**/search/?q=*")
    hit = page.locator(".search-hit").filter(has_text=NEW_ARTICLE).first
    expect(hit.locator("mark").first).to_have_text("工作台账")
    page.shot("search-results")
    hit.locator(".hit-title a").click()
    page.wait_for_url(re.compile(r"#art-\d+$"))
    anchor = page.evaluate("location.hash")
    article = page.locator(anchor)
    expect(article).to_contain_text(NEW_ARTICLE)
    label = article.locator(".pol-article-label").inner_text()
    assert label == "第六条"

    # the article's own permalink (¶) puts its anchor in the address bar
    page.goto(page.url.split("#")[0])
    page.get_by_role("link", name=f"{label}的链接").click()
    assert page.evaluate("location.hash") == anchor
    assert page.evaluate("document.querySelector(':target').id") == anchor[1:]
    page.shot("permalink")

    # 字体大小: the larger size applies at once and survives a reload
    before = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.pol-para')).fontSize)")
    page.get_by_role("button", name="大号字体").click()
    expect(page.locator("html")).to_have_class(re.compile(r"\bfs-large\b"))
    page.reload()
    expect(page.get_by_role("button", name="大号字体")).to_have_attribute("aria-pressed", "true")
    after = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.pol-para')).fontSize)")
    assert after > before
    page.shot("large-font")

    # 历史版本 -> 修订对照 of version 1 and version 2
    page.get_by_role("link", name="历史版本").click()
    expect(page.locator(".version-item")).to_have_count(2)
    page.shot("history")
    page.get_by_label("修订前版本").select_option(label="第1版")
    page.get_by_label("修订后版本").select_option(label="第2版")
    page.get_by_role("button", name="对照").click()
    page.wait_for_url("**/compare/?from=1&to=2")
    expect(page.locator(".version-subtitle")).to_have_text("修订对照：第1版 → 第2版")
    inserted = page.locator("section.vchange--inserted")
    expect(inserted).to_have_count(1)
    expect(inserted).to_contain_text(NEW_ARTICLE)
    expect(page.locator("section.vchange--changed ins").filter(has_text="办")).not_to_have_count(0)
    page.shot("compare")

    text = open_pdf(page, page.get_by_role("link", name="下载修订对照表（PDF）"))
    assert f"《{RULES}》修订对照表" in text
    assert "第1版（2022年3月30日施行）→ 第2版（2024年1月1日施行）" in text
    assert "工作台账" in text
