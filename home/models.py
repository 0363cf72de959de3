from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page

from home.site_urls import RequestRootUrlMixin
from pagecache import fragments
from pagecache.restrictions import StoredViewRestrictionsMixin


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """The organisation's identity, shown in the header, footer and contact block."""

    committee_name = models.CharField("委员会名称", max_length=100, default="社区矫正委员会")
    host_organisation = models.CharField("主办单位", max_length=100, default="")
    office_name = models.CharField(
        "办公室名称", max_length=100, default="社区矫正委员会办公室（设在司法所）"
    )
    address = models.CharField("办公地址", max_length=200, blank=True)
    postcode = models.CharField("邮政编码", max_length=6, blank=True)
    phone = models.CharField("联系电话", max_length=40, blank=True)
    office_hours = models.CharField(
        "办公时间", max_length=100, blank=True, default="工作日 上午9:00—12:00 下午14:00—17:30"
    )
    email = models.EmailField("电子邮箱", blank=True)
    record_number = models.CharField("网站备案号", max_length=60, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("committee_name"), FieldPanel("host_organisation"), FieldPanel("office_name")],
            heading="机构",
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("postcode"),
                FieldPanel("phone"),
                FieldPanel("office_hours"),
                FieldPanel("email"),
            ],
            heading="联系方式",
        ),
        FieldPanel("record_number"),
    ]

    class Meta:
        verbose_name = "站点设置"

    @classmethod
    def for_site(cls, site):
        """Every page's header and footer read these: asked once per cache generation, which a save or
        delete bumps (pagecache/signals.py)."""
        ask = super().for_site
        if site is None:
            return ask(site)  # Wagtail's DoesNotExist
        return fragments.cached("site-settings", (site.pk,), lambda: ask(site))


class HomePage(StoredViewRestrictionsMixin, RequestRootUrlMixin, Page):
    """The portal's front page: introduction, latest policies, contact block."""

    intro_heading = models.CharField("简介标题", max_length=100, default="委员会简介")
    intro = RichTextField("委员会简介", blank=True, features=["bold", "link", "ol", "ul"])
    latest_count = models.PositiveSmallIntegerField("最新政策显示条数", default=6)

    content_panels = Page.content_panels + [
        FieldPanel("intro_heading"),
        FieldPanel("intro"),
        FieldPanel("latest_count"),
    ]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = "首页"
