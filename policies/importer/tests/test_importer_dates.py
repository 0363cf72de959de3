"""Dates that are wrong are warned, never silently kept; the warning names the line and what it read."""

import pytest

from policies.importer import as_json, parse_text
from policies.importer.markers import DATE_LINE
from policies.importer.metadata import parse_date


def signed(date):
    return as_json(parse_text(f"示例规则\n第一条 内容。\n示例镇人民政府\n{date}\n"))


@pytest.mark.parametrize("raw, read, said", [
    ("2O22年5月6日", "2022-05-06", "字母“O”"), ("2022年5月6曰", "2022-05-06", "“曰”读作“日”"),
    ("2022年3月30", "2022-03-30", "缺“日”字"),
])
def test_typing_errors_are_read_and_warned(raw, read, said):
    doc = signed(raw)
    assert doc["signature"]["date"] == read
    [warning] = [w for w in doc["warnings"] if w["code"] == "date"]
    assert (warning["line"], warning["text"]) == (4, raw) and said in warning["message"]


@pytest.mark.parametrize("raw, why", [
    ("2022年5月", "缺少日"), ("2022年13月6日", "不存在"), ("2017822日", "数字连在一起"), ("5月6日", "缺少年份"),
])
def test_unreadable_dates_are_warned_and_left_empty(raw, why):
    doc = signed(raw)
    assert doc["signature"] == {"signatory": "示例镇人民政府", "date": None}
    assert "date_written" not in doc["metadata"]
    [warning] = [w for w in doc["warnings"] if w["code"] == "date"]
    assert warning["line"] == 4 and raw in warning["message"] and why in warning["message"]
    assert "truncated" not in {w["code"] for w in doc["warnings"]}  # a date line ends a document


def test_damaged_dates_are_date_lines_and_sentences_are_not():
    assert all(DATE_LINE.match(d) for d in ["2O22年5月6日", "2022年5月6曰", "2017822日", "5月6日", "2022年5月"])
    assert not DATE_LINE.match("2022年5月6日起施行")


def test_letter_o_is_only_read_as_zero_inside_a_year():
    assert parse_date("2O22年5月6日")[0].isoformat() == "2022-05-06"
    assert parse_date("Oct 2022年5月6日")[1] is None  # no letter inside a year: nothing repaired


def missing(text):
    return [(w["code"], w["text"], w["label"]) for w in as_json(parse_text(text))["warnings"]
            if w["code"] == "date_missing"]


def test_a_missing_written_or_published_date_is_a_warning():
    rules = "示例规则\n第一条 本规则自印发之日起施行。\n"
    assert missing(rules) == [("date_missing", "成文日期、发布日期", "缺少日期")]
    assert missing("发布日期：2024年5月7日\n" + rules) == [("date_missing", "成文日期", "缺少日期")]
    signed = rules + "示例镇人民政府\n2024年5月6日\n"
    assert missing(signed) == [("date_missing", "发布日期", "缺少日期")]
    assert missing("发布日期：2024年5月7日\n" + signed) == []
