"""Law texts as collections publish them: Markdown marks, the adoption history under the title, a 目录."""

from policies.importer import as_json, parse_text
from policies.importer.lawtext import drop_contents, history_metadata, HISTORY, unmark
from policies.importer.warnings import Report


def doc(text):
    return as_json(parse_text(text))


def chapters(d):
    return [b["value"]["title"] for b in d["body"] if b["type"] == "heading" and b["value"]["level"] == "chapter"]


MARKDOWN = """# 示例省社区矫正条例

2020年3月1日 示例省第十三届人民代表大会常务委员会第五次会议通过

<!-- INFO END -->

## 第一章 总则

第一条 为了规范社区矫正工作，制定本条例。

### 第二章 附则

第二条 本条例自公布之日起施行。
"""


def test_markdown_marks_and_comments_leave_title_chapters_and_body():
    d = doc(MARKDOWN)
    assert d["title"] == "示例省社区矫正条例"
    assert chapters(d) == ["总则", "附则"]  # a mis-levelled ### is a chapter all the same
    assert "#" not in str(d["body"]) and "INFO END" not in str(d["body"])
    assert {r["code"] for r in d["repairs"]} >= {"markdown", "law_history"}


def test_markdown_is_only_unmarked_when_the_text_starts_with_a_markdown_title():
    pairs = [(1, "示例标题"), (2, "# 不是标题")]
    assert unmark(pairs, Report()) == pairs


def test_links_bullets_and_emphasis_are_unmarked():
    pairs = [(1, "# 法"), (2, "***目  录***"), (3, "* [第一节  调查](#第一节-调--查)")]
    assert unmark(pairs, Report()) == [(1, "法"), (2, "目  录"), (3, "第一节  调查")]


def test_history_gives_metadata_of_a_law_adopted_and_amended():
    d = doc(MARKDOWN.replace("<!-- INFO END -->", "2021年5月6日 示例省第十三届人民代表大会常务委员会第九次会议《关于修改〈示例省社区矫正条例〉的决定》修正"))
    meta = d["metadata"]
    assert meta["date_written"] == "2021-05-06"  # the text as it stands: the last amendment
    assert meta["publisher"] == "示例省人民代表大会常务委员会"
    assert "date_published" not in meta and "doc_number" not in meta


def test_history_reads_the_decree_that_published_a_regulation():
    lines = ["1989年5月5日 国务院第40次常务会议通过", "1989年6月17日 中华人民共和国国务院令第37号发布"]
    meta = history_metadata([HISTORY.match(l) for l in lines])
    assert meta == {"date_written": "1989-05-05", "date_published": "1989-06-17",
                    "doc_number": "中华人民共和国国务院令第37号", "publisher": "国务院"}


def test_history_with_joint_issuers_and_an_approval_only():
    lines = ["2022年1月24日 中共中央政治局会议审议批准", "2022年2月25日 中共中央、国务院发布"]
    meta = history_metadata([HISTORY.match(l) for l in lines])
    assert meta == {"date_written": "2022-01-24", "date_published": "2022-02-25", "publisher": "中共中央、国务院"}


def test_history_in_brackets_under_a_plain_title():
    d = doc("示例法\n（2005年8月28日第十届全国人民代表大会常务委员会第十七次会议通过）\n第一条 为了规范，制定本法。\n")
    assert d["title"] == "示例法"
    assert d["metadata"]["date_written"] == "2005-08-28"
    assert d["metadata"]["publisher"] == "全国人民代表大会常务委员会"


def test_a_date_line_in_the_body_is_not_history():
    assert HISTORY.match("第一条 2020年1月1日起施行") is None


CONTENTS = """示例法
目  录
第一章 总则
第二章 附则
第一章 总 则
第一条 为了规范，制定本法。
第二章 附则
第二条 本法自公布之日起施行。
"""


def test_contents_are_left_out_and_chapters_come_once():
    d = doc(CONTENTS)
    assert chapters(d) == ["总则", "附则"]
    assert "目录" not in d["title"].replace(" ", "")
    assert [r["text"] for r in d["repairs"] if r["code"] == "table_of_contents"] == ["目  录", "第一章 总则", "第二章 附则"]


def test_a_contents_line_without_repeated_entries_stays():
    pairs = [(1, "示例"), (2, "目录"), (3, "第一章 总则"), (4, "第一条 内容。")]
    assert drop_contents(pairs, Report()) == pairs
