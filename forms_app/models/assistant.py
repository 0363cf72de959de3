"""协助人员: recommended by a village committee, vetted, assigned and managed by the 司法所 (seed 003 二、三(一))."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from ..idcard import validate_phone
from .org import VillageCommittee
from .supervisee import Supervisee


class Assistant(models.Model):
    # 推荐 → 资格审查 (通过/未通过) → 任务指派 → 日常管理 → 退出
    STAGE_CHOICES = [
        ("推荐", "推荐"),
        ("审查通过", "资格审查通过"),
        ("审查未通过", "资格审查未通过"),
        ("已指派", "任务指派"),
        ("日常管理", "日常管理"),
        ("已退出", "退出"),
    ]
    ON_ROSTER = ["审查通过", "已指派", "日常管理"]
    # Where each stage may go next: the steps happen in order; a failed or exited assistant comes back
    # only through a new recommendation (and so a new review).
    NEXT_STAGES = {
        "推荐": {"推荐", "审查通过", "审查未通过"},
        "审查通过": {"审查通过", "已指派", "已退出"},
        "审查未通过": {"审查未通过", "推荐"},
        "已指派": {"已指派", "日常管理", "已退出"},
        "日常管理": {"日常管理", "已指派", "已退出"},
        "已退出": {"已退出", "推荐"},
    }

    village_committee = models.ForeignKey(
        VillageCommittee, verbose_name="推荐村(居)委会", on_delete=models.PROTECT, related_name="assistants"
    )
    name = models.CharField("姓名", max_length=50, db_index=True)
    sex = models.CharField("性别", max_length=1, choices=Supervisee.SEX_CHOICES)
    phone = models.CharField("联系电话", max_length=30, validators=[validate_phone])
    role_in_community = models.CharField(
        "身份", max_length=50, blank=True, help_text="如：村(居)民小组长、楼栋长、党员骨干、居民志愿者、网格员"
    )
    recommended_on = models.DateField("推荐日期")
    # The four conditions of seed 003 三(一).
    cond_law_abiding = models.BooleanField("遵纪守法、品行端正、作风正派", default=False)
    cond_volunteer = models.BooleanField("责任心强，热爱社区矫正工作，自愿加入协助人员队伍", default=False)
    cond_fit = models.BooleanField("具备履行职责的身体条件", default=False)
    cond_knowledge = models.BooleanField("具有一定的法律、教育、心理或社会工作等专业知识", default=False)
    stage = models.CharField("阶段", max_length=5, choices=STAGE_CHOICES, default="推荐", db_index=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="审查人", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+",
    )
    reviewed_on = models.DateField("审查日期", null=True, blank=True)
    review_note = models.TextField("审查意见", blank=True)
    supervisees = models.ManyToManyField(
        Supervisee, verbose_name="指派协助的社区矫正对象", blank=True, related_name="assistants"
    )
    filed_on = models.DateField("名单报备日期", null=True, blank=True, help_text="报县(区)司法局和市社区矫正机构备案")
    exited_on = models.DateField("退出日期", null=True, blank=True)
    exit_reason = models.CharField("退出原因", max_length=200, blank=True)

    class Meta:
        verbose_name = "协助人员"
        verbose_name_plural = "协助人员"
        ordering = ["village_committee", "name"]
        permissions = [("review_assistant", "可对协助人员进行资格审查")]

    def __str__(self):
        return self.name

    @property
    def meets_all_conditions(self):
        return self.cond_law_abiding and self.cond_volunteer and self.cond_fit and self.cond_knowledge

    def clean(self):
        errors = {}
        if self.stage not in ("推荐", "审查未通过") and not self.meets_all_conditions:
            errors["stage"] = ["未同时满足四项协助人员条件，不能通过资格审查。"]
        if self.stage not in ("推荐",) and not (self.reviewed_by_id and self.reviewed_on):
            errors.setdefault("reviewed_by", []).append("资格审查后须填写审查人和审查日期。")
        if self.reviewed_on and self.recommended_on and self.reviewed_on < self.recommended_on:
            errors["reviewed_on"] = ["审查日期不能早于推荐日期。"]
        old = Assistant.objects.filter(pk=self.pk).values_list("stage", flat=True).first() if self.pk else None
        if old and self.stage not in self.NEXT_STAGES.get(old, {self.stage}):
            labels = dict(self.STAGE_CHOICES)
            errors["stage"] = [f"阶段不能从“{labels[old]}”直接改为“{labels.get(self.stage, self.stage)}”："
                               "应依次经过推荐、资格审查、任务指派、日常管理、退出。"]
        if self.stage == "已退出" and not self.exited_on:
            errors["exited_on"] = ["退出时须填写退出日期。"]
        if errors:
            raise ValidationError(errors)
