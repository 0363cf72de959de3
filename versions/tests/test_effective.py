"""Version 1 takes effect when the document says, and the effective-date reader is a pattern, not a guess."""

from datetime import date

import pytest

from versions.effective import effective_date

W, P = date(2023, 8, 20), date(2023, 8, 29)


@pytest.mark.parametrize("text, expected", [
    ("本规则自印发之日起施行。", (W, "正文“自印发之日起施行”，即成文日期")),
    ("本细则自发布之日起施行。", (P, "正文“自发布之日起施行”，即发布日期")),
    ("本办法自公布之日起实施。", (P, "正文“自公布之日起实施”，即发布日期")),
    ("本规定自2024年1月1日起施行。", (date(2024, 1, 1), "正文“自2024年1月1日起施行”")),
    ("本规定自２０２４年３月１日起执行。", (date(2024, 3, 1), "正文“自２０２４年３月１日起执行”")),
    ("本条例自二〇二四年一月一日起施行。", (date(2024, 1, 1), "正文“自二〇二四年一月一日起施行”")),
    ("本条例自二〇二四年十二月三十一日起施行。", (date(2024, 12, 31), "正文“自二〇二四年十二月三十一日起施行”")),
])
def test_the_clause_decides(text, expected):
    assert effective_date(["第一条 为了规范工作，制定本规则。", text], written=W, published=P) == expected


def test_without_a_clause_the_dates_stand_in_and_say_so():
    assert effective_date(["为了规范工作，制定本规则。"], written=W, published=P) == (W, "正文未写明施行日期，按成文日期")
    assert effective_date(["为了规范工作。"], written=None, published=P) == (P, "正文未写明施行日期，按发布日期")
    assert effective_date(["为了规范工作。"]) == (None, "")


def test_a_clause_naming_a_date_that_does_not_exist_falls_back_to_the_documents_dates():
    assert effective_date(["本规定自2024年13月1日起施行。"], written=W) == (W, "正文未写明施行日期，按成文日期")


def test_issued_without_a_written_date_uses_nothing_it_does_not_have():
    day, basis = effective_date(["本规则自印发之日起施行。"], written=None, published=P)
    assert (day, basis) == (P, "正文未写明施行日期，按发布日期")
