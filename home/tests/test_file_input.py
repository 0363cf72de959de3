"""选择文件 / 未选择文件 on every admin upload form, whatever the browser's language (core/widgets.py)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from core.widgets import ChineseFileInput

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_module")]  # the demo loaded once

BUTTON = '<label for="id_file" class="button button-secondary cn-file__button">选择文件</label>'
STATUS = '<span class="cn-file__status" id="id_file-status" aria-live="polite">未选择文件</span>'


def test_the_input_stays_labelled_and_is_described_by_its_status():
    html = ChineseFileInput(attrs={"aria-describedby": "id_file-helptext"}).render(
        "file", None, {"id": "id_file"})
    field = html[html.index("<input"):html.index(">", html.index("<input")) + 1]
    assert 'type="file"' in field and 'id="id_file"' in field and 'class="cn-file__input"' in field
    assert 'aria-describedby="id_file-helptext id_file-status"' in field
    assert BUTTON in html and STATUS in html


def _as(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    return client


@pytest.mark.parametrize("username, url", [
    ("editor", "/admin/policies/import/"),
    ("head", "/admin/records/sheets/supervisees/import/"),
    ("admin", "/admin/documents/add/"),
])
def test_each_upload_form_has_the_chinese_button_and_loads_its_script(client, username, url):
    html = _as(client, username).get(url).content.decode()
    assert BUTTON in html and STATUS in html
    assert "/static/js/file-input.js" in html and "/static/css/file-input.css" in html


def test_replacing_a_documents_file_keeps_wagtails_title_sync(client):
    document = Document.objects.create(title="示例文档", file=ContentFile(b"text", name="sample.txt"))
    html = _as(client, "admin").get(f"/admin/documents/edit/{document.pk}/").content.decode()
    assert BUTTON in html and 'data-controller="w-sync"' in html and 'data-w-sync-target-value="#id_title"' in html


def test_wagtails_multiple_uploader_keeps_its_own_button(client):
    html = _as(client, "admin").get("/admin/documents/multiple/add/").content.decode()
    assert 'id="fileupload"' in html and "cn-file__input" not in html
