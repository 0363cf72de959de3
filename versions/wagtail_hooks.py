"""Admin integration: character-level comparison of policy-body revisions, and the version list.

Versions are made by publishing (tab 版本 of a policy page), never added or deleted by hand: their
public URLs must stay stable. Editors may only correct a version's 修订说明 and 施行日期.
"""

from types import SimpleNamespace

import wagtail.admin.compare  # noqa: F401  (its own registrations must run first, ours override them)
from wagtail import hooks
from wagtail.admin.compare import register_comparison_class
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.fields import StreamField

from policies.forms import CLEAN_HOOK
from versions.admin_compare import PolicyBodyComparison
from versions.models import PolicyVersion
from versions.recording import effective_date_error

register_comparison_class(StreamField, comparison_class=PolicyBodyComparison)


class PolicyVersionViewSet(ModelViewSet):
    model = PolicyVersion
    icon = "history"
    menu_label = "政策版本"
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    form_fields = ["note", "effective_date"]
    list_display = ["title", "number", "effective_date", "note", "published_at"]
    search_fields = ["title", "note"]
    ordering = ["-published_at"]


@hooks.register("register_admin_viewset")
def register_version_viewset():
    return PolicyVersionViewSet("policy_versions")


@hooks.register(CLEAN_HOOK)
def check_effective_date(form, cleaned):
    """A 修订 cannot take effect before the version it amends: said on the 施行日期 field."""
    typed = SimpleNamespace(pk=form.instance.pk, version_is_new=cleaned.get("version_is_new"),
                            version_effective_date=cleaned.get("version_effective_date"))
    message = effective_date_error(typed)
    if message and "version_effective_date" not in form.errors:
        form.add_error("version_effective_date", message)
