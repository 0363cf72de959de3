"""Two web hosts behind one name share PostgreSQL and Redis: the page cache is one cache.

Two gunicorn servers on 127.0.0.1 (two "hosts") serve the same test database and the same Redis. A page
cached through one is a hit through the other; a draft saved through one leaves the other's cache warm;
a publish through one is seen at once through the other. Runs in `.ci/run`'s Redis step
(`make test-redis`: REDIS_URL and a PostgreSQL DATABASE_URL); elsewhere it is skipped with the reason.
"""

import os
import re

import pytest
import requests
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import GroupPagePermission, Page

from pagecache.middleware import HEADER
from policies.factories import article, build_policy
from policies.tests.admin_forms import article_value, page_form
from tests.gunicorn import Gunicorn, ROOT

# Committed data: both servers read it through their own connections.
pytestmark = pytest.mark.django_db(transaction=True)

PUBLIC_HOST = "portal.test"  # what a load balancer would pass to both hosts
PASSWORD = "two-hosts-Pw-2026!"



def _missing_services():
    if not settings.REDIS_URL:
        return "REDIS_URL not set (make test-redis sets it)"
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        return "needs a PostgreSQL DATABASE_URL that both servers can reach"
    return ""


def _publisher():
    """A user who may edit and publish in the library and nothing else (no personal data)."""
    from django.contrib.auth import get_user_model

    group = Group.objects.create(name="两台主机测试：发布")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    page_ct = ContentType.objects.get_for_model(Page)
    library = Page.objects.get(slug="policies")
    for kind in ("add", "change", "publish"):
        GroupPagePermission.objects.create(group=group, page=library, permission=Permission.objects.get(
            content_type=page_ct, codename=f"{kind}_page"))
    user = get_user_model().objects.create_user("two-hosts", password=PASSWORD)
    user.groups.add(group)
    return user


@pytest.fixture
def hosts(request, tmp_path):
    missing = _missing_services()
    if missing:  # `make test-redis` sets CC_REQUIRE_SERVICES: there a missing service is a failure
        (pytest.fail if os.environ.get("CC_REQUIRE_SERVICES") == "1" else pytest.skip)(missing)
    request.getfixturevalue("library")  # committed (transaction=True below): the servers must see it
    db = connection.settings_dict
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="config.settings.test", PYTHONPATH=str(ROOT),
               DATABASE_URL=f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
               REDIS_URL=settings.REDIS_URL, CACHE_KEY_PREFIX=settings.CACHE_KEY_PREFIX)
    servers = [Gunicorn(env, tmp_path / f"host{n}.log") for n in (1, 2)]
    try:
        for server in servers:
            server.start(ready_path="/policies/")
        yield servers
    finally:
        for server in servers:
            server.stop()


def _get(server, path):
    response = requests.get(server.url(path), headers={"Host": PUBLIC_HOST}, timeout=30)
    assert response.status_code == 200, (server.url(path), response.status_code)
    return response


def _login(server):
    session = requests.Session()
    session.get(server.url("/admin/login/"), timeout=30)
    response = session.post(server.url("/admin/login/"), timeout=30, data={
        "username": "two-hosts", "password": PASSWORD, "csrfmiddlewaretoken": session.cookies["csrftoken"]},
        headers={"Referer": server.url("/admin/login/")})
    assert response.status_code == 200 and "/admin/login/" not in response.url, response.url
    return session


def _edit(session, server, page, title, action):
    edit = server.url(f"/admin/pages/{page.pk}/edit/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', session.get(edit, timeout=30).text)[1]
    data = page_form(title, page.slug, [("article", article_value("修改后的条文。"))],
                     csrfmiddlewaretoken=token, **({action: action} if action else {}))
    response = session.post(edit, data=data, headers={"Referer": edit}, timeout=60)
    assert response.status_code == 200, response.status_code


def test_a_page_cached_through_one_host_is_a_hit_through_the_other(hosts):
    one, two = hosts
    assert _get(one, "/policies/").headers[HEADER] == "miss"
    assert _get(two, "/policies/").headers[HEADER] == "hit"


def test_a_draft_through_one_keeps_the_other_warm_and_a_publish_shows_at_once(hosts, library):
    one, two = hosts
    _publisher()
    page = build_policy(library, "两台主机共用缓存的文件", slug="two-hosts", body=[article("原条文。")])
    path = page.url
    _get(one, path)
    assert _get(two, path).headers[HEADER] == "hit"

    session = _login(one)
    _edit(session, one, page, "草稿：尚未发布的标题", action=None)
    after_draft = _get(two, path)
    assert after_draft.headers[HEADER] == "hit"
    assert "草稿：尚未发布的标题" not in after_draft.text

    _edit(session, one, page, "已发布的新标题", action="action-publish")
    after_publish = _get(two, path)
    assert after_publish.headers[HEADER] == "miss"
    assert "已发布的新标题" in after_publish.text
    assert "修改后的条文" in after_publish.text
