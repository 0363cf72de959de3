"""django-axes seen from the office: the Chinese lockout page, who is locked, and who may unlock whom.

A 司法所负责人 unlocks the accounts of their own office (its staff and its committees' staff, as
forms_app scopes users), and a network address from which only those accounts were tried (the office's
own network, locked by its own people's typing); a superuser unlocks any account and any address. An
address from which anyone else was tried (another office's account, a name that is no account) stays
locked for the superuser: unlocking it would reopen guessing at accounts the head does not answer for.
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


def _tried_from(ips):
    """{address: the usernames tried from it} over every attempt record axes keeps (what reset(ip) clears)."""
    tried = {}
    for ip, username in AccessAttempt.objects.filter(ip_address__in=ips).values_list("ip_address", "username"):
        tried.setdefault(ip, set()).add(username)
    return tried


def failed_addresses(user):
    """Network addresses with failures still counting (every account tried from them together): all of them
    for a superuser; for a head, those their office's accounts were tried from, each saying whether the head
    may unlock it."""
    rows = list(_recent().exclude(ip_address=None).values("ip_address")
                .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time")).order_by("-failures", "-last"))
    names = office_usernames(user)
    tried = _tried_from([r["ip_address"] for r in rows]) if names is not None else {}
    may_unlock = user.is_superuser or user.has_perm(UNLOCK_PERM)
    return [dict(r, locked=r["failures"] >= settings.AXES_FAILURE_LIMIT,
                 may_unlock=may_unlock and (names is None or tried[r["ip_address"]] <= names))
            for r in rows if names is None or tried[r["ip_address"]] & names]


def may_unlock_account(user, username):
    if not (user.is_superuser or user.has_perm(UNLOCK_PERM)):
        return False
    names = office_usernames(user)
    return names is None or username in names


def may_unlock_address(user, ip):
    """A superuser: any address. A head: one from which only their own office's accounts were tried."""
    if user.is_superuser:
        return True
    names = office_usernames(user)
    tried = _tried_from([ip]).get(ip)
    return user.has_perm(UNLOCK_PERM) and bool(names) and bool(tried) and tried <= names


def unlock_account(by, username):
    count = reset(username=username)
    log.warning("login lockout of account %r cleared by %s (%d attempt records)", username, by.username, count)
    return count


def unlock_address(by, ip):
    count = reset(ip=ip)
    log.warning("login lockout of address %s cleared by %s (%d attempt records)", ip, by.username, count)
    return count
