"""A policy page as a GB/T 9704 PDF (ReportLab, fonts by role from `pdf.fonts`).

Layout: A4; 版心 156 × 225 mm, 37 mm from the top, 28 mm from the binding edge (left on odd pages,
right on even pages); body 3号 (16 pt) in the "body" (仿宋-style) font; title 2号 (22 pt) "title"
font; 一、 headings "heading" (黑体-style); （一） sections "kai" (楷体-style); page numbers "— N —" in
4号 on the outside corner; the 版记 (印发机关 … 印发) at the foot of the last page.
A notice is printed with its attachments, each starting on a new page.
"""

from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageBreak, PageTemplate, Paragraph, Spacer

from pdf.fonts import font_name, require_glyphs
from pdf.styles import BODY_LEADING, BODY_SIZE, PAGE_SIZE, PAGE_WIDTH, TITLE_SIZE, style

TOP = 37 * mm
BINDING = 28 * mm
BLOCK_W = 156 * mm
BLOCK_H = 225 * mm
FOLIO_SIZE = 14  # 4号
FOLIO_GAP = 7 * mm  # page number sits this far below the text block


def _styles():
    return {
        "title": style("title", TITLE_SIZE, TITLE_SIZE * 1.4, "center", spaceAfter=BODY_LEADING / 2),
        "docno": style("body", BODY_SIZE, BODY_LEADING, "center"),
        "body": style("body", BODY_SIZE, BODY_LEADING, "justify", 2),
        "flush": style("body", BODY_SIZE, BODY_LEADING, "justify"),
        "heading": style("heading", BODY_SIZE, BODY_LEADING, "left", 2),
        "chapter": style("heading", BODY_SIZE, BODY_LEADING, "center"),
        "section": style("kai", BODY_SIZE, BODY_LEADING, "left", 2),
        "signature": style("body", BODY_SIZE, BODY_LEADING, "right", rightIndent=2 * BODY_SIZE),
        "attachment_no": style("heading", BODY_SIZE, BODY_LEADING, "left"),
    }


def _p(text, st):
    return Paragraph(escape(text or ""), st)


class Colophon(Flowable):
    """版记: two rules with "<office>　　<date>印发" between, pushed to the bottom of the page."""

    height_needed = 2.2 * FOLIO_SIZE

    def __init__(self, office, date_text):
        super().__init__()
        self.office, self.date_text = office, date_text

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        # Fill the rest of the page so the lines land at the bottom; too little room moves it on.
        self.height = avail_height if avail_height >= self.height_needed else self.height_needed
        return self.width, self.height

    def draw(self):
        c = self.canv
        h = self.height_needed
        c.setLineWidth(0.7)
        c.line(0, h, self.width, h)
        c.line(0, 0, self.width, 0)
        c.setFont(font_name("body"), FOLIO_SIZE)
        y = h / 2 - FOLIO_SIZE / 3
        c.drawString(FOLIO_SIZE, y, self.office)
        c.drawRightString(self.width - FOLIO_SIZE, y, f"{self.date_text}印发")


def _date(d):
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def _body_flowables(items, st):
    out = []
    for item in items:
        value = item.value
        if item.type == "heading":
            title = f"{item.label}{'　' if value.get('style') == 'cn_chapter' else ''}{value.get('title', '')}"
            if item.level == "section":
                out.append(_p(title, st["section"]))
            else:
                out.append(CondPageBreak(3 * BODY_LEADING))  # keep a heading with its first lines
                out.append(_p(title, st["chapter" if value.get("style") == "cn_chapter" else "heading"]))
        elif item.type in ("article", "paragraph"):
            for i, (text, subitems) in enumerate(item.paragraphs):
                if i == 0 and item.type == "article":
                    label = f'<font name="{font_name("heading")}">{escape(item.label)}</font>　'
                    out.append(Paragraph(label + escape(text), st["body"]))
                elif text:
                    out.append(_p(text, st["body"]))
                out.extend(_p(f"{lab}{sub}", st["body"]) for lab, sub in subitems)
        elif item.type == "duty_list":
            out.append(CondPageBreak(3 * BODY_LEADING))
            out.append(_p(f"{item.label}{getattr(item.unit, 'name', '')}", st["heading"]))
            for _, subitems in item.paragraphs:
                out.extend(_p(f"{lab}{sub}", st["body"]) for lab, sub in subitems)
        elif item.type == "form":
            names = {"assistance_notice": "协助社区矫正工作通知单", "registration": "社区矫正对象基本情况登记表"}
            out.append(_p(f"（表单：{names.get(value.get('form'), '')}）", st["body"]))
            if value.get("note"):
                out.append(_p(value.get("note"), st["body"]))
    return out


