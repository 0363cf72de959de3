"""Two-factor login: required for who can unmask personal data, optional for the others."""

import re

from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.tests.conftest import password_login, wrong_code
from accounts.totp import current_code

GUARDED = ["/admin/", "/admin/snippets/forms_app/supervisee/", "/admin/login-lockouts/", "/admin/account/"]


def device_for(user):
    return TOTPDevice.objects.create(user=user, name="手机", confirmed=True)


def setting_up(username, user):
    """A fresh login of this user on the setup page: the client and the unconfirmed device it shows."""
    client = Client()
    password_login(client, username)
    client.get("/admin/two-factor/setup/")
    return client, TOTPDevice.objects.get(user=user, confirmed=False)


def test_head_without_a_device_is_sent_to_setup_before_anything_else(people):
    client = Client()
    password_login(client, "t_head")
    for url in GUARDED + ["/admin/print/assistants/roster.pdf", "/documents/1/x.pdf"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith("/admin/two-factor/setup/?next=")
    page = client.get("/admin/two-factor/setup/").content.decode()
    assert "<svg" in page and "必须启用两步验证" in page


def test_setup_verifies_a_first_code_then_opens_the_admin(people):
    client, device = setting_up("t_head", people["head"])
    response = client.post("/admin/two-factor/setup/", {"otp_token": current_code(device), "next": "/admin/"})
    assert response.status_code == 302 and response.url == "/admin/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200


def test_setup_refuses_a_wrong_code_in_chinese(people):
    client, device = setting_up("t_head", people["head"])
    response = client.post("/admin/two-factor/setup/", {"otp_token": wrong_code(device)})
    assert response.status_code == 200
    assert "验证码不正确" in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    assert client.get("/admin/").status_code == 302


def test_a_valid_code_logs_in(people):
    device = device_for(people["head"])
    client = Client()
    response = password_login(client, "t_head")
    assert client.get(response.url).url.startswith("/admin/two-factor/verify/")
    response = client.post("/admin/two-factor/verify/", {"otp_token": current_code(device), "next": "/admin/"})
    assert response.status_code == 302 and response.url == "/admin/"
    for url in GUARDED:
        assert client.get(url).status_code == 200


def test_an_invalid_code_does_not(people):
    device = device_for(people["root"])
    client = Client()
    password_login(client, "t_root")
    for token in ("000000x", "12345", ""):
        response = client.post("/admin/two-factor/verify/", {"otp_token": token})
        assert response.status_code == 200
        assert re.search("验证码应为 6 位数字|请输入验证器应用显示的 6 位验证码", response.content.decode())
    response = client.post("/admin/two-factor/verify/", {"otp_token": wrong_code(device)})
    assert "验证码不正确" in response.content.decode()
    for url in GUARDED:
        assert client.get(url).url.startswith("/admin/two-factor/verify/")


def test_a_used_code_cannot_be_replayed(people):
    device = device_for(people["head"])
    first, second = Client(), Client()
    code = current_code(device)
    for c in (first, second):
        password_login(c, "t_head")
    assert first.post("/admin/two-factor/verify/", {"otp_token": code}).status_code == 302
    assert second.post("/admin/two-factor/verify/", {"otp_token": code}).status_code == 200
    assert second.get("/admin/").status_code == 302


def test_next_never_leaves_the_site(people):
    device = device_for(people["head"])
    client = Client()
    password_login(client, "t_head")
    response = client.post("/admin/two-factor/verify/",
                           {"otp_token": current_code(device), "next": "https://evil.example/"})
    assert response.url == "/admin/"


def test_other_roles_may_skip_two_factor(people):
    client = Client()
    password_login(client, "t_staff")
    assert client.get("/admin/").status_code == 200
    page = client.get("/admin/two-factor/setup/").content.decode()
    assert "此项可选" in page and "暂不设置" in page


def test_once_set_up_an_optional_user_must_give_the_code_too(people):
    client, device = setting_up("t_staff", people["staff"])
    client.post("/admin/two-factor/setup/", {"otp_token": current_code(device)})
    later = Client()
    password_login(later, "t_staff")
    assert later.get("/admin/").url.startswith("/admin/two-factor/verify/")


def test_logout_stays_reachable_before_the_code(people):
    device_for(people["head"])
    client = Client()
    password_login(client, "t_head")
    client.post("/admin/logout/")
    assert client.get("/admin/").url.startswith("/admin/login/")
