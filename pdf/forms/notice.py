"""协助社区矫正工作通知单: the notice (page 1, sent to the committee) and its 存根 (page 2, kept).

Laid out like seed 003 附件1. Two pages, not one sheet with a cut line: each part carries the whole
supervisee paragraph and up to ten items that run to three lines each, which does not fit half an A4
at a legible 小四 size (docs/FORMS.md).

Drawn straight onto the canvas (pdf/forms/sheet.py) rather than through platypus: the notice is only
text, and this is what lets a batch of 1000 notices build in about a second (bench/pdf_forms.py).
"""

from __future__ import annotations

from reportlab.lib.units import mm

from ..fonts import MissingGlyphError, font_name
from ..styles import FORM_MARGINS
from .common import check_glyphs, date_runs, plain_date
from .data import NoticeData, SuperviseeData
from .lines import text, value
from .sheet import Sheet, render

MAX_ITEMS = 10
SIZE, LEADING = 12, 21  # 小四
TITLE_SIZE, TITLE_LEADING = 20, 30
ITEM_INDENT = 3.5 * SIZE  # item text starts here; "1．" … "10．" end here
SEAL_INDENT = FORM_MARGINS.frame_width - 70 * mm  # the seal block stands at the right

LABELS = {
    "committee": "发往村(居)委会", "township": "乡镇(街道)", "name": "姓名", "sex": "性别",
    "household_register": "户籍地", "residence": "居住地", "crime": "罪名", "court": "判决法院",
    "sentence": "判处刑罚", "judgment_type": "判决文书类型", "category": "矫正类别", "items": "协助事项",
    "contact_person": "联系人", "contact_phone": "联系电话", "issuer": "填发单位", "filled_by": "填发人",
    "approved_by": "批准人",
}


def _strip_suffix(s: str, suffix: str) -> str:
    s = (s or "").strip()
    return s[: -len(suffix)] if suffix and s.endswith(suffix) and len(s) > len(suffix) else s


def number_line(d: NoticeData) -> list:
    if d.year is None or d.serial is None:
        return [text("（"), value(None, 2), text("）协通字第（"), value(None, 2), text("）号")]
    return [text(d.number)]


def supervisee_paragraph(p: SuperviseeData) -> list:
    return [
        text("社区矫正对象"), value(p.name, 4), text("，性别"), value(p.sex, 1), text("，"),
        *date_runs(p.birth_date, with_day=False), text("出生，户籍地"), value(p.household_register, 8),
        text("，居住地"), value(p.residence, 8), text("。"), *date_runs(p.judgment_date),
        text("，因犯"), value(_strip_suffix(p.crime, "罪"), 5), text("罪，被"),
        value(_strip_suffix(p.court, "人民法院"), 6), text("人民法院判处"), value(p.sentence, 6),
        text(f"，依据有关{p.judgment_type or '判决书(裁定书、决定书)'}被依法实行社区矫正，矫正类别"),
        value(p.category, 4), text("，矫正期限自"), *date_runs(p.term_start), text("起至"),
        *date_runs(p.term_end), text("止。现根据《社区矫正法》第十二条有关规定，请贵单位协助做好以下社区矫正工作："),
    ]


class _Fonts:
    def __init__(self):
        self.title, self.body = font_name("title"), font_name("body")


def _heading(sheet: Sheet, d: NoticeData, f: _Fonts, subtitle: str = "") -> None:
    sheet.paragraph([text("协助社区矫正工作通知单")], f.title, TITLE_SIZE, TITLE_LEADING, "center", reuse=True)
    if subtitle:
        sheet.paragraph([text(subtitle)], f.body, 14, 22, "center", reuse=True)
    sheet.paragraph(number_line(d), f.body, SIZE, LEADING, "center")
    sheet.skip(3 * mm)


def _body(sheet: Sheet, runs, f: _Fonts, reuse: bool = False) -> None:
    sheet.paragraph(runs, f.body, SIZE, LEADING, "justify", first_indent=2 * SIZE, reuse=reuse)


def _items(sheet: Sheet, d: NoticeData, f: _Fonts) -> None:
    items = [i.strip() for i in d.items if i and i.strip()][:MAX_ITEMS]
    blank_line = value(None, (sheet.width - ITEM_INDENT) / SIZE)  # to the right margin, to write on
    for n in range(1, MAX_ITEMS + 1):
        runs = [text(items[n - 1])] if n <= len(items) else [blank_line]
        sheet.paragraph(runs, f.body, SIZE, LEADING, "justify", indent=ITEM_INDENT, marker=f"{n}．",
                        reuse=True)


