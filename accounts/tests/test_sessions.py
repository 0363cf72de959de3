"""Staff sessions end when the browser closes and after a working day without a request."""

from datetime import timedelta

import pytest

from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from accounts.tests.conftest import password_login


def test_settings_end_sessions_after_a_working_day_and_on_browser_close():
    assert 8 * 3600 <= settings.SESSION_COOKIE_AGE <= 10 * 3600
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
    assert settings.SESSION_SAVE_EVERY_REQUEST


def test_the_session_cookie_dies_with_the_browser(people):
    client = Client()
    response = password_login(client, "t_staff")
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["expires"] == "" and cookie["max-age"] == ""
    assert client.session.get_expire_at_browser_close()


# /robots.txt never reads the session: it still slides, and no second session is made
@pytest.mark.parametrize("path", ["/admin/", "/robots.txt"])
def test_each_request_pushes_the_end_a_working_day_ahead(people, path):
    client = Client()
    password_login(client, "t_staff")
    key = client.session.session_key
    Session.objects.filter(pk=key).update(expire_date=timezone.now() + timedelta(minutes=5))
    assert client.get(path).status_code == 200
    left = Session.objects.get(pk=key).expire_date - timezone.now()
    assert timedelta(seconds=settings.SESSION_COOKIE_AGE - 60) < left <= timedelta(seconds=settings.SESSION_COOKIE_AGE)
    assert Session.objects.count() == 1


def test_an_expired_session_is_logged_out(people):
    client = Client()
    password_login(client, "t_staff")
    Session.objects.filter(pk=client.session.session_key).update(expire_date=timezone.now() - timedelta(seconds=1))
    assert client.get("/admin/").url.startswith("/admin/login/")


@pytest.mark.parametrize("path", ["/robots.txt", "/policies/", "/admin/login/"])
def test_a_cookie_naming_no_session_mints_none(db, path):
    """Saving on every request must not store a new, empty session for each made-up or stale cookie
    (a crawler sending one would add a row per request); the cookie is deleted instead."""
    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = "no-such-session-0123456789"
    for _ in range(3):
        response = client.get(path)
        assert response.status_code in (200, 302, 404)
        cookie = response.cookies.get(settings.SESSION_COOKIE_NAME)
        assert cookie is not None and cookie.value == "" and cookie["max-age"] == 0
        client.cookies[settings.SESSION_COOKIE_NAME] = "no-such-session-0123456789"
    assert not Session.objects.exists()
