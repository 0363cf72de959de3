"""节假日与调休 in the admin: the office head enters the year's schedule; staff may read it."""

from wagtail.admin.viewsets.model import ModelViewSet

from ..models import CalendarPeriod


class CalendarPeriodViewSet(ModelViewSet):
    model = CalendarPeriod
    icon = "date"
    menu_label = "节假日与调休"
    add_to_admin_menu = False
    form_fields = ["name", "kind", "start", "end"]
    list_display = ["name", "kind", "start", "end"]
    list_filter = ["kind"]
    search_fields = ["name"]
    ordering = ["-start"]
    copy_view_enabled = False
