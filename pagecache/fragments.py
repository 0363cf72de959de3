"""Rendered parts of public pages, kept in the page cache beside the pages themselves.

A page-cache miss (the first reader after a publish, a reader with a session cookie, a library filter
not seen yet) still renders the whole page; the expensive parts that are the same for every reader —
a policy's numbered body, its table of contents — come from here instead of being rendered again.

A fragment is keyed by the cache generation (pagecache/generation.py) and by what the caller says its
output depends on (e.g. a page id and its live revision id). Every change the public can see bumps the
generation, so a fragment can never outlive what it shows: correct by construction, no invalidation
of its own. Same cache as the pages: Redis across hosts when REDIS_URL is set, a file or in-process
cache otherwise.

Because a key names one generation, the value under it never changes: each process also keeps the
fragments it has read or stored (pickled, so every reader gets its own copy; the least recently used
go first beyond LOCAL_BYTES). A miss then reads the shared cache once for the generation, not once
per fragment — reading a file or asking Redis cost more than the rest of a fragment's work.

What goes in must be the same for every reader: render it without the request (no user, no CSRF
token, no messages), from public data only.
"""

import pickle
import threading
from collections import OrderedDict

from django.conf import settings

from pagecache import generation

PREFIX = "fragment"
# Fragments of an old generation are never read again; the timeout bounds how long they take up room
# (Redis keeps them until then). An hour: a page read once an hour is rendered afresh at worst.
TIMEOUT = 60 * 60
LOCAL_BYTES = 16 * 1024 * 1024  # per process

_local = OrderedDict()  # key -> pickled value, most recently used last
_local_bytes = [0]
_lock = threading.Lock()


def key(name, parts):
    return ":".join([PREFIX, str(generation.current()), name, *(str(p) for p in parts)])


def _remember(k, blob):
    with _lock:
        if k in _local:
            return
        _local[k] = blob
        _local_bytes[0] += len(blob)
        while _local_bytes[0] > LOCAL_BYTES and _local:
            _local_bytes[0] -= len(_local.popitem(last=False)[1])


def get(k):
    """The value stored under key `k` (a copy of its own), or None."""
    with _lock:
        blob = _local.get(k)
        if blob is not None:
            _local.move_to_end(k)
    if blob is not None:
        return pickle.loads(blob)
    value = generation.cache().get(k)
    if value is not None:
        _remember(k, pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
    return value


def put(k, value):
    generation.cache().set(k, value, getattr(settings, "PAGECACHE_FRAGMENT_TIMEOUT", TIMEOUT))
    _remember(k, pickle.dumps(value, pickle.HIGHEST_PROTOCOL))


def cached(name, parts, render):
    """The value stored under (generation, name, parts), rendered by `render()` and stored on a miss."""
    k = key(name, parts)
    value = get(k)
    if value is None:
        value = render()
        put(k, value)
    return value


def forget_local():
    """Drop this process's copies. Tests call it with the cache clear: a cleared cache restarts the
    generation from the clock, and a test that stops the clock can meet an earlier test's number (and, its
    rows rolled back, the same page and revision ids)."""
    with _lock:
        _local.clear()
        _local_bytes[0] = 0
