"""Articles, chapters and items run together on one line are split where the numbering continues."""

from policies.importer import as_json, parse_text
from policies.importer.runon import split
from policies.importer.warnings import Report


def pieces(*lines):
    return [t for _, t in split(list(enumerate(lines, 1)), Report())]


def test_articles_run_together_after_the_title():
    assert pieces("示例细则(试行)第一条为规范工作,制定本细则。第二条本细则适用于本市。第三条 由司法局负责。") == [
        "示例细则(试行)", "第一条为规范工作,制定本细则。", "第二条本细则适用于本市。", "第三条 由司法局负责。"]


def test_chapter_article_and_items_run_together_with_spaces():
    assert pieces("制定本细则。 第一章 职责分工 第一条 司法所履行以下职责: (一)管理工作 (二)调查评估;") == [
        "制定本细则。", "第一章 职责分工", "第一条 司法所履行以下职责:", "(一)管理工作", "(二)调查评估;"]


def test_references_and_numbers_out_of_sequence_stay():
    line = "第一条 依照本法第二条规定执行。第五条所称人员除外。"
    assert pieces(line) == [line]


def test_the_count_follows_articles_at_line_starts():
    assert pieces("第六条 内容。", "第七条 内容。第八条 内容。") == ["第六条 内容。", "第七条 内容。", "第八条 内容。"]


def test_a_run_together_document_imports_as_articles():
    doc = as_json(parse_text("示例细则(试行)第一条为规范工作,制定本细则。第二条本细则适用于本市。\n"))
    assert doc["title"] == "示例细则(试行)"
    assert [b["number"] for b in doc["body"] if b["type"] == "article"] == ["第一条", "第二条"]
    assert "run_together" in {r["code"] for r in doc["repairs"]}


def test_a_short_title_run_into_the_first_item_of_its_list_is_split():
    assert pieces("综合办公室工作纪律一、按时上下班。") == ["综合办公室工作纪律", "一、按时上下班。"]
    sentence = "为加强管理，制定如下制度一、按时上班。"  # a sentence (with its comma) is no title
    assert pieces(sentence) == [sentence]


def test_an_unnumbered_list_title_is_a_chapter_and_its_items_the_second_level():
    doc = as_json(parse_text("示例中心规章制度\n综合办公室工作纪律一、按时上下班,不迟到。\n二、恪尽职守。\n"
                             "综合办公室工作职责\n一、制定工作计划。\n"))
    headings = [(b["value"]["level"], b["value"]["title"]) for b in doc["body"] if b["type"] == "heading"]
    assert [t for level, t in headings if level == "chapter"] == ["综合办公室工作纪律", "综合办公室工作职责"]
    assert [level for level, _ in headings].count("section") == 3
