"""Shrink to fit: a short value (a name, a date, a phone) stays on one line in a narrow table cell.

The type gets smaller down to a floor instead of wrapping ("欧阳示例" broken after 欧阳 reads as two
people, a date broken after 年 as two dates). Only a value still too wide at the floor wraps, at the
floor size: text is never cut off or drawn past the cell.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from ..cjk import ChineseParagraph
from ..fonts import font_name
from ..styles import style

MIN_SIZE = 7.5  # pt: below this a form filled in by hand and read by the elderly stops being legible
STEP = 0.25  # sizes come in steps so the style cache stays small


def fitted_size(text: str, role: str, size: float, width: float, min_size: float = MIN_SIZE) -> float:
    """The largest size ≤ `size` (in STEPs, not below `min_size`) at which `text` is one line of `width` pt."""
    lines = text.split("\n")
    widest = max(stringWidth(line, font_name(role), size) for line in lines)
    if widest <= width:
        return size
    fit = int(size * width / widest / STEP) * STEP
    return max(min_size, fit)


def fitted(text, role: str, size: float, leading: float, width: float, align: str = "left",
           min_size: float = MIN_SIZE) -> ChineseParagraph:
    """A cell paragraph of `text` shrunk to fit `width` points (the cell less its padding)."""
    text = "" if text is None else str(text).strip()
    if not text:  # an empty paragraph has no height; a no-break space keeps the row one line tall
        return ChineseParagraph("\u00a0", style(role, size, leading, align))
    actual = fitted_size(text, role, size, width, min_size)
    st = style(role, actual, leading * actual / size, align)
    return ChineseParagraph(escape(text).replace("\n", "<br/>"), st)
