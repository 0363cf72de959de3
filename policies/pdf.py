"""A policy page as a GB/T 9704-2012 PDF (ReportLab; page parts in pdf.gbt9704, text in pdf.cjk).

A notice with a 文号 is printed as a 公文: 版头 (red 发文机关标志, 发文字号, red line), 标题, 主送机关 flush
left, body, 附件说明 with hanging indent, 落款 and 成文日期, then the document it issues (seed 003's 意见)
on a new page, then each 附件 on a new page with “附件N” top left; a 附件 that is a form prints as the
form itself (pdf/forms/). 版记 at the foot of the last page. Rules and 细则 without a notice keep the
plain layout: 标题, 文号, body, 落款. Pages are numbered “— N —” straight through.
"""

from io import BytesIO
from urllib.parse import quote

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from pdf.assemble import build_on, page_frame
from pdf.cjk import CJKParagraph, Span
from pdf.fonts import FontConfigError, MissingGlyphError, font_name, require_glyphs
from pdf.forms.attached import draw_attached_form
from pdf.gbt9704 import (BLOCK_H, BLOCK_W, BLOCK_Y, LEADING, TRACKING, Colophon, FolioCanvas, Masthead,
                         Signature, block_x, chinese_date, text_width)
from pdf.styles import BODY_SIZE, PAGE_SIZE, TITLE_SIZE
from policies.kinds.printing import EM, para as _para


def _title(text):
    """2号小标宋, centred, wrapped into lines of even length (7.3.1: 排列对称); a title “<机关>关于…”
    that fits in two lines breaks before 关于, keeping both words whole."""
    at = text.find("关于")
    line = BLOCK_W // TITLE_SIZE
    if 0 < at <= line and len(text) - at <= line:
        text = f"{text[:at]}\n{text[at:]}"
    return _para(text, "title", "center", 0, TITLE_SIZE, balance=True)


def _body_parts(items, lead, label=""):
    """Parts of a body: ("flow", flowables) for text, ("printed", form, note, label) for a printable form.
    `lead` (label, title) goes before the first text; a form that comes first draws its own title, under
    `label`."""
    parts, flow, has_text = [], list(lead), False
    for item in items:
        printed = item.kind.printed_form(item)
        if printed:
            if has_text:
                parts.append(("flow", flow))
            parts.append(("printed", *printed, "" if has_text else label))
            flow, has_text, label = [], False, ""
        else:
            more = item.kind.flowables(item)
            flow.extend(more)
            has_text = has_text or bool(more)
    if has_text or (flow and not parts):
        parts.append(("flow", flow))
    return parts


def _attachment_list(attachments):
    """附件说明 (7.3.4): “附件：1. 名称”, wrapped lines under the name's first character."""
    out = [Spacer(1, LEADING)]
    label = Span("附件：", font_name("body"))
    start = 2 * EM
    for i, a in enumerate(attachments, 1):
        number = Span(f"{a.attachment_number or i}. ", font_name("body"))
        prefix = [label, number] if i == 1 else [number]
        x = start + (0 if i == 1 else _text_w(label))
        hang = sum(_text_w(s) for s in prefix)
        out.append(CJKParagraph([*prefix, Span(a.title, font_name("body"))], BODY_SIZE, LEADING, "left",
                                first_indent=-hang, left_indent=x + hang, tracking=TRACKING))
    return out


def _text_w(span):
    """Advance of a span on the grid (each character carries the tracking)."""
    return text_width(span.text, span.font, BODY_SIZE) + TRACKING * len(span.text)


def _signature(policy):
    organs, date = policy.signatory_lines(), chinese_date(policy.date_written)
    return [Spacer(1, LEADING), Signature(organs, date)] if organs or date else []


def _masthead_organs(policy):
    """The organs of the 发文机关标志 when the policy is a 公文 (an issuing notice with a 文号, not one of
    its attachments printed alone): the 落款's organs, else the 发布机构; [] otherwise."""
    if not (policy.notice_text and policy.meta("doc_number") and policy.notice is None):
        return []
    return policy.signatory_lines() or [o for o in [(policy.meta("publisher") or "").strip()] if o]


def _notice_parts(policy, amended=""):
    flow = []
    organs = _masthead_organs(policy)
    if organs:
        flow += [Masthead(organs, policy.meta("doc_number")), Spacer(1, 2 * LEADING)]  # 下空二行
    flow += [_title(policy.title)]
    if amended:
        flow.append(_para(amended, align="center", indent=0))
    if policy.meta("doc_number") and not organs:  # a 文号 but no organ to head the page: under the title
        flow.append(_para(policy.meta("doc_number"), align="center", indent=0))
    flow.append(Spacer(1, LEADING))
    if policy.notice_addressee():  # 7.3.2: flush left, wrapped lines flush left too
        flow.append(_para(policy.notice_addressee(), indent=0))
    flow += [_para(line) for line in policy.notice_body()]
    attachments = list(policy.attachments())
    # the 落款 never stands alone on a page: the 附件说明 (or the last paragraph) goes over with it
    closing = _attachment_list(attachments) if attachments else flow[-1:]
    if not attachments:
        flow = flow[:-1]
    flow.append(KeepTogether(closing + _signature(policy)))
    items = list(policy.numbered_body)
    if not items:
        return [("flow", flow)]
    lead = [PageBreak()]
    title = items[0].kind.document_title(items[0])
    if title is not None:  # the issued document's title
        lead += [_title(title), Spacer(1, LEADING)]
        items = items[1:]
    return [("flow", flow)] + _body_parts(items, lead)


