"""Facts defined once and used everywhere: the Chinese date, the telephone rule, validity labels, the
notice number, the 文号 rule, the Chinese character range and when a thing due by a date is late."""

from datetime import date, timedelta
from functools import partial

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from committee.rules import papers, reporting, supervision
from core import deadlines
from core.cjk import CJK, HAN
from core.dates import chinese_date
from forms_app.idcard import validate_phone as record_phone
from pdf.forms.data import notice_number
from pdf.gbt9704 import chinese_date as pdf_date
from policies.choices import DISCLOSURE_CHOICES
from policies.importer.markers import DOC_NUMBER
from policies.importer.metadata import DISCLOSURE, VALIDITY
from policies.models.policy import VALIDITY_CHOICES
from policies.validators import normalize_doc_number, validate_doc_number
from policies.validators import validate_phone as policy_phone
from search.query import VALIDITY_LABELS
from search.text import clean


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


def test_validity_and_disclosure_labels_are_read_by_the_importer_from_the_same_table():
    assert all(VALIDITY[label] == value for value, label in VALIDITY_CHOICES)
    assert all(DISCLOSURE[label] == value for value, label in DISCLOSURE_CHOICES)
    assert set(VALIDITY.values()) == {v for v, _ in VALIDITY_CHOICES}


@pytest.mark.parametrize("printed, stored", [("回府发〔2023〕104号", "回府发〔2023〕104号"),
                                             ("粤司【2013】104号", "粤司〔2013〕104号"),
                                             ("渝司发［2023］ 5 号", "渝司发〔2023〕5号")])
def test_a_printed_doc_number_the_importer_reads_is_one_the_field_accepts(printed, stored):
    assert DOC_NUMBER.match(printed)
    assert normalize_doc_number(printed) == stored
    validate_doc_number(stored)


def test_search_and_the_importer_share_the_chinese_character_range():
    assert HAN in CJK
    assert clean("回 府 发　文件 ⺈") == "回府发文件⺈"  # a radical (U+2E88) is Chinese text too


WORDS = deadlines.Wording(open="办理中 {n}", open_late="逾期未办 {n}", done="按期 {n}", done_late="逾期办 {n}")


@pytest.mark.parametrize("done, today, late, text", [
    (None, date(2026, 9, 30), False, "办理中 1"),  # the due date itself is still on time
    (None, date(2026, 10, 1), True, "逾期未办 1"),
    (date(2026, 9, 30), date(2026, 12, 1), False, "按期 1"),  # done in time stays in time
    (date(2026, 10, 1), date(2026, 10, 1), True, "逾期办 1"),
])
def test_late_is_done_after_the_due_date_or_still_open_after_it(done, today, late, text):
    due = date(2026, 9, 30)
    assert deadlines.is_late(due, done, today) is late
    assert deadlines.status(due, done, today, WORDS, n=1) == text


@pytest.mark.parametrize("after_due, late", [(0, False), (1, True)])
def test_the_committee_rules_count_late_by_the_one_rule(after_due, late):
    """Reported, 办结 or 审定 on a day past the due date, or still open on it: late, whatever the use."""
    changed, deadline = date(2026, 3, 1), date(2026, 9, 30)
    uses = [(reporting.is_late, changed, date(2026, 3, 8)),  # 7 days after the change
            (supervision.is_late, deadline, deadline),
            (partial(papers.is_late, papers.PLAN), 2026, date(2026, 2, 28))]
    for is_late, start, due in uses:
        day = due + timedelta(days=after_due)
        assert is_late(start, None, day) is late
        assert is_late(start, day, day + timedelta(days=100)) is late
