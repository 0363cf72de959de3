"""Keep the index current without a manual command: publish, unpublish, delete, view restrictions."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from . import indexer
from .models import SearchEntry


def _is_policy(page):
    return isinstance(page, indexer.policy_model())


def on_published(sender, instance, **kwargs):
    if _is_policy(instance):
        indexer.reindex(instance)


def on_unpublished(sender, instance, **kwargs):
    # Reindex rather than delete: an unpublished notice hides its attachments too (public_policies).
    if _is_policy(instance):
        indexer.reindex(instance)


def on_version_saved(sender, instance, **kwargs):
    """A version recorded (after page_published: versions connects later) or its 施行日期 corrected:
    which text is in force today may have changed. Lazy sender: search does not import versions."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None and _is_policy(page.specific):
        indexer.reindex(page)


def on_page_deleted(sender, instance, **kwargs):
    # Rows normally go by ON DELETE CASCADE already; this also covers the policy subclass rows.
    if isinstance(instance, Page):
        SearchEntry.objects.filter(page_id=instance.pk).delete()


def on_restriction_changed(sender, instance, **kwargs):
    """A view restriction hides (or, when removed, shows again) the page and its subtree."""
    page_id = instance.page_id

    def refresh():
        page = Page.objects.filter(pk=page_id).first()
        if page is not None:
            indexer.reindex(page)

    transaction.on_commit(refresh)


def connect():
    page_published.connect(on_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="search_page_unpublished")
    post_save.connect(on_version_saved, sender="versions.PolicyVersion", dispatch_uid="search_version_saved")
    post_delete.connect(on_page_deleted, dispatch_uid="search_page_deleted")
    post_save.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_saved")
    post_delete.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_gone")
