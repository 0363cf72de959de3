"""Member units (成员单位) of the committee: snippets that articles and duty lists point at."""

from collections import defaultdict

from django.db import models
from django.urls import reverse
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class MemberUnit(index.Indexed, models.Model):
    name = models.CharField("单位名称", max_length=100, unique=True)
    slug = models.SlugField("网址名", max_length=100, unique=True, allow_unicode=True,
                            help_text="成员单位页面的网址，如 sifasuo")
    description = models.TextField("简介", blank=True)
    sort_order = models.PositiveSmallIntegerField("排序", default=100, help_text="数字小的排在前面")

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = "成员单位"
        verbose_name_plural = "成员单位"
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("policies:unit_detail", args=[self.slug])

    def publications(self):
        """[(policy page, [numbered Item, …]), …]: every public place this unit's duties are written."""
        return publications_by_unit().get(self.pk, [])


def publications_by_unit() -> dict:
    """{unit pk: [(policy page, [numbered Item, …]), …]}, reading every public policy once.

    The unit list shows a count for each unit: one pass over the policies, not one per unit.
    """
    from policies.queries import public_policies

    found = defaultdict(list)
    for page in public_policies().order_by("path"):
        per_unit = defaultdict(list)
        for item in page.numbered_body:
            pk = getattr(item.unit, "pk", None)
            if pk is not None:
                per_unit[pk].append(item)
        for pk, items in per_unit.items():
            found[pk].append((page, items))
    return found
