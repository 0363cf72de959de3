"""The 社区矫正工作 panel on the admin home page, scoped to the user."""

from datetime import timedelta

from django.utils import timezone
from wagtail.admin.ui.components import Component

from . import scope
from .models import AssistanceNotice, Assistant

LIMIT = 10


def overdue_notices(user, today=None):
    """Notices not yet issued whose 3-working-day deadline has passed."""
    today = today or timezone.localdate()
    pending = scope.notices_for(user).filter(
        status__in=[AssistanceNotice.DRAFT, AssistanceNotice.APPROVED]
    ).select_related("supervisee", "village_committee").order_by("supervisee__intake_date")
    # Intake on or before this date → deadline passed; checked exactly per row below (weekends, holidays).
    rough = today - timedelta(days=3)
    return [n for n in pending.filter(supervisee__intake_date__lte=rough)[:200] if n.deadline < today][:LIMIT]


def awaiting_registration(user):
    return list(scope.notices_for(user).filter(status=AssistanceNotice.ISSUED)
                .select_related("supervisee", "village_committee").order_by("issued_on")[:LIMIT])


def terms_ending(user, today=None, days=30):
    today = today or timezone.localdate()
    return list(scope.supervisees_for(user).filter(
        status="在矫", term_end__gte=today, term_end__lte=today + timedelta(days=days)
    ).select_related("village_committee").order_by("term_end")[:LIMIT])


def assistants_waiting(user):
    return list(scope.assistants_for(user).filter(stage="推荐").select_related("village_committee")
                .order_by("recommended_on")[:LIMIT])


class RecordsPanel(Component):
    name = "forms_app_records"
    template_name = "forms_app/dashboard_panel.html"
    order = 90

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        user = self.request.user
        return {
            # Issuing on time is the office's duty; a village user has nothing to act on there.
            "overdue": overdue_notices(user) if scope.is_office_user(user) else None,
            "awaiting": awaiting_registration(user),
            "ending": terms_ending(user),
            "waiting": assistants_waiting(user),
        }
