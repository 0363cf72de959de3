"""The one rule for a telephone number, for policy pages (政策咨询电话) and records (联系电话) alike:
a mobile 1[3-9] + 9 digits, or a landline with its area code — 023-12345678, 0555-2426309,
（023）12345678 — and an optional extension (-8001 or 转8001). Spaces are ignored."""

import re

from django.core.exceptions import ValidationError

MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
LANDLINE_RE = re.compile(r"^(?:0\d{2,3}-?|[（(]0\d{2,3}[）)])\d{7,8}(?:(?:-|转)\d{1,6})?$")
MESSAGE = "电话号码格式不正确：手机号应为以1[3-9]开头的11位数字，固定电话如023-12345678（可加分机号，如转8001）。"


def clean_phone(value):
    """The number without spaces, or a ValidationError in Chinese."""
    value = (value or "").strip().replace(" ", "").replace("\u3000", "")
    if value and not (MOBILE_RE.match(value) or LANDLINE_RE.match(value)):
        raise ValidationError(MESSAGE, code="phone")
    return value


def validate_phone(value):
    clean_phone(value)
