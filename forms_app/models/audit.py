"""Who viewed, printed or exported a supervisee's data, and when (readable by the office head)."""

from django.conf import settings
from django.db import models

from .org import Office


class AuditEntry(models.Model):
    ACTION_CHOICES = [
        ("list", "查看列表"),
        ("view", "查看"),
        ("edit", "修改"),
        ("create", "新建"),
        ("delete", "删除"),
        ("history", "查看历史"),
        ("export", "导出"),
        ("print", "打印"),
        ("search", "检索"),
        ("approve", "批准"),
        ("issue", "发出"),
        ("return", "回执"),
    ]

    timestamp = models.DateTimeField("时间", auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="用户", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    username = models.CharField("用户名", max_length=150)
    action = models.CharField("操作", max_length=10, choices=ACTION_CHOICES)
    # The office whose records were touched: the head of that office reads these entries.
    office = models.ForeignKey(Office, verbose_name="司法所", on_delete=models.SET_NULL, null=True, blank=True)
    model = models.CharField("记录类型", max_length=50)
    object_id = models.CharField("记录编号", max_length=40, blank=True)
    object_repr = models.CharField("记录", max_length=200, blank=True)
    detail = models.CharField("说明", max_length=500, blank=True)

    class Meta:
        verbose_name = "查阅记录"
        verbose_name_plural = "查阅记录"
        ordering = ["-timestamp"]

    def __str__(self):
        return f"{self.timestamp:%Y-%m-%d %H:%M} {self.username} {self.get_action_display()} {self.object_repr}"
