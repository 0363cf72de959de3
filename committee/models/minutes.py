"""会议纪要 and its 印发: drafted, reviewed, signed, then sent to chosen units, each confirming receipt."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel

from policies.models import MemberUnit

from ..forms import CommitteeForm
from ..rules import minutes as rules
from .meetings import Meeting


class Minutes(ClusterableModel):
    STATUSES = [(s, s) for s in rules.STATUSES]

    meeting = models.OneToOneField(Meeting, verbose_name="会议", on_delete=models.PROTECT, related_name="minutes")
    issue_no = models.CharField("期号", max_length=20, help_text="如：2026年第1期")
    body = models.TextField("纪要正文", help_text="会议议定事项，一段一行")
    status = models.CharField("状态", max_length=4, choices=STATUSES, default=rules.DRAFT, editable=False)
    drafted_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="起草人", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+", editable=False)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="审核人", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+", editable=False)
    reviewed_at = models.DateTimeField("审核时间", null=True, blank=True, editable=False)
    signed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="签发人", null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+", editable=False)
    signed_at = models.DateTimeField("签发时间", null=True, blank=True, editable=False)
    issued_at = models.DateTimeField("印发时间", null=True, blank=True, editable=False)

    base_form_class = CommitteeForm
    panels = [
        FieldRowPanel([FieldPanel("meeting"), FieldPanel("issue_no")]),
        FieldPanel("body"),
        InlinePanel("distributions", heading="分送单位", label="分送单位"),
    ]

    class Meta:
        verbose_name = "会议纪要"
        verbose_name_plural = "会议纪要"
        ordering = ["-meeting__held_on"]
        permissions = [("review_minutes", "审核会议纪要"), ("sign_minutes", "签发会议纪要"),
                       ("issue_minutes", "印发会议纪要")]

    def __str__(self):
        return f"{self.meeting.title}纪要（{self.issue_no}）"

    def clean(self):
        if self.pk and not rules.editable(self.status):
            raise ValidationError(f"会议纪要{self.status}后不能再修改；如需修改，请由办公室主任退回。")

    @property
    def paragraphs(self):
        return [line.strip() for line in self.body.splitlines() if line.strip()]


class Distribution(models.Model):
    """One unit a 纪要 is sent to; its 联络员 confirms receipt once it is 印发."""

    minutes = ParentalKey(Minutes, related_name="distributions", on_delete=models.CASCADE)
    unit = models.ForeignKey(MemberUnit, verbose_name="分送单位", on_delete=models.PROTECT,
                             related_name="minutes_received")
    confirmed_at = models.DateTimeField("签收时间", null=True, blank=True, editable=False)
    confirmed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="签收人", null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+", editable=False)

    panels = [FieldPanel("unit", widget=forms.Select)]

    class Meta:
        verbose_name = "纪要分送"
        verbose_name_plural = "纪要分送与签收"
        unique_together = [("minutes", "unit")]

    def __str__(self):
        return f"{self.minutes} → {self.unit}"

    def receipt(self):
        if self.confirmed_at:
            return f"已签收（{self.confirmed_at:%Y-%m-%d}）"
        return "待签收" if self.minutes.status == rules.ISSUED else "未印发"
    receipt.short_description = "签收情况"
