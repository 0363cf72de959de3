"""One PDF from several layouts: platypus stories and canvas-drawn forms on a single canvas.

A 公文's attachments may be forms with their own layouts (pdf/forms/); drawing everything on one
canvas keeps one embedded subset per font and lets the canvas number the pages straight through.
"""

from __future__ import annotations

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from .fonts import font_name
from .styles import PAGE_SIZE


def build_on(canv, story, frames_for_page, on_page=None, **info) -> None:
    """Lay `story` out on `canv` from its current (fresh) page on; leaves the canvas open.

    frames_for_page(page_number) → the Frame of that page (odd and even pages may differ).
    """
    start = canv.getPageNumber()
    templates = []
    for offset in (0, 1):  # the first template is the one for the current page
        number = start + offset

        def on_page_hook(c, doc, number=number):
            if on_page:
                on_page(c, doc)

        templates.append(PageTemplate(id=f"p{offset}", frames=[frames_for_page(number)], pagesize=PAGE_SIZE,
                                      onPage=on_page_hook, autoNextPageTemplate=f"p{1 - offset}"))
    doc = BaseDocTemplate(None, pagesize=PAGE_SIZE, initialFontName=font_name("body"), **info)
    doc._doSave = 0  # ReportLab's switch: the canvas stays open for the next part
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=lambda *args, **kwargs: canv)


def page_frame(x, y, width, height, name="body") -> Frame:
    return Frame(x, y, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name)
