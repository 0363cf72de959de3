import pytest

from accounts.totp import current_code
from accounts.two_factor import confirmed_device
from home.demo import DEMO_USERS

pytestmark = pytest.mark.usefixtures("demo_module")  # the demo loaded once for the module

# The demo roles that can see unmasked personal data, so must give a two-factor code (accounts/two_factor.py).
TWO_FACTOR = {"admin", "head"}


def assert_chinese_dashboard(response, username):
    assert response.status_code == 200
    html = response.content.decode()
    assert response.context["user"].username == username
    assert 'lang="zh-hans"' in html or 'lang="zh-Hans"' in html
    assert "仪表盘" in html or "控制面板" in html or "欢迎" in html


@pytest.mark.parametrize("username,password", [(u, p) for u, p, _, _ in DEMO_USERS if u not in TWO_FACTOR])
def test_each_demo_role_logs_into_a_chinese_admin(client, demo, username, password):
    response = client.post("/admin/login/", {"username": username, "password": password}, follow=True)
    assert_chinese_dashboard(response, username)


@pytest.mark.parametrize("username,password", [(u, p) for u, p, _, _ in DEMO_USERS if u in TWO_FACTOR])
def test_demo_roles_with_two_factor_log_in_with_the_code_of_their_demo_device(client, demo, django_user_model,
                                                                                username, password):
    response = client.post("/admin/login/", {"username": username, "password": password}, follow=True)
    assert response.redirect_chain[-1][0].startswith("/admin/two-factor/verify/")
    device = confirmed_device(django_user_model.objects.get(username=username))
    response = client.post("/admin/two-factor/verify/", {"otp_token": current_code(device), "next": "/admin/"},
                           follow=True)
    assert_chinese_dashboard(response, username)


def test_wrong_password_is_refused_in_chinese(client, demo):
    response = client.post("/admin/login/", {"username": "editor", "password": "wrong"})
    assert response.status_code == 200
    assert "用户名" in response.content.decode()
    assert not response.wsgi_request.user.is_authenticated


def test_no_remember_me_the_session_ends_with_the_browser(client, demo):
    assert "remember" not in client.get("/admin/login/").content.decode()
    client.post("/admin/login/", {"username": "editor", "password": "editor-demo-2026", "remember": "on"})
    assert client.session.get_expire_at_browser_close()
