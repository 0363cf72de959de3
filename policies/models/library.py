"""The policy library (政策文件): a filterable, paginated list of the public documents below it."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Q
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from home.site_urls import RequestRootUrlMixin
from pagecache.restrictions import StoredViewRestrictionsMixin
from policies.choices import VALIDITY_CHOICES
from policies.queries import library_documents, prefetch_attachments, prefetch_successors, top_level

PAGE_SIZE = 15


class PolicyLibraryPage(StoredViewRestrictionsMixin, RequestRootUrlMixin, Page):
    intro = models.TextField("简介", blank=True)
    page_size = models.PositiveSmallIntegerField("每页条数", default=PAGE_SIZE)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("page_size")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["policies.PolicyPage"]

    class Meta:
        verbose_name = "政策文件库"
        verbose_name_plural = "政策文件库"

    def filter_options(self, documents):
        """The values readers can filter by, taken from what is actually published."""
        publishers, subjects, years = set(), set(), set()
        rows = documents.order_by().values_list("publisher", "subject", "date_published", "date_written",
                                                "first_published_at")
        for publisher, subject, published, written, first in rows:  # one query for all three lists
            publishers.add(publisher)
            subjects.add(subject)
            day = published or written or first
            if day:
                years.add(day.year)
        publishers, subjects = sorted(publishers - {""}), sorted(subjects - {""})
        return {"publishers": publishers, "subjects": subjects, "years": sorted(years, reverse=True),
                "validities": VALIDITY_CHOICES}

    def filtered(self, params):
        """(all documents, filtered documents, chosen filters) as querysets; unknown or malformed
        values are ignored, never an error."""
        everything = library_documents(self)
        docs, chosen = everything, {}
        for name in ("publisher", "subject"):
            value = params.get(name, "").strip()
            if value:
                chosen[name] = value
                docs = docs.filter(**{name: value})
        validity = params.get("validity", "").strip()
        if validity in dict(VALIDITY_CHOICES):
            chosen["validity"] = validity
            docs = docs.filter(validity=validity)
        year = params.get("year", "").strip()
        if year.isdigit() and 1900 < int(year) < 2200:
            chosen["year"] = int(year)
            # the year of display_date: 发布日期, else 成文日期, else first publication
            docs = docs.filter(
                Q(date_published__year=year)
                | Q(date_published__isnull=True, date_written__year=year)
                | Q(date_published__isnull=True, date_written__isnull=True, first_published_at__year=year)
            )
        return everything, docs, chosen

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        everything, docs, chosen = self.filtered(request.GET)
        # A listing shows titles and metadata: never load every document's body.
        paginator = Paginator(docs.defer("body"), self.page_size or PAGE_SIZE)
        try:
            page_obj = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            page_obj = paginator.page(1)
        except EmptyPage:
            page_obj = paginator.page(paginator.num_pages)
        page_obj.object_list = top_level(page_obj.object_list)
        prefetch_attachments(page_obj.object_list)
        prefetch_successors(page_obj.object_list)
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            documents=page_obj.object_list,
            page_obj=page_obj,
            paginator=paginator,
            options=self.filter_options(everything),
            chosen=chosen,
            filter_query=query.urlencode(),
            total=paginator.count,
        )
        return context
