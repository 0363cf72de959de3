"""Repairs of extraction artefacts, numbering styles, dates and numbering warnings."""

import pytest

from policies.importer import as_json, parse_text
from policies.importer.metadata import candidates, parse_date


def body(text, **kwargs):
    return as_json(parse_text(text, **kwargs))


RULES = """示例镇社区矫正委员会工作规则
第一章  总  则
第一条 为规范工作，制定本规则。
第二条 委员会负责下列工作：
(一)研究重大问题；
（二）督促检查。
— 2 —
第二章 附  则
第三条 本规则自印发之日起施行。
"""


def test_chapters_with_odd_spacing_and_page_numbers():
    doc = body(RULES)
    headings = [(b["number"], b["value"]["title"], b["value"]["style"]) for b in doc["body"] if b["type"] == "heading"]
    assert headings == [("第一章", "总则", "cn_chapter"), ("第二章", "附则", "cn_chapter")]
    second = [b for b in doc["body"] if b["type"] == "article"][1]["value"]["paragraphs"][0]
    assert second["item_style"] == "cn_paren" and second["items"] == ["研究重大问题；", "督促检查。"]
    assert [r["code"] for r in doc["repairs"]] == ["page_number"]
    assert [w["code"] for w in doc["warnings"]] == ["date_missing"]


@pytest.mark.parametrize("marker, style", [
    ("（一）", "cn_paren"), ("(一)", "cn_paren"), ("1.", "arabic_dot"), ("1．", "arabic_dot"),
    ("１．", "arabic_dot"), ("1、", "arabic_dun"), ("（1）", "arabic_paren"), ("(1)", "arabic_paren"),
])
def test_item_styles(marker, style):
    second = marker.replace("一", "二").replace("1", "2").replace("１", "２")
    doc = body(f"标题规则\n第一条 包括：\n{marker}甲事项；\n{second}乙事项。\n")
    para = doc["body"][0]["value"]["paragraphs"][0]
    assert (para["item_style"], para["items"]) == (style, ["甲事项；", "乙事项。"])


def test_running_headers_next_to_page_numbers_are_dropped():
    page = "第一条 甲。\n- 1 -\n某某镇人民政府文件\n第二条 乙。\n- 2 -\n某某镇人民政府文件\n第三条 丙。\n"
    doc = body("规则\n" + page)
    assert sum(1 for b in doc["body"] if b["type"] == "article") == 3
    assert sorted(r["code"] for r in doc["repairs"]) == ["page_number", "page_number", "running_header", "running_header"]
    assert "某某镇人民政府文件" not in str(doc["body"])


def test_broken_lines_are_joined_and_paragraph_ends_kept():
    width = "甲" * 26
    text = ("规则\n第一条 " + "乙" * 22 + "\n" + width + "\n结束。\n另起一段，" + "\n" + "接上一行。\n" +
            "".join(f"第{n}条 " + "丙" * 20 + "。\n" for n in "二三四五六七八"))
    doc = body(text)
    first = doc["body"][0]["value"]["paragraphs"]
    assert [p["text"] for p in first] == ["乙" * 22 + width + "结束。", "另起一段，接上一行。"]


@pytest.mark.parametrize("raw, expected", [
    ("2023 年 8 月 29 日", "2023-08-29"), ("2023年8月29日", "2023-08-29"), ("2022-01-11", "2022-01-11"),
    ("2022/1/11", "2022-01-11"), ("二〇二三年八月二十九日", "2023-08-29"),
])
def test_dates(raw, expected):
    parsed, problem = parse_date(raw)
    assert (parsed.isoformat(), problem) == (expected, None)


def test_truncated_and_garbled_dates():
    parsed, problem = parse_date("2022年3月30")
    assert parsed.isoformat() == "2022-03-30" and "截断" in problem
    assert parse_date("2022111")[0] is None
    assert [d.isoformat() for d in candidates("2022111")] == ["2022-01-11", "2022-11-01"]
    assert parse_date("2023年2月30日") == (None, "日期不存在")


def test_numbering_gap_and_duplicate_are_warnings():
    doc = body("规则\n第一条 甲。\n第二条 乙。\n第二条 丙。\n第三条 丁。\n第五条 戊。\n第六条 己。\n")
    codes = [(w["code"], w["line"]) for w in doc["warnings"]]
    # (undated, and 第六条 is no closing provision: these rules may go on)
    assert codes == [("date_missing", None), ("numbering_duplicate", 4), ("numbering_gap", 6), ("truncated", 7)]
    numbers = [b["number"] for b in doc["body"]]
    assert numbers == ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条"]  # recomputed in order


def test_item_gap_is_a_warning():
    doc = body("规则\n第一条 包括：\n1.甲；\n2.乙；\n4.丙。\n")
    assert [(w["code"], w["line"]) for w in doc["warnings"]] == [("date_missing", None), ("numbering_gap", 5),
                                                                ("truncated", 5)]


def test_metadata_labels_on_the_same_line_and_full_width_colons():
    doc = body("索引号：11500106/2023-00001\n文号：渝司发〔2023〕5号\n成文日期：2023年8月29日\n公开属性：主动公开\n"
               "主题分类：司法\n关于印发某某办法的通知\n")
    assert doc["metadata"] == {"index_number": "11500106/2023-00001", "doc_number": "渝司发〔2023〕5号",
                               "date_written": "2023-08-29", "disclosure": "proactive", "subject": "司法"}


def test_lines_after_the_colophon_are_reported_not_dropped():
    doc = body("规则\n第一条 甲。\n某某办公室 2023年8月29日印发\n这一行在版记之后。\n")
    assert doc["colophon"] == {"office": "某某办公室", "date": "2023-08-29"}
    found = [(w["code"], w["line"], w["text"]) for w in doc["warnings"]]
    assert found == [("date_missing", None, "成文日期、发布日期"), ("unplaced", 4, "这一行在版记之后。")]


def test_cn_list_headings_under_chapters_are_sections():
    doc = body("办法\n第一章 总则\n一、适用范围\n第一条 甲。\n二、基本原则\n第二条 乙。\n第二章 附则\n一、施行\n第三条 丙。\n")
    headings = [(b["value"]["level"], b["number"]) for b in doc["body"] if b["type"] == "heading"]
    assert headings == [("chapter", "第一章"), ("section", "一、"), ("section", "二、"), ("chapter", "第二章"),
                        ("section", "一、")]
    assert [w["code"] for w in doc["warnings"]] == ["date_missing", "truncated"]  # 第三条 丙。 closes nothing
