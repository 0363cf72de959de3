"""Editors see the computed 第N条 on each article block while editing, renumbered live."""

import pytest
from django.urls import reverse

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def labels(tab):
    return tab.locator("[data-pol-article-number]:visible").all_inner_texts()


def test_adding_an_article_in_the_middle_renumbers_the_labels(page, live_server, rules, django_user_model):
    django_user_model.objects.create_superuser("root-js", password="pw-12345678")
    page.goto(live_server.url + reverse("wagtailadmin_login"))
    page.fill("input[name=username]", "root-js")
    page.fill("input[name=password]", "pw-12345678")
    page.locator("button[type=submit]").first.click()
    page.goto(live_server.url + reverse("wagtailadmin_pages:edit", args=[rules.pk]))

    page.wait_for_selector("[data-pol-article-number]")
    assert labels(page) == ["第一条", "第二条", "第三条", "第四条"]
    page.shot("numbered")

    # Insert an article right after the first one (blocks: heading, 1st, 2nd, heading, 3rd, 4th).
    # The stream's own "+" buttons (not the 款 lists' ones): before the 1st block, then after each block.
    inserters = page.locator("[data-streamfield-stream-container] > .c-sf-add-button, "
                             "[data-streamfield-stream-container] > * > .c-sf-add-button")
    inserters.nth(2).click()
    page.shot("block-menu")
    page.get_by_role("option", name="条", exact=True).click()
    page.wait_for_function("document.querySelectorAll('[data-pol-article-number]').length === 5")
    assert labels(page) == ["第一条", "第二条", "第三条", "第四条", "第五条"]
    # The new block is 第二条: the one that was 第二条 is now 第三条.
    new_block = page.locator("[data-streamfield-stream-container] > [data-streamfield-child]").nth(2)
    assert new_block.locator("[data-pol-article-number]").inner_text() == "第二条"
    page.shot("inserted")

    # Moving it up above the first article makes it 第一条.
    new_block.locator("[data-streamfield-action='MOVE_UP']").first.click()
    moved = page.locator("[data-streamfield-stream-container] > [data-streamfield-child]").nth(1)
    page.wait_for_function("document.querySelectorAll('[data-streamfield-stream-container] > [data-streamfield-child]')[1]"
                           ".querySelector('[data-pol-article-number]').textContent === '第一条'")
    assert labels(page) == ["第一条", "第二条", "第三条", "第四条", "第五条"]
    new_block = moved

    # Deleting it numbers the rest back.
    new_block.locator("[data-streamfield-action='DELETE']").first.click()
    page.wait_for_function("document.querySelectorAll('[data-pol-article-number]').length === 4")
    assert labels(page) == ["第一条", "第二条", "第三条", "第四条"]
