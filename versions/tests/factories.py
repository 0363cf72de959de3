"""Small helpers that build and publish policy pages for the version tests."""

import datetime
import json

from home.demo import ensure_site
from home.models import HomePage
from policies.models import PolicyLibraryPage, PolicyPage


def library():
    ensure_site()
    lib = PolicyLibraryPage.objects.first()
    if lib is None:
        lib = HomePage.objects.first().add_child(instance=PolicyLibraryPage(title="政策文件", slug="zhengce"))
    return lib


def make_policy(body, title="密云镇社区矫正委员会工作规则", slug="rules", **fields):
    """A draft (never published) policy page."""
    page = PolicyPage(title=title, slug=slug, body=json.dumps(body, ensure_ascii=False), live=False, **fields)
    library().add_child(instance=page)
    return PolicyPage.objects.get(pk=page.pk)


def publish(page, body=None, new_version=False, note="", effective=None, title=None):
    """Edit the page as an editor would (from its latest revision) and publish it."""
    page = page.get_latest_revision_as_object() if page.get_latest_revision() else page
    if body is not None:
        page.body = json.dumps(body, ensure_ascii=False)
    if title:
        page.title = title
    page.version_is_new = new_version
    page.version_note = note
    page.version_effective_date = effective
    page.save_revision().publish()
    return PolicyPage.objects.get(pk=page.pk)


def day(text):
    return datetime.date.fromisoformat(text)
