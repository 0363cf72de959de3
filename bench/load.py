"""Load test: 50 concurrent clients for 60 s against the public pages of a production-like server.

Loopback only (bench/server.py: gunicorn, production settings, whitenoise, demo data in a throw-away
database). Each client opens a connection per request (gunicorn's sync workers do not keep alive) and
walks home → library → a policy page → a unit page → a search. Stops by itself after the duration.
LOAD_CLIENTS / LOAD_SECONDS override the defaults for a quick run.
"""

import http.client
import os
import threading
import time

from bench import server

CLIENTS = int(os.environ.get("LOAD_CLIENTS", "50"))
SECONDS = float(os.environ.get("LOAD_SECONDS", "60"))
PATHS = ["/", "/policies/", "/policies/miyun-work-rules/", "/policies/units/sifasuo/", "/search/?q=矫正"]


def _pct(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, round(p / 100 * (len(sorted_values) - 1))))
    return sorted_values[k]


def hammer(port, paths, clients, seconds, headers=None):
    """Run `clients` threads against `paths` for `seconds`; latency percentiles in ms, errors listed."""
    deadline = time.monotonic() + seconds
    lock = threading.Lock()
    latencies, errors = [], []

    def client(offset):
        i = offset
        mine, bad = [], []
        while time.monotonic() < deadline:
            path = paths[i % len(paths)]
            i += 1
            t = time.perf_counter()
            try:
                conn = http.client.HTTPConnection(server.HOST, port, timeout=30)
                conn.request("GET", path, headers=headers or {})
                response = conn.getresponse()
                response.read()
                conn.close()
                if response.status != 200:
                    bad.append(f"{path}: HTTP {response.status}")
            except OSError as exc:
                bad.append(f"{path}: {type(exc).__name__}")
            mine.append((time.perf_counter() - t) * 1000)
        with lock:
            latencies.extend(mine)
            errors.extend(bad)

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(seconds + 60)
    elapsed = time.monotonic() - started
    latencies.sort()
    return {"requests": len(latencies), "errors": errors, "rps": len(latencies) / elapsed,
            "p50": _pct(latencies, 50), "p99": _pct(latencies, 99)}


def _quote(path):
    from urllib.parse import quote

    return quote(path, safe="/?=&")


def run():
    port = server.start()
    paths = [_quote(p) for p in PATHS]
    for path in paths:  # every page answers before we measure (and the cache is warm, as in production)
        status = server.get(port, path)[0]
        if status != 200:
            raise RuntimeError(f"{path} answered {status} before the load test")
    result = hammer(port, paths, CLIENTS, SECONDS)
    n_err = len(result["errors"])
    sample = "; ".join(sorted(set(result["errors"]))[:3])
    label = f"{CLIENTS} clients × {SECONDS:.0f} s, gunicorn {server.WORKERS} sync workers, 5 public pages"
    return [
        {"name": "load: public pages throughput", "value": f"{result['rps']:.0f}", "unit": "req/s",
         "note": f"{label}; {result['requests']} requests"},
        {"name": "load: latency p50", "value": f"{result['p50']:.0f}", "unit": "ms", "note": label},
        {"name": "load: latency p99", "value": f"{result['p99']:.0f}", "unit": "ms", "note": label},
        {"name": "load: errors", "value": str(n_err), "unit": "", "target": "0",
         "note": sample or "no non-200 answers, no connection errors"},
    ]
