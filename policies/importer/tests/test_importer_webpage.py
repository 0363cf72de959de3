"""Pages copied from websites: chrome removed and reported, metadata in every layout, the real title."""

import pytest

from policies.importer import as_json, parse_text
from policies.importer.webpage import is_chrome, labelled

BODY = "第一条 为规范工作，制定本办法。\n第二条 本办法自印发之日起施行。\n"


def doc(head):
    return as_json(parse_text(head + BODY))


def chrome_texts(d):
    return [w["text"] for w in d["warnings"] if w["code"] == "web_chrome"]


def test_bullets_with_values_on_the_next_line_and_empty_fields_between():
    d = doc("• 索引号:\n  610/2024-001\n• 主题分类:\n• 发文机构:\n  县司法局\n• 发文字号:\n  示司发〔2024〕7号\n"
            "• 发文日期:\n  2024年04月06日 16:40\n• 有效性:\n• 内容概述:\n示例办法\n")
    assert d["metadata"] == {"index_number": "610/2024-001", "publisher": "县司法局", "doc_number": "示司发〔2024〕7号",
                             "date_written": "2024-04-06"}
    assert d["title"] == "示例办法"  # the line after the empty 内容概述 is the title, not its value


def test_table_rows_with_two_pairs_a_line_and_synonyms():
    d = doc("索引号 0029/2022-111380\n组配分类 部门文件 发布机构 区司法局\n生成日期 2022-01-13 公开方式 主动公开\n"
            "主题分类 司法 体裁分类 其他\n公开范围 面向全社会\n示例办法\n文件有效性 有效\n规范性文件编号 BYZD11-2022-0002\n"
            "文件编号 甬鄞司发〔2022〕2号\n")
    meta = d["metadata"]
    assert (meta["index_number"], meta["publisher"], meta["date_written"], meta["doc_number"]) == (
        "0029/2022-111380", "区司法局", "2022-01-13", "甬鄞司发〔2022〕2号")
    assert (meta["subject"], meta["disclosure"], meta["validity"]) == ("司法", "proactive", "valid")
    assert d["title"] == "示例办法"
    assert "体裁分类" not in str(d["body"]) and "面向全社会" not in str(d["body"])


def test_pairs_run_together_on_one_line_and_a_time_after_the_date():
    d = doc("示例办法\n发布时间:2022-04-24 11:02 来源:市司法局\n")
    assert d["metadata"]["date_published"] == "2022-04-24"
    assert d["metadata"]["publisher"] == "市司法局"  # 来源: nothing better names the publisher


def test_dash_list_with_spaced_labels_and_traditional_labels():
    assert labelled("- 名 称:示例通知") == [("名称", "示例通知")]
    assert labelled("- 公文种类 :其他") == [("公文种类", "其他")]
    assert labelled("發布時間:2016-01-07 來源:") == [("发布时间", "2016-01-07"), ("来源", "")]
    assert labelled("发布机构改革方案") is None  # a label word starting a title is no label


