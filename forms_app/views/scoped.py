"""Row scope for every view Wagtail serves for a record: lists, inspect, edit, history, revisions,
usage, delete, choosers and exports. Out-of-scope objects are 404, exactly like missing ones."""

from django import forms
from django.contrib import messages
from django.db.models import ProtectedError, Q
from django.shortcuts import redirect
from django.utils.functional import cached_property
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views.snippets import SnippetViewSet

from .. import idsearch, scope
from . import display
from .revert import RevertRefusalMixin

# Views whose objects are read by the viewer: these write an audit entry.
AUDITED = {"inspect": "view", "edit": "edit", "history": "history", "delete": "delete",
           "revisions_view": "view", "revisions_compare": "view", "revisions_revert": "edit", "usage": "view"}


class MaskedColumn(Column):
    """A listing cell that shows an ID number or phone (scope.MASKED) masked unless the user may see it in full."""

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        raw = context.get("raw_value") or ""
        if raw:
            kind = scope.MASKED[type(instance)][self.name]
            context["value"] = scope.shown(parent_context["request"].user, kind, raw)
        return context


class ScopedObjectMixin:
    """Fetch the object as Wagtail does, then refuse it (404) unless it is in the user's scope."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if obj is None:  # create views
            return obj
        if not getattr(self, "_scope_checked", False):
            scope.check_view(self.request.user, obj)
            self._scope_checked = True
            action = AUDITED.get(getattr(self, "_audit_name", ""), None)
            if action and self.request.method == "GET" and getattr(self.scope_viewset, "audited", False):
                scope.audit(self.request.user, action, obj)
        return obj


class CreateOnSaveMixin:
    """A record comes into being when its user presses 保存. Wagtail's autosave would create it from a
    half-filled add form in the background, and a 保存 pressed while that request runs posts the add form
    again: two records of one person (seen in the browser walk-through). Editing keeps autosave."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.autosave_enabled = False


