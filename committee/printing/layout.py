"""Shared GB/T 9704 page of the committee's papers: A4, 版心 156 × 225 mm from 37 mm, "— N —" folios."""

from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from pdf.fonts import font_name
from pdf.forms.common import CREATOR
from pdf.styles import BODY_LEADING, BODY_SIZE, PAGE_SIZE, PAGE_WIDTH, TITLE_SIZE, style

RED = HexColor("#E60012")  # 红色 of the 版头 (GB/T 9704 7.2.3)
TOP, BLOCK_W, BLOCK_H = 37 * mm, 156 * mm, 225 * mm
NOTE_SIZE = 14  # 4号: 版记 and page numbers


def styles():
    return {
        "title": style("title", TITLE_SIZE, TITLE_SIZE * 1.4, "center", spaceAfter=BODY_LEADING / 2),
        "body": style("body", BODY_SIZE, BODY_LEADING, "justify", 2),
        "flush": style("body", BODY_SIZE, BODY_LEADING, "justify"),
        "heading": style("heading", BODY_SIZE, BODY_LEADING, "left", 2),
        "signature": style("body", BODY_SIZE, BODY_LEADING, "right", rightIndent=2 * BODY_SIZE),
        "centred": style("body", BODY_SIZE, BODY_LEADING, "center"),
    }


def para(text, st):
    return Paragraph(escape(text or ""), st)


def paragraphs(text, st):
    """One Paragraph per non-empty line of a textarea."""
    return [para(line.strip(), st) for line in (text or "").splitlines() if line.strip()]


def _template():
    x = (PAGE_WIDTH - BLOCK_W) / 2
    y = PAGE_SIZE[1] - TOP - BLOCK_H
    frame = Frame(x, y, BLOCK_W, BLOCK_H, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def folio(canvas, doc):
        canvas.saveState()
        canvas.setFont(font_name("body"), NOTE_SIZE)
        text, fy = f"— {doc.page} —", y - 7 * mm - NOTE_SIZE
        if doc.page % 2:  # outside corner: right on odd pages, left on even
            canvas.drawRightString(x + BLOCK_W - NOTE_SIZE, fy, text)
        else:
            canvas.drawString(x + NOTE_SIZE, fy, text)
        canvas.restoreState()

    return PageTemplate(id="page", frames=[frame], onPage=folio, pagesize=PAGE_SIZE)


def build(story, title, author) -> bytes:
    buffer = BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=PAGE_SIZE, title=title, author=author, creator=CREATOR,
                          initialFontName=font_name("body"))  # no stray Helvetica
    doc.addPageTemplates([_template()])
    doc.build(story)
    return buffer.getvalue()
