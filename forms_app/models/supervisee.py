"""社区矫正对象: the person serving a community sentence, with what both paper forms need."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import models

from ..idcard import age_on, clean_id_number, id_birth_date, id_sex
from .org import Office, VillageCommittee

ADULT_AGE = 18


def minor_cutoff(day=None):
    """People born after this date are minors on `day` (社区矫正法 art. 54 keeps their files confidential)."""
    day = day or date.today()
    try:
        return day.replace(year=day.year - ADULT_AGE)
    except ValueError:  # 29 February
        return day.replace(year=day.year - ADULT_AGE, day=28)


class Supervisee(models.Model):
    SEX_CHOICES = [("男", "男"), ("女", "女")]
    CATEGORY_CHOICES = [("管制", "管制"), ("缓刑", "缓刑"), ("假释", "假释"), ("暂予监外执行", "暂予监外执行")]
    JUDGMENT_CHOICES = [("判决书", "判决书"), ("裁定书", "裁定书"), ("决定书", "决定书")]
    STATUS_CHOICES = [("在矫", "在矫"), ("解矫", "解矫"), ("终止", "终止")]

    office = models.ForeignKey(Office, verbose_name="司法所", on_delete=models.PROTECT, related_name="supervisees")
    village_committee = models.ForeignKey(
        VillageCommittee, verbose_name="居住地村(居)委会", on_delete=models.PROTECT, related_name="supervisees"
    )
    name = models.CharField("姓名", max_length=50, db_index=True)
    sex = models.CharField("性别", max_length=1, choices=SEX_CHOICES)
    birth_date = models.DateField("出生日期", db_index=True)
    ethnicity = models.CharField("民族", max_length=20, default="汉族")
    # Unique per office, not globally: a global check would tell one office that a person is a supervisee
    # of another ("已存在"). A person transferred between offices thus has a file in each (README).
    id_number = models.CharField("身份证号码", max_length=18)
    household_register = models.CharField("户籍地", max_length=200)
    residence = models.CharField("居住地", max_length=200)
    crime = models.CharField("罪名", max_length=100, help_text="如：危险驾驶（填写“因犯＿＿罪”中的罪名）")
    court = models.CharField("判决法院", max_length=100, help_text="如：某某区人民法院")
    sentence = models.CharField("判处刑罚", max_length=200, help_text="如：有期徒刑一年，缓刑二年")
    judgment_type = models.CharField("判决文书类型", max_length=3, choices=JUDGMENT_CHOICES, default="判决书")
    judgment_date = models.DateField("判决日期")
    category = models.CharField("矫正类别", max_length=6, choices=CATEGORY_CHOICES)
    term_start = models.DateField("矫正期限起")
    term_end = models.DateField("矫正期限止", db_index=True)
    intake_date = models.DateField("入矫日期", help_text="办理接收手续的日期；通知单应在其后3个工作日内发出")
    status = models.CharField("状态", max_length=2, choices=STATUS_CHOICES, default="在矫", db_index=True)
    created_at = models.DateTimeField("登记时间", auto_now_add=True)

    class Meta:
        verbose_name = "社区矫正对象"
        verbose_name_plural = "社区矫正对象"
        ordering = ["-intake_date", "name"]
        # The admin listing's default order; keeps deep pages of a 100k listing off a full sort.
        indexes = [models.Index(fields=["office", "-intake_date", "name", "id"], name="supervisee_listing_order")]
        constraints = [models.UniqueConstraint(
            fields=["office", "id_number"], name="supervisee_unique_id_per_office",
            violation_error_message="本司法所已登记该身份证号码的社区矫正对象，请勿重复登记。")]
        permissions = [("view_unmasked_personal_data", "可查看完整身份证号码和电话号码")]

    def __str__(self):
        return self.name

    @property
    def is_minor(self):
        return bool(self.birth_date) and self.birth_date > minor_cutoff()

    is_minor.fget.short_description = "未成年人"

    @property
    def age(self):
        return age_on(self.birth_date) if self.birth_date else None

    def clean(self):
        errors = {}
        if self.id_number:
            try:
                self.id_number = clean_id_number(self.id_number)
            except ValidationError as exc:
                errors["id_number"] = exc.messages
            else:
                if self.birth_date and id_birth_date(self.id_number) != self.birth_date:
                    errors["birth_date"] = ["出生日期与身份证号码中的出生日期不一致。"]
                if self.sex and id_sex(self.id_number) != self.sex:
                    errors["sex"] = ["性别与身份证号码不一致（第17位奇数为男、偶数为女）。"]
        if self.term_start and self.term_end and self.term_end <= self.term_start:
            errors["term_end"] = ["矫正期限止日必须晚于起日。"]
        if self.judgment_date and self.term_start and self.judgment_date > self.term_start:
            errors.setdefault("judgment_date", []).append("判决日期不能晚于矫正期限起日。")
        if self.birth_date and self.birth_date > date.today():
            errors.setdefault("birth_date", []).append("出生日期不能晚于今天。")
        if self.village_committee_id and self.office_id and self.village_committee.office_id != self.office_id:
            errors["village_committee"] = ["所选村(居)委会不属于该司法所。"]
        if errors:
            raise ValidationError(errors)
