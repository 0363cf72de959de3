"""督办: a decision of a 纪要 becomes an item with a 承办单位 and deadline; the unit reports progress and result."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel

from policies.models import MemberUnit

from ..forms import CommitteeForm
from ..rules import supervision as rules
from .deadline import Deadline
from .minutes import Minutes


class SupervisionItem(Deadline, ClusterableModel):
    minutes = models.ForeignKey(Minutes, verbose_name="来源纪要", on_delete=models.PROTECT,
                                related_name="supervision_items")
    decision = models.TextField("议定事项")
    unit = models.ForeignKey(MemberUnit, verbose_name="承办单位", on_delete=models.PROTECT,
                             related_name="supervision_items")
    deadline = models.DateField("办结期限")
    result = models.TextField("办理结果", blank=True)
    completed_on = models.DateField("办结日期", null=True, blank=True)

    deadline_rule, deadline_fields = rules, ("deadline", "completed_on")
    base_form_class = CommitteeForm
    panels = [
        FieldPanel("minutes"),
        FieldPanel("decision"),
        FieldRowPanel([FieldPanel("unit", widget=forms.Select), FieldPanel("deadline")]),
        InlinePanel("progress", heading="进展报告", label="进展"),
        FieldRowPanel([FieldPanel("completed_on")]),
        FieldPanel("result"),
    ]

    class Meta:
        verbose_name = "督办事项"
        verbose_name_plural = "督办事项"
        ordering = ["completed_on", "deadline"]

    def __str__(self):
        text = self.decision if len(self.decision) <= 30 else self.decision[:30] + "…"
        return f"{text}（{self.unit}）"

    def clean(self):
        if self.completed_on and not self.result.strip():
            raise ValidationError({"result": "填写办结日期时，请一并填写办理结果。"})

    # the names the 督办 listing, the start page and the unit's 本单位督办事项 use
    overdue, state = Deadline.late, Deadline.status


class ProgressReport(models.Model):
    item = ParentalKey(SupervisionItem, related_name="progress", on_delete=models.CASCADE)
    reported_on = models.DateField("报告日期")
    text = models.TextField("进展情况")

    panels = [FieldPanel("reported_on"), FieldPanel("text")]

    class Meta:
        verbose_name = "进展报告"
        verbose_name_plural = "进展报告"
        ordering = ["reported_on", "pk"]

    def __str__(self):
        return f"{self.reported_on} {self.text[:20]}"
