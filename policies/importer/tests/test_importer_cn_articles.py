"""一、二、 as the article level inside 第X章 chapters (县政府工作规则), 第N条 everywhere else."""

import pytest

from home.demo import ensure_site
from policies.demo import load_library
from policies.importer import as_json, parse_text
from policies.importer.build import build
from policies.models import PolicyPage
from policies.numbering import article_label

RULES = """示例县人民政府工作规则
第一章 总则
一、根据有关法律，制定本规则。
二、县政府工作的指导思想是依法行政。
第二章 组成人员
三、县政府由县长、副县长组成。
县长主持全面工作。
"""


def kinds(doc):
    return [(b["type"], b["number"]) for b in doc["body"]]


def test_cn_list_counting_on_across_chapters_are_articles():
    doc = as_json(parse_text(RULES))
    assert kinds(doc) == [("heading", "第一章"), ("article", "一、"), ("article", "二、"), ("heading", "第二章"),
                          ("article", "三、")]
    third = doc["body"][4]["value"]
    assert third["style"] == "cn_list" and [p["text"] for p in third["paragraphs"]] == [
        "县政府由县长、副县长组成。", "县长主持全面工作。"]


def test_cn_list_sentences_under_a_single_chapter_are_articles():
    doc = as_json(parse_text("示例规则\n第一章 总则\n一、本署是派出机关。\n二、工作的指导思想是依法行政。\n"))
    assert kinds(doc) == [("heading", "第一章"), ("article", "一、"), ("article", "二、")]


def test_cn_list_headings_restarting_in_each_chapter_stay_sections():
    text = "示例规则\n第一章 总则\n一、目的\n内容。\n第二章 附则\n一、施行\n内容。\n"
    doc = as_json(parse_text(text))
    assert [b["value"].get("level") for b in doc["body"] if b["type"] == "heading"] == [
        "chapter", "section", "chapter", "section"]


def test_with_articles_present_cn_list_is_never_an_article():
    doc = as_json(parse_text("示例规则\n第一章 总则\n一、本署是派出机关。\n第一条 内容。\n"))
    assert [b["type"] for b in doc["body"]] == ["heading", "heading", "article"]


@pytest.mark.parametrize("style, label", [("cn_article", "第十二条"), ("cn_list", "十二、"), ("", "第十二条")])
def test_article_label_by_style(style, label):
    assert article_label(12, style) == label


def test_an_imported_cn_list_article_keeps_its_style_on_the_page(db):
    ensure_site()
    page, _ = build(parse_text(RULES), load_library())
    page = PolicyPage.objects.get(pk=page.pk)
    assert [i.label for i in page.numbered_body if i.type == "article"] == ["一、", "二、", "三、"]


def test_ordinal_headings_are_chapters_labelled_as_written():
    doc = as_json(parse_text("示例工作办法\n第一、审前调查:\n及时了解情况。\n第二、矫正对象入矫 :\n按时报到。\n"))
    headings = [(b["number"], b["value"]["title"], b["value"]["level"]) for b in doc["body"] if b["type"] == "heading"]
    assert headings == [("第一、", "审前调查", "chapter"), ("第二、", "矫正对象入矫", "chapter")]
