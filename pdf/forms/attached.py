"""A blank form printed as an attachment (附件N) of a policy document, in the form's own layout.

The page keeps the form's width (its tables are 170 mm wide, wider than the 156 mm 版心) but leaves
room above for the “附件N” label (黑体, top left, 7.3.7) and below for the document's page number.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Frame

from ..assemble import build_on
from ..cjk import ChineseParagraph
from ..fonts import font_name
from ..styles import BODY_SIZE, FORM_MARGINS, PAGE_HEIGHT, Margins, style
from .data import NoticeData, RegistrationData
from .lines import text
from .notice import LEADING, SIZE, draw_notice
from .registration import FOOTNOTE, registration_story
from .sheet import FRAME_PADDING, Sheet

LABEL_TOP = 15 * mm  # the label's top; the form starts a line below it
LABEL_ROOM = BODY_SIZE * 1.75
# the folio is drawn 7 mm below the 版心 (35 mm from the bottom edge): the form ends above it
ATTACHED_MARGINS = Margins(top=LABEL_TOP + LABEL_ROOM, bottom=28 * mm, left=FORM_MARGINS.left,
                           right=FORM_MARGINS.right)
KINDS = ("assistance_notice", "registration")


def _same_text(a: str, b: str) -> bool:
    # "备注:此表…," typed with half-width punctuation is the footnote the form already prints
    return unicodedata.normalize("NFKC", a).strip() == unicodedata.normalize("NFKC", b).strip()


def draw_label(canv, label: str) -> None:
    """“附件N” flush with the form's left edge, above it."""
    if label:
        canv.saveState()
        canv.setFont(font_name("heading"), BODY_SIZE)
        x = ATTACHED_MARGINS.left + FRAME_PADDING
        canv.drawString(x, PAGE_HEIGHT - LABEL_TOP - 0.88 * BODY_SIZE, label)
        canv.restoreState()


def draw_attached_form(canv, kind: str, label: str = "", note: str = "", **info) -> None:
    """Draw the blank form `kind` from the canvas's current (fresh) page on; a `note` the form does
    not already print goes under it. Leaves the canvas on a fresh page."""
    if kind not in KINDS:
        raise ValueError(f"未知的表单类型：{kind}")
    if kind == "assistance_notice":
        sheet = Sheet(canv, ATTACHED_MARGINS)
        draw_label(canv, label)
        draw_notice(sheet, NoticeData())
        if note.strip():
            sheet.skip(LEADING / 2)
            sheet.paragraph([text(note.strip())], font_name("body"), SIZE, LEADING, "justify")
        canv.showPage()
        return
    story = registration_story(RegistrationData())
    if note.strip() and not _same_text(note, FOOTNOTE):
        story.append(ChineseParagraph(escape(note.strip()), style("body", 9, 13, "left")))
    m = ATTACHED_MARGINS
    build_on(canv, story, lambda number: Frame(m.left, m.bottom, m.frame_width, m.frame_height),
             on_page=lambda c, doc: draw_label(c, label) if doc.page == 1 else None, **info)
