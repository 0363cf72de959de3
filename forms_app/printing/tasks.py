"""Background task: many notices into one PDF, reporting progress to the job file."""

from __future__ import annotations

import time

from django.contrib.auth import get_user_model
from django_tasks import task

from pdf.fonts import FontConfigError, MissingGlyphError
from pdf.forms.notice import render_notices

from .. import scope
from ..models import AssistanceNotice
from . import jobs
from .adapters import notice_data

PROGRESS_EVERY = 0.5  # seconds between progress writes: enough for a polling page, cheap on disk


def notices_in_order(user, ids):
    """The user's notices among `ids`, in the order they were selected (scope re-checked here)."""
    qs = scope.notices_for(user, AssistanceNotice.objects.filter(pk__in=ids))
    qs = qs.select_related("office", "supervisee", "village_committee", "filled_by", "approved_by")
    by_id = {n.pk: n for n in qs.prefetch_related("items")}
    return [by_id[i] for i in ids if i in by_id]


@task()
def build_notice_batch(job_id: str) -> int:
    state = jobs.read(job_id)
    if state is None:
        return 0
    user = get_user_model().objects.filter(pk=state["user"], is_active=True).first()
    if user is None:
        jobs.update(job_id, status=jobs.FAILED, error="提交任务的用户已不存在或已停用。")
        return 0
    notices = notices_in_order(user, state["ids"])
    jobs.update(job_id, status=jobs.RUNNING, total=len(notices), done=0)
    last = [0.0]

    def progress(done, total):
        if done == total or time.monotonic() - last[0] > PROGRESS_EVERY:
            last[0] = time.monotonic()
            jobs.update(job_id, done=done, total=total)

    try:
        pdf = render_notices((notice_data(n) for n in notices), progress=progress)
    except (MissingGlyphError, FontConfigError) as exc:
        jobs.update(job_id, status=jobs.FAILED, error=str(exc))
        return 0
    except Exception:
        jobs.update(job_id, status=jobs.FAILED, error="生成 PDF 时出错，请稍后重试或联系管理员。")
        raise
    tmp = jobs.pdf_path(job_id).with_suffix(".part")
    tmp.write_bytes(pdf)
    tmp.replace(jobs.pdf_path(job_id))
    for notice in notices:
        scope.audit(user, "print", notice, f"批量打印（{len(notices)}份）")
    jobs.update(job_id, status=jobs.DONE, done=len(notices), size=len(pdf))
    return len(notices)
