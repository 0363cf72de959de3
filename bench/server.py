"""A production-like server for the HTTP benchmarks (pages.py, load.py), on loopback only.

gunicorn + config.settings.production (DEBUG=False, whitenoise with collectstatic into var/static,
the page cache on) against a throw-away SQLite database under var/bench/ that is created, migrated
and filled by `load_demo` on first use. Never the dev database; stopped when the benchmarks end.
"""

import atexit
import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "bench"
HOST = "127.0.0.1"
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
        "PAGECACHE_STAMP": str(WORK / "pagecache.stamp"),  # not shared with dev servers or test runs
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


def _free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def get(port, path, headers=None, timeout=30):
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def start():
    """The running server's port (prepared and started on first call)."""
    if "port" in _server:
        return _server["port"]
    prepare()
    port = _free_port()
    log = open(WORK / "gunicorn.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi", "-b", f"{HOST}:{port}", "-w", str(WORKERS),
         "--backlog", "256", "--timeout", "60"],
        cwd=ROOT, env=env(), stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    _server.update(port=port, proc=proc)
    atexit.register(stop)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {proc.returncode}; see {WORK / 'gunicorn.log'}")
        try:
            if get(port, "/", timeout=5)[0] == 200:
                return port
        except OSError:
            time.sleep(0.5)
    stop()
    raise RuntimeError("gunicorn did not answer within 60 s")


def stop():
    proc = _server.pop("proc", None)
    _server.pop("port", None)
    if proc is None or proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)  # its own session: the master and its workers only
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def static_css_path(port):
    """The hashed site.css URL the home page links to (CompressedManifestStaticFilesStorage)."""
    import re

    html = get(port, "/")[2].decode()
    match = re.search(r'href="(/static/css/site[^"]*\.css)"', html)
    if not match:
        raise RuntimeError("site.css link not found on the home page")
    return match.group(1)
