"""What invalidates the cached pages: anything a public page shows.

Every page is invalidated at once (one generation bump): the site is small, and the home page, the
library, navigation and sitemap all list other pages, so per-page invalidation would miss them.
The bump runs at once (so this request's own follow-up reads are fresh) and again after the
transaction commits (so a page rendered by another worker mid-transaction is not kept).
"""

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from pagecache import generation

# Non-page models whose rows appear on public pages.
MODELS = ["policies.MemberUnit", "wagtailcore.Site", "wagtailcore.PageViewRestriction",
          "versions.PolicyVersion", "wagtailredirects.Redirect"]


def invalidate(**kwargs):
    generation.bump()
    transaction.on_commit(generation.bump)


def _settings_saved(sender, instance, created=False, **kwargs):
    # Wagtail creates the settings row with its defaults on first read, mid-render: nothing changed.
    if not created:
        invalidate()


def _page_saved(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate()


def connect():
    page_published.connect(invalidate, dispatch_uid="pagecache-published")
    page_unpublished.connect(invalidate, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(invalidate, dispatch_uid="pagecache-moved")
    # Any page model: a live page saved or created outside the publish flow, or deleted.
    post_save.connect(_page_saved, dispatch_uid="pagecache-page-saved")
    post_delete.connect(_page_saved, dispatch_uid="pagecache-page-deleted")
    from home.models import SiteSettings

    post_save.connect(_settings_saved, sender=SiteSettings, dispatch_uid="pagecache-settings-saved")
    post_delete.connect(invalidate, sender=SiteSettings, dispatch_uid="pagecache-settings-deleted")
    for label in MODELS:
        try:
            model = apps.get_model(label)
        except LookupError:  # an optional app not installed
            continue
        post_save.connect(invalidate, sender=model, dispatch_uid=f"pagecache-save-{label}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"pagecache-delete-{label}")
