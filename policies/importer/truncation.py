"""A text that stops mid-sentence: a web page copied only in part, a download cut off.

A document ends on a full stop (its last article or paragraph), a date (落款, 版记) or a closing note;
a last line that ends on anything else — a word, a comma, an opening bracket — was cut off there.
"""

from . import markers, text

CODE = "truncated"
ENDINGS = "。！？!?…；;"
QUOTE_LEN = 20


def last_words(line):
    return line[-QUOTE_LEN:]


def is_cut_off(line):
    """True when `line`, the last line of a document, stops mid-sentence."""
    if (markers.DATE_LINE.match(line) or markers.COLOPHON.match(line) or markers.DISCLOSURE_NOTE.match(line)
            or markers.ATTACHMENT_LABEL.match(line)):
        return False
    stripped = line.rstrip(text.CLOSERS)
    return not stripped or stripped[-1] not in ENDINGS


def check(doc, lines, report):
    """Warn when the document's last line stops mid-sentence. A document closed by a signature,
    a 版记 or a form attachment has its end and is not checked."""
    if not lines or doc["signature"] or doc["colophon"] or (doc["attachments"] and doc["attachments"][-1]["form"]):
        return
    last = lines[-1]
    if is_cut_off(last.text):
        words = last_words(last.text)
        report.warn(CODE, f"文件可能不完整：最后一段停在“…{words}”，没有结束的标点，请与原文核对。",
                    last.numbers[-1] if last.numbers else last.number, words)
