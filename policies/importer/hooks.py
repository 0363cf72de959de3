"""Admin menu item and URL of 导入文档 (imported at the end of policies/wagtail_hooks.py)."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import ImportView, can_import


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_import(request.user)


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("policies/import/", ImportView.as_view(), name="policy_import")]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem("导入文档", reverse("policy_import"), name="policy_import", icon_name="upload", order=205)
