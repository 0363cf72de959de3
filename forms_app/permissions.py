"""Permission policies for the scoped records: a model permission counts only on rows in the user's scope.

Wagtail asks the registered policy wherever it acts on one object outside our own views (editing-session
pings, bulk-action checks, listing buttons): with these policies an out-of-scope record is one the user
holds no permission on, so Wagtail answers as it does for a missing object.
"""

from wagtail.permission_policies import ModelPermissionPolicy

from . import scope


class ScopedPolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance):
        # An unsaved instance (create views) has no scope yet: the model permission decides.
        in_scope = instance.pk is None or scope.can_view(user, instance)
        return in_scope and super().user_has_permission_for_instance(user, action, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        return scope.scope_queryset(user, super().instances_user_has_any_permission_for(user, actions))


class AuditPolicy(ScopedPolicy):
    """The audit trail is read-only for everybody."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)
