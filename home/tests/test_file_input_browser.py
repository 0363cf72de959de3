"""In an English browser the upload forms still say 选择文件 / 未选择文件, work from the keyboard, name the
chosen file, pass axe-core, and Wagtail's own multiple uploader still uploads."""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from playwright.sync_api import expect
from wagtail.documents.models import Document
from wagtail.models import Collection

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
# axe on the field (label, help, input, button, status) only: the rest of Wagtail's admin page is not
# what this change touches (its tag input on the document form has no label of its own: Wagtail's).
RUN_AXE = """async (selector) => (await axe.run(document.querySelector(selector).closest('.w-field__wrapper'),
  {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations
  .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(' | '))"""
OUTPUT = Path(settings.BASE_DIR) / "test-output" / "file-input"


def _tab(chromium, live_server, username):
    """An English-language browser signed in as `username` (a session made by force_login)."""
    if Collection.get_first_root_node() is None:  # a migration makes it; a transactional test's flush took it
        Collection.add_root(name="Root")
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                          "url": live_server.url}])
    context.add_init_script(AXE.read_text())
    return context.new_page()


@pytest.mark.parametrize("username, url, before", [
    ("editor", "/admin/policies/import/", "#id_text"),
    ("head", "/admin/records/sheets/supervisees/import/", None),
    ("admin", "/admin/documents/add/", "#id_title"),
])
def test_upload_forms_say_choose_file_in_chinese_and_stay_accessible(live_server, chromium, demo, tmp_path,
                                                                     username, url, before):
    tab = _tab(chromium, live_server, username)
    tab.goto(live_server.url + url)
    button, status = tab.locator(".cn-file__button"), tab.locator(".cn-file__status")
    expect(button).to_have_text("选择文件")
    expect(status).to_have_text("未选择文件")
    assert tab.evaluate(RUN_AXE, "#id_file") == []
    if before:  # the keyboard reaches the hidden input, and its button shows the focus
        tab.focus(before)
        tab.keyboard.press("Tab")
        assert tab.evaluate("document.activeElement.id") == "id_file"
        assert tab.evaluate("getComputedStyle(document.querySelector('.cn-file__button')).outlineStyle") == "solid"
    sample = tmp_path / "样例文件.txt"
    sample.write_text("示例", encoding="utf-8")
    with tab.expect_file_chooser() as chooser:  # the button opens the browser's file dialog
        button.click()
    chooser.value.set_files(str(sample))
    expect(status).to_have_text("样例文件.txt")
    if url.startswith("/admin/documents/"):  # Wagtail's own w-sync still fills the title from the file name
        expect(tab.locator("#id_title")).to_have_value("样例文件")
    OUTPUT.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(OUTPUT / f"{username}.png"))
    assert tab.evaluate(RUN_AXE, "#id_file") == []
    tab.context.close()


def test_wagtails_multiple_uploader_still_uploads(live_server, chromium, demo, tmp_path):
    tab = _tab(chromium, live_server, "admin")
    tab.goto(live_server.url + "/admin/documents/multiple/add/")
    sample = tmp_path / "多文件上传.txt"
    sample.write_text("示例", encoding="utf-8")
    tab.set_input_files("#fileupload", str(sample))
    expect(tab.locator("#upload-list li.upload-success")).to_be_visible()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(OUTPUT / "multiple-upload.png"))
    assert Document.objects.filter(file__contains="txt").exists()
    tab.context.close()
