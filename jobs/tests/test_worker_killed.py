"""Issue 15: a worker killed with SIGKILL mid-job. The job must read failed with a Chinese message within
one lease period, serve no partial PDF / write no rows, and complete when retried with a new worker.

A real `manage.py db_worker` runs against a migrated SQLite file (pytest's in-memory database is not
shared with subprocesses); fault_scenario.py drives each scenario in a subprocess of its own.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jobs.lease import INTERRUPTED

ROOT = Path(__file__).resolve().parents[2]
LEASE = 3  # fault_settings.JOB_LEASE_SECONDS


def _env(db, job_files):
    env = dict(os.environ)
    env.update({"DJANGO_SETTINGS_MODULE": "jobs.tests.fault_settings", "DATABASE_URL": f"sqlite:///{db}",
                "JOB_FILES_DIR": str(job_files), "PYTHONPATH": str(ROOT)})
    return env


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    """One migrated database file; each scenario works on a copy."""
    folder = tmp_path_factory.mktemp("fault-db")
    db = folder / "template.sqlite3"
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT,
                   env=_env(db, folder / "job-files"), check=True, timeout=600)
    return db


def scenario(name, migrated, tmp_path):
    db = tmp_path / "fault.sqlite3"
    shutil.copy(migrated, db)
    done = subprocess.run([sys.executable, "-m", "jobs.tests.fault_scenario", name], cwd=ROOT,
                          env=_env(db, tmp_path / "job-files"), capture_output=True, text=True, timeout=900)
    log = tmp_path / "worker.log"
    assert done.returncode == 0, done.stderr[-3000:] + (log.read_text()[-3000:] if log.exists() else "")
    return json.loads(done.stdout.strip().splitlines()[-1])


def assert_failed_within_one_lease(obs):
    """The lease the killed worker left runs out within one lease period of the kill, and from then on every
    read says failed. Stated on the job's own lease, not on how fast a busy machine polls: the reader's
    delay (`failed_after`) is in the message only. (During the import the Keeper cannot renew on SQLite,
    one writer: the lease may already have run out at the kill.)"""
    assert obs["lease"]["lease_left"] <= LEASE, obs
    assert obs["lease"]["running_after_expiry"] == 0, obs


def test_batch_print_survives_a_killed_worker(migrated, tmp_path):
    obs = scenario("print", migrated, tmp_path)
    before = obs["before_kill"]
    assert before["status"] == "running" and 0 < before["done"] < before["total"] == 3000, obs
    assert obs["failed"]["status"] == "failed" and obs["failed"]["error"] == INTERRUPTED, obs
    assert_failed_within_one_lease(obs)
    assert obs["failed"]["pdf"] == "" and obs["failed"]["pdf_files"] == [], obs  # nothing to serve
    assert obs["task_result"] == "FAILED", obs  # django-tasks-db's own record no longer says RUNNING
    assert obs["retried"] is True
    assert obs["after_retry"] == {"status": "done", "done": 3000, "total": 3000, "pages": 6000}, obs


def test_import_survives_a_killed_worker(migrated, tmp_path):
    obs = scenario("import", migrated, tmp_path)
    assert obs["checked"]["state"] == "previewed" and obs["checked"]["new"] == 3000 and obs["confirmed"], obs
    assert obs["before_kill"] == {"running": True, "in_transaction": True, "worker_alive": True}, obs
    assert obs["failed"] == {"status": "failed", "error": INTERRUPTED, "state": "failed"}, obs
    assert_failed_within_one_lease(obs)
    assert obs["rows_after_kill"] == 0, obs  # the import's transaction died with the worker
    assert obs["retried"] is True
    assert obs["after_retry"] == {"state": "imported", "rows": 3000}, obs
