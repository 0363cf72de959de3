"""What invalidates the cached pages: a change to what the public sees, never a draft.

Every page is invalidated at once (one generation bump): the site is small, and the home page, the
library, navigation and sitemap all list other pages, so per-page invalidation would miss them.
Page changes reach the public through publish, unpublish, move, delete and a direct write of a live
page's row; a draft save, an autosave or a revision submitted to moderation only touches Wagtail's
bookkeeping columns, changes nothing a reader sees, and keeps the cache warm.
The bump runs at once (so this request's own follow-up reads are fresh) and again after the
transaction commits (so a page rendered by another process mid-transaction is not kept).
"""

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from pagecache import generation

# Non-page models whose rows appear on public pages.
MODELS = ["policies.MemberUnit", "wagtailcore.Site", "wagtailcore.PageViewRestriction",
          "versions.PolicyVersion", "wagtailredirects.Redirect", "wagtaildocs.Document", "committee.Appointment"]


def invalidate(**kwargs):
    generation.bump()
    transaction.on_commit(generation.bump)


def _settings_saved(sender, instance, created=False, **kwargs):
    # Wagtail creates the settings row with its defaults on first read, mid-render: nothing changed.
    if not created:
        invalidate()


# Columns Wagtail writes on a live page's row for a draft save, an autosave, a workflow step or a lock:
# none of them changes the live text.
BOOKKEEPING = frozenset({"comments", "latest_revision_created_at", "draft_title", "latest_revision",
                         "has_unpublished_changes", "locked", "locked_at", "locked_by"})


def _page_saved(sender, instance, update_fields=None, **kwargs):
    # A live page's own row written directly (a script, a data fix) changes what readers see.
    if isinstance(instance, Page) and instance.live and not (update_fields and update_fields <= BOOKKEEPING):
        invalidate()


def _page_deleted(sender, instance, **kwargs):
    # A draft that never went live was never shown.
    if isinstance(instance, Page) and (instance.live or instance.first_published_at):
        invalidate()


def connect():
    page_published.connect(invalidate, dispatch_uid="pagecache-published")
    page_unpublished.connect(invalidate, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(invalidate, dispatch_uid="pagecache-moved")
    post_save.connect(_page_saved, dispatch_uid="pagecache-page-saved")
    post_delete.connect(_page_deleted, dispatch_uid="pagecache-page-deleted")
    site_settings = apps.get_model("home", "SiteSettings")
    post_save.connect(_settings_saved, sender=site_settings, dispatch_uid="pagecache-settings-saved")
    post_delete.connect(invalidate, sender=site_settings, dispatch_uid="pagecache-settings-deleted")
    for label in MODELS:
        try:
            model = apps.get_model(label)
        except LookupError:  # an optional app not installed
            continue
        post_save.connect(invalidate, sender=model, dispatch_uid=f"pagecache-save-{label}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"pagecache-delete-{label}")
