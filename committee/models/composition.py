"""Composition (组成人员): who holds which post of the committee, and each member unit's 联络员.

Every appointment keeps its dates, so history stays; a change must be reported in writing within
7 days (工作规则第十八条, 办公室工作细则第九条): `changed_on` vs `reported_on`.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from policies.models import MemberUnit

from ..forms import CommitteeForm
from ..rules import reporting
from .deadline import Deadline


class Appointment(Deadline, models.Model):
    DIRECTOR, EXECUTIVE, DEPUTY, MEMBER, LIAISON = "主任", "常务副主任", "副主任", "委员", "联络员"
    POSTS = [(p, p) for p in (DIRECTOR, EXECUTIVE, DEPUTY, MEMBER, LIAISON)]
    LEADERS = (DIRECTOR, EXECUTIVE)  # who decide 议题 and sign 纪要

    person = models.CharField("姓名", max_length=50)
    post = models.CharField("委员会职务", max_length=10, choices=POSTS)
    job_title = models.CharField("本单位职务", max_length=100, blank=True, help_text="如：镇党委副书记、派出所所长")
    unit = models.ForeignKey(MemberUnit, verbose_name="成员单位", null=True, blank=True, on_delete=models.PROTECT,
                             related_name="appointments")
    changed_on = models.DateField("任职（变动）日期")
    ended_on = models.DateField("离任日期", null=True, blank=True)
    reported_on = models.DateField("书面报告日期", null=True, blank=True,
                                   help_text="成员单位向委员会办公室书面报告变动的日期（应在 7 日内）")
    note = models.CharField("备注", max_length=200, blank=True)

    deadline_rule, deadline_fields = reporting, ("changed_on", "reported_on")
    base_form_class = CommitteeForm

    class Meta:
        verbose_name = "组成人员"
        verbose_name_plural = "组成人员"
        ordering = ["ended_on", "post", "changed_on"]

    def __str__(self):
        return f"{self.post} {self.person}" + (f"（{self.unit}）" if self.unit_id else "")

    def clean(self):
        errors = {}
        if self.post in (self.MEMBER, self.LIAISON) and not self.unit_id:
            errors["unit"] = "委员和联络员须注明所在成员单位。"
        if self.ended_on and self.changed_on and self.ended_on < self.changed_on:
            errors["ended_on"] = "离任日期不能早于任职日期。"
        if self.reported_on and self.changed_on and self.reported_on < self.changed_on:
            errors["reported_on"] = "书面报告日期不能早于变动日期。"
        if errors:
            raise ValidationError(errors)

    # the names the 组成人员 listing, the start page and the 履职看板 use
    report_late, report_status = Deadline.late, Deadline.status


class LiaisonAccount(models.Model):
    """Ties a 联络员's login to one member unit: that account sees and files only its unit's papers."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, verbose_name="登录账号", on_delete=models.CASCADE,
                                related_name="liaison_account")
    unit = models.ForeignKey(MemberUnit, verbose_name="成员单位", on_delete=models.PROTECT,
                             related_name="liaison_accounts")

    base_form_class = CommitteeForm

    class Meta:
        verbose_name = "联络员账号"
        verbose_name_plural = "联络员账号"

    def __str__(self):
        return f"{self.unit} 联络员账号（{self.user}）"
