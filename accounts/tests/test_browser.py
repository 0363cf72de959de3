"""In Chromium: the head sets up two-factor login on first login; a locked-out login says why in Chinese."""

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.browser.helpers import field, second_factor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def submit_password(page, live_server, username, password):
    page.goto(live_server.url + "/admin/login/")
    field(page, "用户名").fill(username)
    field(page, "密码").fill(password)
    page.get_by_role("button", name="登录").click()


def test_head_sets_up_two_factor_on_first_login(live_server, page, people):
    submit_password(page, live_server, "t_head", "pw-t_head")
    page.wait_for_url("**/admin/two-factor/setup/**")
    expect(page.get_by_role("heading", name="设置两步验证")).to_be_visible()
    expect(page.locator(".two-factor-qr svg")).to_be_visible()
    page.shot("setup")
    second_factor(page, live_server, "t_head")
    page.wait_for_url(live_server.url + "/admin/")
    expect(page.get_by_text("两步验证已启用")).to_be_visible()
    page.shot("dashboard")


def test_locked_out_login_is_explained_in_chinese(live_server, page, people):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        submit_password(page, live_server, "t_staff", "wrong-password")
        expect(page.locator(".messages .error")).to_be_visible()
    submit_password(page, live_server, "t_staff", "wrong-password")  # the one that locks
    expect(page.get_by_role("alert")).to_contain_text("登录失败次数过多")
    submit_password(page, live_server, "t_staff", "pw-t_staff")  # the right password, still refused
    expect(page.get_by_role("alert")).to_contain_text("登录失败次数过多")
    page.shot("locked")
    assert page.url.endswith("/admin/login/")
