"""What django-tasks tells us: a task started (sweep abandoned jobs) or finished as failed."""

from django.dispatch import receiver
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished, task_started

from . import lease
from .models import Job

CRASHED = "后台任务出错，没有完成。请重试，或联系管理员。"


@receiver(task_started)
def sweep_abandoned(sender, task_result, **kwargs):
    # a worker that starts a task is alive: the moment to fail jobs whose worker died
    lease.expire_stale()


@receiver(task_finished)
def fail_job_of_failed_task(sender, task_result, **kwargs):
    """A task that raised (the worker caught it) leaves its job failed, not 正在进行 until the lease ends."""
    if task_result.status != TaskResultStatus.FAILED:
        return
    Job.objects.filter(task_id=str(task_result.id)).exclude(status__in=Job.FINISHED).update(
        status=Job.Status.FAILED, error=CRASHED, finished_at=timezone.now())
