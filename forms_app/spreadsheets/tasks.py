"""Checking and importing an uploaded table, in the request for small files, in a worker for large ones."""

import logging

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import transaction
from django_tasks import task
from wagtail.models import ReferenceIndex

from . import files, jobs, service

log = logging.getLogger(__name__)


def process(job_id, dry_run):
    """Validate (dry_run) or import the job's file and record the outcome in its state."""
    state = jobs.read(job_id)
    if state is None:
        return None
    user = get_user_model().objects.filter(pk=state["user"], is_active=True).first()
    if user is None:
        return jobs.update(job_id, status=jobs.FAILED, error="上传文件的用户已不存在或已停用。")
    if not service.may_import(user, state["kind"]):
        return jobs.update(job_id, status=jobs.FAILED, error="您没有权限导入这类记录。")
    jobs.update(job_id, status=jobs.VALIDATING if dry_run else jobs.IMPORTING, done=0)

    def progress(done, total):
        jobs.update(job_id, done=done, total=total)

    try:
        table = files.read(state["filename"], jobs.upload(state), state["encoding"] or "auto")
        summary = service.run(user, state["kind"], table, dry_run=dry_run, progress=progress)
    except files.SheetError as exc:
        return jobs.update(job_id, status=jobs.FAILED, error=str(exc))
    except Exception:
        log.exception("spreadsheet import %s failed", job_id)
        return jobs.update(job_id, status=jobs.FAILED, error="处理文件时出错，没有写入任何数据。请稍后重试或联系管理员。")
    if dry_run or not summary["ok"]:
        # A failed real import (data changed since the preview) shows the new preview: nothing was written.
        return jobs.update(job_id, status=jobs.PREVIEWED, summary=summary, done=summary["total"])
    return jobs.update(job_id, status=jobs.IMPORTED, summary=summary, done=summary["total"])


@task()
def preview_upload(job_id: str) -> None:
    process(job_id, dry_run=True)


@task()
def import_upload(job_id: str) -> None:
    process(job_id, dry_run=False)


@task()
def update_references(app_label: str, model_name: str, pks: list) -> None:
    """Bring Wagtail's reference index (the 'usage' views) up to date for the imported rows."""
    model = apps.get_model(app_label, model_name)
    if not ReferenceIndex.is_indexed(model):
        return
    for start in range(0, len(pks), 500):
        with transaction.atomic():
            for obj in model.objects.filter(pk__in=pks[start:start + 500]):
                ReferenceIndex.create_or_update_for_object(obj)
