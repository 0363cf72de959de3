"""A text cut off mid-sentence gets the warning 文件可能不完整 with its last words."""

import pytest

from policies.importer import as_json, parse_text
from policies.importer.truncation import CODE, is_cut_off

WHOLE = "示例镇社区矫正委员会工作规则\n第一条 为规范工作，制定本规则。\n第二条 本规则自印发之日起施行。\n"


def warnings(text):
    return [w for w in as_json(parse_text(text))["warnings"] if w["code"] == CODE]


def test_a_whole_document_gets_no_warning():
    assert warnings(WHOLE) == []


@pytest.mark.parametrize("cut", ["第二条 本规则自印发之日起", "第二条 本规则自印发，", "第二条 县", "第二条 见《"])
def test_a_document_cut_mid_sentence_is_warned_with_its_last_words(cut):
    found = warnings(WHOLE.rsplit("\n", 2)[0] + "\n" + cut + "\n")
    assert len(found) == 1
    assert found[0]["message"].startswith("文件可能不完整") and cut[-2:].strip() in found[0]["message"]
    assert found[0]["line"] == 3 and cut.replace(" ", "").endswith(found[0]["text"])  # as tidied: stray spaces out


def test_a_document_closed_by_a_signature_or_colophon_is_not_checked():
    assert warnings(WHOLE + "示例镇人民政府\n2024年5月6日\n") == []
    assert warnings(WHOLE + "示例镇党政办公室 2024年5月6日 印发\n") == []


@pytest.mark.parametrize("line, cut", [
    ("本规则自印发之日起施行。", False), ("（此件公开发布）", False), ("是否完整？", False),
    ("“修改为：“内容。”", False), ("（四）其他职责。）", False), ("修改为：", True), ("规定（", True),
    ("2024年5月6日", False),
])
def test_is_cut_off(line, cut):
    assert is_cut_off(line) is cut


def test_warnings_carry_a_chinese_label_next_to_their_code():
    [found] = warnings(WHOLE + "第三条 本规则自\n")
    assert (found["code"], found["label"]) == ("truncated", "文件可能不完整")


@pytest.mark.parametrize("closing", ["本规则自印发之日起施行。", "本规则由县司法局负责解释。", "原规则同时废止。",
                                     "本办法自2024年1月1日起实行。", "本細則自發布之日起施行。", "本规则有效期五年。"])
def test_rules_that_end_with_their_closing_provision_are_whole(closing):
    assert warnings(f"示例镇工作规则\n第一条 为规范工作，制定本规则。\n第二条 {closing}\n") == []


def test_rules_without_signature_whose_last_article_closes_nothing_are_warned():
    [found] = warnings("示例镇工作规则\n第一条 为规范工作，制定本规则。\n第二条 委员会每季度召开一次会议。\n")
    assert found["line"] == 3 and found["text"] == "第二条 委员会每季度召开一次会议。"
    assert "结束条款" in found["message"]


def test_a_rules_title_without_articles_is_a_set_of_rules_too():
    text = "示例日常管理工作办法\n第一、报到：\n在收到文件后及时报到。\n第二、请假：\n外出应当请假。\n"
    assert [w["text"] for w in warnings(text)] == ["外出应当请假。"]
    whole = text + "第三、附则：\n本办法自印发之日起施行。\n"
    assert warnings(whole) == []


@pytest.mark.parametrize("text", [
    # signed: the signature is the end
    "示例镇工作规则\n第一条 为规范工作，制定本规则。\n第二条 委员会每季度召开一次会议。\n示例镇人民政府\n2024年5月6日\n",
    # no set of rules: a 工作制度 of plain paragraphs, a notice
    "示例工作制度\n一、按时上班。\n二、认真工作。\n",
    "关于做好某项工作的通知\n各村：\n请认真做好某项工作。\n",
])
def test_documents_that_need_no_closing_provision_are_not_warned(text):
    assert warnings(text) == []
