"""协助社区矫正工作通知单: the notice (page 1, sent to the committee) and its 存根 (page 2, kept).

Laid out like seed 003 附件1. Two pages, not one sheet with a cut line: each part carries the whole
supervisee paragraph and up to ten items that run to three lines each, which does not fit half an A4
at a legible 小四 size (docs/FORMS.md).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from ..fonts import MissingGlyphError
from ..styles import FORM_MARGINS, style
from .cache import CachedParagraph as Paragraph
from .common import build, check_glyphs, date_parts, fill, plain_date
from .data import NoticeData

MAX_ITEMS = 10
SIZE, LEADING = 12, 21  # 小四

LABELS = {
    "committee": "发往村(居)委会", "township": "乡镇(街道)", "name": "姓名", "sex": "性别",
    "household_register": "户籍地", "residence": "居住地", "crime": "罪名", "court": "判决法院",
    "sentence": "判处刑罚", "judgment_type": "判决文书类型", "category": "矫正类别", "items": "协助事项",
    "contact_person": "联系人", "contact_phone": "联系电话", "issuer": "填发单位", "filled_by": "填发人",
    "approved_by": "批准人",
}


def _styles():
    return {
        "title": style("title", 20, 30, "center"),
        "subtitle": style("body", 14, 22, "center"),
        "number": style("body", SIZE, LEADING, "center"),
        "body": style("body", SIZE, LEADING, "justify", 2),
        "line": style("body", SIZE, LEADING, "left"),
        "item": style("body", SIZE, LEADING, "justify", leftIndent=2 * SIZE + SIZE * 1.5,
                      firstLineIndent=-SIZE * 1.5),
        "seal": style("body", SIZE, LEADING, "left", leftIndent=FORM_MARGINS.frame_width - 70 * mm),
    }


def _strip_suffix(text: str, suffix: str) -> str:
    text = (text or "").strip()
    return text[: -len(suffix)] if suffix and text.endswith(suffix) and len(text) > len(suffix) else text


def number_line(d: NoticeData) -> str:
    if d.year is None or d.serial is None:
        return f"（{fill(None, 2)}）协通字第（{fill(None, 2)}）号"
    return escape(d.number)


def supervisee_paragraph(d: NoticeData) -> str:
    judgment = escape(d.judgment_type) if d.judgment_type else "判决书(裁定书、决定书)"
    return (
        f"社区矫正对象{fill(d.name, 4)}，性别{fill(d.sex, 1)}，{date_parts(d.birth, with_day=False)}出生，"
        f"户籍地{fill(d.household_register, 8)}，居住地{fill(d.residence, 8)}。"
        f"{date_parts(d.judgment_date)}，因犯{fill(_strip_suffix(d.crime, '罪'), 5)}罪，"
        f"被{fill(_strip_suffix(d.court, '人民法院'), 6)}人民法院判处{fill(d.sentence, 6)}，"
        f"依据有关{judgment}被依法实行社区矫正，矫正类别{fill(d.category, 4)}，"
        f"矫正期限自{date_parts(d.term_start)}起至{date_parts(d.term_end)}止。"
        "现根据《社区矫正法》第十二条有关规定，请贵单位协助做好以下社区矫正工作："
    )


def _items(d: NoticeData, st) -> list:
    items = [i for i in d.items if i and i.strip()][:MAX_ITEMS]
    rows = []
    for n in range(1, MAX_ITEMS + 1):
        text = escape(items[n - 1].strip()) if n <= len(items) else fill(None, 33)
        rows.append(Paragraph(f"{n}．{text}", st["item"]))
    return rows


def _seal_block(lines: list[str], st) -> list:
    """The seal area at the right: room for the stamp, then the signing lines."""
    return [Paragraph(line, st["seal"]) for line in lines]


def _notice_part(d: NoticeData, st) -> list:
    addressee = (f"{escape(d.committee)}：" if d.committee
                 else f"{fill(None, 8)}村(居)民委员会：")
    story = [
        Paragraph("协助社区矫正工作通知单", st["title"]),
        Paragraph(number_line(d), st["number"]),
        Spacer(1, 3 * mm),
        Paragraph(addressee, st["line"]),
        Paragraph(supervisee_paragraph(d), st["body"]),
        *_items(d, st),
        Paragraph(f"执行地县级社区矫正机构或司法所联系人{fill(d.contact_person, 5)}，"
                  f"电话{fill(d.contact_phone, 7)}", st["body"]),
        Paragraph("特此通知。", st["body"]),
        Spacer(1, 10 * mm),
        *_seal_block([escape(d.issuer) or "\u00a0", "（公章）", date_parts(d.issue_date)], st),
    ]
    return story


def _stub_part(d: NoticeData, st) -> list:
    if d.township or d.committee:
        send_to = f"发往{fill(d.township, 5)}{fill(d.committee, 8)}。"
    else:
        send_to = f"发往{fill(None, 5)}乡镇(街道){fill(None, 5)}村(居)民委员会。"
    return [
        Paragraph("协助社区矫正工作通知单", st["title"]),
        Paragraph("（存根）", st["subtitle"]),
        Paragraph(number_line(d), st["number"]),
        Spacer(1, 3 * mm),
        Paragraph(supervisee_paragraph(d), st["body"]),
        *_items(d, st),
        Paragraph(send_to, st["body"]),
        Spacer(1, 6 * mm),
        *_seal_block([f"填发人：{fill(d.filled_by, 5)}", f"批准人：{fill(d.approved_by, 5)}",
                     "（公章）", f"填发日期：{date_parts(d.issue_date)}"], st),
    ]


def notice_story(d: NoticeData) -> list:
    """Flowables of one notice: the notice page, then the stub page."""
    check_glyphs(d, LABELS)
    st = _styles()
    return [*_notice_part(d, st), PageBreak(), *_stub_part(d, st)]


def render_notice(d: NoticeData) -> bytes:
    title = f"协助社区矫正工作通知单 {d.number}".strip()
    return build(notice_story(d), title, FORM_MARGINS)


def render_notices(notices, progress=None) -> bytes:
    """Many notices in one PDF (each starting on a new page); progress(done, total) after each."""
    notices = list(notices)
    story = []
    for i, d in enumerate(notices):
        if story:
            story.append(PageBreak())
        try:
            story.extend(notice_story(d))
        except MissingGlyphError as exc:  # say which notice of the batch it was
            who = f"{d.number or '未编号通知单'}（{d.name}）"
            raise MissingGlyphError([(f"{who}{label}", chars) for label, chars in exc.problems]) from exc
        if progress:
            progress(i + 1, len(notices))
    return build(story, "协助社区矫正工作通知单（批量）", FORM_MARGINS)


__all__ = ["render_notice", "render_notices", "notice_story", "plain_date"]
