"""After 建立草稿 the import warnings stay on the draft as Wagtail comments until the editor resolves them."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Comment

from home.demo import ensure_site
from policies.demo import load_library
from policies.importer import parse_text
from policies.importer.build import build
from policies.importer.comments import MAX_COMMENTS, texts

CUT = "示例镇社区矫正委员会工作规则\n第一条 为规范工作，制定本规则。\n第二条 本规则自印发\n"


def test_texts_name_each_warning_with_its_label_and_line_and_the_missing_dates():
    found = texts(parse_text(CUT))
    assert len(found) == 2
    assert found[0] == "【缺少日期】没有读到成文日期和发布日期，请在“元数据”中填写。"  # no line: before the others
    assert found[1].startswith("【文件可能不完整】第 3 行：文件可能不完整")


def test_a_dated_complete_document_leaves_no_comment():
    assert texts(parse_text(CUT.replace("印发\n", "印发之日起施行。\n示例镇人民政府\n2024年5月6日\n")
                            .replace("\n第一条", "\n发布日期：2024年5月7日\n第一条"))) == []


def test_many_warnings_are_capped_with_a_count():
    doc = {"warnings": [{"code": "noise", "label": "插入的杂字", "line": n, "message": "删除。"} for n in range(1, 50)],
           "metadata": {"date_written": "2024-01-01", "date_published": "2024-01-02"}}
    found = texts(doc)
    assert len(found) == MAX_COMMENTS and found[-1].startswith("另有 20 条")


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("realdocs-editor", "e@example.com", "x")


def test_the_draft_carries_the_warnings_as_open_comments_shown_in_the_editor(editor, client):
    ensure_site()
    page, _ = build(parse_text(CUT), load_library(), user=editor)
    comments = Comment.objects.filter(page=page, resolved_at__isnull=True)
    assert [c.text for c in comments] == texts(parse_text(CUT))
    assert all(c.contentpath == "title" and c.user == editor for c in comments)
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert "文件可能不完整".encode("unicode_escape").decode() in response.content.decode()  # in the comments JSON


def test_without_a_user_no_comment_is_left(db):
    ensure_site()
    page, _ = build(parse_text(CUT), load_library())
    assert not Comment.objects.filter(page=page).exists()
