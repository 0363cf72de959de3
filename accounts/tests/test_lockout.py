"""django-axes: wrong passwords lock the account and the address; the head or a superuser unlocks."""

from datetime import timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.utils import timezone

from accounts.tests.conftest import password_login

LIMIT = settings.AXES_FAILURE_LIMIT


def fail(client, username, ips):
    for ip in ips:
        response = password_login(client, username, "wrong-password", ip=ip)
        assert not response.wsgi_request.user.is_authenticated


def assert_locked_out(response):
    assert response.status_code == 429
    html = response.content.decode()
    assert "登录失败次数过多" in html and "已被暂时锁定" in html
    assert 'name="username"' in html  # the login form is still there, in Chinese
    assert not response.wsgi_request.user.is_authenticated


def test_wrong_passwords_lock_the_account_even_from_new_addresses(client, people):
    fail(client, "t_staff", [f"10.0.1.{i}" for i in range(LIMIT)])  # never the same address twice
    assert_locked_out(password_login(client, "t_staff", ip="10.0.2.1"))
    # the right password is still refused while the lock holds
    assert_locked_out(password_login(client, "t_staff", ip="10.0.2.2"))


def test_wrong_passwords_from_one_address_lock_that_address_for_every_account(client, people):
    fail(client, "t_staff", ["10.0.3.1"] * (LIMIT - 1))
    fail(client, "nobody-like-this", ["10.0.3.1"])
    assert_locked_out(password_login(client, "t_va", ip="10.0.3.1"))
    response = password_login(client, "t_va", ip="10.0.3.2")
    assert response.status_code == 302 and response.wsgi_request.user.username == "t_va"


def test_below_the_limit_the_right_password_still_logs_in(client, people):
    fail(client, "t_staff", ["10.0.4.1"] * (LIMIT - 1))
    response = password_login(client, "t_staff", ip="10.0.4.1")
    assert response.status_code == 302 and response.wsgi_request.user.username == "t_staff"


def test_the_lock_ends_after_the_cool_off(client, people):
    fail(client, "t_staff", ["10.0.5.1"] * LIMIT)
    assert_locked_out(password_login(client, "t_staff", ip="10.0.5.2"))
    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(minutes=1))
    response = password_login(client, "t_staff", ip="10.0.5.1")
    assert response.status_code == 302 and response.wsgi_request.user.username == "t_staff"


def test_attempts_are_logged(client, people):
    fail(client, "t_staff", ["10.0.6.1", "10.0.6.2"])
    password_login(client, "t_va", ip="10.0.6.3")
    failures = AccessFailureLog.objects.filter(username="t_staff")
    assert sorted(failures.values_list("ip_address", flat=True)) == ["10.0.6.1", "10.0.6.2"]
    assert AccessLog.objects.filter(username="t_va", ip_address="10.0.6.3").count() == 1
