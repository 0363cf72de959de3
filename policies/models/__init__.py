"""Policy models: member units (snippets), the policy library page and the policy page."""

from policies.models.library import PolicyLibraryPage
from policies.models.policy import PolicyPage
from policies.models.units import MemberUnit

__all__ = ["MemberUnit", "PolicyLibraryPage", "PolicyPage"]
