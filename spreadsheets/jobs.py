"""Imports on the shared job model (jobs app): the uploaded file, its check, then its import.

An import job goes through two steps: CHECK (the dry run, ending 待确认 with its summary) and IMPORT
(the confirmed write, in one transaction). The confirm step re-reads and re-validates the stored file
(never data posted back by the browser), and only for the user who uploaded it. The file lies in the
job's folder under JOB_FILES_DIR, beside MEDIA_ROOT, so it is never served as media.
"""

import hashlib

from jobs import files as job_files
from jobs import lease
from jobs.models import Job

from . import files

CHECK, IMPORT = "check", "import"
# what the page says, from (step, status) of the job
VALIDATING, PREVIEWED, IMPORTING, IMPORTED, FAILED, QUEUED = (
    "validating", "previewed", "importing", "imported", "failed", "queued")
STATUS_LABELS = {QUEUED: "排队中", VALIDATING: "正在检查", PREVIEWED: "待确认", IMPORTING: "正在导入",
                 IMPORTED: "已导入", FAILED: "失败"}
RUNNING = (QUEUED, VALIDATING, IMPORTING)


def create(user, kind, filename, data: bytes, text_encoding, total) -> Job:
    job_files.purge()
    ext = files.extension(filename)
    job = Job.objects.create(owner=user, kind=Job.Kind.IMPORT, step=CHECK, total=total, params={
        "kind": kind, "filename": filename[:200], "ext": ext, "encoding": text_encoding,
        "sha256": hashlib.sha256(data).hexdigest()})
    job_files.write(job, f"upload.{ext}", data)
    return job


def read_for(user, job_id):
    """The job if `user` uploaded it (failed first if its worker died), else None (the view answers 404)."""
    return lease.read(job_id, owner=user, kind=Job.Kind.IMPORT)


def state(job) -> str:
    if job.status == Job.Status.FAILED:
        return FAILED
    if job.status == Job.Status.QUEUED:
        return QUEUED
    if job.step == CHECK:
        return PREVIEWED if job.status == Job.Status.DONE else VALIDATING
    return IMPORTED if job.status == Job.Status.DONE else IMPORTING


def upload_path(job):
    return job_files.path(job, f"upload.{job.params['ext']}")


def upload(job) -> bytes:
    """The uploaded bytes, checked against the hash taken at upload time."""
    try:
        data = upload_path(job).read_bytes()
    except OSError as exc:
        raise files.SheetError("上传的文件已不在服务器上，请重新上传。") from exc
    if hashlib.sha256(data).hexdigest() != job.params["sha256"]:
        raise files.SheetError("上传的文件已被改动，请重新上传。")
    return data


def confirm(job) -> bool:
    """Queue the IMPORT step of a clean preview; False if the job is not such a preview."""
    if state(job) != PREVIEWED or not (job.result and job.result.get("ok")):
        return False
    return bool(Job.objects.filter(pk=job.pk, status=Job.Status.DONE, step=CHECK).update(
        step=IMPORT, status=Job.Status.QUEUED, done=0, task_id="", started_at=None, finished_at=None,
        heartbeat_at=None, lease_expires=None))
