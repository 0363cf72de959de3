"""What waits for whom: the start page's queries, every one scoped through forms_app.scope.

Each function returns a queryset (or, where the deadline needs the working-day calendar, a list): the start
page counts all of it and shows the first rows.
"""

from datetime import timedelta

from django.utils import timezone

from . import scope
from .models import AssistanceNotice, Registration

# A notice sent this many days ago and still without a 登记表 is worth a telephone call to the committee.
RECEIPT_WAIT_DAYS = 7
# A 登记表 returned within this many days counts as "just received".
RECEIVED_DAYS = 7


def awaiting_approval(user):
    return (scope.notices_for(user).filter(status=AssistanceNotice.DRAFT)
            .select_related("supervisee", "village_committee").order_by("supervisee__intake_date", "pk"))


def awaiting_issue(user):
    return (scope.notices_for(user).filter(status=AssistanceNotice.APPROVED)
            .select_related("supervisee", "village_committee").order_by("approved_at", "pk"))


def overdue_notices(user, today=None):
    """Notices not yet issued whose 3-working-day deadline has passed (none for a village user)."""
    if not scope.is_office_user(user):
        return []
    today = today or timezone.localdate()
    pending = scope.notices_for(user).filter(
        status__in=[AssistanceNotice.DRAFT, AssistanceNotice.APPROVED]
    ).select_related("supervisee", "village_committee").order_by("supervisee__intake_date", "pk")
    # Intake on or before this date → deadline may have passed; checked exactly per row (weekends, holidays).
    rough = today - timedelta(days=3)
    return [n for n in pending.filter(supervisee__intake_date__lte=rough) if n.deadline < today]


def awaiting_receipt(user, today=None, days=RECEIPT_WAIT_DAYS):
    """Sent at least `days` days ago and not returned yet."""
    today = today or timezone.localdate()
    return (scope.notices_for(user).filter(status=AssistanceNotice.ISSUED, issued_on__lte=today - timedelta(days=days))
            .select_related("supervisee", "village_committee").order_by("issued_on", "pk"))


def awaiting_registration(user):
    """Sent and no 登记表 started: what a committee has to fill."""
    return (scope.notices_for(user).filter(AssistanceNotice.AWAITING_REGISTRATION)
            .select_related("supervisee", "village_committee").order_by("issued_on", "pk"))


def registrations_received(user, days=RECEIVED_DAYS):
    since = timezone.now() - timedelta(days=days)
    return (scope.registrations_for(user).filter(status=Registration.SUBMITTED, submitted_at__gte=since)
            .select_related("supervisee", "village_committee").order_by("-submitted_at", "pk"))


def registrations_unsubmitted(user):
    """登记表 saved but not yet returned to the office."""
    return (scope.registrations_for(user).filter(status=Registration.DRAFT)
            .select_related("supervisee", "village_committee").order_by("fill_date", "pk"))


def terms_ending(user, today=None, days=30):
    today = today or timezone.localdate()
    ending = scope.supervisees_for(user).filter(status="在矫", term_end__gte=today,
                                                 term_end__lte=today + timedelta(days=days))
    return ending.select_related("village_committee").order_by("term_end", "pk")


def assistants_waiting(user):
    return (scope.assistants_for(user).filter(stage="推荐").select_related("village_committee")
            .order_by("recommended_on", "pk"))
