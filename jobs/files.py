"""A job's files (an uploaded table, a generated PDF) in a directory of its own under JOB_FILES_DIR.

JOB_FILES_DIR lies beside MEDIA_ROOT, never inside it: these files hold personal data and are served
only through views that check the job's owner. A result is written to a temporary name and renamed
once complete, so a killed worker never leaves a half-written file under the final name.
"""

import os
import shutil
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from .models import Job

MAX_AGE = timedelta(days=7)  # finished and abandoned jobs are removed with their files after a week


def root() -> Path:
    media = Path(settings.MEDIA_ROOT)
    path = Path(getattr(settings, "JOB_FILES_DIR", media.parent / "job-files"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def folder(job) -> Path:
    path = root() / str(job.pk)
    path.mkdir(exist_ok=True)
    return path


def path(job, name) -> Path:
    return folder(job) / name


def write(job, name, data: bytes) -> str:
    """Write `data` as the job's file `name` all at once; returns the name to store on the job."""
    final = path(job, name)
    tmp = final.with_name(f".{name}.{os.getpid()}.part")
    tmp.write_bytes(data)
    os.replace(tmp, final)
    return name


def remove(job) -> None:
    shutil.rmtree(root() / str(job.pk), ignore_errors=True)


def purge(now=None) -> None:
    """Delete jobs older than MAX_AGE (their files first): personal data is not kept longer than needed."""
    old = Job.objects.filter(created_at__lt=(now or timezone.now()) - MAX_AGE)
    for job in old.only("pk"):
        remove(job)
    old.delete()
