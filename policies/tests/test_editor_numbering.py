"""Editors see the computed 第N条 on each article block while editing, renumbered live."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.browser.helpers import second_factor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def expect_labels(tab, texts):
    # Retries: a new block fades in, so its label is in the DOM before it is visible.
    expect(tab.locator("[data-pol-article-number]:visible")).to_have_text(texts)


def test_adding_an_article_in_the_middle_renumbers_the_labels(page, live_server, rules, django_user_model):
    django_user_model.objects.create_superuser("root-js", password="pw-12345678")
    page.goto(live_server.url + reverse("wagtailadmin_login"))
    page.fill("input[name=username]", "root-js")
    page.fill("input[name=password]", "pw-12345678")
    page.locator("button[type=submit]").first.click()
    second_factor(page, live_server, "root-js")  # a superuser sets up two-factor login first
    page.goto(live_server.url + reverse("wagtailadmin_pages:edit", args=[rules.pk]))

    expect_labels(page, ["第一条", "第二条", "第三条", "第四条"])
    page.shot("numbered")

    # Insert an article right after the first one (blocks: heading, 1st, 2nd, heading, 3rd, 4th).
    # The stream's own "+" buttons (not the 款 lists' ones): before the 1st block, then after each block.
    inserters = page.locator("[data-streamfield-stream-container] > .c-sf-add-button, "
                             "[data-streamfield-stream-container] > * > .c-sf-add-button")
    inserters.nth(2).click()
    page.shot("block-menu")
    page.get_by_role("option", name="条", exact=True).click()
    expect_labels(page, ["第一条", "第二条", "第三条", "第四条", "第五条"])
    # The new block is 第二条: the one that was 第二条 is now 第三条.
    new_block = page.locator("[data-streamfield-stream-container] > [data-streamfield-child]").nth(2)
    expect(new_block.locator("[data-pol-article-number]")).to_have_text("第二条")
    page.shot("inserted")

    # Moving it up above the first article makes it 第一条.
    new_block.locator("[data-streamfield-action='MOVE_UP']").first.click()
    new_block = page.locator("[data-streamfield-stream-container] > [data-streamfield-child]").nth(1)
    expect(new_block.locator("[data-pol-article-number]")).to_have_text("第一条")
    expect_labels(page, ["第一条", "第二条", "第三条", "第四条", "第五条"])

    # Deleting it numbers the rest back.
    new_block.locator("[data-streamfield-action='DELETE']").first.click()
    expect_labels(page, ["第一条", "第二条", "第三条", "第四条"])

    # An excerpt's 起始编号 on the first article: it and those after it count from there, as the page will.
    first = page.locator("[data-streamfield-stream-container] > [data-streamfield-child]"
                         ":has([data-pol-article-number]:visible)").first
    first.locator("input[name$='-value-start']").first.fill("7")
    first.locator("input[name$='-value-start']").first.dispatch_event("change")
    expect_labels(page, ["第七条", "第八条", "第九条", "第十条"])
