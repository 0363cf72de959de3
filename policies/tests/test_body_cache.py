"""The rendered body of a live revision is cached (policies/fragments.py), and never outlives it.

Requests carry a session cookie, as a logged-in reader's do: the page cache steps aside and every
request renders the page, so what is asserted is the body cache itself.
"""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import PageViewRestriction

from pagecache import fragments, generation
from policies import fragments as policy_fragments
from policies.factories import article, build_policy, duty_list, heading, stream_data, unit_named

pytestmark = pytest.mark.usefixtures("library_module")  # the library made once per module

USERNAME = "委员会工作人员甲"


@pytest.fixture
def rules(library):
    return build_policy(library, "示例镇社区矫正委员会工作规则", slug="rules", body=[
        heading("总则"),
        article("为规范社区矫正工作，制定本规则。"),
        heading("职责"),
        duty_list("司法所", ["主管全镇社区矫正工作。"]),
    ], doc_number="示府发〔2023〕7号", publisher="示例镇人民政府")


@pytest.fixture
def reader(client):
    client.cookies["sessionid"] = "no-such-session"  # bypasses the page cache; still anonymous
    return client


@pytest.fixture
def renders(monkeypatch):
    """Every render of the parts, as (page id, body HTML)."""
    seen = []
    original = policy_fragments.render_parts

    def counting(shown, upcoming):
        parts = original(shown, upcoming)
        seen.append((shown.pk, parts["body"]))
        return parts

    monkeypatch.setattr(policy_fragments, "render_parts", counting)
    return seen


def stored(page):
    page.refresh_from_db()
    key = fragments.key("policy", (page.pk, page.live_revision_id, timezone.localdate().isoformat()))
    return generation.cache().get(key)


def text_of(response):
    assert response.status_code == 200
    return response.content.decode()


def test_the_body_is_rendered_once_and_served_from_the_cache(reader, rules, renders):
    first = text_of(reader.get(rules.url))
    second = text_of(reader.get(rules.url))
    assert len(renders) == 1
    assert first == second
    parts = stored(rules)
    assert parts["body"] in second and "为规范社区矫正工作" in parts["body"]
    assert 'class="pol-toc' in parts["toc"]  # two chapters and a unit: a table of contents


def test_publishing_a_new_revision_renders_the_new_body(reader, rules, renders):
    reader.get(rules.url)
    rules.body = stream_data([article("修订后的条文。")])
    rules.save_revision().publish()
    html = text_of(reader.get(rules.url))
    assert "修订后的条文" in html and "为规范社区矫正工作" not in html
    assert len(renders) == 2
    assert "修订后的条文" in stored(rules)["body"]


def test_a_draft_save_leaves_the_body_unchanged(reader, rules, renders):
    before = text_of(reader.get(rules.url))
    key_before = stored(rules)
    draft = rules.get_latest_revision_as_object()
    draft.body = stream_data([article("尚未发布的草稿条文。")])
    draft.save_revision()
    after = text_of(reader.get(rules.url))
    assert "尚未发布的草稿条文" not in after
    assert after == before
    assert len(renders) == 1  # still the cached body of the live revision
    assert stored(rules) == key_before


def test_renaming_a_unit_named_in_the_body_renders_the_new_name(reader, rules, renders):
    assert "司法所" in text_of(reader.get(rules.url))
    unit = unit_named("司法所")
    unit.name = "镇司法所（更名）"
    unit.save()
    html = text_of(reader.get(rules.url))
    assert "镇司法所（更名）" in html
    assert len(renders) == 2


def test_a_preview_of_a_draft_is_never_stored(reader, rules):
    draft = rules.get_latest_revision_as_object()
    draft.body = stream_data([article("只在预览里出现的条文。")])
    preview = draft.make_preview_request()
    preview.render()
    assert "只在预览里出现的条文" in preview.content.decode()
    assert "只在预览里出现的条文" not in text_of(reader.get(rules.url))
    assert "只在预览里出现的条文" not in stored(rules)["body"]


def test_the_cached_parts_are_the_same_for_every_reader(client, rules):
    """Filled by a logged-in member of staff, served to the public: nothing of the staff member inside."""
    staff = get_user_model().objects.create_user(USERNAME, password="pw", is_superuser=True, is_staff=True)
    client.force_login(staff)
    staff_html = text_of(client.get(rules.url))
    parts = stored(rules)
    for html in parts.values():
        assert USERNAME not in html
        assert "csrfmiddlewaretoken" not in html and "csrftoken" not in html
    assert parts["body"] in staff_html

    client.logout()
    generation.cache().clear()
    client.cookies["sessionid"] = "no-such-session"
    text_of(client.get(rules.url))  # filled again, by an anonymous reader this time
    assert stored(rules) == parts


def test_a_page_that_leaves_the_public_is_gone_at_once(reader, rules, library):
    text_of(reader.get(rules.url))
    rules.disclosure = "on_request"
    rules.save_revision().publish()
    assert reader.get(rules.url).status_code == 404
    rules.disclosure = "proactive"
    rules.save_revision().publish()
    text_of(reader.get(rules.url))
    PageViewRestriction.objects.create(page=library, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert reader.get(rules.url).status_code != 200


def test_a_new_replaced_page_is_listed_at_once(reader, rules, library):
    assert "本文件取代了" not in text_of(reader.get(rules.url))
    old = build_policy(library, "旧的工作规则", slug="old-rules", body=[article("旧条文。")])
    old.validity, old.superseded_by = "amended", rules
    old.save_revision().publish()
    assert "旧的工作规则" in text_of(reader.get(rules.url))
