"""Resident ID numbers (GB 11643) and mobile numbers: validation, facts, masking, test numbers."""

import re
from datetime import date

from django.core.exceptions import ValidationError
from stdnum.cn import ric
from stdnum.exceptions import ValidationError as StdnumError

from core.phones import clean_phone

# Province-level codes of GB/T 2260 (the first two digits of every resident ID number).
PROVINCES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82".split()
)


def clean_id_number(value):
    """Return the compact, upper-case ID number or raise a ValidationError in Chinese.

    Checks length, format, the ISO 7064 MOD 11-2 check character and the embedded birth date with
    stdnum.cn.ric, and that the number starts with a province code. The full six-digit region code is not
    checked against stdnum's place list: that list lacks whole provinces (e.g. 重庆 500xxx), and
    rejecting real residents would be worse than accepting an unknown county.
    """
    value = ric.compact(value or "").upper()
    if len(value) != 18:
        raise ValidationError("身份证号码应为18位。")
    if not re.fullmatch(r"\d{17}[\dX]", value):
        raise ValidationError("身份证号码格式不正确：前17位应为数字，最后一位为数字或X。")
    if value[:2] not in PROVINCES:
        raise ValidationError(f"身份证号码前两位“{value[:2]}”不是省级行政区划代码，请核对。")
    try:
        ric.get_birth_date(value)
    except StdnumError as exc:
        raise ValidationError("身份证号码中的出生日期无效。") from exc
    if value[-1] != ric.calc_check_digit(value):
        raise ValidationError("身份证号码校验位不正确，请核对。")
    return value


def id_birth_date(value):
    return ric.get_birth_date(value)


def id_sex(value):
    """'男' when the 17th digit is odd, '女' when even (GB 11643)."""
    return "男" if int(value[16]) % 2 else "女"


def check_digit(first17):
    return ric.calc_check_digit(first17 + "0")  # stdnum expects a placeholder check digit


def make_test_id(region, birth, seq):
    """A checksum-valid ID number for fictional demo/test people (seq: 3 digits, odd = 男)."""
    first17 = f"{region}{birth:%Y%m%d}{seq:03d}"
    return first17 + check_digit(first17)


def validate_phone(value):
    # the rule is core.phones'; this name stays because migrations refer to it
    clean_phone(value)


def _mask(value, head, tail):
    """Stars between the first `head` and last `tail` characters; all stars when it is too short."""
    if not value:
        return ""
    if len(value) <= head + tail:
        return "*" * len(value)
    return value[:head] + "*" * (len(value) - head - tail) + value[-tail:]


def mask_id(value):
    """5101**********123X: first 4 and last 4 characters kept."""
    return _mask(value, 4, 4)


def mask_phone(value):
    """138****5678: first 3 and last 4 kept."""
    return _mask(value, 3, 4)


def age_on(birth, day=None):
    day = day or date.today()
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
