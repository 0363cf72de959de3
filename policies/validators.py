"""Shapes of disclosure metadata: 文号 and the consulting phone."""

import re

from django.core.exceptions import ValidationError

from core.cjk import HAN
from core.phones import clean_phone

# The parts of a 文号, one definition for the field's rule and the importer's reading of printed ones.
ORG = rf"[{HAN}A-Za-z]{{1,20}}"  # the issuer's code (回府发)
YEAR = r"(?:19|20)\d{2}"
OPEN, CLOSE = r"〔\[［【(（", r"〕\]］】)）"  # 〔〕 and the brackets people type or print instead
# 回府发〔2023〕104号: issuer's code, the year in 〔〕, the serial without leading zeros.
DOC_NUMBER = re.compile(rf"^(?P<org>{ORG})〔(?P<year>{YEAR})〕(?P<serial>[1-9]\d{{0,4}})号$")
# A 文号 as printed or typed, before normalize_doc_number: any of those brackets, spaces, leading zeros.
DOC_NUMBER_WRITTEN = rf"{ORG}[{OPEN}]\s*{YEAR}\s*[{CLOSE}]\s*\d{{1,5}}\s*号"
# Brackets people type instead of 〔〕 (and the spaces PDF extraction leaves behind).
_BRACKETS = re.compile(rf"[{OPEN}]\s*({YEAR})\s*[{CLOSE}]")


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
