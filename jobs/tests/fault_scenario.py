"""One fault scenario against a real `manage.py db_worker`: `python -m jobs.tests.fault_scenario print|import`.

test_worker_killed.py runs it with DJANGO_SETTINGS_MODULE=jobs.tests.fault_settings and a migrated SQLite
file of its own (DATABASE_URL). It starts a worker, lets it get mid-way through a job, kills it with
SIGKILL, reads the job as the status page does until it reads failed, retries with a new worker, and
prints what it saw as JSON for the test to assert on. Every wait has a deadline.
"""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parents[2]
LOG = Path(os.environ["JOB_FILES_DIR"]).parent / "worker.log"
DB = os.environ["DATABASE_URL"].removeprefix("sqlite:///")


def wait_for(condition, timeout, step=0.1):
    """condition()'s first truthy value within `timeout` seconds, else None (database errors retried)."""
    from django.db import Error

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = condition()
        except Error:  # SQLite: "database is locked" while the worker commits
            value = None
        if value:
            return value
        time.sleep(step)
    return None


def start_worker():
    log = open(LOG, "a")
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay", "--no-reload"],
        cwd=ROOT, env=os.environ, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def kill(worker, sig=signal.SIGKILL):
    if worker.poll() is None:
        os.killpg(worker.pid, sig)
    try:
        worker.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait()


def until_failed(job_id, read):
    """Kill → the job reads failed. What the test asserts on is state, not the clock of a busy machine: how
    much of the lease the job had left at the kill (its own `lease_expires`, read right after), and how many
    reads that began once that lease had run out still said running (none may). `failed_after` (seconds from
    the kill) is kept for the failure message only."""
    from django.utils import timezone

    from jobs.lease import lease_seconds
    from jobs.models import Job

    killed, started = timezone.now(), time.monotonic()
    expires = wait_for(lambda: Job.objects.values_list("lease_expires", flat=True).get(pk=job_id), 60)
    late = []

    def failed():
        asked = timezone.now()
        job = read()
        if job.status == "failed":
            return job
        if asked > expires:
            late.append(job.status)
        return None

    job = wait_for(failed, timeout=lease_seconds() * 3 + 60)
    return {"lease_left": round((expires - killed).total_seconds(), 2), "running_after_expiry": len(late),
            "failed_after": round(time.monotonic() - started, 2)}, job


def holds_write_lock(db):
    """True while some connection has a write transaction open on the SQLite file (there is one writer):
    a probe that may not wait is refused the write lock."""
    probe = sqlite3.connect(db, timeout=0)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.rollback()
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        probe.close()


def print_scenario(obs):
    from pypdf import PdfReader

    from printing import jobs
    from forms_app.tests import factories
    from jobs import files as job_files
    from jobs import lease
    from jobs.models import Job

    w = factories.world()
    # approved, not drafts: a batch never prints drafts
    notices = [factories.notice(factories.supervisee(w["a"], name=f"示例人员{i}"), status="已批准") for i in range(10)]
    ids = [n.pk for n in notices] * 300  # 3000 notices (~6 s on a quiet machine): long enough to be killed mid-way
    job = jobs.create(w["staff"], ids)
    worker = start_worker()
    try:
        jobs.enqueue(job)
        mid = wait_for(lambda: (j := Job.objects.get(pk=job.pk)).status == "running" and j.done > 0 and j, 120)
        obs["before_kill"] = mid and {"status": mid.status, "done": mid.done, "total": mid.total}
    finally:
        kill(worker)
    obs["lease"], failed = until_failed(job.pk, lambda: jobs.read_for(w["staff"], job.pk))
    obs["failed"] = failed and {"status": failed.status, "error": failed.error,
                                "pdf": str(jobs.pdf_path(failed) or ""),
                                "pdf_files": [p.name for p in job_files.folder(job).glob("*.pdf")]}
    obs["task_result"] = _task_status(failed.task_id) if failed else ""
    obs["retried"] = lease.retry(job)
    worker = start_worker()
    try:
        jobs.enqueue(job)
        done = wait_for(lambda: (j := Job.objects.get(pk=job.pk)).finished and j, 300, step=0.5)
    finally:
        kill(worker, signal.SIGTERM)
    path = jobs.pdf_path(done) if done else None
    obs["after_retry"] = done and {"status": done.status, "done": done.done, "total": done.total,
                                   "pages": len(PdfReader(path).pages) if path else 0}


