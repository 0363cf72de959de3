"""Facts defined once and used everywhere: the Chinese date, the telephone rule, validity labels, the
notice number."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from core.dates import chinese_date
from forms_app.idcard import validate_phone as record_phone
from pdf.forms.data import notice_number
from pdf.gbt9704 import chinese_date as pdf_date
from policies.models.policy import VALIDITY_CHOICES
from policies.validators import validate_phone as policy_phone
from search.query import VALIDITY_LABELS


def test_a_date_is_written_the_same_everywhere_even_without_a_language():
    assert chinese_date(date(2024, 5, 1)) == "2024年5月1日" == pdf_date(date(2024, 5, 1))
    assert chinese_date("2023-08-29") == "2023年8月29日" and chinese_date(None) == ""
    with translation.override(None):  # management commands and workers may run with translations off
        assert chinese_date(date(2024, 12, 31)) == "2024年12月31日"


@pytest.mark.parametrize("number", ["13812345678", "023-12345678", "0555-2426309", "（023）12345678",
                                    "023-12345678转8001", "023 1234 5678"])
def test_policy_pages_and_records_accept_the_same_numbers(number):
    policy_phone(number)
    record_phone(number)


@pytest.mark.parametrize("number", ["请拨打", "12345", "12812345678", "023-123"])
def test_policy_pages_and_records_refuse_the_same_numbers_in_chinese(number):
    for check in (policy_phone, record_phone):
        with pytest.raises(ValidationError, match="电话号码格式不正确"):
            check(number)


def test_validity_labels_and_the_notice_number_have_one_source():
    assert VALIDITY_LABELS == dict(VALIDITY_CHOICES) and VALIDITY_LABELS["repealed"] == "已废止"
    assert notice_number(2024, 12) == "（2024）协通字第12号"
