import pytest

from policies.factories import article, build_policy, unit_named
from policies.models import MemberUnit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("library_module")]  # the library made once per module


def test_unit_page_collects_duties_from_articles_and_duty_lists(client, rules, notice):
    unit = unit_named("司法所")
    html = client.get(f"/policies/units/{unit.slug}/").content.decode()
    assert "司法所主管全镇社区矫正工作。" in html  # an article naming the unit (seed 001 style)
    assert "主管本行政区域内社区矫正工作；" in html  # a duty list (seed 000 style)
    assert f'{rules.url}#art-4' in html


def test_unit_list_and_unknown_unit(client, library):
    html = client.get("/policies/units/").content.decode()
    assert "司法所" in html and "各村（社区）" in html
    assert client.get("/policies/units/no-such-unit/").status_code == 404


def test_unit_list_reads_the_policies_once_whatever_the_number_of_units(client, library, django_assert_max_num_queries):
    from django.contrib.auth import get_user_model

    # a signed-in reader bypasses the page cache, so every request below really renders the list
    client.force_login(get_user_model().objects.create_user("reader", password="pw-reader-2026"))
    client.get("/policies/units/")  # warm: site root, settings
    # 13: one is the session's sliding expiry (SESSION_SAVE_EVERY_REQUEST), written on every signed-in request
    with django_assert_max_num_queries(13) as few:
        client.get("/policies/units/")
    queries = len(few.captured_queries)  # read now: the next request clears the connection's query log
    for n in range(30):
        MemberUnit.objects.create(name=f"示例单位{n}", slug=f"shili-{n}")
    client.get("/policies/units/")  # warm again: a unit change starts a new cache generation (site lookup)
    with django_assert_max_num_queries(queries):
        html = client.get("/policies/units/").content.decode()
    assert "示例单位29" in html


def test_unit_page_never_shows_hidden_documents(client, library):
    build_policy(library, "不予公开的职责", slug="hidden", disclosure="not_public",
                 body=[article("内部职责。", unit="派出所")])
    unit = unit_named("派出所")
    assert "内部职责" not in client.get(f"/policies/units/{unit.slug}/").content.decode()


def test_demo_units_are_idempotent(library):
    from policies.demo import UNITS_000, UNITS_001, load_units

    load_units()
    assert MemberUnit.objects.count() == len(UNITS_000) + len(UNITS_001)
    assert len(UNITS_000) == 11
