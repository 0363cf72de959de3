"""Yearly reports in the admin: a 联络员 lists, reads and files only their own unit's report.

Every view the viewset serves (list, inspect, add, edit, delete, history, usage) goes through the scope;
a report of another unit answers 404 like a missing one. Reports are never chosen from elsewhere, so
the viewset registers no chooser (which would otherwise list every unit's report).
"""

from django.utils import timezone
from wagtail.snippets.views.snippets import SnippetViewSet

from policies.models import MemberUnit

from .. import scope
from .inspect import ChineseInspectView
from .scoped import ScopedViews


class OwnUnitForm:
    """A 联络员's form offers their own unit only, and every save records who filed it and when."""

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        unit = scope.liaison_unit(self.request.user)
        if unit is not None and "unit" in form.fields:
            form.fields["unit"].queryset = MemberUnit.objects.filter(pk=unit.pk)
            form.fields["unit"].initial = unit.pk
        chosen = self.request.GET.get("round", "")
        if "round" in form.fields and chosen.isdigit() and not form.is_bound:  # 填写报告 from the start page
            form.fields["round"].initial = int(chosen)
        return form

    def save_instance(self):
        self.form.instance.submitted_at = timezone.now()
        self.form.instance.submitted_by = self.request.user
        return super().save_instance()


class ScopedReportViewSet(ScopedViews, SnippetViewSet):
    copy_view_enabled = False
    rows = staticmethod(scope.reports_for)
    view_mixins = {"add_view_class": (OwnUnitForm,), "edit_view_class": (OwnUnitForm,)}

    def register_chooser_viewset(self):
        pass


class RoundInspectView(ChineseInspectView):
    """Who has and has not reported is the office's overview; a 联络员 sees the round's dates only."""

    def get_fields(self):
        fields = super().get_fields()
        if scope.is_liaison(self.request.user):
            fields = [f for f in fields if f not in ("reported_units", "missing_units")]
        return fields
