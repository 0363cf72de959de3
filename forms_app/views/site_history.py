"""站点历史 (Wagtail's site-history report and its CSV/XLSX export), held to the row scope.

Wagtail shows every log entry of a content type the user holds any permission on, so a village user
with the registration permissions would read every office's entries (labels are notice numbers and
names). Decision per role: everyone keeps the report, but an entry about a scoped record is shown only
when that record is in the reader's scope today — a village user sees entries about their own
committee's adults, an office user their office's, the policy editor none (no record permissions);
page entries stay as Wagtail filters them (page permissions). Entries about deleted records name
nobody the reader could still check, so they are shown to superusers only.
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from wagtail.admin.views.reports.audit_logging import LogEntriesView, SiteHistoryReportFilterSet
from wagtail.log_actions import registry as log_action_registry

from .. import scope


def visible_entries(user, queryset):
    """The log entries of `queryset` a user may read: those about scoped records need the record in scope."""
    if user.is_superuser or not any(f.name == "object_id" for f in queryset.model._meta.fields):
        return queryset  # page log entries name pages, filtered by Wagtail's page permissions
    allowed = Q()
    scoped_types = []
    for model in scope.SCOPES:
        content_type = ContentType.objects.get_for_model(model)
        scoped_types.append(content_type.pk)
        ids = scope.scope_queryset(user, model.objects.all()).annotate(
            id_text=Cast("pk", CharField())).values("id_text")
        allowed |= Q(content_type_id=content_type.pk, object_id__in=ids)
    return queryset.filter(allowed | ~Q(content_type_id__in=scoped_types))


class ScopedSiteHistoryFilterSet(SiteHistoryReportFilterSet):
    def get_user_choices(self):
        # The 用户 filter lists who wrote the entries the reader may see, not every office's staff.
        user, ids = self.request.user, set()
        for log_model in log_action_registry.get_log_entry_models():
            ids.update(visible_entries(user, log_model.objects.viewable_by_user(user)).get_user_ids())
        User = get_user_model()
        return User.objects.filter(pk__in=ids).order_by(User.USERNAME_FIELD)


class ScopedLogEntriesView(LogEntriesView):
    filterset_class = ScopedSiteHistoryFilterSet

    def filter_queryset(self, queryset):
        # Called once per log model with that model's viewable entries, before the union.
        return super().filter_queryset(visible_entries(self.request.user, queryset))
