"""A signed 会议纪要 in the 纪要格式 of GB/T 9704-2012 (10.3) on the standard's A4 page (版心 156 × 225 mm,
3号 仿宋 body), compared with a page set by the standard (docs/COMMITTEE.md, "纪要 PDF"):

- 版头: the 纪要标志 "<委员会>会议纪要" in red 小标宋, centred, its top 35 mm below the 版心's (10.3); the 期号
  centred two blank lines below it (where 7.2.4 puts a 发文字号); the office at the left and the 签发 date at the
  right on the next line, as offices print a 纪要 (10.3: "纪要格式可以根据实际制定"); the red separator 4 mm
  below (7.2.5);
- the text, a line that is a first-level heading ("一、审议……", no closing 。) in 3号黑体 (7.3.3), as a real
  常务会议纪要 heads each 议题 (docs/COMMITTEE.md); one blank line, then 出席, 请假, 列席 in that order (10.3): the word in 3号黑体 two characters
  in, a full-width colon, the names in 3号仿宋, wrapped lines aligned under the first name;
- no 发文机关署名 and no seal: a 纪要 is not signed off at its end;
- the 版记 at the foot of the last page (7.4, pdf.gbt9704.Colophon): 分送 (the units it is 印发 to, 7.4.2's
  抄送 line) and "<office> … <date>印发" between 0.35/0.25/0.35 mm rules; "— N —" folios on the outside.
"""

import re
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from pdf.fonts import font_name, require_glyphs
from pdf.gbt9704 import MASTHEAD_TOP, RULE_GAP, Colophon, text_width
from pdf.styles import BODY_LEADING, BODY_SIZE, style

from .data import MinutesData, cn_date
from .layout import RED, build

MARK_SIZE = 26  # 一号: the 纪要标志 (a long committee name is narrowed to the 版心, never made smaller)
ORDER = (("出席", "present"), ("请假", "absent"), ("列席", "observers"))  # 10.3's order
HEADING = re.compile(r"^[一二三四五六七八九十]+、.*[^。；：]$")  # “一、审议……”: a heading line, not a sentence


class MinutesHead(Flowable):
    """纪要标志, 期号, office and date, red separator: the 版头 of a 纪要."""

    def __init__(self, mark, issue_no, office, date_text):
        super().__init__()
        self.mark, self.issue_no, self.office, self.date_text = mark, issue_no, office, date_text

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = MASTHEAD_TOP + MARK_SIZE + 4 * BODY_LEADING + RULE_GAP
        return self.width, self.height

    def _baseline(self, line_top):
        return line_top - (BODY_LEADING - BODY_SIZE) / 2 - 0.88 * BODY_SIZE

    def draw(self):
        c = self.canv
        top = self.height - MASTHEAD_TOP
        font = font_name("title")
        width = text_width(self.mark, font, MARK_SIZE)
        scale = min(1.0, self.width / width)
        tx = c.beginText()
        tx.setFont(font, MARK_SIZE)
        tx.setFillColor(RED)
        tx.setHorizScale(scale * 100)
        tx.setTextOrigin((self.width - width * scale) / 2, top - MARK_SIZE * 0.88)
        tx.textOut(self.mark)
        tx.setHorizScale(100)
        c.drawText(tx)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(font_name("body"), BODY_SIZE)
        issue_y = self._baseline(top - MARK_SIZE - 2 * BODY_LEADING)  # 下空二行
        c.drawCentredString(self.width / 2, issue_y, self.issue_no)
        line_y = issue_y - BODY_LEADING
        c.drawString(BODY_SIZE, line_y, self.office)
        c.drawRightString(self.width - BODY_SIZE, line_y, self.date_text)
        rule_y = line_y - 0.12 * BODY_SIZE - RULE_GAP
        c.setStrokeColor(RED)
        c.setLineWidth(0.5 * mm)
        c.line(0, rule_y, self.width, rule_y)


def attendance(data: MinutesData):
    """出席/请假/列席 lines: 黑体 word two characters in, 仿宋 names, wrapped lines under the first name."""
    hanging = style("body", BODY_SIZE, BODY_LEADING, "justify", 0, leftIndent=5 * BODY_SIZE,
                    firstLineIndent=-3 * BODY_SIZE)
    label = font_name("heading")
    return [Paragraph(f'<font name="{label}">{word}</font>：{escape("、".join(getattr(data, field)))}', hanging)
            for word, field in ORDER if getattr(data, field)]


def _story(data: MinutesData):
    body = style("body", BODY_SIZE, BODY_LEADING, "justify", 2)
    story = [MinutesHead(f"{data.committee}会议纪要", data.issue_no, data.office, cn_date(data.signed_on)),
             Spacer(0, BODY_LEADING), Paragraph(escape(data.opening), body)]
    heading = style("heading", BODY_SIZE, BODY_LEADING, "justify", 2)
    story += [Paragraph(escape(p), heading if HEADING.match(p) else body) for p in data.paragraphs]
    lists = attendance(data)
    if lists:
        story += [Spacer(0, BODY_LEADING), *lists]  # 正文下空一行
    recipients = "，".join(data.recipients)
    story.append(Colophon(data.office, cn_date(data.issued_on or data.signed_on),
                          f"分送：{recipients}。" if recipients else ""))
    return story


def render(data: MinutesData) -> bytes:
    """The 纪要 as PDF bytes; pdf.fonts.MissingGlyphError names a field the fonts cannot draw."""
    require_glyphs({"纪要正文": data.opening + "".join(data.paragraphs),
                    "参会人员": "".join(data.present + data.observers + data.absent),
                    "分送单位": "".join(data.recipients), "期号": data.issue_no}, "body")
    require_glyphs({"纪要正文": "".join(p for p in data.paragraphs if HEADING.match(p))}, "heading")
    require_glyphs({"委员会名称": data.committee}, "title")
    return build(_story(data), f"{data.committee}会议纪要（{data.issue_no}）", data.office)
