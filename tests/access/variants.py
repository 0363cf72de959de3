"""More requests per URL than its bare address: the ways a URL takes ids or search terms.

- every registered bulk action (read from Wagtail's bulk-action registry), with the ids of both
  committees' records, a minor's and another office's, and with id=all;
- every listing that exports, as ?export=csv and ?export=xlsx;
- every listing and chooser, searched through its results view (?q=示例 matches every demo person);
- every chosen-multiple endpoint, with the same mixed ids as the bulk actions.
The content check (leaks.py) runs on all of them like on every other answer.
"""

from django.apps import apps
from django.urls import resolve, reverse
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.views.generic.base import BaseListingView
from wagtail.admin.views.generic.chooser import BaseChooseView
from wagtail.admin.views.mixins import SpreadsheetExportMixin

MISSING = "999999"
SEARCH = "示例"


def _key(model):
    """The world.py key of a model's fixture objects."""
    return "page" if model._meta.label_lower == "wagtailcore.page" else model._meta.label_lower


def mixed_ids(world, key):
    """Ids of every fixture object of a kind, this office's and the other office's; a missing id if none."""
    ids = [str(obj.pk) for _, obj in world.get(key)] + [str(obj.pk) for obj in world.foreign.get(key, [])]
    return ids or [MISSING]


def _query(ids):
    return "&".join(f"id={i}" for i in ids)


def bulk_action_targets(world, target_class):
    out = []
    for model in apps.get_models():
        meta = model._meta
        for action in bulk_action_registry.get_bulk_actions_for_model(meta.app_label, meta.model_name):
            url = reverse("wagtail_bulk_action", args=(meta.app_label, meta.model_name, action.action_type))
            label = f"{meta.app_label}.{meta.model_name}:{action.action_type}"
            out.append(target_class(label, f"{url}?{_query(mixed_ids(world, _key(model)))}"))
            out.append(target_class(label + ":all", f"{url}?id=all"))
    return out


def _view(url):
    func = resolve(url.split("?")[0]).func
    return getattr(func, "view_class", None), getattr(func, "view_initkwargs", {})


def _join(url, query):
    return url + ("&" if "?" in url else "?") + query


def extra_targets(pattern, base, world, subject_key, target_class):
    """The variants of one concrete target `base` of `pattern`."""
    view_class, initkwargs = _view(base.url)
    out = []
    if view_class and issubclass(view_class, SpreadsheetExportMixin) and (
            initkwargs.get("list_export") or getattr(view_class, "list_export", None)):
        out += [target_class(base.label, _join(base.url, f"export={fmt}")) for fmt in ("csv", "xlsx")]
    # Searched once per listing: through its results view, which runs the same query as the full page.
    listing = bool(view_class) and issubclass(view_class, (BaseListingView, BaseChooseView))
    route = pattern.route
    if route.startswith("admin/") and (listing and route.endswith("results/") or "search/" in route):
        out.append(target_class(base.label, _join(base.url, f"q={SEARCH}")))
    if pattern.name.endswith("chosen_multiple") and subject_key:
        out.append(target_class(base.label, _join(base.url, _query(mixed_ids(world, subject_key)))))
    return out
