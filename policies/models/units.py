"""Member units (成员单位) of the committee: snippets that articles and duty lists point at."""

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
        from policies.queries import public_policies

        found = []
        for page in public_policies().order_by("path"):
            items = [i for i in page.numbered_body if i.unit is not None and getattr(i.unit, "pk", None) == self.pk]
            if items:
                found.append((page, items))
        return found
