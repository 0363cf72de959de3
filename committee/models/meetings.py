"""Meetings: kind, date, place, chair, 议题 (decided before the meeting), materials sent beforehand, attendance."""

from django import forms
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel

from ..forms import MeetingForm

from policies.models import MemberUnit


class Meeting(ClusterableModel):
    PLENARY, THEMATIC, OFFICE, DISPATCH, GROUP = "全体会议", "专题会议", "办公室成员会议", "工作调度会", "矫正小组会议"
    KINDS = [(k, k) for k in (PLENARY, THEMATIC, OFFICE, DISPATCH, GROUP)]

    kind = models.CharField("会议类型", max_length=10, choices=KINDS)
    title = models.CharField("会议名称", max_length=100)
    held_on = models.DateField("会议日期")
    place = models.CharField("会议地点", max_length=100)
    chair = models.CharField("主持人", max_length=50)
    recorder = models.CharField("记录人", max_length=50, blank=True)
    summary = models.TextField("会议情况", blank=True, help_text="会议进行情况的简要记录")

    base_form_class = MeetingForm
    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("held_on")]),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("place"), FieldPanel("chair"), FieldPanel("recorder")]),
        InlinePanel("topics", heading="议题", label="议题"),
        InlinePanel("materials", heading="会议材料", label="材料"),
        InlinePanel("attendances", heading="参会情况", label="参会人员"),
        FieldPanel("summary"),
    ]

    class Meta:
        verbose_name = "会议"
        verbose_name_plural = "会议"
        ordering = ["-held_on"]

    def __str__(self):
        return f"{self.held_on:%Y-%m-%d} {self.title}"

    def attendees(self, kind):
        return [a for a in self.attendances.all() if a.kind == kind]


class Topic(models.Model):
    meeting = ParentalKey(Meeting, related_name="topics", on_delete=models.CASCADE)
    sort_order = models.PositiveSmallIntegerField("顺序", default=1)
    title = models.CharField("议题", max_length=200)
    proposed_by = models.CharField("提出人（单位）", max_length=100)
    decided_by = models.CharField("确定人", max_length=50, help_text="委员会主任或常务副主任")
    decided_on = models.DateField("确定日期", null=True, blank=True)

    panels = [FieldPanel("title"), FieldRowPanel([FieldPanel("proposed_by"), FieldPanel("decided_by"),
                                                  FieldPanel("decided_on")])]

    class Meta:
        verbose_name = "议题"
        verbose_name_plural = "议题"
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.title


class Material(models.Model):
    meeting = ParentalKey(Meeting, related_name="materials", on_delete=models.CASCADE)
    document = models.ForeignKey("wagtaildocs.Document", verbose_name="材料文件", on_delete=models.PROTECT,
                                 related_name="+")
    distributed_on = models.DateField("送达参会人员日期", null=True, blank=True)

    panels = [FieldRowPanel([FieldPanel("document"), FieldPanel("distributed_on")])]

    class Meta:
        verbose_name = "会议材料"
        verbose_name_plural = "会议材料"

    def __str__(self):
        return str(self.document)


class Attendance(models.Model):
    PRESENT, OBSERVER, ABSENT = "出席", "列席", "请假"
    KINDS = [(k, k) for k in (PRESENT, OBSERVER, ABSENT)]

    meeting = ParentalKey(Meeting, related_name="attendances", on_delete=models.CASCADE)
    person = models.CharField("姓名", max_length=50)
    unit = models.ForeignKey(MemberUnit, verbose_name="单位", null=True, blank=True, on_delete=models.PROTECT,
                             related_name="+")
    kind = models.CharField("参会方式", max_length=4, choices=KINDS, default=PRESENT)

    panels = [FieldRowPanel([FieldPanel("person"), FieldPanel("unit", widget=forms.Select), FieldPanel("kind")])]

    class Meta:
        verbose_name = "参会人员"
        verbose_name_plural = "参会人员"

    def __str__(self):
        return f"{self.person}（{self.kind}）"
