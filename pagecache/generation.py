"""The cache generation: one integer in the page cache itself, shared by every web process that shares
the cache (Redis across hosts; the file cache across one host's gunicorn workers).

Cached pages are keyed by the generation, so invalidating is one atomic `incr` and every process stops
serving the old pages at once. Reading it costs one cache get per request: within `pinned()` (the
whole request, pagecache/middleware.py) it is read once and remembered, so the page, its fragments
and the route table of one request share one number, and a bump in the request moves it along.
"""

import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import caches

KEY = "generation"

# [the generation this request read, or None before its first read]; None outside pinned().
_pin = ContextVar("pagecache_generation_pin", default=None)


def cache():
    return caches[getattr(settings, "PAGECACHE_ALIAS", "pagecache")]


def _start() -> int:
    # A generation evicted from the cache restarts beyond every earlier value (the clock in ns), so
    # pages stored under an old number can never be served again.
    cache().add(KEY, time.time_ns(), timeout=None)
    return cache().get(KEY)


def current() -> int:
    pin = _pin.get()
    if pin is not None and pin[0] is not None:
        return pin[0]
    value = cache().get(KEY)
    value = _start() if value is None else value
    if pin is not None:
        pin[0] = value
    return value


def bump() -> int:
    """Invalidate every cached page, in every process that shares the cache."""
    try:
        value = cache().incr(KEY)
    except ValueError:  # no generation yet (or evicted)
        value = _start()
    pin = _pin.get()
    if pin is not None:
        pin[0] = value  # this request's own follow-up reads see its change
    return value


@contextmanager
def pinned():
    """Read the generation at most once inside: a request sees the generation of its first read (a bump
    by another process in the meantime only invalidates what it stores, never read again)."""
    token = _pin.set([None])
    try:
        yield
    finally:
        _pin.reset(token)
