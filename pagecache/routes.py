"""Wagtail's page routing from a route table kept per cache generation.

Wagtail finds the page for a path by walking the tree from the site's root page: two queries per
level (the child by slug, then its specific row), five for a policy page, then two more for its view
restrictions. The route table remembers, per site, language and path, the specific pages that walk
went through, root to last, each as it was read from the database, and the last one's view
restrictions (pagecache/restrictions.py). A request gets its own unpickled copies, linked child to
parent as Wagtail links them, and runs the last page's own `route()` with the path left after the
tree: its sub-routes (print/, pdf/) and its checks (PolicyPage: may the public see it) still run on
every request, and so do Wagtail's `before_serve_page`/`on_serve_page` hooks (view restrictions).
The pages above the last one route by slug alone (Page.route; a notice's RoutablePageMixin sub-routes
did not match the path when the walk went past it), so their `route()` is not run again.

What the table holds changes only by publish, unpublish, move, delete, a direct write of a live page's
row, a Site or a view restriction saved or deleted: each bumps the generation (pagecache/signals.py),
so an entry is never read after it. A draft save writes only Wagtail's bookkeeping columns, which no
public page shows, and leaves the table warm. A walk that ends in a 404 is not stored: made-up paths
must not fill the cache.
"""

from hashlib import sha1

from django.http import Http404
from django.utils import translation
from wagtail import views
from wagtail.fields import StreamField
from wagtail.models import Page, Site

from pagecache import fragments, restrictions

# Set by Page.route_for_request; filled here first, Wagtail's serve view then reads it.
ROUTE_ATTR = "_wagtail_route_for_request"


def serve(request, path):
    """Wagtail's serve view, with the route taken from the table when the path has an entry."""
    if not hasattr(request, ROUTE_ATTR):
        setattr(request, ROUTE_ATTR, route(request, path))
    return views.serve(request, path)


def route(request, path):
    """Page.route_for_request's answer (a RouteResult or None)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    key = entry_key(site, path)
    stored = fragments.get(key)
    if stored is None:
        result = Page.route_for_request(request, path)  # Wagtail's walk
        if result is not None:
            fragments.put(key, _entry(site, result.page))
        return result
    pages, consumed = stored
    for parent, child in zip(pages, pages[1:]):
        child._cached_parent_obj = parent  # as Page.route links them: get_parent() asks nothing
    try:
        return pages[-1].route(request, components[consumed:])
    except Http404:
        return None


def entry_key(site, path):
    return fragments.key("route", (site.pk, translation.get_language(), sha1(path.encode()).hexdigest()))


def _entry(site, page):
    """(the specific pages from the site's root page to `page`, fresh from the database, and the number of
    path components the tree consumed). Fresh: the walked instances carry what this request computed."""
    chain = list(Page.objects.ancestor_of(page, inclusive=True).filter(depth__gte=site.root_page.depth)
                 .order_by("path").specific())
    for each in chain:
        # Left out, as if deferred (read on first use): unpickling a StreamField builds every block, and a
        # miss takes a policy's rendered body from policies/fragments.py without reading it.
        for field in each._meta.concrete_fields:
            if isinstance(field, StreamField):
                each.__dict__.pop(field.attname, None)
    restrictions.store(chain[-1])
    return chain, len(chain) - 1
