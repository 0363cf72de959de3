"""Texts in traditional characters (第一條, 第一節), marks with a comma or full stop after the number, sections
(第一节) and excerpts that start past the first article: read as structure, numbered as the source is."""

from policies.factories import article, heading
from policies.importer import as_json, parse_text
from policies.importer.runon import split
from policies.importer.warnings import Report
from policies.numbering import numbered


def body(text):
    return as_json(parse_text(text))


def pieces(*lines):
    return [t for _, t in split(list(enumerate(lines, 1)), Report())]


def articles(doc):
    return [(b["number"], b["value"]["paragraphs"][0]["text"]) for b in doc["body"] if b["type"] == "article"]


def test_traditional_article_marks_are_articles_labelled_as_written():
    doc = body("某某實施細則\n第一章 總則\n第一條 為了規範工作，制定本細則。\n第二條 本細則自發布之日起施行。\n")
    assert doc["title"] == "某某實施細則"
    assert articles(doc) == [("第一條", "為了規範工作，制定本細則。"), ("第二條", "本細則自發布之日起施行。")]
    assert [b["value"].get("style") for b in doc["body"] if b["type"] == "article"] == ["cn_article_trad"] * 2


def test_the_body_writes_traditional_marks_when_most_of_its_marks_are():
    doc = body("規則\n第一條 甲。\n第二条 乙。\n第三條 本規則自發布之日起施行。\n")
    assert [n for n, _ in articles(doc)] == ["第一條", "第二條", "第三條"]
    simplified = body("规则\n第一条 甲。\n第二條 乙。\n第三条 本规则自发布之日起施行。\n")
    assert [n for n, _ in articles(simplified)] == ["第一条", "第二条", "第三条"]
    assert all("style" not in b["value"] for b in simplified["body"])  # the JSON of simplified texts is unchanged


def test_a_comma_or_full_stop_after_the_number_is_no_part_of_the_text():
    doc = body("規則\n第一條,為了規範工作，制定本規則。\n第二條。本規則自發布之日起施行。\n第三條.附則。\n")
    assert [t for _, t in articles(doc)] == ["為了規範工作，制定本規則。", "本規則自發布之日起施行。", "附則。"]


def test_run_together_marks_after_a_comma_split_when_a_separator_follows_them():
    assert pieces("第一章,總則,第一條.為了規範,制定本法,第二条 對被判處管制的,適用本法、第三條。社區矯正。") == [
        "第一章,總則,", "第一條.為了規範,制定本法,", "第二条 對被判處管制的,適用本法、", "第三條。社區矯正。"]


def test_a_reference_after_a_comma_stays_in_its_sentence():
    line = "第一条 为了规范工作，第二条规定的人员除外。"
    assert pieces(line) == [line]


def test_a_run_together_chapter_title_loses_its_separators():
    doc = body("第一章,總則,第一條.為了規範工作,制定本法。第二條,本法自公布之日起施行。\n")
    assert [(b["number"], b["value"]["title"]) for b in doc["body"] if b["type"] == "heading"] == [("第一章", "總則")]
    assert [n for n, _ in articles(doc)] == ["第一條", "第二條"]


def test_sections_are_second_level_headings_counted_within_their_chapter():
    doc = body("某法\n第一章 刑罰的執行\n第一節 收監\n第一條 甲。\n第二節 釋放\n第二條 乙。\n"
               "第二章 獄政管理\n第一節 分押分管\n第三條 本法自公布之日起施行。\n")
    headings = [(b["number"], b["value"]["level"], b["value"]["title"]) for b in doc["body"] if b["type"] == "heading"]
    assert headings == [("第一章", "chapter", "刑罰的執行"), ("第一節", "section", "收監"), ("第二節", "section", "釋放"),
                        ("第二章", "chapter", "獄政管理"), ("第一節", "section", "分押分管")]
    simplified = body("某法\n第一章 总则\n第一节 收监\n第一条 本法自公布之日起施行。\n")
    assert [b["number"] for b in simplified["body"]] == ["第一章", "第一节", "第一条"]


def test_an_excerpt_keeps_the_source_numbers_from_its_first_article_and_says_so():
    doc = body("列入本級政府預算。\n第七條 對在工作中做出突出貢獻的，給予表彰。\n第二章 機構和職責\n"
               "第八條 國務院司法行政部門主管全國的工作。\n")
    assert [b["number"] for b in doc["body"]] == ["", "第七條", "第二章", "第八條"]
    starts = [(b["type"], b["value"].get("start")) for b in doc["body"]]
    assert starts == [("paragraph", None), ("article", 7), ("heading", 2), ("article", None)]
    excerpt = [(w["code"], w["line"], w["text"]) for w in doc["warnings"] if w["code"] == "excerpt"]
    assert excerpt == [("excerpt", 2, "第七條"), ("excerpt", 3, "第二章")]
    assert "前一条的后半部分" in doc["warnings"][[w["code"] for w in doc["warnings"]].index("excerpt")]["message"]
    assert not [w for w in doc["warnings"] if w["code"].startswith("numbering")]


def test_a_gap_after_the_first_article_is_still_a_gap_renumbered():
    doc = body("规则\n第一条 甲。\n第三条 本规则自印发之日起施行。\n")
    assert [n for n, _ in articles(doc)] == ["第一条", "第二条"]
    assert [w["code"] for w in doc["warnings"] if w["code"] in ("numbering_gap", "excerpt")] == ["numbering_gap"]


def test_a_start_restarts_the_numbering_for_every_reader_of_the_registry():
    """The page, PDF, search and versions number through `numbering.numbered`: a start is read there."""
    first = article("甲。")
    first["value"]["start"] = 7
    chapter = heading("机构", style="cn_chapter")
    chapter["value"]["start"] = 2
    items = numbered([first, chapter, article("乙。")])
    assert [(i.label, i.anchor) for i in items] == [("第七条", "art-7"), ("第二章", "chap-2"), ("第八条", "art-8")]
    traditional = article("丙。")
    traditional["value"]["style"] = "cn_article_trad"
    assert numbered([traditional])[0].label == "第一條"
