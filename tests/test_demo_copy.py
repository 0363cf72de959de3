"""The demo copy (tests/demo_copy.py): after a transactional test's flush, what is copied back is what was
loaded, content types included, and it is never laid over a database inside a transaction."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Page, Site

from home.demo import ensure_site
from tests.demo_copy import DemoCopy


def _load():
    """A small load of the demo's kind: the site tree and one user."""
    ensure_site()
    get_user_model().objects.create_user("copy-owner", password="pw-copy-owner")


def _state():
    return {"users": sorted(get_user_model().objects.values_list("username", flat=True)),
            "pages": sorted(Page.objects.values_list("path", "title")),
            "sites": sorted(Site.objects.values_list("hostname", "root_page__path")),
            "content types": sorted(ContentType.objects.values_list("app_label", "model"))}


@pytest.mark.django_db(transaction=True)
def test_after_a_flush_the_copy_brings_back_what_was_loaded():
    copy = DemoCopy(_load)
    try:
        copy.load_or_copy_back()
        loaded = _state()
        get_user_model().objects.filter(username="copy-owner").delete()  # what a test might write
        get_user_model().objects.create_user("someone-else")
        # as a transactional test ends (django.test.TransactionTestCase._fixture_teardown): ids go on counting
        call_command("flush", verbosity=0, interactive=False, reset_sequences=False, inhibit_post_migrate=False)
        ContentType.objects.get_for_model(get_user_model())  # cached, as by a fixture set up before `demo`
        copy.load_or_copy_back()
        assert _state() == loaded
        # on SQLite the flush's post_migrate made content types with new ids, the copy has the old ones: the
        # cache must follow the copy
        user_type = ContentType.objects.get_for_model(get_user_model())
        assert ContentType.objects.filter(pk=user_type.pk, model="user").exists()
    finally:
        copy.close()


@pytest.mark.django_db
def test_the_copy_is_never_laid_over_a_transaction():
    with transaction.atomic(), pytest.raises(RuntimeError, match="transactional tests only"):
        DemoCopy(_load).load_or_copy_back()
