"""Batch print jobs on the shared job model (jobs app): create, queue, look up for the owner, the PDF.

The notice ids are the job's params; the worker (tasks.py) re-checks them against the owner's scope.
The PDF lies in the job's folder under JOB_FILES_DIR, outside MEDIA_ROOT: served only by job_download.
"""

from __future__ import annotations

from jobs import files, lease
from jobs.models import Job

from .tasks import build_notice_batch


def create(user, ids: list[int]) -> Job:
    files.purge()
    return Job.objects.create(owner=user, kind=Job.Kind.PRINT, params={"ids": list(ids)}, total=len(ids))


def enqueue(job: Job) -> None:
    lease.queued(job, build_notice_batch.enqueue(str(job.pk)))


def read_for(user, job_id) -> Job | None:
    """The user's print job (failed first if its worker died); another user's job looks missing."""
    return lease.read(job_id, owner=user, kind=Job.Kind.PRINT)


def pdf_path(job: Job):
    """The finished PDF, or None while there is none (not done, lease lost, file removed)."""
    if job.status != Job.Status.DONE or not job.result_file:
        return None
    path = files.path(job, job.result_file)
    return path if path.exists() else None
