"""登录锁定 and 登录记录 in the admin: the head sees and unlocks their own office's accounts, a superuser all."""

import pytest
from django.conf import settings
from django.test import Client

from accounts.tests.conftest import password_login

LIMIT = settings.AXES_FAILURE_LIMIT


def lock(username, ip_prefix):
    anonymous = Client()
    for i in range(LIMIT):
        password_login(anonymous, username, "wrong-password", ip=f"{ip_prefix}.{i}")


def logged_in(user):
    c = Client()
    c.force_login(user)
    return c


def can_log_in(username):
    response = password_login(Client(), username, ip="10.9.9.9")
    return response.status_code == 302 and response.wsgi_request.user.username == username


def test_head_sees_only_their_own_office_accounts(people):
    lock("t_staff", "10.1.1")
    lock("t_va", "10.1.2")
    lock("t_other", "10.1.3")
    html = logged_in(people["head"]).get("/admin/login-lockouts/").content.decode()
    assert 'data-account="t_staff"' in html and 'data-account="t_va"' in html
    assert 'data-account="t_other"' not in html
    assert "已锁定" in html
    # addresses: those their own office's accounts were tried from, never another office's
    assert 'data-address="10.1.1.0"' in html and 'data-address="10.1.2.4"' in html
    assert 'data-address="10.1.3.0"' not in html


def test_head_unlocks_an_account_of_their_office_and_the_right_password_works_again(people):
    lock("t_staff", "10.2.1")
    assert not can_log_in("t_staff")
    response = logged_in(people["head"]).post("/admin/login-lockouts/unlock/", {"username": "t_staff"}, follow=True)
    assert "已解除账户“t_staff”的登录锁定" in response.content.decode()
    assert can_log_in("t_staff")


def test_head_cannot_unlock_another_office_or_an_address(people):
    lock("t_other", "10.3.1")
    head = logged_in(people["head"])
    for data in ({"username": "t_other"}, {"ip": "10.3.1.0"}):
        response = head.post("/admin/login-lockouts/unlock/", data)
        assert response.status_code == 302 and response.url == "/admin/"  # Wagtail's permission denied
    assert not can_log_in("t_other")


def lock_address(ip, *usernames):
    """LIMIT failures from one address, spread over `usernames` (none of them reaches the limit alone)."""
    for i in range(LIMIT):
        password_login(Client(), usernames[i % len(usernames)], "wrong-password", ip=ip)


def test_head_unlocks_an_address_only_their_own_office_was_locked_from(people):
    lock_address("10.7.1.1", "t_staff", "t_va")  # the office's shared network, its own people mistyping
    assert password_login(Client(), "t_staff", ip="10.7.1.1").status_code == 429  # the address is locked
    head = logged_in(people["head"])
    html = head.get("/admin/login-lockouts/").content.decode()
    row = html[html.index('data-address="10.7.1.1"'):].split("</tr>")[0]
    assert "已锁定" in row and 'name="ip" value="10.7.1.1"' in row
    response = head.post("/admin/login-lockouts/unlock/", {"ip": "10.7.1.1"}, follow=True)
    assert "已解除网络地址 10.7.1.1 的登录锁定" in response.content.decode()
    assert password_login(Client(), "t_staff", ip="10.7.1.1").status_code == 302


@pytest.mark.parametrize("others", ["t_other", "nobody-such"])  # another office's account; no account at all
def test_head_cannot_unlock_an_address_anyone_else_was_tried_from(people, others):
    lock_address("10.7.2.1", "t_staff", others)
    head = logged_in(people["head"])
    html = head.get("/admin/login-lockouts/").content.decode()
    row = html[html.index('data-address="10.7.2.1"'):].split("</tr>")[0]
    assert "请系统管理员解锁" in row and 'name="ip"' not in row
    response = head.post("/admin/login-lockouts/unlock/", {"ip": "10.7.2.1"})
    assert response.status_code == 302 and response.url == "/admin/"  # Wagtail's permission denied
    assert password_login(Client(), "t_staff", ip="10.7.2.1").status_code == 429
    logged_in(people["root"]).post("/admin/login-lockouts/unlock/", {"ip": "10.7.2.1"})
    assert password_login(Client(), "t_staff", ip="10.7.2.1").status_code == 302


def test_superuser_unlocks_any_account_and_address(people):
    lock("t_other", "10.4.1")
    root = logged_in(people["root"])
    html = root.get("/admin/login-lockouts/").content.decode()
    assert 'data-account="t_other"' in html and 'data-address="10.4.1.0"' in html
    root.post("/admin/login-lockouts/unlock/", {"username": "t_other"})
    assert can_log_in("t_other")
    for i in range(LIMIT):
        password_login(Client(), f"ghost{i}", "wrong", ip="10.4.2.1")
    assert password_login(Client(), "t_staff", ip="10.4.2.1").status_code == 429
    root.post("/admin/login-lockouts/unlock/", {"ip": "10.4.2.1"})
    assert password_login(Client(), "t_staff", ip="10.4.2.1").status_code == 302


@pytest.mark.parametrize("who", ["staff", "va"])
def test_other_roles_neither_see_nor_unlock(people, who):
    lock("t_staff", "10.5.1")
    c = logged_in(people[who])
    for url in ("/admin/login-lockouts/", "/admin/login-log/"):
        response = c.get(url)
        assert response.status_code == 302 and response.url == "/admin/"  # Wagtail's permission denied
    c.post("/admin/login-lockouts/unlock/", {"username": "t_staff"})
    assert not can_log_in("t_staff")


def test_login_log_shows_the_heads_office_attempts(people):
    password_login(Client(), "t_staff", "wrong", ip="10.6.1.1")
    password_login(Client(), "t_other", "wrong", ip="10.6.1.2")
    password_login(Client(), "t_va", ip="10.6.1.3")
    html = logged_in(people["head"]).get("/admin/login-log/").content.decode()
    assert "10.6.1.1" in html and "10.6.1.3" in html
    assert "10.6.1.2" not in html


def test_unlock_without_a_choice_says_so_in_chinese(people):
    response = logged_in(people["head"]).post("/admin/login-lockouts/unlock/", {}, follow=True)
    assert "请选择要解锁的账户或网络地址" in response.content.decode()
