"""Repair what text extraction does to a document: page numbers, running headers, stray spaces,
lines broken mid-sentence. Every removal is recorded in the report."""

import re
from collections import Counter
from dataclasses import dataclass, field

from core.cjk import CJK, QUOTES

from . import markers, metadata

_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
PAGE_NUMBER = re.compile(r"^(?:[-—–－―_~～]+\s*\d{1,4}\s*[-—–－―_~～]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})$")
# Navigation and download links of the web page a document was copied from (whole lines, or the
# labelled beginnings these sites use); a rule's own text never starts like this.
WEB_CHROME = re.compile(
    r"^(?:(?:文本|附件|相关)下载\s*[:：]|【\s*字体|字体大小\s*[:：]|(?:当前位置|您现在的位置|上一篇|下一篇|分享到)\s*[:：]"
    r"|(?:网站地图|打印本页|关闭窗口|【\s*打印\s*】|【\s*关闭\s*】|扫一扫在手机打开当前页|返回顶部)\s*$"
    # a row of bracketed page tools: 【打印本页】【关闭窗口】, [打印] [关闭]
    r"|(?:[【\[［]\s*(?:打印本页|关闭窗口|打印|关闭|返回顶部|加入收藏|收藏本文)\s*[】\]］]\s*)+$)"
)
_CJK = CJK + QUOTES
# one stray space next to Chinese text (PDF extraction puts them around digits and mid-word)
_STRAY = re.compile(rf"(?<=[{_CJK}])[ ](?=[{_CJK}0-9])|(?<=[{_CJK}0-9])[ ](?=[{_CJK}])")
_RUN_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}]) {{2,}}(?=[{_CJK}])")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
TERMINAL = "。；！？：:;!?…"
CLOSERS = "”’」』）)》】"
_OPEN_ENDING = "，、,《“‘（(「『【—-"


@dataclass
class Line:
    number: int  # first source line
    text: str
    numbers: list = field(default_factory=list)  # every source line joined into this one
    raw_width: float = 0  # width as laid out, spaces included: what the wrap width is about


def normalise(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _INVISIBLE.sub("", _SPACES.sub(" ", text))


def split(text):
    """(number, stripped text) for each non-empty source line."""
    return [(n, t.strip()) for n, t in enumerate(text.split("\n"), start=1) if t.strip()]


_PUBLISHED = re.compile(r"发布(?:时间|日期)\s*[:：]\s*(\d{4}-\d{1,2}-\d{1,2})")


def clean(pairs, report, meta=None):
    """Drop page numbers, running headers and web chrome; remove stray spaces; tidy numbering marks."""
    page_lines = {i for i, (_, t) in enumerate(pairs) if PAGE_NUMBER.match(t)}
    headers = _running_headers(pairs, page_lines)
    out = []
    for i, (number, text) in enumerate(pairs):
        if i in page_lines:
            report.repair("page_number", "删除页码。", number, text)
        elif text in headers:
            report.repair("running_header", "删除页眉。", number, text)
        elif WEB_CHROME.match(text):
            report.warn("web_chrome", "疑似网页导航或下载链接，不属于文件正文，已略去。", number, text)
            published = _PUBLISHED.search(text)
            if published and meta is not None:  # the page's 发布时间 is the document's 发布日期
                parsed, _ = metadata.parse_date(published.group(1))
                if parsed:
                    meta.setdefault("date_published", parsed.isoformat())
        else:
            out.append(Line(number, tidy(text), [number], width(text)))
    return out


def tidy(text):
    text = _STRAY.sub("", text)
    text = _RUN_BETWEEN_CJK.sub(" ", text)
    return _tidy_number(text)


def _tidy_number(text):
    """Full-width digits and dots in a leading number ("４．" -> "4.") so styles are recognised."""
    m = re.match(r"^[（(]?[０-９0-9]{1,3}[．.、)）]?", text)
    if m and re.search("[０-９．]", m.group()):
        text = m.group().translate(_FULLWIDTH_DIGITS).replace("．", ".") + text[m.end():]
    return text


def _running_headers(pairs, page_lines):
    """Short lines that repeat next to page numbers are running headers (页眉)."""
    near = Counter()
    for i in page_lines:
        for j in (i - 1, i + 1):
            if 0 <= j < len(pairs) and j not in page_lines and len(pairs[j][1]) <= 30:
                near[pairs[j][1]] += 1
    return {text for text, count in near.items() if count >= 2 and not markers.is_structural(tidy(text))}


def width(text):
    return sum(0.5 if ord(c) < 128 else 1 for c in text)


def line_width(lines):
    """The width text was wrapped at, or None when each line is already a whole paragraph.

    Wrapped text has many lines within a few characters of the wrap width (first lines of
    paragraphs are two characters shorter: the indent).
    """
    widths = [round(l.raw_width) for l in lines if l.raw_width >= 8]
    if len(widths) < 8:
        return None
    counts = Counter(widths)
    best, best_count = None, 0
    for w in range(16, 61):
        count = sum(counts[v] for v in range(w - 3, w + 1))
        if count > best_count:
            best, best_count = w, count
    return best if best_count >= len(widths) * 0.3 else None


SHORT = 200  # a date line or a 版记 (colophon) is one short line; longer text is never either


def join(lines):
    """Glue lines broken mid-sentence back into paragraphs (pieces are joined once at the end, so a
    paragraph of thousands of lines stays linear)."""
    wrap = line_width(lines)
    out, pieces, last_width = [], [], 0
    for line in lines:
        if out and not markers.is_structural(line.text) and (_continues(pieces[-1], last_width, wrap)
                                                             or _resumes(pieces[-1], line.text)):
            pieces[-1].append(" " + line.text if _needs_space(pieces[-1][-1], line.text) else line.text)
            out[-1].numbers.extend(line.numbers)
        else:
            out.append(Line(line.number, line.text, list(line.numbers), line.raw_width))
            pieces.append([line.text])
        last_width = line.raw_width
    for line, parts in zip(out, pieces):
        line.text = "".join(parts)
    return out


def _last_char(parts):
    """The paragraph's last character before closing brackets and quotes."""
    for part in reversed(parts):
        stripped = part.rstrip(CLOSERS)
        if stripped:
            return stripped[-1]
    return ""


def _continues(parts, last_width, wrap):
    if len(parts) <= SHORT and sum(len(p) for p in parts) <= SHORT:  # every part has a character
        text = "".join(parts)
        if markers.DATE_LINE.match(text) or markers.COLOPHON.match(text):
            return False
    end = _last_char(parts)
    if end and end in _OPEN_ENDING:
        return True  # a paragraph never ends on a comma or an opening bracket
    if wrap is None:
        return False
    # A line (nearly) filled to the wrap width was cut by the layout. Ending on a full stop it is
    # ambiguous, so only a completely full line continues; a shorter one ended its paragraph.
    if end and end in TERMINAL:
        return last_width >= wrap - 1
    return last_width >= wrap * 0.85  # first lines are indented, lines of 《》 and digits vary


def _resumes(parts, text):
    """Pages converted from HTML break before a 《》 title inside a sentence ("贯彻落实" / "《实施办法》是…"):
    a line opening with 《 continues a line that did not end its sentence."""
    end = _last_char(parts)
    return text.startswith("《") and bool(end) and end not in TERMINAL and not parts[-1].endswith(tuple(CLOSERS))


def _needs_space(left, right):
    return left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum()
