"""Public querysets of policy pages, shared by the home page, library, feeds, sitemap, units and search.

"Public" means: live, 主动公开, not under a Wagtail view restriction, and — for an attachment — its
notice (and any PolicyPage above it) is public too. Everything the anonymous public sees goes through
`PolicyPage.objects.public()` (`public_policies()`); nothing else decides visibility.
"""

from django.apps import apps
from django.db.models import DateField, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Length, Substr, TruncDate
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet


def _model(name):
    # By name from the app registry: the models module imports this one (PolicyPage's manager).
    return apps.get_model("policies", name)


class PolicyPageQuerySet(PageQuerySet):
    def public(self):
        """What the anonymous public may see: live, 主动公开, no view restriction, and no notice
        above it that is hidden (an attachment goes with its notice)."""
        qs = super().public().live().filter(disclosure="proactive")
        hidden = self.model.objects.filter(Q(live=False) | ~Q(disclosure="proactive"))
        prefixes = list(hidden.values_list("path", flat=True))  # a hidden page hides everything below it
        if prefixes:
            blocked = Q()
            for prefix in prefixes:
                blocked |= Q(path__startswith=prefix)
            qs = qs.exclude(blocked)
        return qs

    def library(self, library=None):
        """Top-level documents of `library` (or of every library): notices and standalone policies.
        Attachments are reached through their notice, so each document is listed once."""
        if library is not None:
            return self.child_of(library)
        return self.filter(_child_of_any(_model("PolicyLibraryPage").objects.all()))


PolicyPageManager = PageManager.from_queryset(PolicyPageQuerySet)


def public_policies():
    return _model("PolicyPage").objects.public()


def _from_notice(field):
    """The parent notice's value of `field` (an attachment inherits empty metadata from it)."""
    parent_path = Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    return Subquery(_model("PolicyPage").objects.filter(path=parent_path).values(field)[:1])


def newest_first(qs):
    """By 发布日期, newest first, ties by 成文日期: the date each item shows (PolicyPage.display_date,
    inherited from the notice when empty), never NULLs first as PostgreSQL would put them."""
    written = Coalesce("date_written", _from_notice("date_written"), output_field=DateField())
    shown = Coalesce("date_published", _from_notice("date_published"), written,
                     TruncDate("first_published_at"), output_field=DateField())
    return qs.annotate(shown_date=shown, written_date=written).order_by(
        F("shown_date").desc(nulls_last=True), F("written_date").desc(nulls_last=True), "-pk")


def library_documents(library=None):
    """Public top-level documents of the library (or of every library), newest first."""
    return newest_first(public_policies().library(library))


def _child_of_any(pages):
    cond = Q(pk__in=[])
    for page in pages:
        cond |= Q(path__startswith=page.path, depth=page.depth + 1)
    return cond


def top_level(documents):
    """The documents as a list, each known to have no notice above it (PolicyPage.notice, no query):
    a direct child of a library is never an attachment."""
    documents = list(documents)
    for d in documents:
        d.__dict__["notice"] = None
    return documents


def latest_policies(count):
    """Newest publicly visible policies, for the home page's 最新政策 list (titles and dates, no body)."""
    return top_level(library_documents().defer("body")[:count])


def _parent_path(page):
    return page.path[: -page.steplen]


def prefetch_attachments(documents):
    """Give each listed document its public attachments in one query (PolicyPage.attachments() reads it).

    The body is deferred: a listing shows titles, never the text.
    """
    documents = list(documents)
    by_path = {d.path: d for d in documents}
    found = {path: [] for path in by_path}
    if documents:
        children = (public_policies().filter(_child_of_any(documents)).defer("body")
                    .order_by("attachment_number", "path"))
        for child in children:
            parent = by_path[_parent_path(child)]
            child.__dict__["notice"] = parent
            found[parent.path].append(child)
    for d in documents:
        d.__dict__["_public_attachments"] = found[d.path]
    return documents


def prefetch_successors(documents):
    """Set PolicyPage.public_successor on each document with one query for all of them."""
    documents = list(documents)
    ids = {d.superseded_by_id for d in documents if d.superseded_by_id}
    visible = {p.pk: p for p in public_policies().filter(pk__in=ids).defer("body")} if ids else {}
    for d in documents:
        d.__dict__["public_successor"] = visible.get(d.superseded_by_id)
    return documents


def prefetch_notices(pages):
    """Set PolicyPage.notice (the parent notice or None) on each page, one query per tree level.

    Attachments inherit metadata from their notice (PolicyPage.meta); without this a feed of 20 items
    would fetch every parent separately.
    """
    pending = [p for p in pages if "notice" not in p.__dict__]
    while pending:
        parents = {p.path: p for p in _model("PolicyPage").objects.filter(
            path__in={_parent_path(p) for p in pending}).defer("body")}
        for p in pending:
            p.__dict__["notice"] = parents.get(_parent_path(p))
        pending = [p for p in parents.values() if "notice" not in p.__dict__]
    return pages
