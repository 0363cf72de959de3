"""Public page render vs a static file, through the same production-like gunicorn (bench/server.py).

The ratio req/s(cached policy page) ÷ req/s(static CSS via whitenoise) says how close the page cache
brings a page to the cost of a file; goal ≥ 0.8. The uncached render (a session cookie bypasses the
page cache, as for a logged-in user) is reported beside it, with its own ratio (goal ≥ 0.1): its body,
table of contents and 历史版本 box come from the fragment cache (policies/fragments.py).
Run by bench/__main__.py with the embedded file cache and again with Redis (REDIS_URL).
"""

import os

from bench import server
from bench.load import hammer

CLIENTS = int(os.environ.get("PAGES_CLIENTS", "8"))
SECONDS = float(os.environ.get("PAGES_SECONDS", "15"))
POLICY = "/policies/miyun-work-rules/"


def run():
    port = server.start()
    css = server.static_css_path(port)
    # Each gunicorn worker keeps its own LocMem copy: warm them all, and check that hits happen.
    seen = [server.get(port, POLICY) for _ in range(4 * server.WORKERS)]
    if any(status != 200 for status, _, _ in seen) or not any(h.get("X-Page-Cache") == "hit" for _, h, _ in seen):
        raise RuntimeError(f"{POLICY} is not served from the page cache: {[(s, h.get('X-Page-Cache')) for s, h, _ in seen]}")
    static = hammer(port, [css], CLIENTS, SECONDS)
    cached = hammer(port, [POLICY], CLIENTS, SECONDS)
    uncached = hammer(port, [POLICY], CLIENTS, SECONDS, headers={"Cookie": "sessionid=bench-no-cache"})
    for result in (static, cached, uncached):
        if result["errors"]:
            raise RuntimeError(f"errors during the page benchmark: {result['errors'][:3]}")
    server.stop()  # and its Redis keys, if any
    ratio = cached["rps"] / static["rps"]
    note = f"{CLIENTS} clients × {SECONDS:.0f} s each, gunicorn {server.WORKERS} sync workers"
    return [
        {"name": "static CSS (whitenoise)", "value": f"{static['rps']:.0f}", "unit": "req/s",
         "note": f"{note}; p50 {static['p50']:.1f} ms"},
        {"name": "policy page, cached", "value": f"{cached['rps']:.0f}", "unit": "req/s",
         "note": f"{POLICY}; p50 {cached['p50']:.1f} ms"},
        {"name": "policy page, rendered (cache bypassed)", "value": f"{uncached['rps']:.0f}", "unit": "req/s",
         "note": f"p50 {uncached['p50']:.1f} ms, p99 {uncached['p99']:.1f} ms"},
        {"name": "cached page ÷ static file", "value": f"{ratio:.2f}", "unit": "", "target": "≥ 0.8",
         "note": "req/s ratio through the same server"},
        {"name": "rendered page ÷ static file", "value": f"{uncached['rps'] / static['rps']:.3f}", "unit": "",
         "target": "≥ 0.1", "note": f"req/s ratio through the same server; load average {os.getloadavg()[0]:.1f}"},
    ]
