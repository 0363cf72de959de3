"""PolicyPage: one published policy document (or one attachment of a notice) with disclosure metadata."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, PageChooserPanel, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.site_urls import RequestRootUrlMixin
from pagecache import fragments
from pagecache.restrictions import StoredViewRestrictionsMixin
from policies.blocks import PolicyBodyBlock
from policies.choices import DISCLOSURE_CHOICES, VALIDITY_CHOICES  # noqa: F401  (imported from here elsewhere)
from policies.forms import PolicyPageForm
from policies.fragments import document_parts
from policies.numbering import counts, numbered, table_of_contents
from policies.panels import NumberingPanel
from policies.pdf import pdf_response
from policies.queries import PolicyPageManager, public_policies
from policies.staff_notes import staff_notes
from policies.validators import validate_doc_number, validate_phone


# Child slugs the public URL space already uses (Django views under /policies/ and page sub-routes).
RESERVED_SLUGS = {"feed", "units", "library", "print", "pdf"}

# Metadata an attachment inherits from its notice when left empty (docs/STRUCTURE.md).
INHERITED = [
    "index_number", "doc_number", "publisher", "date_written", "date_published", "subject", "keywords",
    "executing_agency", "consulting_agency", "consulting_phone", "signatory", "colophon_office", "colophon_date",
    "colophon_cc",
]


class PolicyPage(StoredViewRestrictionsMixin, RequestRootUrlMixin, RoutablePageMixin, Page):
    index_number = models.CharField("索引号", max_length=60, blank=True)
    doc_number = models.CharField("文号", max_length=60, blank=True, validators=[validate_doc_number],
                                  help_text="如 回府发〔2023〕104号；年份用〔〕，序号不加前导0")
    publisher = models.CharField("发布机构", max_length=100, blank=True)
    date_written = models.DateField("成文日期", null=True, blank=True)
    date_published = models.DateField("发布日期", null=True, blank=True)
    subject = models.CharField("主题分类", max_length=60, blank=True, help_text="如 司法、其他文件/司法/通知")
    keywords = models.CharField("关键词", max_length=200, blank=True, help_text="以空格分隔")
    disclosure = models.CharField("公开属性", max_length=20, choices=DISCLOSURE_CHOICES, default="proactive",
                                  help_text="只有“主动公开”的文件会出现在公开网站上")
    validity = models.CharField("有效性", max_length=20, choices=VALIDITY_CHOICES, default="valid")
    superseded_by = models.ForeignKey(
        "policies.PolicyPage", verbose_name="替代文件", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="supersedes", help_text="已修订、失效或废止时，指向取代它的文件",
    )
    executing_agency = models.CharField("政策执行机关", max_length=100, blank=True)
    consulting_agency = models.CharField("政策咨询机关", max_length=100, blank=True)
    consulting_phone = models.CharField("政策咨询电话", max_length=40, blank=True, validators=[validate_phone])
    notice_text = models.TextField("印发通知", blank=True,
                                   help_text="通知正文，每段一行；首行可为主送机关（以“：”结尾）。附件列表由下级页面自动生成")
    signatory = models.CharField("落款", max_length=200, blank=True, help_text="发文机关署名，多个机关以空格分隔")
    colophon_cc = models.CharField("版记·抄送", max_length=300, blank=True,
                                   help_text="抄送机关，以顿号分隔，如：区司法局、区民政局（句号可省略）")
    colophon_office = models.CharField("版记·印发机关", max_length=100, blank=True)
    colophon_date = models.DateField("版记·印发日期", null=True, blank=True)
    attachment_number = models.PositiveSmallIntegerField("附件序号", null=True, blank=True,
                                                         help_text="作为通知的附件时填写：1、2、3…")
    body = StreamField(PolicyBodyBlock(), blank=True, verbose_name="正文")

    # The versions app's: read and cleared at publish (versions/recording.py), checked in the form through its
    # clean_policy_page_form hook. Declared on the page so that each revision carries them and the moderation
    # workflow approves the 修订说明 and 施行日期 together with the text (docs/ARCHITECTURE.md).
    version_is_new = models.BooleanField("作为新版本（修订）发布", default=False)
    version_note = models.TextField("修订说明", blank=True)
    version_effective_date = models.DateField("施行日期", null=True, blank=True)

    base_form_class = PolicyPageForm
    parent_page_types = ["policies.PolicyLibraryPage", "policies.PolicyPage"]
    subpage_types = ["policies.PolicyPage"]

    search_fields = Page.search_fields + [
        index.SearchField("doc_number"),
        index.SearchField("keywords"),
        index.SearchField("body_text"),
        index.FilterField("disclosure"),
        index.FilterField("validity"),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("body"),
        NumberingPanel(heading="自动编号（按最近保存的草稿）"),
    ]
    metadata_panels = [
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("index_number"), FieldPanel("doc_number")]),
            FieldPanel("publisher"),
            FieldRowPanel([FieldPanel("date_written"), FieldPanel("date_published")]),
            FieldRowPanel([FieldPanel("subject"), FieldPanel("keywords")]),
        ], heading="公开信息"),
        MultiFieldPanel([FieldPanel("disclosure"), FieldPanel("validity"), PageChooserPanel("superseded_by", "policies.PolicyPage")],
                        heading="公开属性与有效性"),
        MultiFieldPanel([
            FieldPanel("executing_agency"),
            FieldRowPanel([FieldPanel("consulting_agency"), FieldPanel("consulting_phone")]),
        ], heading="政策执行与咨询"),
    ]
    notice_panels = [
        FieldPanel("attachment_number"),
        FieldPanel("notice_text"),
        FieldPanel("signatory"),
        FieldPanel("colophon_cc"),
        FieldRowPanel([FieldPanel("colophon_office"), FieldPanel("colophon_date")], heading="版记"),
    ]
    version_panels = [
        MultiFieldPanel([FieldPanel("version_is_new"), FieldPanel("version_note"), FieldPanel("version_effective_date")],
                        heading="版本"),
    ]
    edit_handler = TabbedInterface([
        ObjectList(content_panels, heading="正文"),
        ObjectList(metadata_panels, heading="元数据"),
        ObjectList(notice_panels, heading="印发通知与版记"),
        ObjectList(version_panels, heading="版本"),
        ObjectList(Page.promote_panels, heading="推广"),
        ObjectList(Page.settings_panels, heading="设置"),
    ])

    objects = PolicyPageManager()  # .public(), .library(): policies.queries

    class Meta:
        verbose_name = "政策文件"
        verbose_name_plural = "政策文件"

    # -- metadata -----------------------------------------------------------------------------------
    @cached_property
    def notice(self):
        """The parent notice when this page is one of its attachments, else None."""
        parent = self.get_parent()
        parent = parent.specific if parent else None
        return parent if isinstance(parent, PolicyPage) else None

    def meta(self, name):
        """A metadata value, inherited from the notice when empty here."""
        value = getattr(self, name)
        if value in ("", None) and name in INHERITED and self.notice is not None:
            return self.notice.meta(name)
        return value

    @property
    def display_date(self):
        return self.meta("date_published") or self.meta("date_written") or (
            self.first_published_at.date() if self.first_published_at else None)

    @property
    def validity_label(self):
        return self.get_validity_display()

    @property
    def meta_doc_number(self):
        return self.meta("doc_number")

    @property
    def colophon_office_display(self):
        return self.meta("colophon_office") or self.meta("publisher")

    @property
    def colophon_cc_display(self):
        """“抄送：…。” as the 版记 prints it (7.4.2: the last organ followed by a full stop), or ""."""
        cc = (self.meta("colophon_cc") or "").strip().rstrip("。.，,、；;")
        return f"抄送：{cc}。" if cc else ""

    @property
    def colophon_date_display(self):
        return self.meta("colophon_date") or self.meta("date_written")

    def has_forms(self):
        return bool(counts(self.numbered_body).get("forms"))

    @property
    def is_current(self):
        return self.validity == "valid"

    def metadata_rows(self):
        """(label, value) rows of the disclosure table, in the order Chinese disclosure sites use."""
        rows = [
            ("索引号", self.meta("index_number")), ("主题分类", self.meta("subject")),
            ("发布机构", self.meta("publisher")), ("成文日期", self.meta("date_written")),
            ("文号", self.meta("doc_number")), ("发布日期", self.meta("date_published")),
            ("关键词", self.meta("keywords")), ("公开属性", self.get_disclosure_display()),
            ("有效性", self.validity_label), ("政策执行机关", self.meta("executing_agency")),
            ("政策咨询机关", self.meta("consulting_agency")), ("政策咨询电话", self.meta("consulting_phone")),
        ]
        return [(label, value) for label, value in rows if value not in ("", None)]

    def notice_paragraphs(self):
        return [line.strip() for line in self.notice_text.splitlines() if line.strip()]

    def notice_addressee(self):
        """The 主送机关: the notice's first line when it ends in a colon (full- or half-width), else ""."""
        lines = self.notice_paragraphs()
        return lines[0] if lines and lines[0].endswith(("：", ":")) else ""

    def notice_body(self):
        """The notice's paragraphs after the 主送机关."""
        lines = self.notice_paragraphs()
        return lines[1:] if self.notice_addressee() else lines

    def signatory_lines(self):
        """落款: one issuing organ per line (the field separates them with spaces)."""
        return self.signatory.split()

    # -- structure ----------------------------------------------------------------------------------
    @cached_property
    def numbered_body(self):
        return numbered(self.body)

    def toc(self):
        return table_of_contents(self.numbered_body)

    def body_text(self):
        return "\n".join(i.text for i in self.numbered_body)

    def article_count(self):
        return counts(self.numbered_body).get("articles", 0)

    def chapter_count(self):
        return counts(self.numbered_body).get("chapters", 0)

    def attachments(self):
        """This notice's attachments that the public may see, in 附件 order (prefetched by listings)."""
        if "_public_attachments" in self.__dict__:
            return self.__dict__["_public_attachments"]
        if not self.numchild:  # no child pages at all: nothing to ask (an empty queryset still compiles its SQL)
            return []
        return self._public_pages.child_of(self).order_by("attachment_number", "path")

    @cached_property
    def public_successor(self):
        """superseded_by when the public may see it, else None (never link a page they cannot open)."""
        if not self.superseded_by_id:
            return None
        return self._public_pages.filter(pk=self.superseded_by_id).first()

    def replaced_pages(self):
        if not self._public_facts["replaces"]:
            return []  # as attachments(): not even an empty query
        return self._public_pages.filter(superseded_by=self).order_by("-date_published")

    # -- visibility ---------------------------------------------------------------------------------
    @cached_property
    def _public_pages(self):
        """public_policies() built once per instance: building it reads the hidden paths and view
        restrictions, and one request (route, page, attachments, successor) asks several times."""
        return public_policies()

    def is_publicly_visible(self):
        """Live, 主动公开, not under a view restriction, and so is every notice above it."""
        return self._public_facts["visible"]

    def _ask_public_facts(self):
        return {
            "visible": self._public_pages.filter(pk=self.pk).exists(),
            "replaces": self._public_pages.filter(superseded_by=self.pk).exists(),
            "announces": self.policy_versions.filter(effective_date__gt=timezone.localdate()).exists(),
        }

    @cached_property
    def _public_facts(self):
        """What every public request asks of this page — may the public see it, does it replace a public
        page, is an amendment announced — answered from the database once per cache generation and
        day (pagecache/fragments.py): each change that could alter an answer (publish, unpublish, move,
        view restriction, version) bumps the generation. Read from the database, never from this
        instance's fields, so a draft or preview instance gets the live page's answers."""
        return fragments.cached("policy-facts", (self.pk, timezone.localdate().isoformat()), self._ask_public_facts)

    def route(self, request, path_components):
        result = super().route(request, path_components)
        if result.page.pk == self.pk and not self.is_publicly_visible():
            raise Http404("该文件不存在或未公开")
        return result

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.is_publicly_visible() else []

    def clean(self):
        super().clean()
        errors = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = f"网址名“{self.slug}”为系统保留，请换一个。"
        if self.superseded_by_id and self.superseded_by_id == self.pk:
            errors["superseded_by"] = "替代文件不能是本文件自己。"
        if self.validity == "valid" and self.superseded_by_id:
            errors["superseded_by"] = "有效的文件不应有替代文件；请把有效性改为“已修订”“失效”或“已废止”。"
        if self.date_written and self.date_published and self.date_published < self.date_written:
            errors["date_published"] = "发布日期不能早于成文日期。"
        if errors:
            raise ValidationError(errors)

    # -- the text in force -------------------------------------------------------------------------
    def version_in_force(self, day=None):
        """The PolicyVersion in force on `day` (today): the latest 施行日期 ≤ day, ties by number; or None."""
        day = day or timezone.localdate()
        return (self.policy_versions.defer("snapshot").filter(effective_date__lte=day)
                .order_by("-effective_date", "-number").first())

    def in_force(self, day=None):
        """(the page as the public reads it on `day`, the next amendment not yet in force or None).

        An amendment published with a future 施行日期 is announced beside the text in force, which
        stays until that day and then gives way by itself (the page cache is keyed by the date).
        Versions are read through their relation to the page (the versions app owns the model).
        """
        if day is None and not self._public_facts["announces"]:
            return self, None  # the common case, without a query
        day = day or timezone.localdate()
        upcoming = (self.policy_versions.defer("snapshot").filter(effective_date__gt=day)
                    .order_by("effective_date", "number").first())
        if upcoming is None:
            return self, None
        current = self.version_in_force(day)
        if current is None or current.revision_id is None:
            return self, upcoming  # nothing earlier to show: the text itself, announced as not yet in force
        return current.revision.as_object(), upcoming

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # per user, never inside the body: "本条对应：…" for signed-in staff (policies/staff_notes.py)
        context["staff_notes"] = staff_notes(request, self)
        return context

    # -- sub-routes: print view and PDF -------------------------------------------------------------
    @path("")
    def document(self, request):
        shown, upcoming = self.in_force()
        return shown.render(request, context_overrides={
            "upcoming_version": upcoming, "parts": document_parts(request, self, shown, upcoming)})

    @path("print/")
    def print_view(self, request):
        shown, upcoming = self.in_force()
        return shown.render(request, template="policies/policy_print.html",
                            context_overrides={"upcoming_version": upcoming})

    @path("pdf/")
    def pdf(self, request):
        return pdf_response(request, self.in_force()[0], self.version_in_force())
