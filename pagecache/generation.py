"""The cache generation: a stamp file every web process on the host can see.

Cached pages are keyed by the generation, so invalidating is one atomic file replace and every
gunicorn worker stops serving the old pages at once, whatever cache backend holds them (LocMem is
per process). Reading it costs one stat() per request.
"""

import os
import secrets
from pathlib import Path

from django.conf import settings


def stamp_path() -> Path:
    return Path(getattr(settings, "PAGECACHE_STAMP", Path(settings.BASE_DIR) / "var" / "pagecache.stamp"))


def current() -> str:
    try:
        st = os.stat(stamp_path())
    except FileNotFoundError:
        return bump()
    return _tag(st)


def _tag(st) -> str:
    # A replace makes a new inode; with the mtime that is unique per bump.
    return f"{st.st_ino:x}.{st.st_mtime_ns:x}"


def bump() -> str:
    """Invalidate every cached page (all processes on this host)."""
    path = stamp_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    tmp.write_text(secrets.token_hex(8))
    os.replace(tmp, path)
    return _tag(os.stat(path))
