"""Policy pages benchmark: library listing, a policy page, its PDF and the numbering, on a throw-away
test database with the three seeds plus generated documents (never touches dev or production data)."""

import statistics
import time
from datetime import date

DOCUMENTS = 300
ARTICLES = 20


def _populate():
    from home.demo import ensure_site
    from policies.demo import load_library, load_units
    from policies.factories import article, build_policy, heading, para

    ensure_site()
    load_units()
    library = load_library()
    try:
        from policies.importer.seeds import load_seeds

        load_seeds(library)
    except ModuleNotFoundError:
        pass
    for n in range(DOCUMENTS):
        body = [heading("总则")] + [
            article(para(f"第{n}号文件的条文，规定社区矫正工作的具体要求。" * 3, "cn_paren", ["事项一；", "事项二。"]))
            for _ in range(ARTICLES)
        ]
        build_policy(library, f"基准文件{n}", slug=f"bench-{n}", body=body, publisher=f"机构{n % 7}",
                     subject="司法" if n % 2 else "民政", date_published=date(2015 + n % 10, 1 + n % 12, 1))
    return library


def _time(fn, repeat=5):
    fn()  # warm
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def run():
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from bench.common import throwaway_database

    # Time the render itself: a rendered-page cache in front of it would answer repeat requests.
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if "pagecache" not in m.lower()]
    with throwaway_database():
        from policies.factories import article, para
        from policies.models import PolicyPage
        from policies.numbering import numbered
        from policies.pdf import render_policy_pdf

        t = time.perf_counter()
        _populate()
        fill_s = time.perf_counter() - t
        client = Client()

        def get(path):
            def fetch():
                response = client.get(path)
                assert response.status_code == 200, path
            fetch.path = path
            return fetch

        def queries(fn):
            """Queries of one uncached request (the render, not the rendered-page cache)."""
            path = getattr(fn, "path", None)
            if path is None:
                return ""
            seen = []
            with connection.execute_wrapper(lambda execute, *args: seen.append(1) or execute(*args)):
                client.get(path)
            return f", {len(seen)} queries"

        big = PolicyPage.objects.get(slug="bench-0")
        notice = PolicyPage.objects.filter(doc_number="回府发〔2023〕104号").first() or big
        long_body = [article(para("条文" * 40, "arabic_dot", ["项"] * 3))] * 300
        rows = []
        for name, fn, target in [
            (f"Library first page ({DOCUMENTS}+ documents)", get("/policies/"), "≤ 500 ms"),
            ("Library filtered by 发布机构 and year", get("/policies/?publisher=机构3&year=2018"), "≤ 500 ms"),
            (f"Policy page ({ARTICLES} articles)", get(big.url), "≤ 300 ms"),
            ("RSS feed", get("/policies/feed/"), "≤ 300 ms"),
            ("PDF of 回府发〔2023〕104号 with its 3 attachments", lambda: render_policy_pdf(notice), "≤ 3000 ms"),
            ("numbered() of a 300-article body", lambda: numbered(long_body), "≤ 50 ms"),
        ]:
            rows.append({"name": f"Policies: {name}", "value": f"{_time(fn):.0f}", "unit": "ms", "target": target,
                         "note": f"median of 5{queries(fn)}"})
        rows.append({"name": f"Policies: build {DOCUMENTS} published pages", "value": f"{fill_s:.1f}", "unit": "s",
                     "note": connection.vendor})
        return rows
