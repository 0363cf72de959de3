"""How record values read on the inspect views: never `None`, dates in Chinese style, 是/否, masked personal data."""

from datetime import date, datetime

from django.contrib.auth.models import AbstractBaseUser
from django.template.defaultfilters import linebreaksbr
from django.utils import timezone
from wagtail.admin.ui.components import Component

from core.dates import chinese_date

EMPTY = "（未填写）"


def shown(value):
    """The text an inspect view shows for a plain value (components pass through untouched)."""
    if isinstance(value, Component):
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        return EMPTY
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return chinese_date(value)
    if isinstance(value, AbstractBaseUser):
        return value.get_full_name() or value.get_username()
    if isinstance(value, str) and "\n" in value:
        return linebreaksbr(value, autoescape=True)
    return value


class Table(Component):
    """Rows of a child table (家庭主要成员) on an inspect view."""

    template_name = "forms_app/inspect/table.html"

    def __init__(self, headings, rows):
        self.headings, self.rows = headings, rows

    def get_context_data(self, parent_context):
        return {"headings": self.headings, "rows": self.rows, "empty": EMPTY}


class NumberedList(Component):
    """Numbered lines (协助事项) on an inspect view."""

    template_name = "forms_app/inspect/numbered_list.html"

    def __init__(self, lines):
        self.lines = lines

    def get_context_data(self, parent_context):
        return {"lines": self.lines, "empty": EMPTY}
