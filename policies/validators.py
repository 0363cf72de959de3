"""Shapes of disclosure metadata: 文号 and the consulting phone."""

import re

from django.core.exceptions import ValidationError

from core.phones import clean_phone

# 回府发〔2023〕104号: issuer's code, the year in 〔〕, the serial without leading zeros.
DOC_NUMBER = re.compile(r"^(?P<org>[\u4e00-\u9fffA-Za-z]{1,20})〔(?P<year>(19|20)\d{2})〕(?P<serial>[1-9]\d{0,4})号$")
# Brackets people type instead of 〔〕 (and the spaces PDF extraction leaves behind).
_BRACKETS = re.compile(r"[\[［【(（〔]\s*((?:19|20)\d{2})\s*[\]］】)）〕]")


def normalize_doc_number(value):
    """Tidy a typed or extracted 文号: drop spaces, use 〔〕; leaves anything else for the validator."""
    value = re.sub(r"\s+", "", value or "")
    return _BRACKETS.sub(r"〔\1〕", value)


def validate_doc_number(value):
    if not value:
        return
    if not DOC_NUMBER.match(value):
        raise ValidationError(
            "文号格式不正确：应为“机关代字〔年份〕序号号”，年份用六角括号〔〕，序号不编虚位（不加前导0），"
            "例如：回府发〔2023〕104号。",
            code="doc_number",
        )


def validate_phone(value):
    # the rule is core.phones'; this name stays because migrations refer to it
    clean_phone(value)
