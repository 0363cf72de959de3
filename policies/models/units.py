"""Member units (成员单位) of a committee: snippets that articles and duty lists point at.

A unit belongs to the committee whose document lists it: 回龙坝镇's 司法所 and 密云镇's 司法所 are two
units, and each committee's list shows only its own.
"""

import re
from collections import defaultdict

from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from policies.queries import public_policies


# "…区回龙坝镇社区矫正委员会…", "关于成立回龙坝镇社区矫正委员会", "密云镇人民政府": the town-level name.
_TOWN = re.compile(r"(?:^|[省市区县]|成立|关于)([^\s省市区县，。、（）()]{1,8}?(?:镇|乡|街道))(?:社区矫正委员会|人民政府|党委)")


def committee_named_in(*texts):
    """The township committee a document belongs to, from its title or issuer ("" when none is named)."""
    for text in texts:
        match = _TOWN.search(text or "")
        if match:
            return f"{match[1]}社区矫正委员会"
    return ""


class MemberUnit(index.Indexed, models.Model):
    committee = models.CharField("所属委员会", max_length=100, blank=True,
                                 help_text="列出本单位的文件所属的委员会，如 回龙坝镇社区矫正委员会")
    name = models.CharField("单位名称", max_length=100)
    slug = models.SlugField("网址名", max_length=100, unique=True, allow_unicode=True,
                            help_text="成员单位页面的网址，如 sifasuo")
    description = models.TextField("简介", blank=True)
    sort_order = models.PositiveSmallIntegerField("排序", default=100, help_text="数字小的排在前面")

    panels = [FieldPanel("committee"), FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order"),
              FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = "成员单位"
        verbose_name_plural = "成员单位"
        ordering = ["committee", "sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["committee", "name"], name="policies_unit_unique_per_committee")]

    def __str__(self):
        return self.name

    @classmethod
    def named(cls, name, committee=""):
        """The committee's unit of that name, created with a unique slug when it has none yet."""
        name, committee = name[:100], committee[:100]
        unit = cls.objects.filter(committee=committee, name=name).first()
        if unit is None:
            base = slugify(name, allow_unicode=True)[:90] or "unit"
            slug, n = base, 1
            while cls.objects.filter(slug=slug).exists():
                n += 1
                slug = f"{base}-{n}"
            unit = cls.objects.create(committee=committee, name=name, slug=slug)
        return unit

    def get_absolute_url(self):
        return reverse("policies:unit_detail", args=[self.slug])

    def publications(self):
        """[(policy page, [numbered Item, …]), …]: every public place this unit's duties are written."""
        return publications_by_unit().get(self.pk, [])


def publications_by_unit() -> dict:
    """{unit pk: [(policy page, [numbered Item, …]), …]}, reading every public policy once.

    The unit list shows a count for each unit: one pass over the policies, not one per unit.
    """
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
