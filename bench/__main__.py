"""`make bench`: runs every registered benchmark and writes docs/BENCHMARKS.md.

Each benchmark module in bench/ exposes `run() -> list[dict]` rows with
keys: name, value, unit, target (optional), note (optional).
A module that fails is reported in the table (with its error) and the others still run.
The database modules run on SQLite and, when DATABASE_URL points at PostgreSQL, again there (each in a
throw-away database it creates and drops: bench/common.py); bench.pages runs with the embedded page
cache and again with Redis (db 14, a key prefix of its own, removed afterwards). The module column
says which.
`python -m bench bench.load bench.pages` runs only the named modules and prints their table
(docs/BENCHMARKS.md is only rewritten by a full run, which keeps its hand-measured "Test suite time" section).
"""

import json
import os
import socket
import platform
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from importlib import import_module
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = ["bench.versions_align", "bench.pdf_forms", "bench.importer", "bench.admin_list", "bench.search",
           "bench.spreadsheets", "bench.policies", "bench.pages", "bench.load"]
DATABASE_MODULES = {"bench.admin_list", "bench.search", "bench.spreadsheets", "bench.policies"}
CACHE_MODULES = {"bench.pages"}
REDIS_DB = 14  # the benchmarks' own Redis database (tests use 13 and 15)
BUSY_LOAD = 3  # a load average above this says the numbers are not to be compared against targets


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    load = ""
    try:
        load = ", load average " + " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {mem}, Python {platform.python_version()}, {platform.system()}{load}"


def _cell(value):
    return str(value).replace("|", "\\|").replace("\n", " ")


def _run_here(dotted, out_path):
    """Child process: run one module and write its rows as JSON."""
    rows = list(import_module(dotted).run())
    Path(out_path).write_text(json.dumps(rows, ensure_ascii=False, default=str), encoding="utf-8")


def _redis_url():
    """Database 14 of the Redis that REDIS_URL names (127.0.0.1:6379 without it), or "" when none answers."""
    from urllib.parse import urlsplit

    given = urlsplit(os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0")
    host, port = given.hostname or "127.0.0.1", given.port or 6379
    try:
        socket.create_connection((host, port), timeout=2).close()
    except OSError:
        return ""
    auth = f"{given.username or ''}:{given.password}@" if given.password else ""
    return f"{given.scheme}://{auth}{host}:{port}/{REDIS_DB}"


def variants(dotted):
    """(label, environment) of each run of one module."""
    env = dict(os.environ)
    if dotted in DATABASE_MODULES:
        url = env.pop("DATABASE_URL", "")
        yield "sqlite", env
        if url.startswith("postgres"):
            yield "postgresql", dict(env, DATABASE_URL=url)
    elif dotted in CACHE_MODULES:
        env.pop("REDIS_URL", None)
        yield "file cache", env
        redis_url = _redis_url()
        if redis_url:
            yield "redis", dict(env, REDIS_URL=redis_url, CACHE_KEY_PREFIX=f"bench-{os.getpid()}")
    else:
        yield "", env


def run_module(dotted, env=None):
    """(rows, seconds). Each module runs in its own process, so one that leaves Django's test
    environment or a server behind cannot break the next; a failure becomes one row with its error."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rows.json"
        proc = subprocess.run([sys.executable, "-m", "bench", "--one", dotted, str(out)], cwd=ROOT,
                              stderr=subprocess.PIPE, text=True, env=env)
        sys.stderr.write(proc.stderr)
        if proc.returncode == 0 and out.exists():
            rows = json.loads(out.read_text(encoding="utf-8"))
        else:
            last = [line for line in proc.stderr.strip().splitlines() if line.strip()][-1:] or ["no output"]
            rows = [{"name": f"{dotted} FAILED", "value": "error", "unit": "",
                     "note": f"exit {proc.returncode}: {last[0]}"[:300]}]
    for row in rows:
        row.setdefault("module", dotted)
    return rows, time.monotonic() - started


KEPT_SECTION = "## Test suite time"


def main(argv=None):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    sys.path.insert(0, str(ROOT))
    if argv and argv[0] == "--one":
        _run_here(argv[1], argv[2])
        return 0
    modules = (argv if argv else None) or MODULES
    loads = [os.getloadavg()[0]]
    rows, timings = [], []
    for dotted in modules:
        for label, env in variants(dotted):
            name = f"{dotted} ({label})" if label else dotted
            print(f"== {name}", flush=True)
            module_rows, seconds = run_module(dotted, env)
            for row in module_rows:
                row["module"] = name
            rows.extend(module_rows)
            timings.append((name, seconds))
    lines = [
        "# Benchmarks",
        "",
        f"Generated by `make bench` on {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC.",
        f"Machine: {machine()}.",
        "",
        "The machine is shared (other jobs run beside the benchmarks), so absolute numbers are pessimistic;",
        "targets are checked against these numbers, never in timed tests. Each module runs in its own process.",
        "Database modules: (sqlite) always, (postgresql) when DATABASE_URL points at PostgreSQL, each in a",
        "throw-away database; bench.pages with the embedded file cache and with Redis (db 14).",
        "",
        "| module | benchmark | result | target | note |",
        "| --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        result = f"{r['value']} {r.get('unit', '')}".strip()
        lines.append(f"| {_cell(r.get('module', ''))} | {_cell(r['name'])} | {_cell(result)} | "
                     f"{_cell(r.get('target', ''))} | {_cell(r.get('note', ''))} |")
    lines += ["", "Time per module: " + ", ".join(f"{m} {s:.0f} s" for m, s in timings) + "."]
    loads.append(os.getloadavg()[0])
    if max(loads) > BUSY_LOAD:
        lines += ["", f"**Measured on a busy machine** (load average {loads[0]:.1f} at the start, {loads[1]:.1f} at the "
                      f"end, above {BUSY_LOAD:g} on {os.cpu_count()} cores): times are pessimistic and req/s low; "
                      "re-run `make bench` on a quiet machine before comparing against the targets."]
    if not argv:
        doc = ROOT / "docs" / "BENCHMARKS.md"
        old = doc.read_text(encoding="utf-8") if doc.exists() else ""
        kept = old[old.index(KEPT_SECTION):] if KEPT_SECTION in old else ""  # measured by hand, not here
        doc.write_text("\n".join(lines) + "\n" + ("\n" + kept if kept else ""), encoding="utf-8")
    print("\n".join(lines))
    return 1 if any(r["value"] == "error" for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
