"""The one way a date is written in Chinese: 2024年5月1日, Django's zh_Hans DATE_FORMAT.

Templates use `{{ d|date }}` (the site's only language is zh-hans); Python code — views, PDFs, the
importer, messages — uses `chinese_date(d)`, which also holds where translations are deactivated
(management commands, background workers).
"""

from datetime import date

from django.utils import translation
from django.utils.formats import date_format


def chinese_date(day):
    """2024年5月1日 (no leading zeros), "" for None; accepts a date or an ISO "2024-05-01" string."""
    if not day:
        return ""
    if isinstance(day, str):
        day = date.fromisoformat(day)
    with translation.override("zh-hans"):
        return date_format(day, "DATE_FORMAT")
