"""Checking and importing an uploaded table, in the request for small files, in a worker for large ones.

Either way the work runs under the job's lease (jobs.lease). The import's writes and the job's 已导入
are committed in one transaction: a worker killed mid-import leaves neither, and a worker that lost its
lease rolls its writes back.
"""

import logging
import uuid

from django.contrib.auth import get_user_model
from django_tasks import task

from jobs.lease import Lease, LeaseLost
from jobs.transactions import writing

from . import files, jobs, service

log = logging.getLogger(__name__)


def process(job_id, token):
    """Run the job's current step (CHECK or IMPORT) as the holder `token`; the outcome goes on the job."""
    with Lease(job_id, token) as held:
        _process(held)


def _process(held):
    job, job_id = held.begin(), held.job_id
    if job is None:  # not queued (already done, failed, or taken by another worker)
        return
    user = get_user_model().objects.filter(pk=job.owner_id, is_active=True).first()
    if user is None:
        held.fail("上传文件的用户已不存在或已停用。")
        return
    kind = job.params["kind"]
    if not service.may_import(user, kind):
        held.fail("您没有权限导入这类记录。")
        return
    held.progress(0, job.total)
    try:
        table = files.read(job.params["filename"], jobs.upload(job), job.params["encoding"] or "auto")
        with writing():
            summary = service.run(user, kind, table, dry_run=job.step == jobs.CHECK, progress=held.progress)
            held.done = held.total = summary["total"]
            # A failed real import (data changed since the preview) shows the new preview: nothing was written.
            step = jobs.IMPORT if job.step == jobs.IMPORT and summary["ok"] else jobs.CHECK
            if not held.finish(step=step, result=summary):
                raise LeaseLost(job_id)  # rolls the import back: the job is no longer ours
    except LeaseLost:  # the job was failed and retried meanwhile: it is another run's now
        return
    except files.SheetError as exc:
        held.fail(str(exc))
    except Exception:
        log.exception("spreadsheet import %s failed", job_id)
        held.fail("处理文件时出错，没有写入任何数据。请稍后重试或联系管理员。")


def run_now(job):
    """The small-file path: the request itself is the worker."""
    process(job.pk, f"inline-{uuid.uuid4()}")


@task(takes_context=True)
def run_step(context, job_id: str) -> None:
    process(job_id, context.task_result.id)
