"""Index rows per article, kept current by publish/unpublish/delete, rebuildable by command."""

import io

import pytest
from django.core.management import call_command

from search.indexer import build_entries
from search.models import SearchEntry

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_module")]  # the demo loaded once


def rows(page):
    return list(SearchEntry.objects.filter(page=page).order_by("position"))


def test_one_row_per_article_heading_and_document(site_pages):
    entries = rows(site_pages["rules"])
    kinds = [e.kind for e in entries]
    assert kinds.count("document") == 1 and kinds.count("article") == 20 and kinds.count("heading") == 5
    twelfth = next(e for e in entries if e.label == "第十二条")
    assert twelfth.anchor == "art-12" and twelfth.display_text.startswith("第十二条")
    assert entries[1].label == "一、机构设置" and entries[1].anchor == "chap-1"


def test_attachment_inherits_notice_metadata(site_pages):
    entry = rows(site_pages["rules"])[0]
    assert entry.doc_number == "回府发〔2023〕104号"
    assert entry.publisher == "重庆市沙坪坝区回龙坝镇人民政府"
    assert entry.year == 2023 and entry.validity == "expired"  # its own 有效性, not inherited


def test_text_has_no_pdf_line_breaks_and_norm_matches_text(site_pages):
    for entry in rows(site_pages["rules"]):
        assert "\n" not in entry.display_text
        assert len(entry.norm) == len(entry.display_text)


def test_republish_replaces_rows(site_pages):
    rules = site_pages["rules"]
    before = len(rows(rules))
    rules.body = list(rules.body.raw_data)[:3]
    rules.save_revision().publish()
    assert len(rows(rules)) == 4 < before


def test_unpublishing_a_notice_hides_its_attachments(site_pages):
    notice, rules = site_pages["notice"], site_pages["rules"]
    notice.unpublish()
    assert not rows(notice)
    assert not rows(rules)  # public_policies(): an attachment is public only under a public notice
    notice.save_revision().publish()
    assert rows(notice) and rows(rules)


def test_unpublishing_an_attachment_keeps_its_notice(site_pages):
    site_pages["rules"].unpublish()
    assert not rows(site_pages["rules"]) and rows(site_pages["notice"])


def test_unpublish_with_attachments_removes_them_all(site_pages):
    from wagtail.actions.unpublish_page import UnpublishPageAction

    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.get(username="admin")
    UnpublishPageAction(site_pages["notice"], user=admin, include_descendants=True).execute()
    assert not rows(site_pages["notice"]) and not rows(site_pages["rules"])


def test_delete_removes_rows(site_pages):
    notice_id, rules_id = site_pages["notice"].pk, site_pages["rules"].pk
    site_pages["notice"].delete()
    assert not SearchEntry.objects.filter(page_id__in=[notice_id, rules_id]).exists()


def test_rebuild_command_restores_the_same_rows(site_pages):
    expected = sorted(SearchEntry.objects.values_list("page_id", "position", "norm"))
    SearchEntry.objects.all().delete()
    out = io.StringIO()
    call_command("rebuild_policy_index", stdout=out)
    assert "已重建检索索引" in out.getvalue()
    assert sorted(SearchEntry.objects.values_list("page_id", "position", "norm")) == expected


def test_build_entries_of_an_empty_body(site_pages):
    entries = build_entries(site_pages["notice"].specific)
    assert [e.kind for e in entries] == ["document"]
    text = entries[0].display_text
    assert "回府发〔2023〕104号" in text and "各村（社区），各部门" in text
