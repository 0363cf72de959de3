"""An approved 年度工作要点/年度工作总结 as a GB/T 9704 paper (A4, 版心 156 × 225 mm, 3号 仿宋 body).

标题 in 2号 小标宋 (after the committee's name, the year and kind on a second line when long), the approval
line in 楷体 under it ("（2026年2月20日经回龙坝镇社区矫正委员会审定）"), the 导语, each part's heading (一、 in 黑体), its
paragraphs (a lead-in "（一）…。" in 楷体, as 二级标题 are set), then the committee and the date of approval
at the right. Page numbers "— N —" on the outside corner.
"""

import re
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, Spacer

from pdf.fonts import font_name, require_glyphs
from pdf.styles import BODY_LEADING, BODY_SIZE, TITLE_SIZE, style

from . import layout
from .data import cn_date

# "（一）按期召开矫委会会议。" — a 二级标题 running into its paragraph: the lead-in up to the first 。
TITLE_CHARS = 18  # more than this does not sit well on one line of the 版心 in 2号
LEAD_IN = re.compile(r"^(（[一二三四五六七八九十]+）[^。]{1,40}。)(.*)$")


@dataclass
class PaperData:
    committee: str
    title: str
    approved_on: date | None
    preamble: list[str] = field(default_factory=list)
    sections: list = field(default_factory=list)  # [(“一、总体要求”, [paragraph, …])]


def from_paper(paper):
    return PaperData(committee=paper.committee, title=paper.title,
                     approved_on=paper.approved_at.astimezone().date() if paper.approved_at else None,
                     preamble=paper.preamble_paragraphs, sections=paper.numbered_sections())


def _paragraph(text, body, kai):
    match = LEAD_IN.match(text)
    if not match:
        return Paragraph(escape(text), body)
    return Paragraph(f'<font name="{kai}">{escape(match[1])}</font>{escape(match[2])}', body)


def _story(data: PaperData):
    st = layout.styles()
    title = style("title", TITLE_SIZE, TITLE_SIZE * 1.4, "center")
    approval = style("kai", BODY_SIZE, BODY_LEADING, "center")
    heading = style("heading", BODY_SIZE, BODY_LEADING, "justify", 2)
    kai = font_name("kai")
    rest = data.title[len(data.committee):] if data.committee and data.title.startswith(data.committee) else ""
    if rest and len(data.title) > TITLE_CHARS:  # two lines: the committee, then the year and the kind
        story = [Paragraph(f"{escape(data.committee)}<br/>{escape(rest)}", title)]
    else:
        story = [Paragraph(escape(data.title), title)]
    if data.approved_on:
        story.append(Paragraph(escape(f"（{cn_date(data.approved_on)}经{data.committee}审定）"), approval))
    story.append(Spacer(0, BODY_LEADING / 2))
    story += [_paragraph(p, st["body"], kai) for p in data.preamble]
    for label, paragraphs in data.sections:
        story.append(Paragraph(escape(label), heading))
        story += [_paragraph(p, st["body"], kai) for p in paragraphs]
    story += [Spacer(0, BODY_LEADING), layout.para(data.committee, st["signature"]),
              layout.para(cn_date(data.approved_on), st["signature"])]
    return story


def render(data: PaperData) -> bytes:
    """The paper as PDF bytes; pdf.fonts.MissingGlyphError names a part the fonts cannot draw."""
    texts = {"导语": "".join(data.preamble), "标题": data.title}
    for label, paragraphs in data.sections:
        texts[label] = label + "".join(paragraphs)
    require_glyphs(texts, "body")
    require_glyphs({"标题": data.title}, "title")
    require_glyphs({"各部分标题": "".join(label for label, _p in data.sections)}, "heading")
    return layout.build(_story(data), data.title, data.committee)
