"""节假日与调休: the State Council's yearly holiday schedule, for the 3-working-day notice deadline.

Entered once a year by the office (from 国务院办公厅关于…年部分节假日安排的通知) as a few periods:
放假 (days off, weekdays included) and 调休上班 (weekend days that are working days).
"""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models

MAX_DAYS = 31  # no holiday period is longer; a longer one is a typing error


class CalendarPeriod(models.Model):
    HOLIDAY, WORKDAY = "放假", "调休上班"
    KIND_CHOICES = [(HOLIDAY, "放假（含法定节假日）"), (WORKDAY, "调休上班（周末补班）")]

    name = models.CharField("名称", max_length=30, help_text="如：春节、国庆节调休")
    kind = models.CharField("类型", max_length=4, choices=KIND_CHOICES, default=HOLIDAY)
    start = models.DateField("起始日期")
    end = models.DateField("结束日期", help_text="含当日；只有一天时与起始日期相同")

    class Meta:
        verbose_name = "节假日与调休"
        verbose_name_plural = "节假日与调休"
        ordering = ["start"]

    def __str__(self):
        span = f"{self.start:%Y-%m-%d}" if self.start == self.end else f"{self.start:%Y-%m-%d}至{self.end:%Y-%m-%d}"
        return f"{self.name}（{self.kind}，{span}）"

    def days(self):
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]

    def clean(self):
        if not (self.start and self.end):
            return
        if self.end < self.start:
            raise ValidationError({"end": "结束日期不能早于起始日期。"})
        if (self.end - self.start).days >= MAX_DAYS:
            raise ValidationError({"end": f"一个时段最长{MAX_DAYS}天，请检查日期。"})
        overlapping = CalendarPeriod.objects.filter(start__lte=self.end, end__gte=self.start).exclude(pk=self.pk)
        other = overlapping.first()
        if other is not None:
            raise ValidationError(f"与已登记的“{other}”日期重叠，同一天只能是放假或上班之一。")
