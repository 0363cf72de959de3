"""A reader on a phone and on a desktop: metadata, TOC, article permalinks, print and PDF links."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("width", [360, 1280])
def test_reader_follows_toc_and_permalinks(page, live_server, rules, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(live_server.url + rules.url)
    assert page.locator(".pol-meta").get_by_text("示府发〔2023〕7号").is_visible()
    assert page.locator(".pol-article-label").all_inner_texts() == ["第一条", "第二条", "第三条", "第四条"]
    # no horizontal scrolling on a phone
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.shot(f"policy-{width}")
    page.locator(".pol-toc a", has_text="职责任务").click()
    assert page.evaluate("location.hash") == "#chap-2"
    page.locator("#art-4 .pol-permalink").click()
    assert page.evaluate("location.hash") == "#art-4"
    assert page.evaluate("document.querySelector(':target').id") == "art-4"
    assert 0 <= page.evaluate("document.querySelector('#art-4').getBoundingClientRect().top") < 800
    page.shot(f"permalink-{width}")
    page.get_by_role("link", name="打印本页").click()
    expect(page.locator(".main-nav")).to_have_count(0)
    expect(page.locator("h1")).to_have_text(rules.title)
    page.shot(f"print-{width}")
    response = page.request.get(live_server.url + rules.url + "pdf/")
    assert response.ok and response.headers["content-type"] == "application/pdf"


def test_library_filters_in_the_browser(page, live_server, rules, opinion):
    page.goto(live_server.url + "/policies/")
    assert page.locator(".pol-list > li").count() == 2
    page.select_option("select[name=publisher]", "市司法局")
    page.get_by_role("button", name="筛选").click()
    expect(page.locator(".pol-list > li")).to_have_count(1)
    expect(page.locator(".pol-list")).to_contain_text("关于村(居)委会协助社区矫正工作的意见")
    page.shot("library-filtered")
