"""Computed numbers for the importer JSON, and warnings where the source numbered differently."""

from policies import numbering
from policies.kinds import ARTICLE, CHAPTER, DUTY_LIST, HEADING, PARAGRAPH, SECTION


def label(blocks):
    """Set each block's computed "number" (第一条, 一、 …) exactly as the page will show it."""
    for block, item in zip(blocks, numbering.numbered(blocks)):
        block["number"] = item.label


def check(blocks, where, report):
    """Warn about gaps (第五条 then 第七条), duplicates and disorder in the source numbering."""
    last = {CHAPTER: 0, SECTION: 0, ARTICLE.name: 0, DUTY_LIST.name: 0}  # the source's previous number
    for block in blocks:
        kind, value = block["type"], block["value"]
        key = value["level"] if kind == HEADING.name else kind
        if key == CHAPTER:
            last[SECTION] = 0
        if key in last and block.get("_n") is not None:
            if key in EXCERPT_KEYS and not last[key] and block["_n"] > 1:
                _excerpt(block, blocks, key, where, report)
            else:
                _compare(block["_n"], last[key] + 1, key, block["_line"], where, report)
            last[key] = block["_n"]
        for para in _paragraphs(block):
            previous = 0
            for n, line in para.get("_item_ns", []):
                _compare(n, previous + 1, "item", line, where, report)
                previous = n


def _paragraphs(block):
    if block["type"] == ARTICLE.name:
        return block["value"]["paragraphs"]
    if block["type"] in (PARAGRAPH.name, DUTY_LIST.name):
        return [block["value"]]
    return []


# the first chapter or article numbered past one: an excerpt, numbered from there as the source is
EXCERPT_KEYS = (CHAPTER, ARTICLE.name)


def _excerpt(block, blocks, key, where, report):
    """Keep the source's number as the block's 起始编号 (`start`, read by the numbering of every kind) and say so;
    text before the first article belongs to the article before it, which is not in the text."""
    block["value"]["start"] = block["_n"]
    label = numbering.numbered([block])[0].label
    message = f"{where}是节选：原文从{label}开始，之前的{NAMES[key]}不在所贴文字中，已按原文从{label}起编号"
    if key == ARTICLE.name and blocks and blocks[0] is not block and blocks[0]["type"] == PARAGRAPH.name:
        message += "；开头的文字可能是前一条的后半部分"
    report.warn("excerpt", message + "，请核对。", block["_line"], label)


NAMES = {CHAPTER: "章（一级标题）", SECTION: "节（二级标题）", ARTICLE.name: "条", DUTY_LIST.name: "成员单位", "item": "项"}


def _compare(found, expected, key, line, where, report):
    if found == expected:
        return
    name = NAMES[key]
    if found > expected:
        code, what = "numbering_gap", f"编号不连续：此处应为第 {expected} 个{name}，原文编为 {found}"
    elif found == expected - 1:  # the same number as the one before
        code, what = "numbering_duplicate", f"编号重复：原文两次编为 {found}"
    else:
        code, what = "numbering_order", f"编号顺序错乱：此处应为第 {expected} 个{name}，原文编为 {found}"
    report.warn(code, f"{where}{what}（导入后按顺序重新编号，请核对是否缺漏）。", line)
