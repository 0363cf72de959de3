"""The parts of a GB/T 9704-2012 党政机关公文 page that are not running text.

Geometry (A4): 版心 156 × 225 mm, 天头 37 mm, 订口 28 mm (left on odd pages, right on even pages); body 3号
仿宋 on a grid of 22 lines × 28 characters. 版头: 发文机关标志 in red 小标宋, centred, its top 35 mm below the
版心's (7.2.3); 发文字号 centred two blank lines below it (7.2.4); a red line as wide as the 版心 4 mm below
the 发文字号 (7.2.6). 落款 without a seal (7.3.5.2); 版记 between thick rules at the foot of the last page
(7.4); page numbers "— N —" in 4号, 7 mm below the 版心, one character in from the outside edge (7.5).
"""

from __future__ import annotations

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from core.dates import chinese_date as _chinese_date

from .cjk import CJKParagraph, Span, _width
from .fonts import font_name
from .styles import BODY_SIZE, PAGE_HEIGHT, PAGE_WIDTH

TOP = 37 * mm
BINDING = 28 * mm
BLOCK_W = 156 * mm
BLOCK_H = 225 * mm
LINES, CHARS = 22, 28
LEADING = BLOCK_H / LINES
# 28 characters of 3号 are 448 pt, 156 mm is 442 pt: the grid sets them a little closer (as Word's 文档网格)
TRACKING = (BLOCK_W - CHARS * BODY_SIZE) / (CHARS - 1)
RED = Color(1, 0, 0)
FOLIO_SIZE = 14  # 4号
FOLIO_GAP = 7 * mm
MASTHEAD_SIZE = 42  # 初号: the usual height of a 发文机关标志; narrowed to fit the 版心 when long
MASTHEAD_TOP = 35 * mm
RULE_GAP = 4 * mm


def block_x(page_number: int) -> float:
    """Left edge of the 版心: the binding edge is on the left of odd pages, on the right of even ones."""
    return BINDING if page_number % 2 else PAGE_WIDTH - BINDING - BLOCK_W


BLOCK_Y = PAGE_HEIGHT - TOP - BLOCK_H  # bottom edge of the 版心


def text_width(text: str, font: str, size: float, tracking: float = 0.0) -> float:
    return sum(_width(ch, font) for ch in text) * size + tracking * max(0, len(text) - 1)


def draw_folio(canv: Canvas, page_number: int) -> None:
    """“— N —” on the outside corner: right on odd pages, left on even, one character in."""
    canv.saveState()
    canv.setFillColor(black)
    canv.setFont(font_name("body"), FOLIO_SIZE)
    x, y = block_x(page_number), BLOCK_Y - FOLIO_GAP - FOLIO_SIZE * 0.8
    text = f"— {page_number} —"
    if page_number % 2:
        canv.drawRightString(x + BLOCK_W - FOLIO_SIZE, y, text)
    else:
        canv.drawString(x + FOLIO_SIZE, y, text)
    canv.restoreState()


class Masthead(Flowable):
    """版头: 发文机关标志, 发文字号 and the red separator.

    One organ: “<organ>文件” on one line. Joint issue (联合行文): the organs stacked, each spread to the
    width of the longest, with “文件” to their right, centred on them (7.2.3). Too wide for the 版心, the
    characters are narrowed (horizontal scale), never made shorter, as printed mastheads are.
    """

    def __init__(self, organs: list[str], doc_number: str):
        super().__init__()
        self.organs, self.doc_number = [o for o in organs if o], doc_number
        self.font = font_name("title")
        self.mast_h = MASTHEAD_SIZE * (len(self.organs) + 0.25 * (len(self.organs) - 1))

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = MASTHEAD_TOP + self.mast_h + 3 * LEADING + RULE_GAP
        return self.width, self.height

    def _draw_masthead(self, top):
        c, s = self.canv, MASTHEAD_SIZE
        names = max((text_width(o, self.font, s) for o in self.organs), default=0)
        suffix = text_width("文件", self.font, s)
        joint = len(self.organs) > 1
        total = names + (0.5 * s + suffix if joint else suffix)
        scale = min(1.0, self.width / total)
        x0 = (self.width - total * scale) / 2
        tx = c.beginText()
        tx.setFont(self.font, s)
        tx.setFillColor(RED)
        tx.setHorizScale(scale * 100)
        for n, organ in enumerate(self.organs):
            y = top - s * 0.88 - n * s * 1.25
            own = text_width(organ, self.font, s)
            spread = (names - own) / (len(organ) - 1) if joint and len(organ) > 1 else 0
            tx.setCharSpace(spread * scale)
            tx.setTextOrigin(x0, y)
            tx.textOut(organ + ("" if joint else "文件"))
        if joint:
            tx.setCharSpace(0)
            tx.setTextOrigin(x0 + (names + 0.5 * s) * scale, top - self.mast_h / 2 - s * 0.38)
            tx.textOut("文件")
        tx.setCharSpace(0)
        tx.setHorizScale(100)  # Tz and Tc outlive the text object
        c.drawText(tx)

    def draw(self):
        c = self.canv
        top = self.height - MASTHEAD_TOP
        self._draw_masthead(top)
        line_top = top - self.mast_h - 2 * LEADING  # 下空二行
        baseline = line_top - (LEADING - BODY_SIZE) / 2 - 0.88 * BODY_SIZE
        c.setFillColor(black)
        c.setFont(font_name("body"), BODY_SIZE)
        c.drawCentredString(self.width / 2, baseline, self.doc_number)
        rule_y = baseline - 0.12 * BODY_SIZE - RULE_GAP
        c.setStrokeColor(RED)
        c.setLineWidth(0.5 * mm)
        c.line(0, rule_y, self.width, rule_y)


