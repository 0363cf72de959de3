from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts import lockout, views_lockout, views_two_factor


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("two-factor/setup/", views_two_factor.setup, name="accounts_two_factor_setup"),
        path("two-factor/verify/", views_two_factor.verify, name="accounts_two_factor_verify"),
        path("login-lockouts/", views_lockout.LockoutListView.as_view(), name="accounts_lockouts"),
        path("login-lockouts/unlock/", views_lockout.UnlockView.as_view(), name="accounts_unlock"),
        path("login-log/", views_lockout.LoginLogView.as_view(), name="accounts_login_log"),
    ]


class LockoutMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser or request.user.has_perm(lockout.VIEW_PERM)


@hooks.register("register_settings_menu_item")
def register_two_factor_menu_item():
    return MenuItem("两步验证", reverse("accounts_two_factor_setup"), icon_name="key", order=900)


@hooks.register("register_settings_menu_item")
def register_lockout_menu_item():
    return LockoutMenuItem("登录锁定", reverse("accounts_lockouts"), icon_name="lock", order=910)
