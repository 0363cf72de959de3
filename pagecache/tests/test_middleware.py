"""What is cached and for whom: anonymous GETs of public pages only."""

import pytest
from django.contrib.auth import get_user_model

from pagecache.middleware import HEADER

pytestmark = pytest.mark.usefixtures("library_module")  # the library made once per module


def test_anonymous_reader_gets_the_cached_page(client, policy):
    first = client.get(policy.url)
    second = client.get(policy.url)
    assert first.status_code == second.status_code == 200
    assert first[HEADER] == "miss" and second[HEADER] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_head_is_answered_from_the_cache_but_never_stored(client, policy):
    assert HEADER not in client.head(policy.url)  # HEAD on a cold cache: passed through, not stored
    client.get(policy.url)
    assert client.head(policy.url)[HEADER] == "hit"


def test_library_filters_are_cached_separately_other_queries_not_at_all(client, policy, library):
    client.get(library.url, {"validity": "valid"})
    assert client.get(library.url, {"validity": "valid"})[HEADER] == "hit"
    assert client.get(library.url, {"validity": "repealed"})[HEADER] == "miss"
    assert HEADER not in client.get(library.url, {"utm_source": "x"})
    assert HEADER not in client.get(library.url + "?page=1&page=2")


@pytest.mark.parametrize("username", ["editor", "superuser"])
def test_logged_in_users_never_get_or_fill_the_cache(client, policy, username):
    user = get_user_model().objects.create_user(username, password="pw", is_superuser=username == "superuser")
    public = client.get(policy.url).content  # anonymous fills the cache
    client.force_login(user)
    response = client.get(policy.url)
    assert response.status_code == 200 and HEADER not in response
    client.logout()
    again = client.get(policy.url)
    assert again[HEADER] == "hit" and again.content == public  # the logged-in render was never stored


def test_logged_in_render_is_not_served_to_the_public(client, policy):
    user = get_user_model().objects.create_user("ed", password="pw", is_superuser=True)
    client.force_login(user)
    client.get(policy.url)
    client.cookies.clear()
    assert client.get(policy.url)[HEADER] == "miss"


def test_a_messages_cookie_bypasses_the_cache(client, policy):
    client.get(policy.url)
    client.cookies["messages"] = "x"
    assert HEADER not in client.get(policy.url)


@pytest.mark.parametrize("path", ["/admin/", "/admin/login/", "/admin/print/notices/1.pdf"])
def test_admin_and_records_are_never_cached(client, db, path):
    client.get(path)
    assert HEADER not in client.get(path)


def test_errors_and_redirects_are_not_cached(client, library):
    assert client.get("/no-such-page/").status_code == 404
    assert HEADER not in client.get("/no-such-page/")
    assert client.get("/policies/library/").status_code in (301, 302)
    assert HEADER not in client.get("/policies/library/")


def test_a_page_that_sets_a_cookie_is_not_stored(rf):
    from django.http import HttpResponse

    from pagecache.generation import cache
    from pagecache.middleware import PageCacheMiddleware, cache_key

    def view(request):
        response = HttpResponse("hi")
        response.set_cookie("csrftoken", "x")
        return response

    request = rf.get("/some-page/")
    PageCacheMiddleware(view)(request)
    assert cache().get(cache_key(request)) is None


def test_a_page_with_a_csrf_token_is_not_stored(rf):
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    from pagecache.generation import cache
    from pagecache.middleware import PageCacheMiddleware, cache_key

    def view(request):
        return HttpResponse(f"<form method=post><input name=csrfmiddlewaretoken value={get_token(request)}></form>")

    request = rf.get("/form-page/")
    request.COOKIES["csrftoken"] = "x" * 32  # no Set-Cookie in the answer: the token itself must stop it
    PageCacheMiddleware(view)(request)
    assert cache().get(cache_key(request)) is None
