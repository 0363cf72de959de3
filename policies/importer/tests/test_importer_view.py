"""The 导入文档 admin view: paste or upload, preview with warnings, create a draft."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from policies.models import PolicyLibraryPage, PolicyPage

from .helpers import SEED_003, editor_world

URL = "/admin/policies/import/"


@pytest.fixture
def editor(db, client):
    editor_world()
    client.force_login(get_user_model().objects.get(username="editor"))
    return client


def library_id():
    return PolicyLibraryPage.objects.get().pk


def test_menu_item_and_form(editor):
    assert reverse("policy_import") == URL
    assert URL in editor.get("/admin/").content.decode()  # the menu (JSON for the sidebar) links it
    page = editor.get(URL).content.decode()
    assert "粘贴文字" in page and "政策文件" in page  # the library is offered as parent


def test_preview_then_create_a_draft_without_the_spam(editor):
    upload = SimpleUploadedFile("003.txt", SEED_003.read_bytes(), content_type="text/plain")
    response = editor.post(URL, {"file": upload, "parent": library_id(), "preview": "1"})
    html = response.content.decode()
    assert response.status_code == 200 and "识别结果" in html
    assert "疑似注入的广告文字" in html and "第 236 行" in html and "一、" in html and "指导思想" in html
    assert not PolicyPage.objects.exists()  # preview writes nothing
    text = response.context["form"].data["text"]  # the decoded text travels with the form
    response = editor.post(URL, {"text": text, "parent": library_id(), "drop_spam": "on", "create": "1"})
    page = PolicyPage.objects.get(doc_number="马司〔2022〕3号")
    assert response.status_code == 302 and response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert not page.live and "云顶" not in page.title and page.get_children().count() == 2
    assert page.latest_revision.user.username == "editor"


@pytest.mark.parametrize("data, message", [
    ({}, "请粘贴文字或上传文件"),
    ({"file": SimpleUploadedFile("x.bin", bytes(range(256)) * 8)}, "无法识别的文件格式"),
    ({"file": SimpleUploadedFile("x.txt", b"")}, "空"),
])
def test_bad_input_gives_a_message_not_an_error(editor, data, message):
    response = editor.post(URL, {**data, "parent": library_id(), "preview": "1"})
    assert response.status_code == 200 and message in response.content.decode()
    assert not PolicyPage.objects.exists()


def test_village_staff_cannot_import(editor, client):
    client.force_login(get_user_model().objects.get(username="village_a"))
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert URL not in client.get("/admin/").content.decode()


GROUPED = ("当前位置：首页 > 政策文件\n示例镇社区矫正委员会工作规则\n示司〔2024〕1号\n"
           "第一条 为规范工作，制定本规则。\n— 2 —\n第二条 本规则自印发之日起施行。\n")


def test_the_preview_groups_decisions_removals_metadata_read_and_residue(editor):
    response = editor.post(URL, {"text": GROUPED, "parent": library_id(), "preview": "1"})
    notes = response.context["preview"]["notes"]
    assert [w["code"] for w in notes["decide"]] == ["date_missing"]
    assert [(w["code"], w["line"]) for w in notes["removed"]] == [("web_chrome", 1)]  # the breadcrumb
    assert [(r["code"], r["line"]) for r in notes["metadata"]] == [("doc_number", 3)]  # the 文号 under the title
    assert [(r["code"], r["line"]) for r in notes["residue"]] == [("page_number", 5)]
    html = response.content.decode()
    decide, rest = html.split("需要您决定的问题（1）")[1].split("已略去的文字，请浏览核对（1）")
    assert "缺少日期" in decide and "当前位置" not in decide
    removed, read = rest.split("读作元数据 1 处")
    assert "当前位置" in removed
    assert "示司〔2024〕1号" in read.split("已自动修复 1 处排版残留")[0] and "— 2 —" in read.split("排版残留")[1]
