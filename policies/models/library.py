"""The policy library (政策文件): a filterable, paginated list of the public documents below it."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from policies.models.policy import VALIDITY_CHOICES

PAGE_SIZE = 15


class PolicyLibraryPage(Page):
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
        publishers = sorted({d.publisher for d in documents if d.publisher})
        subjects = sorted({d.subject for d in documents if d.subject})
        years = sorted({d.display_date.year for d in documents if d.display_date}, reverse=True)
        return {"publishers": publishers, "subjects": subjects, "years": years, "validities": VALIDITY_CHOICES}

    def filtered(self, params):
        """(documents, chosen filters); unknown or malformed values are ignored, never an error."""
        from policies.queries import library_documents

        everything = list(library_documents(self))
        for doc in everything:
            doc.__dict__["notice"] = None  # direct children of the library are never attachments
        chosen = {}
        docs = everything
        publisher = params.get("publisher", "").strip()
        if publisher:
            chosen["publisher"] = publisher
            docs = [d for d in docs if d.publisher == publisher]
        subject = params.get("subject", "").strip()
        if subject:
            chosen["subject"] = subject
            docs = [d for d in docs if d.subject == subject]
        validity = params.get("validity", "").strip()
        if validity in dict(VALIDITY_CHOICES):
            chosen["validity"] = validity
            docs = [d for d in docs if d.validity == validity]
        year = params.get("year", "").strip()
        if year.isdigit():
            chosen["year"] = int(year)
            docs = [d for d in docs if d.display_date and d.display_date.year == int(year)]
        return everything, docs, chosen

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        everything, docs, chosen = self.filtered(request.GET)
        paginator = Paginator(docs, self.page_size or PAGE_SIZE)
        try:
            page_obj = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            page_obj = paginator.page(1)
        except EmptyPage:
            page_obj = paginator.page(paginator.num_pages)
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            documents=page_obj.object_list,
            page_obj=page_obj,
            paginator=paginator,
            options=self.filter_options(everything),
            chosen=chosen,
            filter_query=query.urlencode(),
            total=len(docs),
        )
        return context
