"""What the form layouts share: dates, the glyph check, rendering a platypus story to bytes."""

from __future__ import annotations

import io
from datetime import date

from reportlab.platypus import SimpleDocTemplate

from core.dates import chinese_date

from ..fonts import MissingGlyphError, check_fields, missing_chars
from ..styles import FORM_MARGINS
from .data import text_values
from .lines import Run, text, value

CREATOR = "社区矫正委员会工作台"  # the PDF's 创建程序, whichever way a form is laid out


def date_runs(day: date | None, with_day: bool = True, blank: float = 2) -> list[Run]:
    """“2024年3月5日” with each number underlined, or “＿年＿月＿日” gaps on a blank form."""
    numbers = [day.year, day.month, day.day] if day else [None, None, None]
    runs = [value(numbers[0], blank + 1), text("年"), value(numbers[1], blank), text("月")]
    if with_day:
        runs += [value(numbers[2], blank), text("日")]
    return runs


def plain_date(day: date | None) -> str:
    return chinese_date(day)


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
        base = base.rsplit(".", 1)[-1]  # a nested record's field is labelled by its own name
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
    doc = SimpleDocTemplate(buf, title=title, author="", creator=CREATOR,
                            **margins.as_doc_kwargs())
    kwargs = {"onFirstPage": on_page, "onLaterPages": on_page} if on_page else {}
    doc.build(story, **kwargs)
    return buf.getvalue()
