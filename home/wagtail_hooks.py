"""The workbench's admin chrome: 帮助 → our own 使用帮助 page, the 政策编辑's start page, Wagtail's
English-only panels taken off the dashboard, and the Chinese file inputs' script and style (core/widgets.py)."""

from django.templatetags.static import static
from django.urls import path, reverse_lazy
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home import help as help_views
from home.startpage import EditorPanel, is_policy_editor

# Wagtail's help items link to its English guide and release notes; 快捷键 (keyboard shortcuts) stays.
WAGTAIL_HELP_ITEMS = {"editor-guide"}
WAGTAIL_PANELS = {"whats_new_in_wagtail_version", "upgrade_notification"}


@hooks.register("register_admin_urls")
def help_urls():
    return [path("help/", help_views.help_page, name="cc_admin_help")]


@hooks.register("register_help_menu_item")
def help_menu_item():
    return MenuItem("使用帮助", reverse_lazy("cc_admin_help"), name="cc-help", icon_name="help", order=10)


@hooks.register("construct_help_menu")
def drop_english_help(request, menu_items):
    menu_items[:] = [item for item in menu_items
                     if item.name not in WAGTAIL_HELP_ITEMS and not item.name.startswith("whats-new-in-wagtail")]


@hooks.register("construct_homepage_panels")
def editor_panel(request, panels):
    panels[:] = [p for p in panels if getattr(p, "name", "") not in WAGTAIL_PANELS]
    if is_policy_editor(request.user):
        panels.append(EditorPanel(request.user))


@hooks.register("insert_global_admin_css")
def file_input_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/file-input.css"))


@hooks.register("insert_global_admin_js")
def file_input_js():
    return format_html('<script src="{}"></script>', static("js/file-input.js"))
