"""The lease in one process: expiry on read, fencing of a worker that lost its job, the start-up sweep,
a task that raised, and the purge of old jobs."""

import signal
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from printing import jobs as print_jobs
from printing import tasks as print_tasks
from jobs import files, lease
from jobs.lease import Lease, LeaseLost
from jobs.models import Job
from jobs.signals import CRASHED

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _job_files(settings, tmp_path):
    settings.JOB_FILES_DIR = tmp_path / "job-files"


@pytest.fixture
def owner():
    return get_user_model().objects.create_user("job-owner", password="pw-job-owner")


def running(owner, seconds_left, task_id="t-1"):
    now = timezone.now()
    return Job.objects.create(owner=owner, kind=Job.Kind.PRINT, status=Job.Status.RUNNING, task_id=task_id,
                              total=10, done=4, started_at=now, heartbeat_at=now,
                              lease_expires=now + timedelta(seconds=seconds_left))


def test_a_running_job_reads_failed_once_its_lease_ran_out(owner):
    result = DBTaskResult.objects.create(status="RUNNING", args_kwargs={"args": [], "kwargs": {}},
                                         task_path="printing.tasks.build_notice_batch",
                                         backend_name="default")
    dead = running(owner, -1, task_id=str(result.pk))
    alive = running(owner, 30)
    assert lease.read(dead.pk).status == Job.Status.FAILED
    dead.refresh_from_db()
    assert dead.error == lease.INTERRUPTED == "后台进程中断，任务未完成，请重试。" and dead.finished_at
    result.refresh_from_db()
    assert result.status == "FAILED"  # django-tasks-db would have kept it RUNNING forever
    assert lease.read(alive.pk).status == Job.Status.RUNNING
    assert lease.read(alive.pk, owner=get_user_model().objects.create_user("someone-else")) is None
    assert lease.read("../../etc/passwd") is None


def test_a_worker_that_lost_its_lease_can_change_nothing(owner):
    job = Job.objects.create(owner=owner, kind=Job.Kind.PRINT, total=3)
    first = Lease(job.pk, "first")
    assert first.begin().status == Job.Status.RUNNING
    assert Lease(job.pk, "second").begin() is None  # a running job is not taken twice
    Job.objects.filter(pk=job.pk).update(lease_expires=timezone.now() - timedelta(seconds=1))
    assert lease.read(job.pk).status == Job.Status.FAILED and lease.retry(job)
    assert lease.read(job.pk).status == Job.Status.QUEUED
    assert first.renew() is False and first.lost
    with pytest.raises(LeaseLost):
        first.progress(2, 3)
    assert first.finish(result={"size": 1}) is False and first.fail("x") is False
    second = Lease(job.pk, "second")
    assert second.begin() is not None
    second.progress(3, 3)
    assert second.finish(result={"size": 1})
    job.refresh_from_db()
    assert (job.status, job.done, job.task_id, job.error) == (Job.Status.DONE, 3, "second", "")
    assert lease.retry(job) is False  # only a failed job goes back in the queue


@pytest.mark.django_db(transaction=True)  # the worker closes its connection between polls
def test_the_worker_fails_abandoned_jobs_when_it_starts(owner):
    dead, alive = running(owner, -5), running(owner, 30)
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
    try:
        with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
            call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
    assert Job.objects.get(pk=dead.pk).status == Job.Status.FAILED
    assert Job.objects.get(pk=alive.pk).status == Job.Status.RUNNING


def test_a_task_that_raised_leaves_its_job_failed(owner, monkeypatch):
    def broken(user, ids):
        raise RuntimeError("database went away")

    monkeypatch.setattr(print_tasks, "notices_in_order", broken)
    job = print_jobs.create(owner, [1])
    print_jobs.enqueue(job)  # the ImmediateBackend runs it now and reports it failed
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED and job.error == CRASHED and job.task_id


def test_old_jobs_are_purged_with_their_files(owner):
    old, new = Job.objects.create(owner=owner, kind=Job.Kind.PRINT), Job.objects.create(owner=owner, kind=Job.Kind.PRINT)
    Job.objects.filter(pk=old.pk).update(created_at=timezone.now() - files.MAX_AGE - timedelta(hours=1))
    files.write(old, "notices.pdf", b"%PDF-old")
    files.write(new, "notices.pdf", b"%PDF-new")
    files.purge()
    assert list(Job.objects.values_list("pk", flat=True)) == [new.pk]
    assert not (files.root() / str(old.pk)).exists() and files.path(new, "notices.pdf").read_bytes() == b"%PDF-new"
    assert [p.name for p in files.folder(new).iterdir()] == ["notices.pdf"]  # no temporary file left