class ScopedDeleteMixin(ScopedObjectMixin):
    """A record another one still points to (a notice with its 登记表) is not deleted: a message, not a 500."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ProtectedError:
            # Wagtail deletes (and logs) in one transaction: it was rolled back, nothing changed.
            messages.error(self.request, f"“{self.object}”仍被其他记录引用（如登记表），不能删除。")
            return redirect(self.get_success_url())


class ScopedInspectMixin(ScopedObjectMixin):
    """Inspect views: Chinese labels and values (display.shown), masked personal data, in-scope relations only."""

    def get_field_label(self, field_name, field):
        label = self.scope_viewset.inspect_labels.get(field_name)
        return label or super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        if field is not None and field.many_to_many and not hasattr(self, f"get_{field_name}_display_value"):
            # A many-to-many list names only the related rows this user may see (no minors for villages).
            related = scope.scope_queryset(self.request.user, getattr(self.object, field_name).all())
            return "、".join(str(obj) for obj in related) or display.EMPTY
        value = super().get_field_display_value(field_name, field)
        kind = self.scope_viewset.masked_fields.get(field_name)
        if kind and value:
            value = scope.shown(self.request.user, kind, value)
        return display.shown(value)


class ScopedIndexMixin:
    """The listing (and its export) shows only rows in scope, masks personal data in exports,
    and records who listed or exported supervisee data."""

    def get_base_queryset(self):
        qs = scope.scope_queryset(self.request.user, super().get_base_queryset())
        select = getattr(self.scope_viewset, "list_select_related", None)
        return qs.select_related(*select) if select else qs

    def search_queryset(self, queryset):
        # Wagtail's default search backend does not segment Chinese: plain icontains finds 张三 in 示例张三.
        # ID numbers go through idsearch, so that no sequence of searches reveals a masked digit.
        if not self.is_searching:
            return queryset
        viewset = self.scope_viewset
        return idsearch.search(self.request.user, queryset, viewset.icontains_search_fields,
                               viewset.id_search_fields, self.search_query,
                               on_refused=lambda text: messages.warning(self.request, text))

    @cached_property
    def filters(self):
        # A filter's dropdown offers only what the user may see: no other committee, no other office.
        filterset = super().filters
        if filterset is not None:
            for field in filterset.form.fields.values():
                if getattr(field, "queryset", None) is not None:
                    field.queryset = scope.choices_for(self.request.user, field.queryset)
        return filterset

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        for field, kind in self.scope_viewset.masked_fields.items():
            if field in row and row[field]:
                row[field] = scope.shown(self.request.user, kind, row[field])
        return row

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if self.scope_viewset.audited and (self.is_export or not getattr(self, "results_only", False)):
            detail = idsearch.mask_numbers(request.GET.urlencode())
            scope.audit(request.user, "export" if self.is_export else "list", self.model, detail)
        return response


def _chooser_views(search_fields, id_fields=(), choosable=None):
    class FilterForm(BaseFilterForm):
        q = forms.CharField(label="检索", required=False,
                            widget=forms.TextInput(attrs={"placeholder": "输入姓名或名称检索"}))

        def filter(self, objects):
            objects = super().filter(objects)
            term = self.cleaned_data.get("q")
            if term:
                objects = idsearch.search(self.request.user, objects, search_fields, id_fields, term,
                                          on_refused=lambda text: messages.warning(self.request, text))
                self.is_searching = True
                self.search_query = term
            return objects

    class ScopedList:
        filter_form_class = FilterForm

        def get_filter_form(self):
            form = super().get_filter_form()
            form.request = self.request  # idsearch needs the user (may they unmask?) and a place for messages
            return form

        def get_object_list(self):
            objects = scope.scope_queryset(self.request.user, super().get_object_list())
            return choosable(objects) if choosable else objects

    class ChooseView(ScopedList, snippet_chooser.ChooseView):
        pass

    class ChooseResultsView(ScopedList, snippet_chooser.ChooseResultsView):
        pass

    class ChosenView(snippet_chooser.SnippetChosenView):
        def get_object(self, pk):
            # Scope only: the form's own queryset refuses a choice the chooser did not offer.
            return scope.scope_queryset(self.request.user, self.model_class.objects.all()).get(pk=pk)

    class ChosenMultipleView(snippet_chooser.SnippetChosenMultipleView):
        def get_objects(self, pks):
            return scope.scope_queryset(self.request.user, super().get_objects(pks))

    class ChooserViewSet(snippet_chooser.SnippetChooserViewSet):
        choose_view_class = ChooseView
        choose_results_view_class = ChooseResultsView
        chosen_view_class = ChosenView
        chosen_multiple_view_class = ChosenMultipleView
        create_action_label = None

    return ChooserViewSet


class ScopedSnippetViewSet(SnippetViewSet):
    """A SnippetViewSet whose every view honours forms_app.scope."""

    audited = False  # True for models holding a supervisee's data
    icontains_search_fields = []
    list_select_related = ()
    inspect_labels = {}  # field or property -> label, where the model gives none
    choosable = None  # queryset -> the rows a chooser offers (after the scope)
    copy_view_enabled = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.model is None:
            return  # a base for viewsets (records.PersonalRecordViewSet): each with a model scopes its own views
        for attr in dir(cls):
            if not attr.endswith("_view_class") or attr in ("revisions_revert_view_class", "chooser_viewset_class"):
                continue
            base = getattr(cls, attr)
            if not isinstance(base, type) or getattr(base, "_scoped", False):
                continue
            if attr == "index_view_class":
                mixin = ScopedIndexMixin
            elif attr == "inspect_view_class":
                mixin = ScopedInspectMixin
            elif attr == "delete_view_class":
                mixin = ScopedDeleteMixin
            else:
                mixin = ScopedObjectMixin
            mixins = (mixin, CreateOnSaveMixin) if attr == "add_view_class" else (mixin,)
            name = attr[: -len("_view_class")]
            setattr(cls, attr, type(f"Scoped{base.__name__}", (*mixins, base),
                                    {"_scoped": True, "_audit_name": name, "scope_viewset": cls}))
        cls.masked_fields = scope.MASKED.get(cls.model, {})  # field -> "id" | "phone"
        # Of the searched fields, those holding ID numbers: searched through idsearch, never by icontains.
        cls.id_search_fields = tuple(f for f in cls.icontains_search_fields if cls.masked_fields.get(f) == "id")
        # Declaring search_fields makes Wagtail show the search box; ScopedIndexMixin does the icontains search.
        cls.search_fields = list(cls.icontains_search_fields) or None
        cls.search_backend_name = None
        cls.chooser_viewset_class = _chooser_views(cls.icontains_search_fields or ["pk"], cls.id_search_fields,
                                                   cls.choosable)

    @property
    def revisions_revert_view_class(self):
        # Wagtail builds it from the (already scoped) edit view: only the refusal is added here.
        return type("RevertView", (RevertRefusalMixin, super().revisions_revert_view_class), {})