def _plain_parts(policy, label, amended=""):
    lead = []
    if label:  # 7.3.7: “附件N” on line 1, the title on line 3
        lead += [_para(label, "heading", "left", 0), Spacer(1, LEADING)]
    lead += [_title(policy.title)]
    if amended:
        lead.append(_para(amended, align="center", indent=0))
    if policy.notice is None and policy.doc_number:
        lead.append(_para(policy.doc_number, align="center", indent=0))
    lead.append(Spacer(1, LEADING))
    parts = _body_parts(policy.numbered_body, lead, label)
    signature = _signature(policy) if policy.signatory_lines() else []  # no 署名: no 落款 to print
    if signature:
        if parts and parts[-1][0] == "flow":
            last = parts[-1][1]
            last.append(KeepTogether([last.pop(), *signature]))  # never a page holding only the 落款
        else:
            parts.append(("flow", signature))
    return parts


def amendment_line(version):
    """Under the title of an amended text, as Chinese law texts note it: "（2024年5月20日修订，自2024年7月1日
    起施行）", so the PDF says which text it is and when it took effect; "" for a first version."""
    if version is None or version.number < 2:
        return ""
    return f"（{chinese_date(timezone.localdate(version.published_at))}修订，自{chinese_date(version.effective_date)}起施行）"


def _parts(policy, version=None):
    amended = amendment_line(version)
    if not policy.notice_text:
        label = f"附件{policy.attachment_number}" if policy.notice is not None and policy.attachment_number else ""
        parts = _plain_parts(policy, label, amended)
    else:
        parts = _notice_parts(policy, amended)
        for a in policy.attachments():
            parts += _plain_parts(a, f"附件{a.attachment_number}" if a.attachment_number else "附件")
    # The 版记 closes the issued 公文; an attachment printed on its own is not the 公文 and has none.
    office = policy.colophon_office_display if policy.notice is None else ""
    if office:
        colophon = Colophon(office, chinese_date(policy.colophon_date_display), policy.colophon_cc_display)
        if parts[-1][0] == "flow":
            parts[-1][1].append(colophon)
        else:
            parts.append(("flow", [colophon]))
    return parts


def _frame(page_number):
    return page_frame(block_x(page_number), BLOCK_Y, BLOCK_W, BLOCK_H)


def check_glyphs(policy):
    """Raise pdf.fonts.MissingGlyphError naming a field the fonts cannot draw (never blank boxes)."""
    fields = {"标题": policy.title, "正文": policy.body_text(), "印发通知": policy.notice_text,
              "落款": policy.signatory, "版记": f"{policy.colophon_cc_display}{policy.colophon_office_display or ''}"}
    for a in policy.attachments() if policy.notice_text else []:
        fields[f"附件{a.attachment_number or ''}"] = a.title + a.body_text()
    require_glyphs(fields, "body")
    require_glyphs({"标题": policy.title, "发文机关标志": "".join(_masthead_organs(policy))}, "title")


def render_policy_pdf(policy, version=None):
    """The policy (with its attachments if it is a notice) as PDF bytes; `version`, the PolicyVersion whose
    text this is, puts its amendment line under the title when it is not the first."""
    check_glyphs(policy)
    buffer = BytesIO()
    info = dict(title=policy.title, author=policy.meta("publisher") or "", subject=policy.meta("doc_number") or "",
                creator="社区矫正委员会门户")
    canv = FolioCanvas(buffer, pagesize=PAGE_SIZE, initialFontName=font_name("body"))  # no stray Helvetica
    flows = []  # consecutive text parts are laid out in one pass, a page break between them
    for kind, *rest in _parts(policy, version):
        if kind == "flow":
            flows.append(rest[0])
            continue
        if flows:
            build_on(canv, _joined(flows), _frame, **info)
            flows = []
        form, note, label = rest
        draw_attached_form(canv, form, label=label, note=note, **info)
    if flows:
        build_on(canv, _joined(flows), _frame, **info)
    canv.save()
    return buffer.getvalue()


def _joined(flows):
    story = []
    for i, flow in enumerate(flows):
        if i == 0 and flow and isinstance(flow[0], PageBreak):  # each pass starts on a fresh page
            flow = flow[1:]
        elif i and not (flow and isinstance(flow[0], PageBreak)):
            story.append(PageBreak())
        story.extend(flow)
    return story


def pdf_response(request, policy, version=None):
    """The policy's PDF inline, or a page explaining why the fonts cannot print it (never a 500)."""
    try:
        data = render_policy_pdf(policy, version)
    except (MissingGlyphError, FontConfigError) as exc:
        # A clear explanation instead of a PDF with blank boxes (or a 500).
        return render(request, "policies/pdf_error.html", {"page": policy, "message": str(exc)}, status=503)
    response = HttpResponse(data, content_type="application/pdf")
    # ASCII fallback name plus the Chinese title (RFC 6266 filename*).
    response["Content-Disposition"] = (
        f'inline; filename="policy-{policy.pk}.pdf"; filename*=UTF-8\'\'{quote(policy.title)}.pdf'
    )
    return response