class Signature(Flowable):
    """落款 without a seal (7.3.5.2): the issuing organs, each on its own line, two characters in from
    the right; the 成文日期 on the next line starting two characters right of them. A date longer than
    that allows stands two characters in from the right and the organs move left to keep the offset."""

    def __init__(self, organs: list[str], date_text: str, size: float = BODY_SIZE):
        super().__init__()
        self.organs, self.date_text, self.size = [o for o in organs if o], date_text, size
        self.font = font_name("body")

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = (len(self.organs) + (1 if self.date_text else 0)) * LEADING
        return self.width, self.height

    def positions(self):
        """x of the organs and of the date, from the flowable's left edge."""
        s = self.size
        right = self.width - 2 * s
        organs = max((text_width(o, self.font, s, TRACKING) for o in self.organs), default=0)
        date = text_width(self.date_text, self.font, s, TRACKING)
        organ_x = right - organs
        if not self.organs or date + 2 * s > organs:
            organ_x = right - date - 2 * s
        return organ_x, organ_x + 2 * s

    def draw(self):
        c = self.canv
        organ_x, date_x = self.positions()
        lines = [(organ_x, o) for o in self.organs] + ([(date_x, self.date_text)] if self.date_text else [])
        tx = c.beginText()
        tx.setFont(self.font, self.size)
        tx.setCharSpace(TRACKING)
        for n, (x, text) in enumerate(lines):
            tx.setTextOrigin(x, self.height - n * LEADING - (LEADING - self.size) / 2 - 0.88 * self.size)
            tx.textOut(text)
        tx.setCharSpace(0)
        c.drawText(tx)


class Colophon(Flowable):
    """版记 (7.4) in 4号, pushed to the foot of the last page (the flowable takes the rest of it): a thick
    rule, the 抄送 line if any (its wrapped lines under the first organ after the colon), a thin rule,
    “<印发机关> … <date>印发” one character in from each side, and a thick rule on the 版心's bottom edge."""

    ROW = 2.2 * FOLIO_SIZE
    CC_LEADING = 1.5 * FOLIO_SIZE

    def __init__(self, office: str, date_text: str, cc: str = ""):
        super().__init__()
        self.office, self.date_text = office, date_text
        font = font_name("body")
        hang = text_width("抄送：", font, FOLIO_SIZE)
        self.cc = CJKParagraph([Span(cc, font)], FOLIO_SIZE, self.CC_LEADING, "justify", first_indent=-hang,
                               left_indent=FOLIO_SIZE + hang, right_indent=FOLIO_SIZE) if cc else None

    def _cc_height(self, width):
        return self.cc.wrap(width, 10000)[1] + self.ROW - self.CC_LEADING if self.cc else 0

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        needed = self.ROW + self._cc_height(avail_width)
        self.height = avail_height if avail_height >= needed else needed  # too little room: next page
        return self.width, self.height

    def draw(self):
        c, row = self.canv, self.ROW
        top = row + self._cc_height(self.width)
        c.setStrokeColor(black)
        c.setLineWidth(0.35 * mm)  # 7.4.1: first and last rules thick
        c.line(0, top, self.width, top)
        c.line(0, 0, self.width, 0)
        if self.cc:
            c.setLineWidth(0.25 * mm)  # the rule between 抄送 and 印发 thin
            c.line(0, row, self.width, row)
            self.cc.drawOn(c, 0, row + (row - self.CC_LEADING) / 2)
        c.setFillColor(black)
        c.setFont(font_name("body"), FOLIO_SIZE)
        y = row / 2 - FOLIO_SIZE / 3
        c.drawString(FOLIO_SIZE, y, self.office)
        c.drawRightString(self.width - FOLIO_SIZE, y, f"{self.date_text}印发")


def chinese_date(d) -> str:
    """成文日期 as the standard writes it: 2023年8月29日 (no leading zeros), core.dates' one format."""
    return _chinese_date(d)


class FolioCanvas(Canvas):
    """A canvas that numbers every page it finishes, whichever layout drew it (text, form or table),
    so a notice and its attachments are numbered on through as one document (7.5)."""

    def showPage(self):
        draw_folio(self, self.getPageNumber())
        super().showPage()
