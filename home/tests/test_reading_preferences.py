"""字体大小 and 长者模式 survive a page change, in a real browser, by keyboard too."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_font_size_and_contrast_persist_across_pages(page, live_server, demo):
    page.goto(live_server.url + "/")
    page.shot("home")
    assert "fs-medium" in page.locator("html").get_attribute("class")

    page.get_by_role("button", name="大号字体").click()
    page.get_by_role("button", name="长者模式").focus()
    page.keyboard.press("Enter")  # keyboard-operable
    page.shot("large-high-contrast")
    assert page.get_by_role("button", name="大号字体").get_attribute("aria-pressed") == "true"

    page.goto(live_server.url + "/sitemap/")
    page.shot("after-navigation")
    classes = page.locator("html").get_attribute("class")
    assert "fs-large" in classes and "high-contrast" in classes
    assert page.get_by_role("button", name="长者模式").get_attribute("aria-pressed") == "true"
    size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert size >= 24  # 125% of 16px, and 长者模式 enlarges further


def test_phone_width_has_no_horizontal_scroll(page, live_server, demo):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/")
    page.shot("phone")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
