"""One background job: who started it, what it does, how far it got, and the lease that proves a worker
is still on it.

The work itself runs as a django-tasks task (task_id is its result id); the job row is what the pages
read. A worker renews `lease_expires` while it works; a job still 正在进行 after its lease ran out was
abandoned (worker killed, machine restarted) and is marked failed by whoever reads it next (lease.py).
"""

import uuid

from django.conf import settings
from django.db import models


class Job(models.Model):
    class Kind(models.TextChoices):
        PRINT = "print", "批量打印"
        IMPORT = "import", "表格导入"

    class Status(models.TextChoices):
        QUEUED = "queued", "排队中"
        RUNNING = "running", "正在进行"
        DONE = "done", "已完成"
        FAILED = "failed", "失败"

    FINISHED = (Status.DONE, Status.FAILED)

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="jobs",
                              verbose_name="提交人")
    kind = models.CharField("类型", max_length=20, choices=Kind.choices)
    # a kind's own stage, e.g. an import is first checked ("check"), then written ("import")
    step = models.CharField("步骤", max_length=20, blank=True)
    params = models.JSONField("参数", default=dict, blank=True)
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.QUEUED)
    done = models.PositiveIntegerField("已完成", default=0)
    total = models.PositiveIntegerField("总数", default=0)
    error = models.TextField("错误信息", blank=True)
    result = models.JSONField("结果", null=True, blank=True)
    # relative to JOB_FILES_DIR, which lies outside MEDIA_ROOT: served only through owner-checked views
    result_file = models.CharField("结果文件", max_length=200, blank=True)
    task_id = models.CharField("django-tasks 任务编号", max_length=64, blank=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    started_at = models.DateTimeField("开始时间", null=True, blank=True)
    finished_at = models.DateTimeField("结束时间", null=True, blank=True)
    heartbeat_at = models.DateTimeField("最近心跳", null=True, blank=True)
    lease_expires = models.DateTimeField("租约到期", null=True, blank=True)

    class Meta:
        verbose_name = "后台任务"
        verbose_name_plural = "后台任务"
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "lease_expires"])]

    def __str__(self):
        return f"{self.get_kind_display()} {self.pk}（{self.get_status_display()}）"

    @property
    def finished(self):
        return self.status in self.FINISHED

    @property
    def percent(self):
        return min(100, int(100 * self.done / self.total)) if self.total else 0
