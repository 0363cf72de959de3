"""Admin wiring: the URLs under /admin/records/sheets/, a menu item, and 导入/导出 buttons on the listings
of 村(居)委会, 社区矫正对象 and 协助人员 (forms_app's viewsets, extended from here: forms_app does not
know this app)."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button

from forms_app.views.people import AssistantViewSet, VillageCommitteeViewSet
from forms_app.views.records import SuperviseeViewSet
from . import service, urls, views


@hooks.register("register_admin_urls")
def sheet_urls():
    return [path("records/sheets/", include((urls, "forms_app_sheets"), namespace="forms_app_sheets"))]


class SheetsMenuItem(MenuItem):
    def is_shown(self, request):
        return any(service.may_import(request.user, k) or views.may_export(request.user, k) for k in service.KINDS)


@hooks.register("register_admin_menu_item")
def sheets_menu_item():
    return SheetsMenuItem("表格导入导出", reverse("forms_app_sheets:index"), icon_name="table", order=310)


def _listing_buttons(kind):
    class SheetButtons:
        @property
        def header_more_buttons(self):
            buttons = list(super().header_more_buttons)
            user = self.request.user
            if service.may_import(user, kind):
                buttons.append(Button("导入", url=reverse("forms_app_sheets:upload", args=[kind]),
                                      icon_name="upload", priority=60))
            if views.may_export(user, kind):
                for fmt, label in (("xlsx", "导出Excel"), ("csv", "导出CSV")):
                    buttons.append(Button(label, url=reverse("forms_app_sheets:export", args=[kind, fmt]),
                                          icon_name="download", priority=61))
            return buttons

    return SheetButtons


# The listings belong to forms_app.views; the buttons are added here so that the feature stays in one place.
for _viewset, _kind in ((VillageCommitteeViewSet, "committees"), (SuperviseeViewSet, "supervisees"),
                        (AssistantViewSet, "assistants")):
    _base = _viewset.index_view_class
    _viewset.index_view_class = type(f"Sheet{_base.__name__}", (_listing_buttons(_kind), _base), {})
