"""The lease: a worker holds a job only while it keeps renewing `lease_expires`.

django-tasks-db marks its DBTaskResult RUNNING when a worker claims it and never looks back: after a
`kill -9` the result stays RUNNING forever and no worker takes it again. Our job row therefore carries a
lease. A Keeper thread in the worker renews it (and writes progress) about once a second through its
own database connection, so on PostgreSQL the renewal is seen even while the work sits in a long
transaction. (SQLite has one writer: while an import's transaction holds it, neither the Keeper nor a
reader can write, so the job cannot be failed under a live worker either; jobs/transactions.py.) A job
whose lease has run out while 正在进行 is marked failed by whoever reads it next, by each worker at
start-up and whenever a worker starts a task (signals.py); the retry views put it back in the queue.

Every write of a worker is conditional on the job still being RUNNING under its own task id: a worker
that lost its lease (the job was expired and retried meanwhile) can no longer touch the job.
"""

import logging
import threading
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, connections
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from .models import Job

log = logging.getLogger(__name__)

INTERRUPTED = "后台进程中断，任务未完成，请重试。"


class LeaseLost(Exception):
    """The job was taken from this worker (its lease expired and it was failed or retried)."""


def lease_seconds() -> float:
    return float(getattr(settings, "JOB_LEASE_SECONDS", 60))


def _expiry(now):
    return now + timedelta(seconds=lease_seconds())


def expire_stale(jobs=None) -> int:
    """Mark every job whose lease ran out while 正在进行 as failed; returns how many."""
    now = timezone.now()
    stale = (jobs if jobs is not None else Job.objects.all()).filter(status=Job.Status.RUNNING,
                                                                     lease_expires__lt=now)
    try:
        task_ids = list(stale.exclude(task_id="").values_list("task_id", flat=True))
        count = stale.update(status=Job.Status.FAILED, error=INTERRUPTED, finished_at=now)
    except DatabaseError:  # SQLite answers "database is locked" while an import holds the write lock
        log.warning("could not expire stale jobs now; the next reader will", exc_info=True)
        return 0
    if task_ids:
        _fail_task_results(task_ids, now)
    return count


def _fail_task_results(task_ids, now):
    """django-tasks-db leaves a killed worker's result RUNNING forever; say it failed there too."""
    ids = [i for i in task_ids if _is_uuid(i)]  # the in-request runs have no DBTaskResult
    try:
        DBTaskResult.objects.running().filter(id__in=ids).update(
            status=TaskResultStatus.FAILED, finished_at=now, exception_class_path="jobs.lease.LeaseLost",
            traceback=INTERRUPTED)
    except DatabaseError:
        log.warning("could not mark task results %s failed", ids, exc_info=True)


def _is_uuid(value):
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def read(job_id, owner=None, kind=None):
    """The job (expired first if its lease ran out), or None; with `owner`, another's job is None too."""
    try:
        jobs = Job.objects.filter(pk=job_id)
    except ValidationError:  # not a job id at all
        return None
    if owner is not None:
        jobs = jobs.filter(owner=owner)
    if kind is not None:
        jobs = jobs.filter(kind=kind)
    expire_stale(jobs)
    return jobs.first()


def retry(job) -> bool:
    """Put a failed job back in the queue (progress and error cleared); False if it was not failed."""
    return bool(Job.objects.filter(pk=job.pk, status=Job.Status.FAILED).update(
        status=Job.Status.QUEUED, done=0, error="", task_id="", started_at=None, finished_at=None,
        heartbeat_at=None, lease_expires=None))


def queued(job, task_result) -> None:
    """Remember the django-tasks result of a queued job (a worker may already have started it)."""
    Job.objects.filter(pk=job.pk, status=Job.Status.QUEUED, task_id="").update(task_id=str(task_result.id))


class Lease:
    """A worker's hold on one job, from begin() to finish()/fail(); renewed by a Keeper thread.

    Use it as a context manager: the Keeper stops when the work ends, also when it raised."""

    def __init__(self, job_id, task_id):
        self.job_id, self.task_id = job_id, str(task_id)
        self.done = self.total = 0
        self.lost = False
        self._stop = threading.Event()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()  # however the work ended, the Keeper stops renewing

    def _mine(self):
        return Job.objects.filter(pk=self.job_id, status=Job.Status.RUNNING, task_id=self.task_id)

    def begin(self):
        """Take the queued job; None when it is not queued (finished, or already taken)."""
        now = timezone.now()
        taken = Job.objects.filter(pk=self.job_id, status=Job.Status.QUEUED).update(
            status=Job.Status.RUNNING, task_id=self.task_id, started_at=now, heartbeat_at=now,
            lease_expires=_expiry(now), done=0)
        if not taken:
            return None
        job = Job.objects.get(pk=self.job_id)
        self.total = job.total
        threading.Thread(target=self._keep, name=f"job-lease-{self.job_id}", daemon=True).start()
        return job

    def progress(self, done, total):
        """Called by the work as it goes; the Keeper writes it. Stops the work once the lease is lost."""
        self.done, self.total = done, total
        if self.lost:
            raise LeaseLost(self.job_id)

    def renew(self) -> bool:
        now = timezone.now()
        if self._mine().update(heartbeat_at=now, lease_expires=_expiry(now), done=self.done, total=self.total):
            return True
        # a row this connection cannot see (not committed yet) is not a lost lease
        self.lost = Job.objects.filter(pk=self.job_id).exclude(status=Job.Status.RUNNING,
                                                                task_id=self.task_id).exists()
        return False

    def _keep(self):
        interval = min(1.0, lease_seconds() / 4)  # progress once a second; several renewals per lease
        try:
            while not self._stop.wait(interval) and not self.lost:
                try:
                    self.renew()
                except Exception:  # noqa: BLE001 - the keeper must outlive a bad moment of the database
                    log.warning("lease of job %s not renewed this time", self.job_id, exc_info=True)
        finally:
            connections.close_all()  # this thread's own connections only

    def stop(self):
        # no join: inside the work's transaction the Keeper may be waiting for a row lock we hold
        self._stop.set()

    def finish(self, **fields) -> bool:
        """Mark the job done with `fields`; False (and nothing written) if the lease was lost."""
        self.stop()
        now = timezone.now()
        fields = {"done": self.done, "total": self.total, **fields}
        return bool(self._mine().update(status=Job.Status.DONE, finished_at=now, heartbeat_at=now, **fields))

    def fail(self, message, **fields) -> bool:
        self.stop()
        return bool(self._mine().update(status=Job.Status.FAILED, error=message, finished_at=timezone.now(),
                                        **fields))
