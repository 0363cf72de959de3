"""The 纪要's life in the database: each step checked by rules.minutes, recorded in Wagtail's history."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from . import scope
from .models import Distribution, Minutes
from .rules import minutes as rules


def _perms(user):
    return {p for p in (a[2] for a in rules.ACTIONS.values()) if user.has_perm(p)}


def allowed_actions(user, minutes):
    return rules.allowed(minutes.status, _perms(user))


def act(user, minutes, action):
    """Apply `action` (review/sign/issue/return) or raise a Chinese PermissionDenied/ValidationError."""
    with transaction.atomic():
        locked = Minutes.objects.select_for_update().get(pk=minutes.pk)
        new = rules.next_status(locked.status, action, _perms(user))
        now = timezone.now()
        if action == "issue" and not locked.distributions.exists():
            raise ValidationError("请先在纪要中选定分送单位，再印发。")
        fields = {"review": ("reviewed_by", "reviewed_at"), "sign": ("signed_by", "signed_at"),
                  "issue": (None, "issued_at"), "return": (None, None)}[action]
        if fields[0]:
            setattr(locked, fields[0], user)
        if fields[1]:
            setattr(locked, fields[1], now)
        locked.status = new
        locked.save()
        log(instance=locked, action=f"committee.minutes.{action}", user=user)
    return locked


def confirm_receipt(user, distribution):
    """The unit's 联络员 confirms it received an 印发 纪要 (once)."""
    if not scope.distributions_for(user).filter(pk=distribution.pk).exists():
        raise PermissionDenied("您无权签收该纪要。")
    if scope.liaison_unit(user) is None:
        raise PermissionDenied("纪要由分送单位的联络员签收。")
    with transaction.atomic():
        locked = Distribution.objects.select_for_update().get(pk=distribution.pk)
        if locked.confirmed_at:
            raise ValidationError("该纪要已经签收。")
        locked.confirmed_at = timezone.now()
        locked.confirmed_by = user
        locked.save(update_fields=["confirmed_at", "confirmed_by"])
    return locked
