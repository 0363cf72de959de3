"""One PDF from several layouts: platypus stories and canvas-drawn forms on a single canvas.

A 公文's attachments may be forms with their own layouts (pdf/forms/); drawing everything on one
canvas keeps one embedded subset per font and lets the canvas number the pages straight through.
"""

from __future__ import annotations

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from .fonts import font_name
from .styles import PAGE_SIZE


class _ParityTemplate(PageTemplate):
    """One template whose frame is chosen per page from the canvas's page number: odd and even pages
    differ (the binding edge), and the number counts the pages drawn before this pass too."""

    def __init__(self, frames_for_page, on_page):
        super().__init__(id="page", frames=[frames_for_page(1)], pagesize=PAGE_SIZE)
        self.frames_for_page, self.on_page = frames_for_page, on_page

    def beforeDrawPage(self, canv, doc):
        self.frames = [self.frames_for_page(canv.getPageNumber())]
        if self.on_page:
            self.on_page(canv, doc)


def build_on(canv, story, frames_for_page, on_page=None, **info) -> None:
    """Lay `story` out on `canv` from its current (fresh) page on; leaves the canvas open.

    frames_for_page(page_number) → the Frame of that page; on_page(canv, doc) draws on each page.
    """
    doc = BaseDocTemplate(None, pagesize=PAGE_SIZE, initialFontName=font_name("body"), **info)
    doc._doSave = 0  # ReportLab's switch: the canvas stays open for the next part
    doc.addPageTemplates([_ParityTemplate(frames_for_page, on_page)])
    doc.build(story, canvasmaker=lambda *args, **kwargs: canv)


def page_frame(x, y, width, height, name="body") -> Frame:
    return Frame(x, y, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name)
