"""PDF forms benchmark: one notice in a warm process, 1000 notices in one PDF, size of one notice.

Pure layout (pdf.forms from dataclasses): what a print request or the batch worker spends beyond the
database. Targets from issue 6: ≤ 25 ms, ≤ 3 s, ≤ 120 KB.
"""

import os
import statistics
import time
from datetime import date


def _notice(n):
    from forms_app.items import STANDARD_ITEMS
    from pdf.forms.data import NoticeData, SuperviseeData

    return NoticeData(
        year=2024, serial=n, committee="示例甲村村民委员会", township="回龙坝镇", supervisee=SuperviseeData(
            name=f"示例张{n}某", sex="男", birth_date=date(1985, 3, 12), household_register="重庆市沙坪坝区回龙坝镇示例村三组",
            residence="回龙坝镇示例甲村三组18号", judgment_date=date(2024, 1, 15), crime="危险驾驶",
            court="重庆市沙坪坝区人民法院", sentence="拘役三个月，缓刑六个月", judgment_type="判决书", category="缓刑",
            term_start=date(2024, 2, 1), term_end=date(2024, 7, 31)),
        items=[wording for _, _, wording in STANDARD_ITEMS[:4]], contact_person="示例联系人",
        contact_phone="023-00000000", issuer="回龙坝镇司法所", filled_by="示例工作人员", approved_by="示例负责人",
        issue_date=date(2024, 2, 2),
    )


def run():
    import django

    django.setup()
    from pdf.forms.notice import render_notice, render_notices

    render_notice(_notice(0))  # warm: fonts parsed, styles cached
    # CPU time beside wall time: on a shared machine the wall clock mostly measures the neighbours
    times, cpu = [], []
    for i in range(30):
        t, c = time.perf_counter(), time.process_time()
        pdf = render_notice(_notice(i))
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    notices = [_notice(i) for i in range(1000)]
    t, c = time.perf_counter(), time.process_time()
    batch = render_notices(notices)
    batch_s, batch_cpu = time.perf_counter() - t, time.process_time() - c
    load = os.getloadavg()[0]
    return [
        {"name": "PDF: one notice + stub (warm, median of 30)", "value": f"{statistics.median(times):.1f}",
         "unit": "ms", "target": "≤ 25 ms", "note": f"p95 {sorted(times)[28]:.1f} ms; CPU {statistics.median(cpu):.1f} ms; load {load:.1f}"},
        {"name": "PDF: 1000 notices in one PDF", "value": f"{batch_s:.2f}", "unit": "s", "target": "≤ 3 s",
         "note": f"{len(batch) / 1e6:.1f} MB, 2000 pages; CPU {batch_cpu:.2f} s"},
        {"name": "PDF: file size of one notice + stub", "value": f"{len(pdf) / 1024:.0f}", "unit": "KB",
         "target": "≤ 120 KB", "note": "font subsets embedded"},
    ]
