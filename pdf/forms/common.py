"""What the form layouts share: filled-or-blank values, dates, the glyph check, rendering to bytes."""

from __future__ import annotations

import io
from datetime import date
from xml.sax.saxutils import escape

from reportlab.platypus import SimpleDocTemplate

from ..fonts import MissingGlyphError, check_fields, missing_chars
from ..styles import FORM_MARGINS
from .data import text_values

NBSP = "\u00a0"


def fill(value, blank_chars: int = 6) -> str:
    """Paragraph markup for a value on a form line: underlined text, or an empty underlined gap."""
    text = "" if value is None else str(value).strip()
    if not text:
        return f"<u>{NBSP * (blank_chars * 4)}</u>"  # a no-break space is about ¼ em
    return f"<u>{NBSP}{escape(text)}{NBSP}</u>"


def date_parts(day: date | None, with_day: bool = True, blank: int = 2) -> str:
    """“2024年3月5日” with each number underlined, or “＿年＿月＿日” gaps on a blank form."""
    if day is None:
        parts = [fill(None, blank + 1), "年", fill(None, blank), "月"]
        if with_day:
            parts += [fill(None, blank), "日"]
    else:
        parts = [fill(day.year), "年", fill(day.month), "月"]
        if with_day:
            parts += [fill(day.day), "日"]
    return "".join(parts)


def plain_date(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def check_glyphs(data, labels: dict[str, str]) -> None:
    """Refuse to print a value with a character the font lacks, naming the field in Chinese."""
    texts = text_values(data)
    # one cmap pass over all values; naming the fields is only needed when something is missing
    if not missing_chars("".join(texts.values()), "body"):
        return
    values = {}
    for key, text in texts.items():
        base = key.split("[")[0]
        suffix = key[len(base):]
        label = labels.get(base, base)
        if suffix:  # list rows: 协助事项第3项, 家庭主要成员第2行
            index = int(suffix[1:suffix.index("]")]) + 1
            sub = suffix.split(".", 1)[1] if "." in suffix else ""
            label = f"{label}第{index}行" + (f"{labels.get(sub, sub)}" if sub else "")
        values[label] = text
    problems = check_fields(values, "body")
    if problems:
        raise MissingGlyphError(problems)


def build(story, title: str, margins=FORM_MARGINS, on_page=None) -> bytes:
    """Lay out a platypus story on A4 and return the PDF bytes."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, title=title, author="", creator="社区矫正委员会工作台",
                            **margins.as_doc_kwargs())
    kwargs = {"onFirstPage": on_page, "onLaterPages": on_page} if on_page else {}
    doc.build(story, **kwargs)
    return buf.getvalue()