@pytest.mark.parametrize("line", [
    "返回顶部", "首页", ">政府信息公开>政策文件>行政规范性文件", "首頁 > 政府信息公開", "当前位置：首页 > 政策",
    "小程序", "登录/注册", "立即咨询", "朗读", "分享:", "正文内容", "打印本页", "关闭窗口", "【字体：大 中 小】",
    "扫一扫在手机打开", "人人范文网 范文大全", "示例细则PDF文档下载", "以下为《示例制度》的无排版文字预览,完整内容请下载",
    "发布时间:2020-03-02 来源:范文大全 收藏本文 下载本文 手机版", "不卡一区,天天好看,欧美大片在线",
])
def test_chrome_lines(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", ["示例镇社区矫正委员会工作规则", "关于印发《示例办法》的通知", "各司法所：", "互联网信息管理办法"])
def test_titles_are_not_chrome(line):
    assert not is_chrome(line)


def test_chrome_is_removed_and_each_removal_quoted():
    d = doc("返回顶部\n首页\n>政府信息公开>政策文件\n示例办法\n正文内容\n")
    assert d["title"] == "示例办法"
    assert chrome_texts(d) == ["返回顶部", "首页", ">政府信息公开>政策文件", "正文内容"]


def test_the_title_after_the_metadata_wins_over_the_page_heading_before_it():
    d = doc("示例实施细则\n发布时间:2022-04-24 来源:省司法厅\n省法院 省司法厅关于修订《示例实施细则》的通知\n")
    assert d["title"] == "省法院省司法厅关于修订《示例实施细则》的通知"
    assert "示例实施细则" in chrome_texts(d)


def test_a_heading_the_next_line_repeats_in_full_is_dropped():
    d = doc("示例中心制度\n示例中心规章制度\n")
    assert d["title"] == "示例中心规章制度" and chrome_texts(d) == ["示例中心制度"]


def test_a_doc_number_under_the_title_and_a_garbled_one():
    assert doc("示例意见\n示司〔2020〕39号\n")["metadata"]["doc_number"] == "示司〔2020〕39号"
    d = doc("示例意见\n示司〔202039\n")
    assert d["metadata"]["doc_number"] == "示司〔2020〕39号"
    assert [w["text"] for w in d["warnings"] if w["code"] == "doc_number"] == ["示司〔202039"]


def test_a_page_title_bar_with_the_doc_number_appended():
    d = doc("示例细则-粤司【2013】104号\n示例细则\n")
    assert d["metadata"]["doc_number"] == "粤司〔2013〕104号" and d["title"] == "示例细则"


def test_a_preview_banner_names_a_document_without_a_title_line():
    d = doc("以下为《示例制度》的无排版文字预览,完整内容请下载\n")
    assert d["title"] == "示例制度"
    assert "no_title" in {w["code"] for w in d["warnings"]}


def test_the_issuer_before_关于_is_the_publisher_when_nothing_else_names_one():
    assert doc("示例县司法局关于示例工作的意见\n")["metadata"]["publisher"] == "示例县司法局"
    labelled_doc = doc("发布机构：县政府\n示例县司法局关于示例工作的意见\n")
    assert labelled_doc["metadata"]["publisher"] == "县政府"


def test_injected_pinyin_and_doubled_commas_are_removed_and_reported():
    d = as_json(parse_text("示例法\n第二章 機(jī)構(gòu),、人員\n第一條 內容。\n"))
    assert [b["value"]["title"] for b in d["body"] if b["type"] == "heading"] == ["機構、人員"]
    assert [w["text"] for w in d["warnings"] if w["code"] == "noise"] == ["(jī) (gòu)"]


def test_joint_issuers_in_a_title_are_each_kept():
    d = doc("福建省高级人民法院 福建省人民检察院 福建省司法厅关于修订示例细则的通知\n")
    assert d["metadata"]["publisher"] == "福建省高级人民法院 福建省人民检察院 福建省司法厅"


def test_a_preview_notice_inside_the_text_is_removed():
    d = as_json(parse_text("示例制度\n一、报表制度\n按时上报各类 内容过长,仅展示头部和尾部部分文字预览,全文请查看图片预览。\n"))
    assert "内容过长" not in str(d["body"])
    assert any(w["text"].startswith("内容过长") for w in d["warnings"] if w["code"] == "web_chrome")


def test_a_notice_whose_own_text_is_numbered_continues_as_the_body():
    d = as_json(parse_text("示例司法局关于加强工作的意见\n各司法所:\n为做好工作,提出如下意见。\n一、提高站位\n要提高认识。\n"))
    assert d["notice"]["paragraphs"] == ["为做好工作,提出如下意见。"]
    assert [b["value"]["title"] for b in d["body"] if b["type"] == "heading"] == ["提高站位"]


def test_amendment_items_quoting_articles_are_not_headings():
    d = as_json(parse_text("示例关于修订细则的通知\n各单位:\n现修订如下:\n一、将第八条修改为:“社区矫正机构应当自判决、\n"))
    assert [b for b in d["body"] if b["type"] == "heading"] == []


def test_a_line_opening_with_a_book_title_continues_the_unfinished_line_before():
    d = as_json(parse_text("示例通知\n各单位:\n一、充分认识贯彻落实\n《实施办法》的重要意义\n贯彻落实\n《实施办法》是重要举措。\n"))
    assert [b["value"]["title"] for b in d["body"] if b["type"] == "heading"] == ["充分认识贯彻落实《实施办法》的重要意义"]
    assert d["body"][1]["value"]["text"] == "贯彻落实《实施办法》是重要举措。"


@pytest.mark.parametrize("tools", ["【打印本页】【关闭窗口】", "【打印】 【关闭】", "[打印本页] [关闭窗口]", "［打印］［返回顶部］"])
def test_a_row_of_bracketed_page_tools_after_the_text_is_chrome_not_body(tools):
    doc = parse_text(f"示例镇社区矫正委员会工作规则\n第一条 为规范工作，制定本规则。\n第二条 本规则自印发之日起施行。\n{tools}\n")
    body = str(as_json(doc)["body"])
    assert tools.split()[0][1:3] not in body and "本规则自印发之日起施行" in body
    assert any(w["code"] == "web_chrome" for w in doc["warnings"])
    assert not any(w["code"] == "truncated" for w in doc["warnings"])
