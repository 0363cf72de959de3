"""The public search index: one row per searchable piece of a live, public, 主动公开 policy page.

Rows are derived data (search/indexer.py builds them from the page body and metadata); they are
replaced whole on every publish and removed on unpublish or delete, so nothing here is edited by hand.
Only public content ever gets a row, which is what keeps drafts, 依申请公开 documents and all
supervisee records out of anonymous results by construction.
"""

from django.db import models

from policies.kinds import kinds


def kind_choices():
    """The document row, then one kind per registered block kind (policies.kinds)."""
    return [(SearchEntry.Kind.DOCUMENT, SearchEntry.Kind.DOCUMENT.label), *((k.name, k.search_name) for k in kinds())]


class SearchEntry(models.Model):
    class Kind(models.TextChoices):
        DOCUMENT = "document", "文件"

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    position = models.PositiveIntegerField("顺序", default=0)  # order within the page; 0 = document row
    kind = models.CharField("类型", max_length=16, choices=kind_choices)
    anchor = models.CharField("锚点", max_length=40, blank=True)
    label = models.CharField("编号", max_length=80, blank=True)  # 第十二条, 一、办公室 …
    document_title = models.CharField("文件标题", max_length=255)
    doc_number = models.CharField("文号", max_length=100, blank=True)
    # fold(text) is what queries match. Readable text is stored only when it differs from norm (rare:
    # full-width digits, Latin capitals, half-width brackets), which halves what every query scans.
    text = models.TextField("正文", blank=True)
    norm = models.TextField("检索文本")
    norm_title = models.TextField("检索标题")  # fold(document title + label): title hits rank first
    publisher = models.CharField("发布机构", max_length=255, blank=True, db_index=True)
    year = models.PositiveSmallIntegerField("年份", null=True, blank=True, db_index=True)
    validity = models.CharField("有效性", max_length=16, blank=True, db_index=True)
    # The 施行日期 of the next amendment: the rows hold the text in force before it and are rebuilt that day.
    renew_on = models.DateField("重建日期", null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = "检索条目"
        verbose_name_plural = "检索条目"
        ordering = ["page_id", "position"]
        constraints = [models.UniqueConstraint(fields=["page", "position"], name="search_entry_page_position")]
        # The filter choices (search.query.facets) read the document rows only: an index-only scan.
        indexes = [models.Index(fields=["kind", "publisher"], name="search_entry_kind_publisher"),
                   models.Index(fields=["kind", "year"], name="search_entry_kind_year")]

    @property
    def display_text(self):
        return self.text or self.norm

    def __str__(self):
        return f"{self.document_title} {self.label}".strip()
