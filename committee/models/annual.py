"""第十七条: yearly written reports of the member units, collected in a round the office opens."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from policies.models import MemberUnit

from ..forms import CommitteeForm
from ..rules import annual as rules
from ..units import committee_units


class AnnualRound(models.Model):
    year = models.PositiveSmallIntegerField("年度", unique=True)
    opened_on = models.DateField("开始日期")
    due_on = models.DateField("报送截止日期")

    class Meta:
        verbose_name = "年度报告轮次"
        verbose_name_plural = "年度履职报告轮次"
        ordering = ["-year"]

    def __str__(self):
        return f"{self.year}年度成员单位履职报告"

    def clean(self):
        if self.opened_on and self.due_on and self.due_on < self.opened_on:
            raise ValidationError({"due_on": "截止日期不能早于开始日期。"})

    def split(self):
        return rules.split_reported(list(committee_units()),
                                    self.reports.values_list("unit_id", flat=True))

    def reported_units(self):
        return "、".join(u.name for u in self.split()[0]) or "（无）"
    reported_units.short_description = "已报送单位"

    def missing_units(self):
        return "、".join(u.name for u in self.split()[1]) or "（无）"
    missing_units.short_description = "未报送单位"


class AnnualReport(models.Model):
    round = models.ForeignKey(AnnualRound, verbose_name="年度", on_delete=models.PROTECT, related_name="reports")
    unit = models.ForeignKey(MemberUnit, verbose_name="成员单位", on_delete=models.PROTECT,
                             related_name="annual_reports")
    duties = models.TextField(dict(rules.REPORT_PARTS)["duties"])
    decisions = models.TextField(dict(rules.REPORT_PARTS)["decisions"])
    key_work = models.TextField(dict(rules.REPORT_PARTS)["key_work"])
    problems = models.TextField(dict(rules.REPORT_PARTS)["problems"])
    submitted_at = models.DateTimeField("报送时间", null=True, blank=True, editable=False)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="报送人", null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+", editable=False)

    base_form_class = CommitteeForm

    class Meta:
        verbose_name = "年度履职报告"
        verbose_name_plural = "年度履职报告"
        ordering = ["-round__year", "unit__sort_order"]
        constraints = [models.UniqueConstraint(fields=["round", "unit"], name="committee_one_report_per_unit",
                                               violation_error_message="该单位本年度已报送过履职报告。")]

    def __str__(self):
        return f"{self.unit}{self.round.year}年度履职报告"
