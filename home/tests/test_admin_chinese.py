"""The Wagtail admin appears in Chinese, including the strings Wagtail's own zh_Hans catalogue lacks.

Those strings live in the project's locale/zh_Hans catalogues (scripts/missing_translations.py lists
what Wagtail leaves untranslated); these tests read the admin as the demo editor and staff would.
"""

import gettext
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

ROOT = Path(settings.BASE_DIR)
LOCALE = ROOT / "locale" / "zh_Hans" / "LC_MESSAGES"
sys.path.insert(0, str(ROOT / "scripts"))
import missing_translations  # noqa: E402

# English that Wagtail 8.0.1 shows on these screens with only its own zh_Hans catalogue.
LEFTOVER_ENGLISH = [
    "Search all pages",
    "editor guide",
    "Your pages and snippets in a workflow",
    "Privacy and access",
    "Theme preferences",
    "admin theme",
    "More contrast",
    "density",
    "Go to the first error",
    "Actions (footer)",
    "Show keyboard shortcuts",
    "Paste without formatting",
    "Strike-through",
    "Page type",
    "Has child pages",
    "Date updated",
]
# Words that would betray an untranslated count or heading, matched as whole words in visible text.
LEFTOVER_WORDS = re.compile(r"\b(Pages?|Documents?|Images?|Snippets?|Dashboard|Search|Workflow)\b")


class _TextParser(HTMLParser):
    """Collects what a user reads or a screen reader says: text and title/placeholder/aria-label/alt."""

    SPOKEN = {"title", "placeholder", "aria-label", "alt"}

    def __init__(self):
        super().__init__()
        self.parts, self.hidden = [], 0

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in ("script", "style")
        self.parts += [value for name, value in attrs if name in self.SPOKEN and value]

    def handle_endtag(self, tag):
        self.hidden -= tag in ("script", "style")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible_text(content: bytes) -> str:
    parser = _TextParser()
    parser.feed(content.decode())
    return " | ".join(parser.parts)


def admin_text(client, username, url):
    client.force_login(get_user_model().objects.get(username=username))
    response = client.get(url, follow=True)  # the explorer redirects a user to their own subtree
    assert response.status_code == 200, url
    return visible_text(response.content)


def snippet_list_url(app_label, model_name):
    from django.apps import apps

    return reverse(apps.get_model(app_label, model_name).snippet_viewset.get_url_name("list"))


SCREENS = {
    "editor": [
        ("dashboard", lambda: reverse("wagtailadmin_home")),
        ("explorer", lambda: reverse("wagtailadmin_explore_root")),
        ("snippets", lambda: snippet_list_url("policies", "MemberUnit")),
        ("account", lambda: reverse("wagtailadmin_account")),
    ],
    "staff": [
        ("dashboard", lambda: reverse("wagtailadmin_home")),
        ("explorer", lambda: reverse("wagtailadmin_explore_root")),
        ("snippets", lambda: snippet_list_url("forms_app", "Supervisee")),
        ("account", lambda: reverse("wagtailadmin_account")),
    ],
}


# Chinese that only the project catalogue supplies, per screen (Wagtail 8.0.1 shows English there).
EXPECTED = {
    "dashboard": ["搜索全部页面…", "使用帮助"],  # our guide replaces Wagtail's English 编辑指南 link
    "explorer": ["页面类型", "有子页面"],
    "snippets": ["显示键盘快捷键", "粘贴为纯文本"],  # the keyboard shortcuts dialog
    "account": ["主题偏好", "管理界面主题", "信息密度"],
}


@pytest.mark.parametrize("username", sorted(SCREENS))
def test_admin_screens_are_chinese(demo, client, username):
    for screen, url in SCREENS[username]:
        url = url()
        text = admin_text(client, username, url)
        leftovers = [phrase for phrase in LEFTOVER_ENGLISH if phrase in text]
        leftovers += LEFTOVER_WORDS.findall(text)
        assert not leftovers, f"{username} {url}: English left: {leftovers}"
        for chinese in EXPECTED[screen]:
            assert chinese in text, f"{username} {url}: {chinese} missing"
        if screen == "dashboard":
            assert re.search(r"\d+ 个页面", text), "the summary panel counts pages in Chinese"


def test_javascript_catalogue_includes_project_strings(client, db):  # db: the request finds its Wagtail Site
    # Wagtail's admin_base.html loads this view (Django's JavaScriptCatalog for wagtail.admin),
    # which merges LOCALE_PATHS' djangojs catalogue over the app's.
    response = client.get(reverse("wagtailadmin_javascript_catalog"))
    assert response.status_code == 200
    body = response.content.decode()
    for chinese in ("正在自动保存…", "插入区块", "发生服务器错误。"):
        assert json.dumps(chinese) in body or chinese in body, chinese
    assert '"Autosave in progress\\u2026": "' in body or '"Autosave in progress…": "' in body


def test_python_lookups_use_project_catalogue():
    with translation.override("zh-hans"):
        assert translation.gettext("Search all pages…") == "搜索全部页面…"
        assert translation.gettext("Theme preferences") == "主题偏好"
        assert translation.ngettext("%(num_pages)d page", "%(num_pages)d pages", 3) % {"num_pages": 3} == "3 个页面"


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_compiled_catalogue_matches_po(domain):
    """The committed .mo says exactly what the .po says (recompile with msgfmt after editing the .po)."""
    entries = missing_translations.parse_po(LOCALE / f"{domain}.po")
    with open(LOCALE / f"{domain}.mo", "rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    assert entries
    assert len(compiled._catalog) - 1 == sum(1 for _ in entries)  # minus the header entry
    for entry in entries:
        assert entry.translated, entry.msgid
        if entry.msgid_plural is None:
            got = compiled.pgettext(entry.msgctxt, entry.msgid) if entry.msgctxt else compiled.gettext(entry.msgid)
        else:
            got = compiled.ngettext(entry.msgid, entry.msgid_plural, 2)
        assert got == entry.msgstr[0], entry.msgid


def test_no_wagtail_string_is_left_untranslated(capsys):
    # Fails after a Wagtail upgrade adds strings: run scripts/missing_translations.py --po django.
    assert missing_translations.main(["--summary"]) == 0, capsys.readouterr().out
