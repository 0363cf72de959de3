"""Snippet views that serve only the rows a user may reach (committee.scope): the listing is filtered, and
another row named in a URL (inspect, edit, delete, history, usage) answers 404 like a missing one.

A viewset sets `rows` (user, qs=None -> the reachable rows) and `view_mixins` (extra mixins per view class
attribute, e.g. the 联络员's own unit on a report's form); every `*_view_class` it serves is wrapped once.
"""

from django.http import Http404


class ScopedObject:
    rows = None

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not self.rows(self.request.user).filter(pk=obj.pk).exists():
            raise Http404
        return obj


class ScopedIndex:
    rows = None

    def get_base_queryset(self):
        return self.rows(self.request.user, super().get_base_queryset())


class ScopedViews:
    """Mix into a SnippetViewSet before it: wraps each view class in the scope when the viewset is defined."""

    rows = None
    view_mixins = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.rows is None:
            return
        rows = staticmethod(cls.rows)
        for attr in [a for a in dir(cls) if a.endswith("_view_class") and a != "chooser_viewset_class"]:
            base = getattr(cls, attr)
            if not isinstance(base, type) or getattr(base, "_scoped_by", None) is cls.rows:
                continue
            scoped = {"index_view_class": (ScopedIndex,), "add_view_class": ()}.get(attr, (ScopedObject,))
            mixins = (*cls.view_mixins.get(attr, ()), *scoped)
            setattr(cls, attr, type(f"Scoped{base.__name__}", (*mixins, base), {"rows": rows, "_scoped_by": cls.rows}))
