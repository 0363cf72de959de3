"""年度工作要点 and 年度工作总结 (细则第四条（三）): the office drafts, the committee approves (rules.papers).

One paper of each kind per committee and year. The text is a preamble and numbered sections
(一、总体要求 二、重点任务 …): each section a heading and its paragraphs, one a line.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

from policies.labels import heading_label

from ..rules import papers as rules


def _by(label):
    """Who took a step: kept when the account is deleted (the paper stays)."""
    return models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=label, null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="+", editable=False)


def _at(label):
    return models.DateTimeField(label, null=True, blank=True, editable=False)


class YearlyPaper(ClusterableModel):
    KINDS = [(k, k) for k in rules.KINDS]
    STATUSES = [(s, s) for s in rules.STATUSES]

    committee = models.CharField("委员会", max_length=100, editable=False)
    kind = models.CharField("文稿类型", max_length=6, choices=KINDS)
    year = models.PositiveSmallIntegerField("年度", validators=[
        MinValueValidator(2000, "年度应为四位年份，如 2026。"), MaxValueValidator(2100, "年度应为四位年份，如 2026。")])
    preamble = models.TextField("导语", blank=True, help_text="标题下、第一部分前的一段话，一段一行（可不填）")
    status = models.CharField("状态", max_length=4, choices=STATUSES, default=rules.DRAFT, editable=False)
    drafted_by = _by("起草人")
    submitted_by, submitted_at = _by("提交人"), _at("提交时间")
    reviewed_by, reviewed_at = _by("审核人"), _at("审核时间")
    approved_by, approved_at = _by("审定人"), _at("审定时间")
    return_reason = models.TextField("退回理由", blank=True, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("year")]),
        FieldPanel("preamble"),
        InlinePanel("sections", heading="正文（按部分）", label="部分", min_num=1),
    ]

    class Meta:
        verbose_name = "年度工作要点、总结"
        verbose_name_plural = "年度工作要点与总结"
        ordering = ["-year", "kind"]
        permissions = [("review_yearlypaper", "审核年度工作要点、总结"),
                       ("approve_yearlypaper", "审定年度工作要点、总结")]
        constraints = [models.UniqueConstraint(fields=["committee", "year", "kind"], name="committee_one_paper_a_year",
                                               violation_error_message="该年度的这类文稿已经有了。")]

    def __str__(self):
        return self.title

    @property
    def title(self):
        return f"{self.committee}{self.year}年度{self.kind[2:]}" if self.year else str(self.kind)

    def clean(self):
        if self.pk and not rules.editable(self.status):
            raise ValidationError(f"文稿{self.status}后不能再修改；如需修改，请由审核人或审定人退回。")
        if self.committee and self.year and self.kind:
            same = YearlyPaper.objects.filter(committee=self.committee, year=self.year, kind=self.kind)
            if same.exclude(pk=self.pk).exists():
                raise ValidationError({"year": f"{self.year}年度的{self.kind}已经有了，请在原文稿上修改。"})

    def numbered_sections(self):
        """[(“一、总体要求”, [paragraph, …]), …] in order."""
        return [(heading_label("cn_list", n) + s.heading, s.paragraphs)
                for n, s in enumerate(self.sections.all(), 1)]

    @property
    def preamble_paragraphs(self):
        return [line.strip() for line in self.preamble.splitlines() if line.strip()]


class PaperSection(Orderable):
    paper = ParentalKey(YearlyPaper, related_name="sections", on_delete=models.CASCADE)
    heading = models.CharField("标题", max_length=60, help_text="不含序号，如：总体要求、重点任务（序号“一、”自动加）")
    body = models.TextField("内容", help_text="一段一行；分项可以“（一）”“1.”开头")

    panels = [FieldPanel("heading"), FieldPanel("body")]

    class Meta(Orderable.Meta):
        verbose_name = "部分"
        verbose_name_plural = "正文"

    def __str__(self):
        return self.heading

    @property
    def paragraphs(self):
        return [line.strip() for line in self.body.splitlines() if line.strip()]