def _seal_block(sheet: Sheet, lines: list[list], f: _Fonts) -> None:
    """The seal area at the right: room for the stamp, then the signing lines, kept on one page."""
    sheet.keep(len(lines) * LEADING)
    for runs in lines:
        sheet.paragraph(runs, f.body, SIZE, LEADING, "left", indent=SEAL_INDENT)


def _notice_part(sheet: Sheet, d: NoticeData, f: _Fonts) -> None:
    _heading(sheet, d, f)
    addressee = [text(f"{d.committee}：")] if d.committee else [value(None, 8), text("村(居)民委员会：")]
    sheet.paragraph(addressee, f.body, SIZE, LEADING, "left")
    _body(sheet, supervisee_paragraph(d.supervisee), f, reuse=True)  # drawn once for notice and stub
    _items(sheet, d, f)
    _body(sheet, [text("执行地县级社区矫正机构或司法所联系人"), value(d.contact_person, 5), text("，电话"),
                  value(d.contact_phone, 7)], f)
    seal = [[text(d.issuer)], [text("（公章）")], date_runs(d.issue_date)]
    sheet.keep(LEADING + 10 * mm + len(seal) * LEADING)  # the seal never stands alone on a page
    _body(sheet, [text("特此通知。")], f, reuse=True)
    sheet.skip(10 * mm)
    # a blank form leaves an empty line for the issuer: the seal names it
    _seal_block(sheet, seal, f)


def _stub_part(sheet: Sheet, d: NoticeData, f: _Fonts) -> None:
    _heading(sheet, d, f, "（存根）")
    _body(sheet, supervisee_paragraph(d.supervisee), f, reuse=True)  # drawn once for notice and stub
    _items(sheet, d, f)
    if d.township or d.committee:
        send_to = [text("发往"), value(d.township, 5), value(d.committee, 8), text("。")]
    else:
        send_to = [text("发往"), value(None, 5), text("乡镇(街道)"), value(None, 5), text("村(居)民委员会。")]
    seal = [[text("填发人："), value(d.filled_by, 5)], [text("批准人："), value(d.approved_by, 5)],
            [text("（公章）")], [text("填发日期："), *date_runs(d.issue_date)]]
    sheet.keep(LEADING + 6 * mm + len(seal) * LEADING)  # the seal never stands alone on a page
    _body(sheet, send_to, f)
    sheet.skip(6 * mm)
    _seal_block(sheet, seal, f)


def draw_notice(sheet: Sheet, d: NoticeData) -> None:
    """The notice on a new page, then its stub on the next."""
    check_glyphs(d, LABELS)
    f = _Fonts()
    sheet.new_page()
    # unapproved: a stray sheet must not pass for a notice that was sent (docs/FORMS.md)
    sheet.watermark = "草稿" if d.draft else ""
    sheet.running_head = f"协助社区矫正工作通知单（续） {d.number}".rstrip()
    _notice_part(sheet, d, f)
    sheet.new_page()
    sheet.running_head = f"协助社区矫正工作通知单（存根）（续） {d.number}".rstrip()
    _stub_part(sheet, d, f)
    sheet.running_head = ""


def render_notice(d: NoticeData) -> bytes:
    return render(lambda sheet: draw_notice(sheet, d), f"协助社区矫正工作通知单 {d.number}".strip())


def render_notices(notices, progress=None) -> bytes:
    """Many notices in one PDF (each starting on a new page); progress(done, total) after each."""
    notices = list(notices)

    def draw(sheet: Sheet) -> None:
        for i, d in enumerate(notices):
            try:
                draw_notice(sheet, d)
            except MissingGlyphError as exc:  # say which notice of the batch it was
                who = f"{d.number or '未编号通知单'}（{d.supervisee.name}）"
                raise MissingGlyphError([(f"{who}{label}", chars) for label, chars in exc.problems]) from exc
            if progress:
                progress(i + 1, len(notices))

    return render(draw, "协助社区矫正工作通知单（批量）")


__all__ = ["render_notice", "render_notices", "draw_notice", "plain_date"]
