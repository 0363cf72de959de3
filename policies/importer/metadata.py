"""The disclosure metadata block (索引号, 文号, 发布机构, 成文日期 …) and the dates written in it."""

import re
from datetime import date

from policies.choices import DISCLOSURE_CHOICES, VALIDITY_CHOICES
from policies.numerals import cn_to_int
from policies.validators import normalize_doc_number

LABELS = {
    "索引号": "index_number",
    "文号": "doc_number",
    "发文字号": "doc_number",
    "文件编号": "doc_number",
    "发布机构": "publisher",
    "发文机构": "publisher",
    "发文机关": "publisher",
    "发文单位": "publisher",
    "成文日期": "date_written",
    "发文日期": "date_written",
    "生成日期": "date_written",
    "发布日期": "date_published",
    "发布时间": "date_published",
    "公开日期": "date_published",
    "信息分类": "subject",
    "主题分类": "subject",
    "组配分类": "subject",
    "规范性文件编号": "normative_number",
    "关键词": "keywords",
    "主题词": "keywords",
    "公开属性": "disclosure",
    "公开方式": "disclosure",
    "有效性": "validity",
    "文件有效性": "validity",
    "时效": "validity",
    "政策执行机关": "executing_agency",
    "政策咨询机关": "consulting_agency",
    "政策咨询电话": "consulting_phone",
    "咨询电话": "consulting_phone",
    "浏览次数": None,  # a page counter of the website, not metadata of the document
    "访问量": None,
}
# Labels of the website's page that are no field of ours: read (so they leave title and body) and dropped.
PAGE_LABELS = ("体裁分类", "公开范围", "名称", "公文种类", "内容概述")
# 来源 names the site's source; it is the publisher only when nothing better names one.
SOURCE_LABEL = "来源"
_LABEL = re.compile(r"^[•·●▪◆\-*]?\s*(" + "|".join(sorted(LABELS, key=len, reverse=True)) + r")\s*[:：]\s*(.*)$")
# the field's own labels (policies.choices), and the other words pages use for the same value
DISCLOSURE = {label: value for value, label in DISCLOSURE_CHOICES} | {"公开发布": "proactive", "不公开": "not_public"}
VALIDITY = {label: value for value, label in VALIDITY_CHOICES} | {"现行有效": "valid", "已失效": "expired",
                                                                  "废止": "repealed"}
