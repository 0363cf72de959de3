"""Public querysets of policy pages, shared by the home page, library, feeds, sitemap, units and search.

"Public" means: live, 主动公开, not under a Wagtail view restriction, and — for an attachment — its
notice (and any PolicyPage above it) is public too. Everything the anonymous public sees goes through
`public_policies()`; nothing else decides visibility.
"""

from django.db.models import Q


def _hidden_prefixes():
    """Tree paths of policy pages that hide themselves and everything below them."""
    from policies.models import PolicyPage

    hidden = PolicyPage.objects.filter(Q(live=False) | ~Q(disclosure="proactive"))
    return list(hidden.values_list("path", flat=True))


def public_policies():
    from policies.models import PolicyPage

    qs = PolicyPage.objects.live().public().filter(disclosure="proactive")
    prefixes = _hidden_prefixes()
    if prefixes:
        blocked = Q()
        for prefix in prefixes:
            blocked |= Q(path__startswith=prefix)
        qs = qs.exclude(blocked)
    return qs


def newest_first(qs):
    return qs.order_by("-date_published", "-date_written", "-first_published_at", "-pk")


def library_documents(library=None):
    """Top-level documents of the library (notices and standalone policies), newest first.

    Attachments are reached through their notice, so each document is listed once.
    """
    from policies.models import PolicyLibraryPage

    qs = public_policies()
    if library is not None:
        qs = qs.child_of(library)
    else:
        qs = qs.filter(_child_of_any(PolicyLibraryPage.objects.all()))
    return newest_first(qs)


def _child_of_any(pages):
    cond = Q(pk__in=[])
    for page in pages:
        cond |= Q(path__startswith=page.path, depth=page.depth + 1)
    return cond


def latest_policies(count):
    """Newest publicly visible policies, for the home page's 最新政策 list."""
    return list(library_documents()[:count])
