"""Wagtail's bulk actions, held to the row scope: the confirmation page and the action see only in-scope rows.

Wagtail's dispatcher fetches every id of the query string and lists those the user may not act on by
name ("items with no access"). Out-of-scope records must look like missing ones, so this dispatcher
runs the registered action with the scope applied: out-of-scope ids are dropped silently, nothing the
user may not act on is named, and ids that name nothing left are a 404 like unknown ids.
"""

from django.apps import apps
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import ProtectedError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from wagtail.admin.views.bulk_action.registry import bulk_action_registry

from .. import scope


class ScopedBulkActionMixin:
    def get_actionable_objects(self):
        # Asked again after the action ran (Wagtail's after-hooks): answer with the rows it acted on.
        if not hasattr(self, "_scoped_objects"):
            self._scoped_objects = self._in_scope()
        return self._scoped_objects

    def _in_scope(self):
        objects, extra = super().get_actionable_objects()
        if self.model in scope.SCOPES:
            visible = set(scope.scope_queryset(self.request.user, self.model.objects.filter(
                pk__in=[obj.pk for obj in objects])).values_list("pk", flat=True))
            objects = [obj for obj in objects if obj.pk in visible]
        if not objects:
            raise Http404("没有找到可操作的记录。")
        # Wagtail would list the rows the user may not act on, by name: some lie outside the scope.
        return objects, {**extra, "items_with_no_access": []}

    @property
    def _audited(self):
        return getattr(getattr(self.model, "snippet_viewset", None), "audited", False)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self._audited:  # the confirmation page names supervisees like a listing does
            ids = ",".join(str(obj.pk) for obj in self.get_actionable_objects()[0])
            scope.audit(self.request.user, "list", self.model, f"批量操作“{self.display_name}”确认页：{ids}")
        return context

    def _back_url(self):
        # Without ?next= Wagtail's next is this page, which has no ids any more: go to the listing instead.
        if self.next_url != self.request.path:
            return self.next_url
        viewset = getattr(self.model, "snippet_viewset", None)
        return reverse(viewset.get_url_name("list")) if viewset else reverse("wagtailadmin_home")

    def form_valid(self, form):
        try:
            response = super().form_valid(form)
        except ProtectedError:
            # Wagtail runs the action in one transaction: it is rolled back, nothing was deleted.
            messages.error(self.request, "所选记录中有仍被其他记录引用的（如已有登记表的通知单），不能删除；未删除任何记录。")
            return redirect(self._back_url())
        if self._audited and self.action_type == "delete" and response.status_code < 400:
            for obj in self.get_actionable_objects()[0]:
                scope.audit(self.request.user, "delete", obj, "批量删除")
        return response


_SCOPED = {}


def scoped_class(action_class):
    if action_class not in _SCOPED:
        _SCOPED[action_class] = type(f"Scoped{action_class.__name__}", (ScopedBulkActionMixin, action_class), {})
    return _SCOPED[action_class]


def _valid_ids(model, ids):
    """Ids that cannot be a primary key of the model are a 404, not a database error."""
    field = model._meta.pk
    for value in ids:
        if value == "all":
            continue
        try:
            field.to_python(value)
        except ValidationError:
            return False
    return True


def index(request, app_label, model_name, action):
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as exc:
        raise Http404 from exc
    action_class = bulk_action_registry.get_bulk_action_class(app_label, model_name, action)
    if action_class is None or not _valid_ids(model, request.GET.getlist("id")):
        raise Http404
    return scoped_class(action_class)(request, model).dispatch(request)
