"""What a line starts with: 第N章 / 第N条 / 一、 / （一） / 1. / （1） / 1、 / 附件N, dates, colophon."""

import re

from policies.numerals import CHARS, cn_to_int
from policies.validators import DOC_NUMBER_WRITTEN

CN = f"[{CHARS}]+"
# A space is allowed after the number: extraction often puts one there ("第一条 为…"); run-together copies
# put a comma or a full stop there too ("第一條,為了…", "第三條。社區…").
AFTER_MARK = r"[\s,，.．。:：、]*"
CHAPTER = re.compile(rf"^第\s*({CN})\s*章{AFTER_MARK}(.*)$")
SECTION = re.compile(rf"^第\s*({CN})\s*[节節]{AFTER_MARK}(.*)$")  # 第一节 within a chapter (监狱法)
ARTICLE = re.compile(rf"^第\s*({CN})\s*[条條]{AFTER_MARK}(.*)$")
# a text in traditional characters writes 第一條 / 第一節: its numbers are shown so
TRADITIONAL_MARK = re.compile(rf"^第\s*{CN}\s*[條節]")
CN_LIST = re.compile(rf"^({CN})\s*[、，,]\s*(.+)$")
ORDINAL = re.compile(rf"^第\s*({CN})\s*、\s*(.+)$")  # "第一、审前调查": headings some offices number so
CN_PAREN = re.compile(rf"^[（(]\s*({CN})\s*[）)]\s*(.*)$")
ARABIC_PAREN = re.compile(r"^[（(]\s*(\d{1,3})\s*[）)]\s*(.*)$")
ARABIC_DOT = re.compile(r"^(\d{1,3})\s*[.．](?!\d)\s*(.*)$")
ARABIC_DUN = re.compile(r"^(\d{1,3})\s*、\s*(.*)$")
ATTACHMENT_LABEL = re.compile(r"^附\s*件\s*(\d{1,2})\s*[:：]?\s*(.*)$")
ATTACHMENT_LIST = re.compile(r"^附\s*件\s*[:：]\s*(.*)$")
DISCLOSURE_NOTE = re.compile(r"^[（(]\s*此件\s*(公开发布|主动公开|依申请公开|不予?公开)\s*[）)]$")
DATE_CN = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?"
DATE_ISO = r"\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}"
DATE_HAN = r"[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
# dates as typed, errors included (O for 0, 曰 for 日, no day, no year, digits run together): a line
# holding one is still the date line, and reading it gives the warning
DATE_DAMAGED = r"[\dOoＯ]{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日曰]?)?|\d{5,8}[日曰]|\d{1,2}\s*月\s*\d{1,2}\s*[日曰]"
DATE_LINE = re.compile(rf"^(?:{DATE_CN}|{DATE_ISO}|{DATE_HAN}|\d{{5,8}}|{DATE_DAMAGED})$")
COLOPHON = re.compile(rf"^(?P<office>\S.*?)\s*(?P<date>{DATE_CN}|{DATE_ISO})\s*印\s*发$")
DOC_NUMBER = re.compile(rf"^({DOC_NUMBER_WRITTEN})$")

ITEM_PATTERNS = (
    ("cn_paren", CN_PAREN),
    ("arabic_paren", ARABIC_PAREN),
    ("arabic_dot", ARABIC_DOT),
    ("arabic_dun", ARABIC_DUN),
)
def item(text):
    """(style, number, rest) when the line starts with an item number, else None."""
    for style, pattern in ITEM_PATTERNS:
        m = pattern.match(text)
        if m:
            n = cn_to_int(m.group(1)) if style == "cn_paren" else int(m.group(1))
            if n:
                return style, n, m.group(2)
    return None


def numbered(pattern, text):
    m = pattern.match(text)
    if m:
        n = cn_to_int(m.group(1))
        if n:
            return n, m.group(2)
    return None


def is_structural(text):
    """A line that starts a new block: never glued onto the line before it."""
    return bool(
        numbered(CHAPTER, text)
        or numbered(SECTION, text)
        or numbered(ARTICLE, text)
        or numbered(CN_LIST, text)
        or numbered(ORDINAL, text)
        or item(text)
        or ATTACHMENT_LABEL.match(text)
        or ATTACHMENT_LIST.match(text)
        or DISCLOSURE_NOTE.match(text)
        or DATE_LINE.match(text)
        or COLOPHON.match(text)
    )
