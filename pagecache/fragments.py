"""Rendered parts of public pages, kept in the page cache beside the pages themselves.

A page-cache miss (the first reader after a publish, a reader with a session cookie, a library filter
not seen yet) still renders the whole page; the expensive parts that are the same for every reader —
a policy's numbered body, its table of contents — come from here instead of being rendered again.

A fragment is keyed by the cache generation (pagecache/generation.py) and by what the caller says its
output depends on (e.g. a page id and its live revision id). Every change the public can see bumps the
generation, so a fragment can never outlive what it shows: correct by construction, no invalidation
of its own. Same cache as the pages: Redis across hosts when REDIS_URL is set, a file or in-process
cache otherwise.

What goes in must be the same for every reader: render it without the request (no user, no CSRF
token, no messages), from public data only.
"""

from django.conf import settings

from pagecache import generation

PREFIX = "fragment"
# Fragments of an old generation are never read again; the timeout bounds how long they take up room
# (Redis keeps them until then). An hour: a page read once an hour is rendered afresh at worst.
TIMEOUT = 60 * 60


def key(name, parts):
    return ":".join([PREFIX, str(generation.current()), name, *(str(p) for p in parts)])


def cached(name, parts, render):
    """The value stored under (generation, name, parts), rendered by `render()` and stored on a miss."""
    k = key(name, parts)
    value = generation.cache().get(k)
    if value is None:
        value = render()
        generation.cache().set(k, value, getattr(settings, "PAGECACHE_FRAGMENT_TIMEOUT", TIMEOUT))
    return value
