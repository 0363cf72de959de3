"""A text that stops before its end: a web page copied only in part, a download cut off.

Two signals. A document ends on a full stop (its last article or paragraph), a date (落款, 版记) or a closing
note: a last line that ends on anything else — a word, a comma, an opening bracket — was cut off there. And a
set of rules (articles 第N条, or a title naming a 办法/细则/规则/规定/条例/法) that nobody signed ends with its
closing provision (“本办法自…起施行”, “…负责解释”, “…同时废止”): one whose last article says something else
stops before its end, even on a full stop.
"""

import re

from . import markers, text

CODE = "truncated"
ENDINGS = "。！？!?…；;"
QUOTE_LEN = 20
# a title that names a set of rules (simplified and traditional characters)
RULES_TITLE = re.compile(r"(办法|辦法|细则|細則|规则|規則|规定|規定|条例|條例|章程|法)\s*(?:[（(](试行|試行|草案)[）)])?$")
# what the closing provision of a set of rules says: when it takes effect, who interprets it, what it replaces
CLOSING = re.compile(r"施行|实行|實行|执行|執行|实施|實施|生效|有效期|解释|解釋|废止|廢止|试行|試行")


def last_words(line):
    return line[-QUOTE_LEN:]


def is_cut_off(line):
    """True when `line`, the last line of a document, stops mid-sentence."""
    if (markers.DATE_LINE.match(line) or markers.COLOPHON.match(line) or markers.DISCLOSURE_NOTE.match(line)
            or markers.ATTACHMENT_LABEL.match(line)):
        return False
    stripped = line.rstrip(text.CLOSERS)
    return not stripped or stripped[-1] not in ENDINGS


def is_rules(doc, article_kind):
    """A set of rules: its body has articles (第N条) or its title names a kind of rules."""
    return (any(b["type"] == article_kind for b in doc["body"])
            or bool(RULES_TITLE.search(doc["body_title"] or doc["title"])))


def unclosed(doc, source_lines):
    """The last block's text when `doc` is a set of rules whose last block is no closing provision, else ""."""
    if doc["notice"] or doc["attachments"] or not doc["body"]:
        return ""
    last = " ".join(source_lines(doc["body"][-1]))
    return "" if CLOSING.search(last) else last


def check(doc, lines, report, article_kind, source_lines):
    """Warn when the document stops mid-sentence, or is a set of rules without its closing provision. A document
    closed by a signature, a 版记 or a form attachment has its end and is not checked. `source_lines(block)` is
    the block's text (from its kind)."""
    if not lines or doc["signature"] or doc["colophon"] or (doc["attachments"] and doc["attachments"][-1]["form"]):
        return
    last = lines[-1]
    line = last.numbers[-1] if last.numbers else last.number
    if is_cut_off(last.text):
        words = last_words(last.text)
        report.warn(CODE, f"文件可能不完整：最后一段停在“…{words}”，没有结束的标点，请与原文核对。", line, words)
        return
    if is_rules(doc, article_kind) and (words := last_words(unclosed(doc, source_lines))):
        report.warn(CODE, f"文件可能不完整：这是一份规则类文件，没有落款，最后一段“…{words}”也不是施行、解释、"
                          "废止之类的结束条款，后面可能还有内容，请与原文核对。", line, words)
