"""One fault scenario against a real `manage.py db_worker`: `python -m jobs.tests.fault_scenario print|import`.

test_worker_killed.py runs it with DJANGO_SETTINGS_MODULE=jobs.tests.fault_settings and a migrated SQLite
file of its own (DATABASE_URL). It starts a worker, lets it get mid-way through a job, kills it with
SIGKILL, reads the job as the status page does until it reads failed, retries with a new worker, and
prints what it saw as JSON for the test to assert on. Every wait has a deadline.
"""

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parents[2]
LOG = Path(os.environ["JOB_FILES_DIR"]).parent / "worker.log"


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


def until_failed(read, lease):
    """Kill → the job reads failed: how long it took, and the job."""
    killed = time.monotonic()
    job = wait_for(lambda: (j := read()).status == "failed" and j, timeout=lease * 3 + 10)
    return round(time.monotonic() - killed, 2), job


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
    obs["failed_after"], failed = until_failed(lambda: jobs.read_for(w["staff"], job.pk), lease.lease_seconds())
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
        # the import takes about as long as the check did: half of that is mid-way through its transaction
        time.sleep(check_seconds / 2)
        obs["before_kill"] = {"running": bool(running), "worker_alive": worker.poll() is None}
    finally:
        kill(worker)
    obs["failed_after"], failed = until_failed(lambda: jobs.read_for(w["staff"], job.pk), lease.lease_seconds())
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
