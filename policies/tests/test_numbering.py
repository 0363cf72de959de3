import pytest

from policies.factories import article, duty_list, heading, para, paragraph
from policies.numbering import article_label, cn_number, numbered, table_of_contents


@pytest.mark.parametrize("n,text", [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (26, "二十六"),
                                    (99, "九十九"), (100, "一百"), (105, "一百零五"), (110, "一百一十"),
                                    (999, "九百九十九"), (1000, "一千"), (1001, "一千零一"), (1010, "一千零一十"),
                                    (1100, "一千一百"), (10001, "一万零一"), (11000, "一万一千"),
                                    (123456, "十二万三千四百五十六")])
def test_cn_number(n, text):
    assert cn_number(n) == text


def test_cn_number_rejects_out_of_range():
    with pytest.raises(ValueError):
        cn_number(0)
    with pytest.raises(ValueError):
        cn_number(10**8)


def body():
    return [
        heading("总则", style="cn_chapter"),
        article("第一段。"),
        article(para("主要任务：", "cn_paren", ["甲；", "乙；"]), para("第二款。", "arabic_dot", ["丙"])),
        heading("分则", style="cn_chapter"),
        heading("小节", style="cn_paren", level="section"),
        article("第三条正文。", unit=None),
        paragraph("不属于条的段落。"),
        duty_list(None, ["职责一", "职责二"]),
    ]


def test_articles_number_continuously_across_chapters():
    items = numbered(body())
    assert [i.label for i in items if i.type == "article"] == ["第一条", "第二条", "第三条"]
    assert [i.label for i in items if i.type == "heading"] == ["第一章", "第二章", "（一）"]
    assert [i.anchor for i in items if i.type == "article"] == ["art-1", "art-2", "art-3"]
    third = [i for i in items if i.type == "article"][2]
    assert third.chapter.value["title"] == "分则"


def test_items_restart_in_each_paragraph_and_text_has_numbers():
    second = [i for i in numbered(body()) if i.type == "article"][1]
    assert second.paragraphs[0][1] == [("（一）", "甲；"), ("（二）", "乙；")]
    assert second.paragraphs[1][1] == [("1.", "丙")]
    assert second.text.splitlines() == ["第二条 主要任务：", "（一）甲；", "（二）乙；", "第二款。", "1.丙"]


def test_inserting_an_article_renumbers_every_later_one():
    blocks = body()
    blocks.insert(1, article("新插入的条。"))
    labels = [(i.label, i.paragraphs[0][0]) for i in numbered(blocks) if i.type == "article"]
    assert labels[0] == ("第一条", "新插入的条。")
    assert labels[1] == ("第二条", "第一段。")
    assert labels[3] == ("第四条", "第三条正文。")


def test_sections_restart_within_each_chapter():
    blocks = [heading("一", style="cn_list"), heading("a", "cn_paren", "section"), heading("b", "cn_paren", "section"),
              heading("二", style="cn_list"), heading("c", "cn_paren", "section")]
    assert [i.label for i in numbered(blocks)] == ["一、", "（一）", "（二）", "二、", "（一）"]


def test_toc_lists_headings_and_duty_units():
    toc = table_of_contents(numbered(body()))
    assert [i.type for i in toc] == ["heading", "heading", "heading", "duty_list"]


def test_article_label_twelve():
    assert article_label(12) == "第十二条"
