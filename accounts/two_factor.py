"""Who must pass the second factor (TOTP), and the middleware that holds them until they have.

Required for whoever can see unmasked personal data (forms_app.scope.can_unmask: superusers and the
司法所负责人); optional for everyone else, but a user who has set up a device must use it.
"""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django_otp.plugins.otp_totp.models import TOTPDevice

from forms_app.scope import can_unmask


def requires_two_factor(user):
    return bool(user.is_authenticated and can_unmask(user))


def confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("id").first()


def safe_next(request, fallback="wagtailadmin_home"):
    """The `next` the login flow carries, only if it stays on this site."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                       require_https=request.is_secure()):
        return target
    return reverse(fallback)


# Where a half-logged-in user is held: the staff workbench and the documents (whose privacy may depend on
# being logged in). The public site shows only public content, so it spares signed-in readers the checks.
GUARDED_PREFIXES = ("/admin/", "/documents/")

# Paths a half-logged-in user may reach: the two steps themselves, logging out, and what those pages load.
_OPEN_NAMES = ("accounts_two_factor_setup", "accounts_two_factor_verify", "wagtailadmin_logout",
               "wagtailadmin_login", "wagtailadmin_javascript_catalog", "wagtailadmin_sprite")


class TwoFactorMiddleware:
    """After the password: a user with a device must verify it, a user who must have one sets it up first.

    Until then every other guarded URL redirects to that step: no admin page, record PDF or document.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        path = request.path_info
        if (path.startswith(GUARDED_PREFIXES) and user.is_authenticated and not user.is_verified()
                and not self._is_open(path)):
            step = self._pending_step(user)
            if step:
                if request.method == "GET":
                    return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
                return redirect(step)
        return self.get_response(request)

    @staticmethod
    def _pending_step(user):
        if confirmed_device(user):
            return "accounts_two_factor_verify"
        if requires_two_factor(user):
            return "accounts_two_factor_setup"
        return None

    @staticmethod
    def _is_open(path):
        return any(path == reverse(name) for name in _OPEN_NAMES)
