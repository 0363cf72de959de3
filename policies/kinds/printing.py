"""Paragraphs on the GB/T 9704 body grid: what every kind's `flowables` is made of."""

from pdf.cjk import CJKParagraph, Span
from pdf.fonts import font_name
from pdf.gbt9704 import LEADING, TRACKING
from pdf.styles import BODY_SIZE

EM = BODY_SIZE


def para(text, role="body", align="justify", indent=2, size=BODY_SIZE, **kw):
    """A paragraph of one font on the body grid; `indent` in characters for the first line."""
    tracking = TRACKING if size == BODY_SIZE else 0.0
    return CJKParagraph([Span(text or "", font_name(role))], size, LEADING, align, first_indent=indent * size,
                        tracking=tracking, **kw)


def labelled(label, text):
    """First 款 of an article: its number in 黑体, the text in 仿宋."""
    spans = [Span(label, font_name("heading")), Span(f"　{text}", font_name("body"))]
    return CJKParagraph(spans, BODY_SIZE, LEADING, first_indent=2 * EM, tracking=TRACKING)


def items(subitems):
    return [para(f"{lab}{sub}") for lab, sub in subitems]
