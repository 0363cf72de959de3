"""社区矫正对象基本情况登记表: filled and returned by the village committee in reply to a notice."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from ..idcard import age_on, validate_phone
from .notice import AssistanceNotice
from .org import VillageCommittee
from .revisions import WorkflowRevisionMixin
from .supervisee import Supervisee


class Registration(WorkflowRevisionMixin, ClusterableModel):
    DRAFT, SUBMITTED = "草稿", "已回执"
    STATUS_CHOICES = [(DRAFT, "草稿"), (SUBMITTED, "已提交(回执)")]
    # Never taken from a revision nor written by a content save (models/revisions.py).
    WORKFLOW_FIELDS = ("status", "notice", "supervisee", "village_committee", "submitted_by", "submitted_at",
                       "created_at")

    notice = models.OneToOneField(
        AssistanceNotice, verbose_name="对应通知单", on_delete=models.PROTECT, related_name="registration"
    )
    # Copied from the notice on save so that scoping never needs a join through the notice.
    supervisee = models.ForeignKey(
        Supervisee, verbose_name="社区矫正对象", on_delete=models.PROTECT, related_name="registrations", editable=False
    )
    village_committee = models.ForeignKey(
        VillageCommittee, verbose_name="村(居)委会", on_delete=models.PROTECT, related_name="registrations",
        editable=False,
    )
    filled_by_name = models.CharField("填表人", max_length=50)
    fill_date = models.DateField("填表日期")
    education = models.CharField("文化程度", max_length=30, blank=True)
    health = models.CharField("健康状况", max_length=50, blank=True)
    former_political_status = models.CharField("原政治面貌", max_length=30, blank=True)
    marital_status = models.CharField("婚姻状况", max_length=20, blank=True)
    contact = models.CharField("联系方式", max_length=30, blank=True, validators=[validate_phone])
    residence_address = models.CharField("居住地址", max_length=200, blank=True)
    household_address = models.CharField("户籍地址", max_length=200, blank=True)
    criminal_record = models.TextField("前科记录", blank=True)
    repentance = models.TextField("悔罪表现", blank=True)
    main_experience = models.TextField("主要经历", blank=True)
    living_situation = models.TextField("生活情况", blank=True)
    workplace_or_school = models.CharField("所在工作单位或就读学校", max_length=200, blank=True)
    work_or_study = models.TextField("工作或在校学习情况", blank=True)
    personality = models.CharField("性格特点", max_length=200, blank=True)
    skills = models.CharField("能力专长", max_length=200, blank=True)
    other_traits = models.CharField("其他特征", max_length=200, blank=True)
    family_has_problems = models.BooleanField("家庭关系是否存在问题", default=False)
    family_problems = models.TextField("存在的主要问题", blank=True)
    remarks = models.TextField("备注", blank=True)
    status = models.CharField("状态", max_length=3, choices=STATUS_CHOICES, default=DRAFT, editable=False)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="提交人", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", editable=False,
    )
    submitted_at = models.DateTimeField("提交时间", null=True, blank=True, editable=False)

    class Meta:
        verbose_name = "社区矫正对象基本情况登记表"
        verbose_name_plural = "社区矫正对象基本情况登记表"
        ordering = ["-fill_date"]

    def __str__(self):
        return f"登记表：{self.supervisee.name}" if self.supervisee_id else "登记表"

    # 姓名/性别/年龄/民族 come from the supervisee's record: one source of truth.
    @property
    def name(self):
        return self.supervisee.name

    @property
    def sex(self):
        return self.supervisee.sex

    @property
    def ethnicity(self):
        return self.supervisee.ethnicity

    @property
    def age(self):
        return age_on(self.supervisee.birth_date, self.fill_date)

    def clean(self):
        errors = {}
        if self.notice_id:
            if self.notice.status not in (AssistanceNotice.ISSUED, AssistanceNotice.RETURNED):
                errors["notice"] = ["只能对已发出的通知单填写登记表。"]
        if self.family_has_problems and not self.family_problems.strip():
            errors["family_problems"] = ["家庭关系存在问题时，请填写存在的主要问题。"]
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.notice_id:
            self.supervisee_id = self.notice.supervisee_id
            self.village_committee_id = self.notice.village_committee_id
        super().save(*args, **kwargs)


class FamilyMember(Orderable):
    """家庭主要成员: one row of the table on the form."""

    registration = ParentalKey(Registration, on_delete=models.CASCADE, related_name="family_members")
    name = models.CharField("姓名", max_length=50)
    relation = models.CharField("关系", max_length=20)
    workplace_or_address = models.CharField("工作单位或住址", max_length=200, blank=True)
    phone = models.CharField("联系电话", max_length=30, blank=True, validators=[validate_phone])

    class Meta(Orderable.Meta):
        verbose_name = "家庭主要成员"
        verbose_name_plural = "家庭主要成员"

    def __str__(self):
        return f"{self.name}（{self.relation}）"

    def clean(self):
        if not self.name.strip():
            raise ValidationError({"name": "请填写家庭成员姓名。"})
