"""A signed 会议纪要 as a GB/T 9704 纪要 (A4, 版心 156 × 225 mm, 3号 仿宋 body).

纪要标志 "<委员会>会议纪要" in red 小标宋 centred at the top, the 期号 under it, the office and signing
date above a red rule; the text; 出席/列席/请假 lists (黑体 labels); the 版记 at the foot of the last page:
分送 and "<office>  <date>印发" between rules. Page numbers "— N —" on the outside corner.
"""

from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, Paragraph, Spacer

from pdf.fonts import font_name, require_glyphs
from pdf.styles import BODY_LEADING, BODY_SIZE, style

from .data import MinutesData, cn_date
from .layout import NOTE_SIZE, RED, Rule, build

MARK_SIZE = 26  # 纪要标志: larger than the 2号 title, as offices print it; 16 characters fit one line


class TwoSides(Flowable):
    """The office at the left and the signing date at the right of one line."""

    def __init__(self, left, right):
        super().__init__()
        self.left, self.right = left, right

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, BODY_LEADING

    def draw(self):
        self.canv.setFont(font_name("body"), BODY_SIZE)
        self.canv.drawString(BODY_SIZE, BODY_SIZE * 0.3, self.left)
        self.canv.drawRightString(self.width - BODY_SIZE, BODY_SIZE * 0.3, self.right)


class Colophon(Flowable):
    """版记 at the foot of the page: rule, 分送, rule, office and 印发 date, rule."""

    def __init__(self, recipients, office, issued):
        super().__init__()
        self.recipients, self.office, self.issued = recipients, office, issued
        self.para = Paragraph(escape(f"分送：{recipients}。"),
                              style("body", NOTE_SIZE, NOTE_SIZE * 1.5, "left", hangingIndent=0,
                                    leftIndent=NOTE_SIZE, rightIndent=NOTE_SIZE))

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        _w, self.para_h = self.para.wrap(avail_width, avail_height)
        need = self.para_h + NOTE_SIZE * 2.6
        self.height = max(avail_height, need) if avail_height >= need else need
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setStrokeColor(HexColor("#000000"))
        line_h = NOTE_SIZE * 2
        y0 = 0
        c.setLineWidth(0.75)
        c.line(0, y0, self.width, y0)
        c.setFont(font_name("body"), NOTE_SIZE)
        c.drawString(NOTE_SIZE, y0 + NOTE_SIZE * 0.55, self.office)
        c.drawRightString(self.width - NOTE_SIZE, y0 + NOTE_SIZE * 0.55, f"{self.issued}印发")
        c.setLineWidth(0.5)
        c.line(0, y0 + line_h * 0.8, self.width, y0 + line_h * 0.8)
        self.para.drawOn(c, 0, y0 + line_h * 0.8 + NOTE_SIZE * 0.3)
        c.setLineWidth(0.75)
        c.line(0, y0 + line_h * 0.8 + self.para_h + NOTE_SIZE * 0.5, self.width,
               y0 + line_h * 0.8 + self.para_h + NOTE_SIZE * 0.5)


def _story(data: MinutesData):
    body = style("body", BODY_SIZE, BODY_LEADING, "justify", 2)
    mark = style("title", MARK_SIZE, MARK_SIZE * 1.3, "center", textColor=RED)
    centred = style("body", BODY_SIZE, BODY_LEADING, "center")
    label = font_name("heading")
    story = [Paragraph(escape(f"{data.committee}会议纪要"), mark), Spacer(0, BODY_LEADING / 3),
             Paragraph(escape(data.issue_no), centred), Spacer(0, BODY_LEADING / 2),
             TwoSides(data.office, cn_date(data.signed_on)), Rule(thickness=2), Spacer(0, BODY_LEADING / 2),
             Paragraph(escape(data.opening), body)]
    story += [Paragraph(escape(p), body) for p in data.paragraphs]
    story.append(Spacer(0, BODY_LEADING / 2))
    hanging = style("body", BODY_SIZE, BODY_LEADING, "justify", 0, leftIndent=5 * BODY_SIZE,
                    firstLineIndent=-3 * BODY_SIZE)
    for title, names in (("出席", data.present), ("列席", data.observers), ("请假", data.absent)):
        if names:
            story.append(Paragraph(f'<font name="{label}">{title}：</font>{escape("、".join(names))}', hanging))
    story.append(Colophon("，".join(data.recipients), data.office, cn_date(data.issued_on or data.signed_on)))
    return story


def render(data: MinutesData) -> bytes:
    """The 纪要 as PDF bytes; pdf.fonts.MissingGlyphError names a field the fonts cannot draw."""
    require_glyphs({"纪要正文": data.opening + "".join(data.paragraphs),
                    "参会人员": "".join(data.present + data.observers + data.absent),
                    "分送单位": "".join(data.recipients), "期号": data.issue_no}, "body")
    require_glyphs({"委员会名称": data.committee}, "title")
    return build(_story(data), f"{data.committee}会议纪要（{data.issue_no}）", data.office)
