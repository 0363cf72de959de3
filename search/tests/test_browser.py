"""A reader searches from the header box on a phone-sized screen and lands on the article."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_search_from_header_to_article(live_server, page, demo_pages):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/")
    page.fill("#header-q", "负责统筹协调和指导")
    page.press("#header-q", "Enter")
    page.wait_for_url("**/search/?q=*")
    page.shot("results")
    first = page.locator(".search-hit").first
    assert first.locator("mark").first.inner_text() == "负责统筹协调和指导"
    assert "第二条" in first.locator(".hit-label").inner_text()
    first.locator(".hit-title a").click()
    page.wait_for_url("**#art-2")
    assert page.locator("#art-2").count() == 1
    page.shot("article")


def test_misspelling_offers_a_suggestion_that_works(live_server, page, demo_pages):
    page.goto(live_server.url + "/search/?q=社区矫证")
    assert "没有找到" in page.inner_text("main")
    page.shot("empty")
    page.click("a.suggestion >> nth=0")
    page.wait_for_selector(".search-hit")
    assert page.locator(".search-hit mark").count() > 0
