"""Background task: many notices into one PDF, under the job's lease (jobs.lease).

The PDF is written to a temporary file and renamed when complete, and the job is marked done only
after that and only while this worker still holds the lease: a killed or superseded worker leaves no
PDF that could be served.
"""

from __future__ import annotations

import logging

from django.contrib.auth import get_user_model
from django_tasks import task

from jobs import files
from jobs.lease import Lease, LeaseLost
from jobs.transactions import writing
from pdf.fonts import FontConfigError, MissingGlyphError
from pdf.forms.notice import render_notices

from forms_app import scope
from forms_app.models import AssistanceNotice
from .adapters import notice_data

log = logging.getLogger(__name__)


def notices_in_order(user, ids):
    """The user's notices among `ids`, in the order they were selected (scope re-checked here); never a
    草稿 (the bulk action refuses a selection with one)."""
    qs = scope.notices_for(user, AssistanceNotice.objects.filter(pk__in=ids).exclude(status=AssistanceNotice.DRAFT))
    qs = qs.select_related("office", "supervisee", "village_committee", "filled_by", "approved_by")
    by_id = {n.pk: n for n in qs.prefetch_related("items")}
    return [by_id[i] for i in ids if i in by_id]


@task(takes_context=True)
def build_notice_batch(context, job_id: str) -> int:
    with Lease(job_id, context.task_result.id) as held:
        return _build(held)


def _build(held) -> int:
    job = held.begin()
    if job is None:  # not queued any more (finished, or taken by another worker)
        return 0
    user = get_user_model().objects.filter(pk=job.owner_id, is_active=True).first()
    if user is None:
        held.fail("提交任务的用户已不存在或已停用。")
        return 0
    notices = notices_in_order(user, job.params.get("ids", []))
    held.progress(0, len(notices))
    try:
        pdf = render_notices((notice_data(n) for n in notices), progress=held.progress)
        # named after this run: a superseded run can only ever remove its own file
        name = files.write(job, f"notices-{held.task_id}.pdf", pdf)
    except LeaseLost:  # the job was failed and retried meanwhile: it is another run's now
        return 0
    except (MissingGlyphError, FontConfigError) as exc:
        held.fail(str(exc))
        return 0
    except Exception:
        log.exception("batch print %s failed", held.job_id)
        held.fail("生成 PDF 时出错，请稍后重试或联系管理员。")
        raise
    with writing():  # done and audited together, or neither
        if not held.finish(result_file=name, result={"size": len(pdf)}):
            files.path(job, name).unlink(missing_ok=True)  # the job was taken from us: serve nothing
            return 0
        for notice in notices:
            scope.audit(user, "print", notice, f"批量打印（{len(notices)}份）")
    return len(notices)