_YMD = re.compile(r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?")
_YM_ONLY = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*$")
_HAN = re.compile(r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
_HAN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0"}


def read_block(lines, report):
    """Consume "label: value" lines (value on the same or the next line) from the top of `lines`.

    `lines` are (number, text) pairs; returns (metadata dict, index of the first line not consumed).
    """
    meta, i = {}, 0
    while i < len(lines):
        number, text = lines[i]
        m = _LABEL.match(text)
        if not m:
            break
        label, value = m.group(1), m.group(2).strip()
        i += 1
        if not value and i < len(lines) and not _LABEL.match(lines[i][1]):
            value = lines[i][1].strip()
            i += 1
        field = LABELS[label]
        if field is None:
            report.repair("web_counter", f"已忽略网页计数“{label}”。", number, text)
            continue
        store(meta, field, value, number, report)
    return meta, i


def store(meta, field, value, number, report):
    """Put one labelled value into `meta`, normalised; unusable values become warnings."""
    if field in ("date_written", "date_published"):
        parsed, problem = parse_date(value)
        if parsed:
            meta[field] = parsed.isoformat()
        if problem:
            report.warn("date", f"{problem}：“{value}”", number, value)
    elif field == "disclosure":
        meta[field] = DISCLOSURE.get(value.replace(" ", ""), "")
        if not meta[field]:
            report.warn("metadata", f"无法识别的公开属性“{value}”。", number, value)
    elif field == "validity":
        meta[field] = VALIDITY.get(value.replace(" ", ""), "")
        if not meta[field]:
            report.warn("metadata", f"无法识别的有效性“{value}”。", number, value)
    elif field == "keywords":
        meta[field] = " ".join(re.split(r"[\s,，、;；]+", value.strip()))
    elif field == "doc_number":
        meta[field] = normalize_doc_number(value)
    else:
        meta[field] = value
    if field in meta and not meta[field]:
        del meta[field]


DATE_FIELDS = (("date_written", "成文日期"), ("date_published", "发布日期"))


def warn_missing_dates(meta, report):
    """A document without 成文日期 or 发布日期 cannot be published as it is: the editor is to fill them in."""
    missing = [name for key, name in DATE_FIELDS if not meta.get(key)]
    if missing:
        report.warn("date_missing", f"没有读到{'和'.join(missing)}，请在“元数据”中填写。", None, "、".join(missing))


def parse_date(text):
    """(date or None, problem or None) for 2023年8月29日, 2023 年 8 月 29 日, 2022-01-11, 二〇二三年八月二十九日.

    A date cut off before the day's 日 ("2022年3月30") is read and reported; digits run together
    ("2022111") are ambiguous and returned as None with the problem.
    """
    text, fixes = _repair(text.strip())
    parsed, problem = _parse(text)
    if fixes and parsed:  # read despite the typing errors, and said so
        problem = f"日期有误（{'，'.join(fixes)}），已读作 {parsed.isoformat()}" + (f"；{problem}" if problem else "")
    return parsed, problem


_LETTER_O = re.compile(r"(?<![A-Za-z])(?=[\dOoＯ]{4}\s*年)[\dOoＯ]*[OoＯ][\dOoＯ]*")
_YUE = re.compile(r"(?<=[\d一二三四五六七八九十])(\s*)曰")
_NO_YEAR = re.compile(r"^\d{1,2}\s*月\s*\d{1,2}\s*日?$")


def _repair(text):
    """Typing errors dates often carry: the letter O for a zero in the year, 曰 for 日."""
    fixes = []
    if _LETTER_O.search(text):
        text = _LETTER_O.sub(lambda m: m.group().translate(str.maketrans("OoＯ", "000")), text)
        fixes.append("年份中的字母“O”读作数字 0")
    if _YUE.search(text):
        text = _YUE.sub(r"\1日", text)
        fixes.append("“曰”读作“日”")
    return text, fixes


def _parse(text):
    m = _YMD.search(text)
    if m:
        problem = None
        if "年" in text and not re.search(r"日", text[m.start():m.end() + 1]):
            problem = "日期不完整（缺“日”字，可能被截断），已按年月日读取"
        return _make(m.group(1), m.group(2), m.group(3), problem)
    m = _HAN.search(text)
    if m:
        year = "".join(_HAN_DIGIT[c] for c in m.group(1))
        return _make(year, cn_to_int(m.group(2)), cn_to_int(m.group(3)), None)
    if _YM_ONLY.match(text):
        return None, "日期缺少日，无法确定具体日期"
    if re.fullmatch(r"\d{5,8}日?", text):
        return None, "日期数字连在一起，无法确定月和日"
    if _NO_YEAR.match(text):
        return None, "日期缺少年份，无法确定具体日期"
    return None, "无法识别的日期"


def _make(year, month, day, problem):
    try:
        return date(int(year), int(month), int(day)), problem
    except (TypeError, ValueError):
        return None, "日期不存在"


def candidates(digits):
    """Dates a run of digits like "2022111" may stand for: 2022-1-11 and 2022-11-1."""
    digits = digits.rstrip("日")
    if not re.fullmatch(r"\d{5,8}", digits):
        return []
    year, rest = digits[:4], digits[4:]
    found = []
    for cut in range(1, len(rest)):
        parsed, _ = _make(year, rest[:cut], rest[cut:], None)
        if parsed and parsed not in found:
            found.append(parsed)
    return found
