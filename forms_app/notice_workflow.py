"""The notice's life: 草稿 → 已批准 (head) → 已发出 (staff, number allocated) → 已回执 (village user submits)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from . import scope
from .models import AssistanceNotice, Registration
from .notice_numbers import issue_notice

# action -> (permission, required status, Chinese label)
ACTIONS = {
    "approve": ("forms_app.approve_assistancenotice", AssistanceNotice.DRAFT, "批准"),
    "issue": ("forms_app.issue_assistancenotice", AssistanceNotice.APPROVED, "发出"),
}


def allowed_actions(user, notice):
    """The workflow actions this user may take on this notice now."""
    out = []
    for action, (perm, status, _label) in ACTIONS.items():
        if notice.status == status and user.has_perm(perm) and scope.is_office_user(user):
            out.append(action)
    return out


def _check(user, notice, action):
    perm, status, label = ACTIONS[action]
    if not (user.has_perm(perm) and scope.is_office_user(user)):
        raise PermissionDenied(f"您没有{label}通知单的权限。")
    if notice.status != status:
        raise ValidationError(f"只有“{status}”状态的通知单才能{label}（当前状态：{notice.status}）。")


def approve(user, notice):
    _check(user, notice, "approve")
    if not notice.items.exists():
        raise ValidationError("通知单至少应列明一项协助事项，才能批准。")
    with transaction.atomic():
        locked = AssistanceNotice.objects.select_for_update().get(pk=notice.pk)
        _check(user, locked, "approve")
        locked.status = AssistanceNotice.APPROVED
        locked.approved_by = user
        locked.approved_at = timezone.now()
        locked.save(update_fields=["status", "approved_by", "approved_at"])
        scope.audit(user, "approve", locked)
        log(instance=locked, action="forms_app.approve", user=user)
    return locked


def issue(user, notice):
    _check(user, notice, "issue")
    with transaction.atomic():
        issued = issue_notice(notice.pk, user)
        scope.audit(user, "issue", issued, issued.number)
        log(instance=issued, action="forms_app.issue", user=user, data={"number": issued.number})
    return issued


def check_may_submit(user):
    if not (user.is_superuser or scope.is_village_user(user)):
        raise PermissionDenied("登记表由村(居)委会填写并提交。")


def submit_registration(user, registration):
    """The village committee returns its registration: the notice becomes 已回执."""
    check_may_submit(user)
    if not scope.can_view(user, registration):
        raise PermissionDenied("您无权提交该登记表。")
    if registration.status == Registration.SUBMITTED:
        raise ValidationError("该登记表已经提交。")
    with transaction.atomic():
        notice = AssistanceNotice.objects.select_for_update().get(pk=registration.notice_id)
        if notice.status != AssistanceNotice.ISSUED:
            raise ValidationError(f"通知单状态为“{notice.status}”，不能回执。")
        now = timezone.now()
        registration.status = Registration.SUBMITTED
        registration.submitted_by = user
        registration.submitted_at = now
        registration.save(update_fields=["status", "submitted_by", "submitted_at"])
        notice.status = AssistanceNotice.RETURNED
        notice.returned_at = now
        notice.save(update_fields=["status", "returned_at"])
        scope.audit(user, "return", registration)
        log(instance=registration, action="forms_app.return", user=user)
        log(instance=notice, action="forms_app.return", user=user)
    return registration


def may_fill_registration(user, notice):
    """A village committee fills the 登记表 for a notice sent to it, once, while the notice awaits it."""
    if not (scope.is_village_user(user) and user.has_perm("forms_app.add_registration")):
        return False
    awaiting = AssistanceNotice.objects.filter(AssistanceNotice.AWAITING_REGISTRATION, pk=notice.pk)
    return scope.notices_for(user, awaiting).exists()


def may_submit(user, registration):
    """The 提交(回执) button: the village committee's own 登记表, not yet submitted."""
    return (registration.status == Registration.DRAFT and scope.is_village_user(user)
            and scope.can_view(user, registration))
