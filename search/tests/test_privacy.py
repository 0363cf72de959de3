"""Only public content is searchable: drafts, 依申请公开 pages, restricted pages and records never."""

import pytest
from wagtail.models import PageViewRestriction

from search.models import SearchEntry

from .conftest import DRAFT_WORD, ON_REQUEST_WORD, SUPERVISEE_NAME

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_module")]  # the demo loaded once


def found(client, query, page=None):
    """Whether the query finds anything (or, given a page, a hit on that page)."""
    html = client.get("/search/", {"q": query}).content.decode()
    if page is None:
        return "没有找到" not in html
    return f'href="{page.url}' in html


def test_draft_is_never_found(client, site_pages):
    assert not found(client, DRAFT_WORD)
    assert not SearchEntry.objects.filter(page=site_pages["draft"]).exists()


def test_on_request_document_is_never_found(client, site_pages):
    assert not found(client, ON_REQUEST_WORD)
    assert not SearchEntry.objects.filter(page=site_pages["on_request"]).exists()


def test_supervisee_records_are_never_found(client, site_pages, supervisee):
    assert not found(client, SUPERVISEE_NAME)
    assert not found(client, supervisee.id_number)
    assert not found(client, "危险驾驶")


def test_view_restriction_hides_a_page_and_lifting_it_shows_it_again(client, site_pages, django_capture_on_commit_callbacks):
    notice, rules = site_pages["notice"], site_pages["rules"]
    assert found(client, "负责统筹协调", rules)
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(page=notice, restriction_type="password", password="x")
    # The attachment under the notice is hidden too.
    assert not found(client, "负责统筹协调", rules)
    assert not found(client, "回府发", notice)
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert found(client, "负责统筹协调", rules)


def test_changing_disclosure_and_publishing_drops_the_page(client, site_pages):
    opinion = site_pages["opinion"]
    assert found(client, "矫正小组成员责任", opinion)
    opinion.disclosure = "not_public"
    opinion.save_revision().publish()
    assert not found(client, "矫正小组成员责任", opinion)
