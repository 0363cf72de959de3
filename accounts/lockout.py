"""django-axes seen from the office: the Chinese lockout page, who is locked, and who may unlock whom.

A 司法所负责人 unlocks the accounts of their own office (its staff and its committees' staff, as
forms_app scopes users); a superuser unlocks any account and any address.
"""

import logging

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Max, Q, Sum
from django.shortcuts import render
from django.utils import timezone
from wagtail.admin.views.account import get_user_login_form

from forms_app.models import StaffProfile
from forms_app.scope import office_of

log = logging.getLogger(__name__)

MINUTES = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
LOCKOUT_MESSAGE = (f"登录失败次数过多，该账户或当前网络地址已被暂时锁定。请在 {MINUTES} 分钟后再试，"
                   "或请司法所负责人、系统管理员解锁。")

VIEW_PERM = "axes.view_accessattempt"
UNLOCK_PERM = "axes.delete_accessattempt"


def lockout_response(request, original_response=None, credentials=None):
    """The admin login page again, with the reason in Chinese (axes calls this instead of its own page)."""
    username = (credentials or {}).get("username", "")
    form = get_user_login_form()(request, initial={"username": username})
    return render(request, "accounts/lockout.html", {"form": form, "lockout_message": LOCKOUT_MESSAGE},
                  status=settings.AXES_HTTP_RESPONSE_CODE)


def _recent():
    return AccessAttempt.objects.filter(attempt_time__gte=timezone.now() - settings.AXES_COOLOFF_TIME)


def office_usernames(user):
    """Usernames a user may see in the login records and unlock; None means all of them."""
    if user.is_superuser:
        return None
    office = office_of(user)
    if office is None or not user.has_perm(VIEW_PERM):
        return set()
    profiles = StaffProfile.objects.filter(Q(office=office) | Q(village_committee__office=office))
    return set(profiles.values_list("user__username", flat=True))


def scoped(qs, user):
    names = office_usernames(user)
    return qs if names is None else qs.filter(username__in=names)


def failed_accounts(user):
    """Accounts with failures still counting, the locked ones first."""
    rows = (scoped(_recent(), user).exclude(username=None).values("username")
            .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time")).order_by("-failures", "-last"))
    known = set(get_user_model().objects.filter(username__in=[r["username"] for r in rows])
                .values_list("username", flat=True))
    return [dict(r, locked=r["failures"] >= settings.AXES_FAILURE_LIMIT, known=r["username"] in known)
            for r in rows]


def failed_addresses():
    """Network addresses with failures still counting (every account tried from them together)."""
    rows = (_recent().exclude(ip_address=None).values("ip_address")
            .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time")).order_by("-failures", "-last"))
    return [dict(r, locked=r["failures"] >= settings.AXES_FAILURE_LIMIT) for r in rows]


def may_unlock_account(user, username):
    if not (user.is_superuser or user.has_perm(UNLOCK_PERM)):
        return False
    names = office_usernames(user)
    return names is None or username in names


def may_unlock_address(user):
    return user.is_superuser


def unlock_account(by, username):
    count = reset(username=username)
    log.warning("login lockout of account %r cleared by %s (%d attempt records)", username, by.username, count)
    return count


def unlock_address(by, ip):
    count = reset(ip=ip)
    log.warning("login lockout of address %s cleared by %s (%d attempt records)", ip, by.username, count)
    return count
