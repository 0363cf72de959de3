"""A production-like server for the HTTP benchmarks (pages.py, load.py), on loopback only.

gunicorn + config.settings.production (DEBUG=False, whitenoise with collectstatic into var/static,
the page cache on) against a throw-away SQLite database under var/bench/ that is created, migrated
and filled by `load_demo` on first use. Never the dev database; stopped when the benchmarks end.
The page cache is the embedded file cache, or Redis when REDIS_URL is set (bench/__main__.py).
"""

import atexit
import os
import shutil
import subprocess
import sys
from pathlib import Path

import redis  # at the top: stop() also runs at exit, when imports that start threads are refused

from tests.gunicorn import HOST, Gunicorn, get

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "bench"
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))

_server = {}


def env():
    out = dict(os.environ)
    out.update({
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "bench-only-not-secret-" + "x" * 40,
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "SECURE_SSL_REDIRECT": "0",  # plain http on loopback
        "DATABASE_URL": f"sqlite:///{WORK / 'bench.sqlite3'}",
        "PAGECACHE_DIR": str(WORK / "pagecache"),  # not shared with dev servers or test runs
        "PYTHONPATH": str(ROOT),
    })
    return out


def _manage(*args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env(), check=True,
                   stdout=subprocess.DEVNULL)


def prepare():
    """Fresh database with the demo content, and collected static files."""
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    _manage("migrate", "--noinput", "-v0")
    _manage("load_demo", "--quiet-logins")
    _manage("collectstatic", "--noinput", "-v0")


def start():
    """The running server's port (prepared and started on first call)."""
    if "server" in _server:
        return _server["server"].port
    prepare()
    server = Gunicorn(env(), WORK / "gunicorn.log", workers=WORKERS)
    atexit.register(stop)
    _server["server"] = server
    return server.start()


def stop():
    server = _server.pop("server", None)
    if server is not None:
        server.stop()
        clear_redis()


def clear_redis():
    """With REDIS_URL (bench/__main__.py: db 14, prefix bench-<pid>), remove this run's keys."""
    url, prefix = os.environ.get("REDIS_URL"), os.environ.get("CACHE_KEY_PREFIX", "")
    if not url or not prefix.startswith("bench-"):
        return
    client = redis.Redis.from_url(url)
    for key in client.scan_iter(f"{prefix}:*", count=500):
        client.delete(key)


def static_css_path(port):
    """The hashed site.css URL the home page links to (CompressedManifestStaticFilesStorage)."""
    import re

    html = get(port, "/")[2].decode()
    match = re.search(r'href="(/static/css/site[^"]*\.css)"', html)
    if not match:
        raise RuntimeError("site.css link not found on the home page")
    return match.group(1)
