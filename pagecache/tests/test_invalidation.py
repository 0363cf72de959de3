"""A published change shows up on the very next request; so do unit and site-settings edits."""

import pytest
from wagtail.models import Site

from home.models import SiteSettings
from pagecache import generation
from pagecache.middleware import HEADER
from policies.factories import article, build_policy, unit_named

pytestmark = pytest.mark.usefixtures("library_module")  # the library made once per module


def _warm(client, url):
    client.get(url)
    assert client.get(url)[HEADER] == "hit"


def test_publishing_a_new_revision_shows_at_once(client, policy):
    _warm(client, policy.url)
    policy.title = "示例镇社区矫正委员会工作规则（修订）"
    policy.save_revision().publish()
    response = client.get(policy.url)
    assert response[HEADER] == "miss"
    assert "工作规则（修订）" in response.content.decode()


def test_a_new_policy_appears_in_the_library_at_once(client, policy, library):
    _warm(client, library.url)
    build_policy(library, "新发布的办公室工作细则", slug="office-rules", body=[article("新条文。")])
    assert "新发布的办公室工作细则" in client.get(library.url).content.decode()


def test_unpublishing_takes_the_page_down_at_once(client, policy, library):
    _warm(client, policy.url)
    _warm(client, library.url)
    policy.unpublish()
    assert client.get(policy.url).status_code == 404
    assert policy.title not in client.get(library.url).content.decode()


def test_moving_and_deleting_a_page(client, policy, library):
    other = build_policy(library, "另一份文件", slug="other", body=[article("条文。")])
    old_url = policy.url
    _warm(client, old_url)
    policy.move(other, pos="last-child")
    assert client.get(old_url).status_code in (301, 302, 404)  # Wagtail may leave a redirect behind
    policy.refresh_from_db()
    _warm(client, policy.url)
    policy.delete()
    assert client.get(policy.url).status_code == 404


def test_renaming_a_member_unit_shows_on_its_pages(client, policy):
    unit = unit_named("司法所")
    unit_url = unit.get_absolute_url()
    _warm(client, unit_url)
    _warm(client, policy.url)
    unit.name = "镇司法所（更名）"
    unit.save()
    assert "镇司法所（更名）" in client.get(unit_url).content.decode()
    assert "镇司法所（更名）" in client.get(policy.url).content.decode()


def test_site_settings_change_shows_in_every_page_footer(client, policy):
    _warm(client, policy.url)
    settings_row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings_row.committee_name = "改名后的社区矫正委员会"
    settings_row.save()
    assert "改名后的社区矫正委员会" in client.get(policy.url).content.decode()


def test_a_bump_by_another_process_invalidates_this_one(client, policy):
    _warm(client, policy.url)
    generation.bump()  # what a publish in another gunicorn worker does to the shared generation
    assert client.get(policy.url)[HEADER] == "miss"


def test_an_evicted_generation_restarts_beyond_every_earlier_one(client, policy):
    _warm(client, policy.url)
    before = generation.current()
    generation.cache().delete(generation.KEY)  # evicted by the cache's own culling
    assert generation.current() > before
    assert client.get(policy.url)[HEADER] == "miss"


def test_a_draft_save_keeps_the_cache_warm(client, policy, library):
    _warm(client, policy.url)
    _warm(client, library.url)
    policy.title = "尚未发布的草稿标题"
    policy.save_revision()  # what 保存草稿 and autosave do
    build_policy(library, "未发布的新草稿", slug="new-draft", body=[article("条文。")], publish=False)
    assert client.get(policy.url)[HEADER] == "hit"
    assert client.get(library.url)[HEADER] == "hit"
    assert "尚未发布的草稿标题" not in client.get(policy.url).content.decode()


def test_deleting_a_draft_that_never_went_live_keeps_the_cache_warm(client, policy, library):
    draft = build_policy(library, "从未发布的草稿", slug="never-live", body=[article("条文。")], publish=False)
    _warm(client, policy.url)
    draft.delete()
    assert client.get(policy.url)[HEADER] == "hit"
