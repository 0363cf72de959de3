"""Record a public version when a policy page is published as a 修订 (or for the first time)."""

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from policies.models import PolicyPage
from versions.recording import record_publication


@receiver(page_published)
def on_page_published(sender, instance, revision, **kwargs):
    if isinstance(instance, PolicyPage):
        with transaction.atomic():
            record_publication(instance, revision)
