"""The route table (pagecache/routes.py): a rendered page asks nothing of the page tree once warm, and
every change the public can see reaches the next request; a draft save does not cool it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from home.models import SiteSettings
from pagecache import generation, routes
from policies.factories import article, build_policy

# What routing asks: the tree walk (a child by slug), the ancestors whose view restrictions apply, the
# site settings. A policy page reads nothing else of these tables; the library and home page list pages.
ROUTING = ('"wagtailcore_page"."slug" = ', '"wagtailcore_page"."path" IN (', 'FROM "home_sitesettings"')
TABLES = ('"wagtailcore_page"', '"wagtailcore_pageviewrestriction"', '"home_sitesettings"')


def _render(client, url, signs=ROUTING):
    """A render past the page cache (a session cookie, as for a logged-in reader), and its routing queries."""
    client.cookies["sessionid"] = "no-such-session"
    with CaptureQueriesContext(connection) as seen:
        response = client.get(url)
    return response, [q["sql"] for q in seen.captured_queries if any(sign in q["sql"] for sign in signs)]


def _warm(client, url, signs=ROUTING):
    first, cold = _render(client, url, signs)
    second, warm = _render(client, url, signs)
    assert first.status_code == second.status_code == 200
    assert cold and warm == [], warm
    return second


def test_a_warm_render_asks_nothing_of_the_page_tree(client, policy, library):
    body = _warm(client, policy.url, TABLES).content.decode()
    assert "司法所主管全镇社区矫正工作。" in body and library.title in body  # the page and its breadcrumb
    print_view = _warm(client, policy.url + "print/", TABLES)  # the page's own sub-routes still run
    assert "司法所主管全镇社区矫正工作。" in print_view.content.decode()
    _warm(client, library.url)
    _warm(client, "/")


def test_a_missing_path_is_a_404_and_never_stored(client, policy):
    assert _render(client, policy.url)[0].status_code == 200
    for _ in range(2):
        assert _render(client, policy.url + "no-such-part/")[0].status_code == 404
        assert _render(client, "/no-such-page/")[0].status_code == 404
    site = Site.objects.get(is_default_site=True)
    assert generation.cache().get(routes.entry_key(site, "no-such-page/")) is None
    assert generation.cache().get(routes.entry_key(site, policy.url.lstrip("/"))) is not None


def test_a_published_title_shows_at_once(client, policy):
    _warm(client, policy.url)
    policy.title = "示例镇社区矫正委员会工作规则（修订）"
    policy.save_revision().publish()
    assert "工作规则（修订）" in _render(client, policy.url)[0].content.decode()


def test_an_ancestors_new_title_shows_in_the_breadcrumb(client, policy, library):
    _warm(client, policy.url)
    library.title = "政策文件（新栏目名）"
    library.save_revision().publish()
    assert "政策文件（新栏目名）" in _render(client, policy.url)[0].content.decode()


def test_unpublished_and_deleted_pages_are_gone_at_once(client, policy, library):
    other = build_policy(library, "另一份文件", slug="other", body=[article("条文。")])
    _warm(client, policy.url)
    _warm(client, other.url)
    policy.unpublish()
    assert _render(client, policy.url)[0].status_code == 404
    other.delete()
    assert _render(client, other.url)[0].status_code == 404


def test_a_moved_page_answers_at_its_new_address(client, policy, library):
    notice = build_policy(library, "关于印发规则的通知", slug="notice", body=[article("通知。")])
    old_url = policy.url
    _warm(client, old_url)
    policy.move(notice, pos="last-child")
    policy.refresh_from_db()
    assert _render(client, old_url)[0].status_code in (301, 302, 404)  # Wagtail may leave a redirect behind
    moved = _render(client, policy.url)[0]
    assert moved.status_code == 200 and "关于印发规则的通知" in moved.content.decode()  # its new breadcrumb


def test_a_changed_slug_moves_the_page(client, policy):
    old_url = policy.url
    _warm(client, old_url)
    policy.slug = "renamed-rules"
    policy.save_revision().publish()
    policy.refresh_from_db()
    assert policy.url != old_url
    assert _render(client, old_url)[0].status_code in (301, 302, 404)
    assert _render(client, policy.url)[0].status_code == 200


@pytest.mark.parametrize("kind", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_a_view_restriction_added_and_removed(client, policy, library, kind):
    _warm(client, library.url)
    restriction = PageViewRestriction.objects.create(page=library, restriction_type=kind, password="secret")
    for _ in range(2):  # the walk, then the table: both still ask
        response, _ = _render(client, library.url)
        if kind == PageViewRestriction.PASSWORD:
            assert response.status_code == 200
            assert "authenticate_with_password" in response.content.decode()
            assert policy.title not in response.content.decode()
        else:
            assert response.status_code == 302 and "/_util/login/" in response["Location"]
        assert "no-cache" in response["Cache-Control"]
    restriction.delete()
    assert policy.title in _warm(client, library.url).content.decode()


def test_a_restriction_on_an_ancestor_applies_from_the_table(client, policy, library):
    home = library.get_parent()
    _warm(client, library.url)
    PageViewRestriction.objects.create(page=home, restriction_type=PageViewRestriction.LOGIN)
    for _ in range(2):
        response, _ = _render(client, library.url)
        assert response.status_code == 302 and "/_util/login/" in response["Location"]


def test_a_settings_edit_shows_at_once(client, policy):
    _warm(client, policy.url)
    row = SiteSettings.objects.get(site=Site.objects.get(is_default_site=True))
    row.committee_name = "改名后的社区矫正委员会"
    row.save()
    assert "改名后的社区矫正委员会" in _render(client, policy.url)[0].content.decode()


def test_a_draft_save_leaves_the_table_warm(client, policy, library):
    _warm(client, policy.url)
    policy.title = "尚未发布的草稿标题"
    policy.slug = "draft-slug"
    policy.save_revision()  # 保存草稿: Wagtail writes only its bookkeeping columns on the live row
    library.title = "栏目草稿名"
    library.save_revision()
    response, routing = _render(client, policy.url)
    assert response.status_code == 200 and routing == []
    assert "尚未发布的草稿标题" not in response.content.decode()
    assert "栏目草稿名" not in response.content.decode()
