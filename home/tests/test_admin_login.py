import pytest

from home.demo import DEMO_USERS


@pytest.mark.parametrize("username,password", [(u, p) for u, p, _, _ in DEMO_USERS])
def test_each_demo_role_logs_into_a_chinese_admin(client, demo, username, password):
    response = client.post("/admin/login/", {"username": username, "password": password}, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert response.context["user"].username == username
    assert 'lang="zh-hans"' in html or 'lang="zh-Hans"' in html
    assert "仪表盘" in html or "控制面板" in html or "欢迎" in html


def test_wrong_password_is_refused_in_chinese(client, demo):
    response = client.post("/admin/login/", {"username": "editor", "password": "wrong"})
    assert response.status_code == 200
    assert "用户名" in response.content.decode()
    assert not response.wsgi_request.user.is_authenticated
