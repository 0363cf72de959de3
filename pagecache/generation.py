"""The cache generation: one integer in the page cache itself, shared by every web process that shares
the cache (Redis across hosts; the file cache across one host's gunicorn workers).

Cached pages are keyed by the generation, so invalidating is one atomic `incr` and every process stops
serving the old pages at once. Reading it costs one cache get per request.
"""

import time

from django.conf import settings
from django.core.cache import caches

KEY = "generation"


def cache():
    return caches[getattr(settings, "PAGECACHE_ALIAS", "pagecache")]


def _start() -> int:
    # A generation evicted from the cache restarts beyond every earlier value (the clock in ns), so
    # pages stored under an old number can never be served again.
    cache().add(KEY, time.time_ns(), timeout=None)
    return cache().get(KEY)


def current() -> int:
    value = cache().get(KEY)
    return _start() if value is None else value


def bump() -> int:
    """Invalidate every cached page, in every process that shares the cache."""
    try:
        return cache().incr(KEY)
    except ValueError:  # no generation yet (or evicted)
        return _start()