def _document(policy, st, with_attachment_label):
    out = []
    if with_attachment_label and policy.attachment_number:
        out.append(_p(f"附件{policy.attachment_number}", st["attachment_no"]))
    out.append(_p(policy.title, st["title"]))
    if policy.notice is None and policy.doc_number and not policy.notice_text:
        out.append(_p(policy.doc_number, st["docno"]))
    if policy.notice_text:
        lines = policy.notice_paragraphs()
        for i, line in enumerate(lines):
            out.append(_p(line, st["flush" if i == 0 and line.endswith("：") else "body"]))
        attachments = list(policy.attachments())
        if attachments:
            out.append(Spacer(1, BODY_LEADING / 2))
            for i, a in enumerate(attachments, 1):
                prefix = "附件：" if i == 1 else "　　　"
                out.append(_p(f"{prefix}{a.attachment_number or i}. {a.title}", st["body"]))
        out.append(Spacer(1, BODY_LEADING))
        if policy.signatory:
            out.append(_p(policy.signatory, st["signature"]))
        if policy.date_written:
            out.append(_p(_date(policy.date_written), st["signature"]))
    out.extend(_body_flowables(policy.numbered_body, st))
    return out


def _story(policy):
    st = _styles()
    story = _document(policy, st, with_attachment_label=policy.notice is not None)
    if policy.notice_text:
        for attachment in policy.attachments():
            story.append(PageBreak())
            story.extend(_document(attachment, st, with_attachment_label=True))
    office = policy.colophon_office_display
    if office:
        story.append(Colophon(office, _date(policy.colophon_date_display)))
    return story


def _page_template(name, odd, next_name):
    x = BINDING if odd else PAGE_WIDTH - BINDING - BLOCK_W
    y = PAGE_SIZE[1] - TOP - BLOCK_H
    frame = Frame(x, y, BLOCK_W, BLOCK_H, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name)

    def folio(canvas, doc):
        canvas.saveState()
        canvas.setFont(font_name("body"), FOLIO_SIZE)
        text = f"— {doc.page} —"
        fy = y - FOLIO_GAP - FOLIO_SIZE
        if odd:  # outside corner: right on odd pages, left on even, one character in
            canvas.drawRightString(x + BLOCK_W - FOLIO_SIZE, fy, text)
        else:
            canvas.drawString(x + FOLIO_SIZE, fy, text)
        canvas.restoreState()

    return PageTemplate(id=name, frames=[frame], onPage=folio, autoNextPageTemplate=next_name, pagesize=PAGE_SIZE)


def check_glyphs(policy):
    """Raise pdf.fonts.MissingGlyphError naming a field the fonts cannot draw (never blank boxes)."""
    fields = {"标题": policy.title, "正文": policy.body_text(), "印发通知": policy.notice_text}
    for a in policy.attachments() if policy.notice_text else []:
        fields[f"附件{a.attachment_number or ''}"] = a.title + a.body_text()
    require_glyphs(fields, "body")
    require_glyphs({"标题": policy.title}, "title")


def render_policy_pdf(policy):
    """The policy (with its attachments if it is a notice) as PDF bytes."""
    check_glyphs(policy)
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=PAGE_SIZE, title=policy.title, author=policy.meta("publisher") or "",
        subject=policy.meta("doc_number") or "", creator="社区矫正委员会门户",
        leftMargin=BINDING, rightMargin=PAGE_WIDTH - BINDING - BLOCK_W, topMargin=TOP,
        bottomMargin=PAGE_SIZE[1] - TOP - BLOCK_H, initialFontName=font_name("body"),  # no stray Helvetica
    )
    doc.addPageTemplates([_page_template("odd", True, "even"), _page_template("even", False, "odd")])
    doc.build(_story(policy))
    return buffer.getvalue()
