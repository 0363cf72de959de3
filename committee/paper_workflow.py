"""The 年度工作要点/总结's life in the database: each step checked by rules.papers under a row lock,
recorded in Wagtail's history (with the reason of a return)."""

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from .models import YearlyPaper
from .rules import papers as rules

PERMS = (rules.SUBMIT_PERM, rules.REVIEW_PERM, rules.APPROVE_PERM)
STAMPS = {"submit": ("submitted_by", "submitted_at"), "review": ("reviewed_by", "reviewed_at"),
          "approve": ("approved_by", "approved_at")}


def perms_of(user):
    return {p for p in PERMS if user.has_perm(p)}


def allowed_actions(user, paper):
    return rules.allowed(paper.status, perms_of(user))


def act(user, paper, action, reason=""):
    """Apply `action` (submit/review/approve/return) or raise a Chinese PermissionDenied/ValidationError."""
    with transaction.atomic():
        locked = YearlyPaper.objects.select_for_update().get(pk=paper.pk)
        new = rules.next_status(locked.status, action, perms_of(user), reason)
        now = timezone.now()
        if action in STAMPS:
            who, when = STAMPS[action]
            setattr(locked, who, user)
            setattr(locked, when, now)
            if action == "submit":
                locked.return_reason = ""
        else:  # returned: the next round starts from the draft, with the reviewer's reason on it
            locked.return_reason = reason.strip()
            locked.submitted_by = locked.submitted_at = locked.reviewed_by = locked.reviewed_at = None
        locked.status = new
        locked.save()
        log(instance=locked, action=f"committee.paper.{action}", user=user,
            data={"reason": locked.return_reason} if action == "return" else None)
    return locked
