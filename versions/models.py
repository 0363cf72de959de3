"""Public versions (修订) of policy pages.

A version is frozen at publication: title, disclosure metadata and body are copied into `snapshot`
(member units by name), so its URL keeps showing the same text even after later edits, renamed
member units or purged Wagtail revisions. The revision link is kept for the admin only.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from core.dates import chinese_date


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
    effective_basis = models.CharField("施行日期依据", max_length=200, blank=True,
                                       help_text="如 正文“自印发之日起施行”，即成文日期")
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

    def clean(self):
        """Versions take effect in order, or "which version applied on date D" would contradict the list."""
        super().clean()
        if not (self.effective_date and self.page_id and self.number):
            return
        others = PolicyVersion.objects.filter(page_id=self.page_id).exclude(pk=self.pk)
        before = others.filter(number__lt=self.number).order_by("-number").first()
        after = others.filter(number__gt=self.number).order_by("number").first()
        if before and self.effective_date < before.effective_date:
            raise ValidationError({"effective_date": f"施行日期不能早于上一版本（第{before.number}版）的施行日期"
                                                     f"{_cn_date(before.effective_date)}。"})
        if after and self.effective_date > after.effective_date:
            raise ValidationError({"effective_date": f"施行日期不能晚于下一版本（第{after.number}版）的施行日期"
                                                     f"{_cn_date(after.effective_date)}。"})

    @property
    def body(self):
        return self.snapshot.get("body") or []

    @property
    def metadata(self):
        return self.snapshot.get("metadata") or {}


def _cn_date(d):
    return chinese_date(d)