def writing_rows(db, timeout=120):
    """Wait until a transaction is writing rows: the write lock held and the rollback journal (the pages as
    they were before the transaction) not empty, on three probes in a row. The Keeper's renewals hold the lock
    for a moment; the import holds it from its first row to its commit."""
    journal = Path(f"{db}-journal")
    seen = []

    def writing():
        try:
            written = journal.stat().st_size > 0
        except FileNotFoundError:
            written = False
        seen.append(written and holds_write_lock(db))
        return len(seen) >= 3 and all(seen[-3:])

    return wait_for(writing, timeout, step=0.05)


def import_scenario(obs):
    from forms_app.models import Supervisee
    from spreadsheets import files, jobs, tasks
    from spreadsheets.tests.helpers import HEADINGS
    from forms_app.tests import factories
    from jobs import lease
    from jobs.models import Job

    w = factories.world()
    count = 3000
    data = files.write_csv(HEADINGS, valid_rows(count, w["a"].name))
    job = jobs.create(w["staff"], "supervisees", "big.csv", data, "utf-8", count)
    started = time.monotonic()
    tasks.run_now(job)  # the check (dry run), here; the import runs in the worker
    check_seconds = time.monotonic() - started
    job.refresh_from_db()
    obs["checked"] = {"state": jobs.state(job), "new": job.result["counts"]["new"], "seconds": round(check_seconds, 1)}
    obs["confirmed"] = jobs.confirm(job)
    worker = start_worker()
    try:
        lease.queued(job, tasks.run_step.enqueue(str(job.pk)))
        running = wait_for(lambda: Job.objects.filter(pk=job.pk, status="running", step="import").exists(), 120)
        obs["before_kill"] = {"running": bool(running), "in_transaction": bool(running and writing_rows(DB)),
                              "worker_alive": worker.poll() is None}
    finally:
        kill(worker)
    obs["lease"], failed = until_failed(job.pk, lambda: jobs.read_for(w["staff"], job.pk))
    obs["failed"] = failed and {"status": failed.status, "error": failed.error, "state": jobs.state(failed)}
    obs["rows_after_kill"] = Supervisee.objects.count()
    obs["retried"] = lease.retry(job)
    worker = start_worker()
    try:
        lease.queued(job, tasks.run_step.enqueue(str(job.pk)))
        done = wait_for(lambda: (j := Job.objects.get(pk=job.pk)).finished and j, 300, step=0.5)
    finally:
        kill(worker, signal.SIGTERM)
    obs["after_retry"] = done and {"state": jobs.state(done), "rows": Supervisee.objects.count()}


def valid_rows(count, committee):
    """`count` supervisees with distinct, checksum-valid ID numbers (one birthday each, three days apart)."""
    from forms_app.idcard import make_test_id
    from spreadsheets.tests.helpers import column, person_row

    out = []
    for i in range(1, count + 1):
        row = person_row(i, committee)
        birth = date(1960, 1, 1) + timedelta(days=3 * i)
        row[column("出生日期")] = birth.isoformat()
        row[column("身份证号码")] = make_test_id("500106", birth, (i * 2 + (row[column("性别")] == "男")) % 1000)
        out.append(row)
    return out


def _task_status(task_id):
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.get(id=task_id).status


def main(name):
    django.setup()  # the scenarios import models only after this
    obs = {}
    {"print": print_scenario, "import": import_scenario}[name](obs)
    print(json.dumps(obs, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
