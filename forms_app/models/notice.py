"""协助社区矫正工作通知单 (with its 存根) and the per-office, per-year number counter."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from core import deadlines
from pdf.forms.data import notice_number

from ..idcard import validate_phone
from ..items import ITEM_CHOICES, ITEM_WORDING, MAX_ITEMS
from ..workdays import add_working_days
from .org import Office, VillageCommittee
from .revisions import WorkflowRevisionMixin
from .supervisee import Supervisee

DEADLINE_WORKING_DAYS = 3


class NoticeCounter(models.Model):
    """The last number issued by an office in a year; its row is locked while a notice is issued."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "通知单编号计数器"
        constraints = [models.UniqueConstraint(fields=["office", "year"], name="counter_unique_office_year")]


class AssistanceNotice(WorkflowRevisionMixin, ClusterableModel):
    DRAFT, APPROVED, ISSUED, RETURNED = "草稿", "已批准", "已发出", "已回执"
    STATUS_CHOICES = [(s, s) for s in (DRAFT, APPROVED, ISSUED, RETURNED)]
    # Never taken from a revision nor written by a content save (models/revisions.py).
    WORKFLOW_FIELDS = ("status", "office", "year", "serial", "filled_by", "approved_by", "approved_at", "issued_on",
                       "returned_at", "stub", "created_at")
    # Sent, and no 登记表 started for it yet: the notices a committee may fill a 登记表 for.
    AWAITING_REGISTRATION = Q(status=ISSUED, registration__isnull=True)

    office = models.ForeignKey(Office, verbose_name="填发单位(司法所)", on_delete=models.PROTECT, related_name="notices")
    supervisee = models.ForeignKey(
        Supervisee, verbose_name="社区矫正对象", on_delete=models.PROTECT, related_name="notices"
    )
    village_committee = models.ForeignKey(
        VillageCommittee, verbose_name="发往村(居)委会", on_delete=models.PROTECT, related_name="notices",
        help_text="默认为社区矫正对象居住地的村(居)委会",
    )
    # Allocated only when the notice is issued (numbering.issue_notice), never for drafts.
    year = models.PositiveIntegerField("年度", null=True, blank=True, editable=False)
    serial = models.PositiveIntegerField("序号", null=True, blank=True, editable=False)
    contact_person = models.CharField("联系人", max_length=50)
    contact_phone = models.CharField("联系电话", max_length=30, validators=[validate_phone])
    status = models.CharField("状态", max_length=3, choices=STATUS_CHOICES, default=DRAFT, editable=False,
                              db_index=True)
    filled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="填发人", on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", editable=False,
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="批准人", on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", editable=False,
    )
    approved_at = models.DateTimeField("批准时间", null=True, blank=True, editable=False)
    issued_on = models.DateField("填发日期", null=True, blank=True, editable=False, db_index=True)
    returned_at = models.DateTimeField("回执时间", null=True, blank=True, editable=False)
    # The 存根: the supervisee block, addressee and items as they were at issue time.
    stub = models.JSONField("存根", default=dict, blank=True, editable=False)

    class Meta:
        verbose_name = "协助社区矫正工作通知单"
        verbose_name_plural = "协助社区矫正工作通知单"
        ordering = ["-created_at"]
        permissions = [
            ("approve_assistancenotice", "可批准协助社区矫正工作通知单"),
            ("issue_assistancenotice", "可发出协助社区矫正工作通知单"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["office", "year", "serial"], name="notice_unique_number"),
        ]

    def __str__(self):
        return f"{self.number or '（未编号）'} {self.supervisee.name if self.supervisee_id else ''}".strip()

    @property
    def number(self):
        if self.serial is None:
            return ""
        return notice_number(self.year, self.serial)

    number.fget.short_description = "编号"

    @property
    def deadline(self):
        """Due within 3 working days after the supervisee's intake (see workdays.py on holidays)."""
        if not self.supervisee_id:
            return None
        return add_working_days(self.supervisee.intake_date, DEADLINE_WORKING_DAYS)

    deadline.fget.short_description = "发出期限"

    @property
    def is_overdue(self):
        deadline = self.deadline
        return deadline is not None and deadlines.is_late(deadline, self.issued_on, timezone.localdate())

    def item_texts(self):
        return [item.text or ITEM_WORDING.get(item.kind, "") for item in self.items.all()]

    def clean(self):
        errors = {}
        if self.supervisee_id and not self.village_committee_id:  # the default the field promises
            self.village_committee_id = self.supervisee.village_committee_id
        if self.supervisee_id and self.office_id and self.supervisee.office_id != self.office_id:
            errors["supervisee"] = ["该社区矫正对象不属于本司法所，不能为其填发通知单。"]
        if self.supervisee_id and self.village_committee_id:
            if self.village_committee.office_id != self.office_id:
                errors["village_committee"] = ["所选村(居)委会不属于本司法所。"]
        if errors:
            raise ValidationError(errors)


class NoticeItem(Orderable):
    """One numbered 协助事项 (at most 10 per notice)."""

    notice = ParentalKey(AssistanceNotice, on_delete=models.CASCADE, related_name="items")
    kind = models.CharField("事项", max_length=10, choices=ITEM_CHOICES)
    text = models.TextField("具体内容", blank=True, help_text="留空则使用标准表述")

    class Meta(Orderable.Meta):
        verbose_name = "协助事项"
        verbose_name_plural = "协助事项"

    def __str__(self):
        return self.text or ITEM_WORDING.get(self.kind, "")


MAX_NOTICE_ITEMS = MAX_ITEMS
