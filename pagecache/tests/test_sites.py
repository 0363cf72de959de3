"""The request's Wagtail Site comes from the cache, and a Site change is seen on the next request."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from pagecache import fragments, generation


def _site_queries(client, url):
    with CaptureQueriesContext(connection) as seen:
        response = client.get(url)
    return response, [q["sql"] for q in seen.captured_queries if "wagtailcore_site" in q["sql"]]


def test_the_site_is_looked_up_once_per_generation(client, policy):
    client.cookies["sessionid"] = "no-such-session"  # past the page cache: the page is rendered
    first, looked_up = _site_queries(client, policy.url)
    assert looked_up and first.status_code == 200
    second, looked_up = _site_queries(client, policy.url)
    assert second.status_code == 200 and looked_up == []
    assert second.wsgi_request._wagtail_site == Site.objects.get(is_default_site=True)


def test_a_changed_site_is_seen_on_the_next_request(client, policy):
    client.cookies["sessionid"] = "no-such-session"
    client.get(policy.url)
    site = Site.objects.get(is_default_site=True)
    site.site_name = "改名后的站点"
    site.save()
    response = client.get(policy.url)
    assert response.wsgi_request._wagtail_site.site_name == "改名后的站点"


def test_a_host_outside_allowed_hosts_is_not_cached(client, policy, settings):
    settings.ALLOWED_HOSTS = ["portal.test"]
    assert client.get(policy.url, HTTP_HOST="evil.test").status_code == 400
    assert generation.cache().get(fragments.key("site", ("evil.test", "80"))) is None
    assert client.get(policy.url, HTTP_HOST="portal.test").status_code == 200
    assert generation.cache().get(fragments.key("site", ("portal.test", "80"))) is not None
