"""Admin integration: character-level comparison of policy-body revisions."""

import wagtail.admin.compare  # noqa: F401  (its own registrations must run first, ours override them)
from wagtail.admin.compare import register_comparison_class
from wagtail.fields import StreamField

from versions.admin_compare import PolicyBodyComparison

register_comparison_class(StreamField, comparison_class=PolicyBodyComparison)
