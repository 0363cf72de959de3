"""Lines of form text drawn straight onto A4 pages, top to bottom, turning the page when one is full.

The notice is text only (no tables), so it needs none of platypus's frames and flowables: a Sheet keeps
the current height, draws each laid-out line (pdf/forms/lines.py) with its underlines, and starts a new
page rather than ever drawing below the bottom margin.
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from ..fonts import font_name
from ..styles import FORM_MARGINS, PAGE_HEIGHT, PAGE_SIZE, PAGE_WIDTH
from .common import CREATOR
from .lines import Line, break_lines, string_width

FRAME_PADDING = 6  # as platypus frames, so these forms line up with the ones built with tables
UNDERLINE_OFFSET = 0.125  # em below the baseline
UNDERLINE_WIDTH = 0.5  # pt
HEAD_SIZE, HEAD_LEADING = 10.5, 18  # 五号: the running head of a continuation page
WATERMARK_SIZE, WATERMARK_GREY, WATERMARK_ALPHA = 150, 0.55, 0.22  # light enough to read the form through


def new_canvas(buf: io.BytesIO, title: str) -> Canvas:
    canv = Canvas(buf, pagesize=PAGE_SIZE, initialFontName=font_name("body"))  # no stray Helvetica
    canv.setTitle(title)
    canv.setAuthor("")
    canv.setCreator(CREATOR)
    return canv


class Sheet:
    def __init__(self, canv: Canvas, margins=FORM_MARGINS):
        self.canv = canv
        self.x0 = margins.left + FRAME_PADDING
        self.width = margins.frame_width - 2 * FRAME_PADDING
        self.top = PAGE_HEIGHT - margins.top - FRAME_PADDING
        self.bottom = margins.bottom + FRAME_PADDING
        self.y = self.top  # top of the next line's box
        self.blank = True  # nothing drawn on the current page yet
        self.forms: dict = {}  # paragraph → name of its Form XObject in this PDF
        # A loose continuation sheet must say what it continues: set per part, drawn on every page turn.
        self.running_head = ""
        self.watermark = ""  # "草稿" across every page of a draft, drawn when the page is finished

    def new_page(self) -> None:
        if not self.blank:
            self.finish_page()
        self.y, self.blank = self.top, True

    def finish_page(self) -> None:
        if self.watermark:
            c = self.canv
            c.saveState()
            c.setFillGray(WATERMARK_GREY)
            c.setFillAlpha(WATERMARK_ALPHA)
            c.setFont(font_name("heading"), WATERMARK_SIZE)
            c.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            c.rotate(40)
            c.drawCentredString(0, -WATERMARK_SIZE / 3, self.watermark)
            c.restoreState()
        self.canv.showPage()

    def _turn(self) -> None:
        """The current part runs on: a new page headed by `running_head`."""
        self.new_page()
        if self.running_head:
            self.canv.setFont(font_name("body"), HEAD_SIZE)
            self.canv.drawRightString(self.x0 + self.width, self.y - HEAD_SIZE, self.running_head)
            self.y -= HEAD_LEADING + HEAD_SIZE / 2

    def skip(self, height: float) -> None:
        self.y -= height

    def keep(self, height: float) -> None:
        """Turn the page now unless `height` more points fit on it (keeps a seal block together)."""
        if self.y - height < self.bottom and not self.blank:
            self._turn()

    def paragraph(self, runs, font: str, size: float, leading: float, align: str = "justify",
                  indent: float = 0.0, first_indent: float = 0.0, marker: str = "",
                  reuse: bool = False) -> None:
        """Lay out and draw `runs`; `marker` ("3．") is set right-aligned into the indent of the first line.

        reuse: the same paragraph recurs in this PDF (a standard item, the stub repeating the notice), so
        draw it once as a Form XObject and let every later copy only reference it.
        """
        runs = tuple(runs)
        width = self.width - indent
        lines = break_lines(runs, font, size, width, first_indent)
        height = len(lines) * leading
        if reuse and (self.y - height >= self.bottom or self.blank):
            key = (runs, font, size, leading, align, indent, first_indent, marker)
            name = self.forms.get(key)
            if name is None:
                name = self.forms[key] = f"CCForm{len(self.forms)}"
                top, self.y = self.y, 0.0
                self.canv.beginForm(name, 0, -height - size, self.x0 + self.width + size, size)
                self._draw(lines, font, size, leading, align, indent, first_indent, marker, breaks=False)
                self.canv.endForm()
                self.y = top
            self.canv.saveState()
            self.canv.translate(0, self.y)
            self.canv.doForm(name)
            self.canv.restoreState()
            self.y -= height
            self.blank = False
            return
        self._draw(lines, font, size, leading, align, indent, first_indent, marker)

    def _draw(self, lines, font, size, leading, align, indent, first_indent, marker, breaks=True) -> None:
        width = self.width - indent
        tx = self.canv.beginText()
        tx.setFont(font, size)
        underlines = []
        for n, line in enumerate(lines):
            if breaks and self.y - leading < self.bottom and not self.blank:
                self._finish(tx, underlines)
                self._turn()
                tx, underlines = self.canv.beginText(), []
                tx.setFont(font, size)
            baseline = self.y - size
            room = width - (first_indent if n == 0 else 0)
            x = self.x0 + indent + (first_indent if n == 0 else 0)
            if n == 0 and marker:
                mw = string_width(marker, font, size)
                tx.setCharSpace(0)
                tx.setTextOrigin(self.x0 + indent - mw, baseline)
                tx.textOut(marker)
            self._line(tx, underlines, line, x, baseline, room, size, align)
            self.y -= leading
            self.blank = False
        self._finish(tx, underlines)

    def _line(self, tx, underlines, line: Line, x: float, baseline: float, room: float, size: float,
              align: str) -> None:
        spacing = 0.0
        if align == "center":
            x += (room - line.width) / 2
        elif align == "right":
            x += room - line.width
        elif align == "justify" and not line.last and line.count > 1:
            spacing = max(0.0, room - line.width) / (line.count - 1)
        tx.setCharSpace(spacing)
        for offset, index, chars in line.texts:
            tx.setTextOrigin(x + offset + index * spacing, baseline)
            tx.textOut(chars)
        y = baseline - UNDERLINE_OFFSET * size
        for start, first, end, last in line.rules:
            underlines.append((x + start + first * spacing, y, x + end + last * spacing, y))

    def _finish(self, tx, underlines) -> None:
        self.canv.drawText(tx)
        if underlines:
            self.canv.setLineWidth(UNDERLINE_WIDTH)
            self.canv.lines(underlines)


def render(draw, title: str) -> bytes:
    """PDF bytes of what `draw(sheet)` puts on a fresh sheet."""
    buf = io.BytesIO()
    canv = new_canvas(buf, title)
    sheet = Sheet(canv)
    draw(sheet)
    sheet.finish_page()
    canv.save()
    return buf.getvalue()
