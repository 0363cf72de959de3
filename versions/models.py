"""Public versions (修订) of policy pages.

A version is frozen at publication: title, disclosure metadata and body are copied into `snapshot`
(member units by name), so its URL keeps showing the same text even after later edits, renamed
member units or purged Wagtail revisions. The revision link is kept for the admin only.
"""

from django.db import models
from django.urls import reverse


class PolicyVersion(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="policy_versions", verbose_name="政策文件"
    )
    number = models.PositiveIntegerField("版本号")
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name="对应修订记录",
    )
    title = models.CharField("标题", max_length=255)
    snapshot = models.JSONField("版本内容", help_text="发布时的元数据和正文（成员单位以名称保存）")
    note = models.TextField("修订说明", blank=True)
    effective_date = models.DateField("施行日期")
    published_at = models.DateTimeField("发布时间")

    class Meta:
        verbose_name = "政策版本"
        verbose_name_plural = "政策版本"
        ordering = ["page_id", "number"]
        constraints = [
            models.UniqueConstraint(fields=["page", "number"], name="versions_unique_number_per_page"),
        ]
        indexes = [models.Index(fields=["page", "effective_date"])]

    def __str__(self):
        return f"{self.title}（第{self.number}版）"

    def get_absolute_url(self):
        return reverse("versions:detail", args=[self.page_id, self.number])

    @property
    def body(self):
        return self.snapshot.get("body") or []

    @property
    def metadata(self):
        return self.snapshot.get("metadata") or {}
