"""import_export widgets with Chinese messages: text, dates, choices, yes/no and scoped look-ups.

Widgets raise ValueError; import_export turns that into a ValidationError on the field, which the
preview shows next to the column heading.
"""

from datetime import date, datetime

from import_export import widgets

from . import cells


def _text(value):
    if value is None:
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return cells.unescape(str(value).strip())


class TextWidget(widgets.Widget):
    """Plain text; formulas refused, masked values refused when `unmaskable` (ID numbers, phones)."""

    def __init__(self, personal=False, normalize=None):
        super().__init__(coerce_to_string=True)
        self.personal = personal
        self.normalize = normalize  # e.g. ID numbers: no spaces, upper-case x

    def clean(self, value, row=None, **kwargs):
        text = _text(value)
        if self.personal and cells.looks_masked(text):
            raise ValueError("这是导出时脱敏（打星号）的号码，不能导入；请填写完整号码。")
        return self.normalize(text) if self.normalize else text

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class DateWidget(widgets.Widget):
    FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日", "%Y%m%d")

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        text = _text(value)
        if not text:
            return None
        for fmt in self.FORMATS:
            try:
                return datetime.strptime(text, fmt).date()
            except ValueError:
                continue
        raise ValueError(f"日期“{text}”无法识别，请写成 2024-03-01 的形式。")

    def render(self, value, obj=None, **kwargs):
        return value.isoformat() if value else ""


class ChoiceWidget(widgets.Widget):
    """A value from a model field's choices; both the stored value and its label are accepted."""

    def __init__(self, choices):
        super().__init__()
        self.by_text = {}
        for stored, label in choices:
            self.by_text[str(stored)] = stored
            self.by_text[str(label)] = stored
        self.allowed = "、".join(str(s) for s, _ in choices)

    def clean(self, value, row=None, **kwargs):
        text = _text(value)
        if not text:
            return ""
        if text not in self.by_text:
            raise ValueError(f"“{text}”不是可选值，应为：{self.allowed}。")
        return self.by_text[text]

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class YesNoWidget(widgets.Widget):
    YES = {"是", "√", "✓", "y", "yes", "true", "1"}
    NO = {"否", "×", "n", "no", "false", "0", ""}

    def clean(self, value, row=None, **kwargs):
        text = _text(value).lower()
        if text in self.YES:
            return True
        if text in self.NO:
            return False
        raise ValueError(f"“{text}”应填“是”或“否”。")

    def render(self, value, obj=None, **kwargs):
        return "是" if value else "否"


class LookupWidget(widgets.Widget):
    """A related object named in the cell, found in a dict the resource prepared (its scope)."""

    def __init__(self, lookup, missing, blank=None):
        super().__init__()
        self.lookup = lookup  # callable(text, row) -> object or None
        self.missing = missing  # message with {value}
        self.blank = blank  # callable giving the default for an empty cell, or None (required)

    def clean(self, value, row=None, **kwargs):
        text = _text(value)
        if not text:
            if self.blank is not None:
                return self.blank()
            return None
        found = self.lookup(text, row)
        if found is None:
            raise ValueError(self.missing.format(value=text))
        return found

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)
