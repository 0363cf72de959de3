"""The admin in the office's words: 帮助 opens our 使用帮助, 查看 (not 检查), no 片段 menu for records users,
and the 政策编辑's start page lists drafts and pages in moderation."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.test import RequestFactory
from django.urls import reverse
from wagtail.admin.menu import admin_menu, help_menu

from forms_app.tests import factories as f
from home import roles
from home.help import GUIDES
from home.tests.helpers import user_in
from policies.models import PolicyPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("library_module")]  # the library made once per module


def test_help_page_puts_the_readers_role_first(client):
    w = f.world()
    client.force_login(w["vb"])
    body = client.get(reverse("cc_admin_help")).content.decode()
    headings = re.findall(r'<h2 id="role-\d-heading">([^<]+)</h2>', body)
    assert headings[0] == "村(居)委会工作人员（您的角色）"
    assert sorted(h.removesuffix("（您的角色）") for h in headings) == sorted(roles.ALL_ROLES)
    assert "填写登记表" in body and "个人信息保护" in body
    for name in GUIDES.values():  # each role's start page, pictured (scripts/help_screenshots.py)
        assert static(f"help/{name}.png") in body
        assert finders.find(f"help/{name}.png")


def menu_of(user, menu):
    request = RequestFactory().get("/admin/")
    request.user = user
    return {item.name: item for item in menu.menu_items_for_request(request)}


def test_help_menu_links_to_our_page_not_wagtails_guide():
    w = f.world()
    items = menu_of(w["staff"], help_menu)
    assert str(items["cc-help"].url) == reverse("cc_admin_help") and items["cc-help"].label == "使用帮助"
    assert not any("wagtail.org" in str(item.url) for item in items.values())


@pytest.mark.parametrize("who", ["va", "vb", "staff", "head"])
def test_records_users_have_no_snippets_menu(who):
    w = f.world()
    items = menu_of(w[who], admin_menu)
    assert "snippets" not in items
    assert "社区矫正工作" in [str(item.label) for item in items.values()]


def test_inspect_is_called_view(client):
    w = f.world()
    notice = f.notice(f.supervisee(w["a"], name="示例查看"))
    client.force_login(w["staff"])
    listing = client.get(reverse("wagtailsnippets_forms_app_assistancenotice:list")).content.decode()
    inspect = client.get(reverse("wagtailsnippets_forms_app_assistancenotice:inspect", args=[notice.pk]))
    assert "查看" in listing and "检查" not in listing
    assert "片段" not in listing  # no 片段 breadcrumb either: the records live under 社区矫正工作
    assert "检查" not in inspect.content.decode()


def test_editor_start_page_lists_drafts_and_pages_in_moderation(client, library):
    editor = user_in(roles.POLICY_EDITOR, "ed")
    draft = library.add_child(instance=PolicyPage(title="示例草稿规则", slug="draft-rules", live=False))
    draft.save_revision(user=editor)
    moderated = library.add_child(instance=PolicyPage(title="示例审核中规则", slug="moderated-rules", live=False))
    moderated.save_revision(user=editor)
    library.get_workflow().start(moderated, editor)
    client.force_login(editor)
    body = client.get(reverse("wagtailadmin_home")).content.decode()
    drafts = re.search(r'data-section="drafts".*?</section>', body, re.S).group(0)
    moderation = re.search(r'data-section="moderation".*?</section>', body, re.S).group(0)
    assert "示例草稿规则" in drafts and "示例审核中规则" not in drafts
    assert "示例审核中规则" in moderation and reverse("wagtailadmin_pages:edit", args=[moderated.pk]) in moderation
    # a village user has no page permissions and no editor panel
    w = f.world()
    client.force_login(w["va"])
    assert 'data-section="moderation"' not in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize("who, searches", [("va", False), ("vb", False), ("staff", True)])
def test_the_start_page_offers_page_search_only_to_who_may_explore_pages(client, library, who, searches):
    """A village user's search would end on 没有权限: the box is not there for them (staff may edit the library)."""
    w = f.world()
    client.force_login(w[who])
    html = client.get("/admin/").content.decode()
    assert ('role="search"' in html.split('class="w-dashboard')[1]) is searches
