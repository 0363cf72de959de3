"""Who belongs where: judicial offices, village/residents' committees, and each user's place."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from ..idcard import validate_phone


class Office(models.Model):
    """A township 司法所: it keeps the records and issues the notices."""

    name = models.CharField("司法所名称", max_length=100, unique=True)
    township = models.CharField("所在乡镇(街道)", max_length=100)
    contact_person = models.CharField("默认联系人", max_length=50, blank=True)
    # The default for each notice's 联系电话 (forms.NoticeForm), so it follows the same telephone rule.
    contact_phone = models.CharField("默认联系电话", max_length=30, blank=True, validators=[validate_phone])

    class Meta:
        verbose_name = "司法所"
        verbose_name_plural = "司法所"
        ordering = ["name"]

    def __str__(self):
        return self.name


class VillageCommittee(models.Model):
    """村民委员会 (村) or 居民委员会 (居) of a township, served by that township's 司法所."""

    KIND_CHOICES = [("村", "村民委员会"), ("居", "居民委员会")]

    name = models.CharField("名称", max_length=100)
    kind = models.CharField("类型", max_length=1, choices=KIND_CHOICES, default="村")
    office = models.ForeignKey(Office, verbose_name="所属司法所", on_delete=models.PROTECT, related_name="committees")

    class Meta:
        verbose_name = "村(居)委会"
        verbose_name_plural = "村(居)委会"
        ordering = ["office", "name"]
        constraints = [models.UniqueConstraint(fields=["office", "name"], name="committee_unique_name_per_office")]

    def __str__(self):
        return self.name

    @property
    def township(self):
        return self.office.township


class StaffProfile(models.Model):
    """Where a user works: a 司法所, or one village committee (never both)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name="用户", on_delete=models.CASCADE, related_name="cc_profile"
    )
    office = models.ForeignKey(Office, verbose_name="司法所", on_delete=models.PROTECT, null=True, blank=True)
    village_committee = models.ForeignKey(
        VillageCommittee, verbose_name="村(居)委会", on_delete=models.PROTECT, null=True, blank=True
    )

    class Meta:
        verbose_name = "工作人员归属"
        verbose_name_plural = "工作人员归属"
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(office__isnull=False, village_committee__isnull=True)
                    | models.Q(office__isnull=True, village_committee__isnull=False)
                ),
                name="profile_office_xor_committee",
            )
        ]

    def __str__(self):
        return f"{self.user} @ {self.office or self.village_committee}"

    def clean(self):
        if bool(self.office_id) == bool(self.village_committee_id):
            raise ValidationError("请在“司法所”和“村(居)委会”中选择且只选择一项。")
