"""Shared page setup and paragraph styles: the policy PDF (GB/T 9704) and the official forms.

GB/T 9704-2012 党政机关公文格式: A4, 版心 156 mm × 225 mm, top margin 37 mm, left 28 mm;
body 3号仿宋 (16 pt), 28 characters per line and 22 lines per page; title 2号小标宋 (22 pt);
first-level headings 3号黑体, second-level 3号楷体.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import textsplit as _rl_textsplit
from reportlab.platypus import TableStyle
from reportlab.platypus import paragraph as _rl_paragraph

from .fonts import font_name

pt = 1  # ReportLab's unit is the point

PAGE_SIZE = A4
PAGE_WIDTH, PAGE_HEIGHT = A4

BODY_SIZE = 16 * pt  # 3号
TITLE_SIZE = 22 * pt  # 2号
CHARS_PER_LINE = 28
LINES_PER_PAGE = 22


@dataclass(frozen=True)
class Margins:
    top: float
    bottom: float
    left: float
    right: float

    @property
    def frame_width(self) -> float:
        return PAGE_WIDTH - self.left - self.right

    @property
    def frame_height(self) -> float:
        return PAGE_HEIGHT - self.top - self.bottom

    def as_doc_kwargs(self) -> dict:
        """Keyword arguments for reportlab's SimpleDocTemplate / BaseDocTemplate."""
        return {
            "pagesize": PAGE_SIZE,
            # ReportLab's canvas otherwise starts in Helvetica and lists it, unembedded, in every PDF
            "initialFontName": font_name("body"),
            "topMargin": self.top,
            "bottomMargin": self.bottom,
            "leftMargin": self.left,
            "rightMargin": self.right,
        }


# 版心 exactly 28 body characters wide (448 pt ≈ 158 mm: the standard's 156 mm with 3号 type and
# zero tracking) and 225 mm tall, centred horizontally; top edge 37 mm as the standard requires.
_TEXT_WIDTH = CHARS_PER_LINE * BODY_SIZE
GBT9704_MARGINS = Margins(
    top=37 * mm,
    bottom=PAGE_HEIGHT - 37 * mm - 225 * mm,
    left=(PAGE_WIDTH - _TEXT_WIDTH) / 2,
    right=(PAGE_WIDTH - _TEXT_WIDTH) / 2,
)
# 22 lines in 225 mm.
BODY_LEADING = 225 * mm / LINES_PER_PAGE

# The official forms are printed on A4 with ordinary office margins.
FORM_MARGINS = Margins(top=20 * mm, bottom=18 * mm, left=20 * mm, right=20 * mm)

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}

# Chinese full-width punctuation that must never begin a line (GB/T 15834 避头点号).
CN_CANNOT_START = "，；：！？、。）》〉」』】〕”’…"


def use_chinese_line_breaking() -> None:
    """Teach ReportLab's CJK wrap not to start a line with Chinese closing punctuation.

    ReportLab keeps the list in module globals its wraps read (no per-style option): one in
    lib/textsplit (single-run paragraphs) and a copy in platypus/paragraph (mixed-font ones). Both lack
    full-width punctuation, so lines began with "，" or "；". Called by style(), so every PDF built from
    these styles gets the rule; it only ever adds characters and is idempotent. It is only a partial fix:
    ReportLab hangs at most one such mark and never keeps "《" or "（" off a line end — pdf.cjk's
    ChineseParagraph (forms) and CJKParagraph (policy PDF) apply the whole rule.
    """
    for module in (_rl_textsplit, _rl_paragraph):
        missing = "".join(ch for ch in CN_CANNOT_START if ch not in module.ALL_CANNOT_START)
        if missing:
            module.ALL_CANNOT_START = module.ALL_CANNOT_START + missing


@lru_cache(maxsize=256)
def style(role: str, size: float, leading: float | None = None, align: str = "left",
          indent_chars: float = 0, **extra) -> ParagraphStyle:
    """A CJK-wrapping ParagraphStyle in `role`'s font (cached: styles are immutable in use)."""
    use_chinese_line_breaking()  # before any paragraph in this style can wrap
    options = {
        "fontName": font_name(role),
        "fontSize": size,
        "leading": leading or size * 1.5,
        "alignment": _ALIGN[align],
        "firstLineIndent": indent_chars * size,
        "wordWrap": "CJK",  # break between any two Han characters, keep 。，at line ends
    }
    options.update(extra)
    return ParagraphStyle(name=f"{role}-{size}-{leading}-{align}-{indent_chars}-{sorted(extra.items())}",
                          **options)


def table_style(commands) -> TableStyle:
    """A TableStyle whose cells default to the body font.

    A ReportLab table sets its cells' font (Helvetica unless told) even where a cell holds only a
    Paragraph or nothing, which lists Helvetica, unembedded, in the PDF.
    """
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), font_name("body")), *commands])


def gbt9704_styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles of a GB/T 9704 document, keyed by what they set."""
    return {
        "title": style("title", TITLE_SIZE, TITLE_SIZE * 1.5, "center", spaceAfter=BODY_LEADING),
        "subtitle": style("kai", BODY_SIZE, BODY_LEADING, "center"),
        "body": style("body", BODY_SIZE, BODY_LEADING, "justify", 2),
        "heading1": style("heading", BODY_SIZE, BODY_LEADING, "left", 2),
        "heading2": style("kai", BODY_SIZE, BODY_LEADING, "left", 2),
        "heading3": style("body", BODY_SIZE, BODY_LEADING, "left", 2),
        "signature": style("body", BODY_SIZE, BODY_LEADING, "right", rightIndent=4 * BODY_SIZE),
        "note": style("body", 14 * pt, 14 * pt * 1.5, "justify", 2),  # 4号 for 附注
    }
