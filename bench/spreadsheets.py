"""Spreadsheet benchmark: a 10,000-row supervisee file through preview (dry run) and the real import.

Runs in a throw-away test database (SQLite by default, PostgreSQL when DATABASE_URL points at it), as
the demo office's staff user, exactly the code path of the background task (files.read → service.run).
"""

import os
import time
from datetime import date, timedelta

N_ROWS = int(os.environ.get("SHEETS_BENCH_ROWS", "10000"))


def _rows(committees, n):
    from forms_app.idcard import make_test_id

    start = date(2026, 1, 5)
    out = []
    for i in range(n):
        birth = date(1950, 1, 1) + timedelta(days=i % 18000)
        sex = "男" if i % 2 else "女"
        seq = (i // 18000) * 2 + (1 if sex == "男" else 0) + 500
        out.append([f"测试人员{i}", sex, birth.isoformat(), "汉族", make_test_id("500107", birth, seq),
                    committees[i % len(committees)], "示例户籍地", "示例居住地", "危险驾驶", "示例区人民法院",
                    "拘役三个月，缓刑六个月", "判决书", (start - timedelta(days=10)).isoformat(), "缓刑",
                    start.isoformat(), (start + timedelta(days=180)).isoformat(), start.isoformat(), "在矫", ""])
    return out


def run():
    from django.db import connection

    from bench.common import throwaway_database

    with throwaway_database():
        vendor = connection.vendor
        from django.contrib.auth import get_user_model
        from django.core.management import call_command

        from forms_app.models import Supervisee
        from spreadsheets import files, service
        from spreadsheets.resources import SuperviseeResource
        from spreadsheets.references import update_references

        call_command("load_demo", "--quiet-logins", stdout=open(os.devnull, "w"))
        staff = get_user_model().objects.get(username="staff")
        head = get_user_model().objects.get(username="head")
        committees = list(SuperviseeResource(staff).export_queryset().values_list(
            "village_committee__name", flat=True).distinct())
        resource = SuperviseeResource(staff)
        content = files.write_csv(resource.headings(), _rows(committees, N_ROWS)).decode("utf-8-sig").encode("gbk")

        started = time.perf_counter()
        table = files.read("bench.csv", content)
        preview = service.run(staff, "supervisees", table, dry_run=True)
        previewed = time.perf_counter() - started
        assert preview["ok"] and preview["counts"]["new"] == N_ROWS, preview["invalid"][:3]

        # The reference-index catch-up is a separate background task after the commit: time it apart.
        deferred = []
        real_reindex, service._reindex = service._reindex, lambda model, pks: deferred.append((model, pks))
        try:
            started = time.perf_counter()
            table = files.read("bench.csv", content)
            done = service.run(staff, "supervisees", table, dry_run=False)
            imported = time.perf_counter() - started
        finally:
            service._reindex = real_reindex
        assert done["ok"] and Supervisee.objects.filter(name__startswith="测试人员").count() == N_ROWS
        started = time.perf_counter()
        for model, pks in deferred:
            update_references.call(model._meta.app_label, model._meta.model_name, [str(pk) for pk in pks])
        reindexed = time.perf_counter() - started

        started = time.perf_counter()
        again = service.run(staff, "supervisees", files.read("bench.csv", content), dry_run=True)
        unchanged = time.perf_counter() - started
        assert again["counts"]["skip"] == N_ROWS

        started = time.perf_counter()
        exporter = SuperviseeResource(head)
        exported = files.write_xlsx(exporter.headings(), list(exporter.export_rows(exporter.export_queryset())))
        export_time = time.perf_counter() - started
        note = f"{N_ROWS} rows, GBK CSV, {len(content) // 1024} KiB"
        return [
            {"name": f"spreadsheet import preview (dry run, {vendor})", "value": f"{previewed:.1f}", "unit": "s",
             "target": "≤ 30 s", "note": note},
            {"name": f"spreadsheet import, confirmed ({vendor})", "value": f"{imported:.1f}", "unit": "s",
             "target": "≤ 30 s", "note": note + ", one transaction"},
            {"name": f"spreadsheet import: reference-index catch-up task ({vendor})", "value": f"{reindexed:.1f}",
             "unit": "s", "note": "Wagtail usage index for the new rows, in the worker after the commit"},
            {"name": f"spreadsheet re-import, all unchanged ({vendor})", "value": f"{unchanged:.1f}", "unit": "s",
             "note": note},
            {"name": f"spreadsheet export .xlsx ({vendor})", "value": f"{export_time:.1f}", "unit": "s",
             "note": f"{N_ROWS + 6} rows, {len(exported) // 1024} KiB"},
        ]
