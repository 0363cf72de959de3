"""登录锁定 (who is locked, unlock) and 登录记录 (django-axes' logs of failed and successful logins)."""

from axes.models import AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts import lockout

LOG_ROWS = 100


class LockoutPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not (request.user.is_superuser or request.user.has_perm(lockout.VIEW_PERM)):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class LockoutListView(LockoutPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "accounts/lockouts.html"
    page_title = "登录锁定"
    header_icon = "lock"

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            accounts=lockout.failed_accounts(user),
            addresses=lockout.failed_addresses(user),
            may_unlock=user.is_superuser or user.has_perm(lockout.UNLOCK_PERM),
            limit=settings.AXES_FAILURE_LIMIT, minutes=lockout.MINUTES, **kwargs)


class UnlockView(LockoutPermissionMixin, View):
    http_method_names = ["post"]

    def post(self, request):
        username, ip = request.POST.get("username", "").strip(), request.POST.get("ip", "").strip()
        if username:
            if not lockout.may_unlock_account(request.user, username):
                raise PermissionDenied
            lockout.unlock_account(request.user, username)
            messages.success(request, f"已解除账户“{username}”的登录锁定。")
        elif ip:
            if not lockout.may_unlock_address(request.user, ip):
                raise PermissionDenied
            lockout.unlock_address(request.user, ip)
            messages.success(request, f"已解除网络地址 {ip} 的登录锁定。")
        else:
            messages.error(request, "请选择要解锁的账户或网络地址。")
        return redirect("accounts_lockouts")


class LoginLogView(LockoutPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "accounts/login_log.html"
    page_title = "登录记录"
    header_icon = "list-ul"

    def latest(self, log):
        """The newest LOG_ROWS rows of one axes log, of the accounts in this user's office."""
        return lockout.scoped(log.objects.order_by("-attempt_time"), self.request.user)[:LOG_ROWS]

    def get_context_data(self, **kwargs):
        return super().get_context_data(failures=self.latest(AccessFailureLog), logins=self.latest(AccessLog),
                                        rows=LOG_ROWS, **kwargs)
