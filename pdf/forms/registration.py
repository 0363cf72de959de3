"""社区矫正对象基本情况登记表 (seed 003, 附件2): one ruled table with the paper form's merged cells.

Long answers wrap inside their cell; a band taller than SHORT_BAND that does not fit what is left of
the page is split inside the row (splitInRow), so the table continues on the next page without
overlapping or cut-off text; a short band moves to the next page whole. Short values (names, dates,
phones, addresses) shrink to fit their cell (pdf/forms/fit.py), which keeps six family members and
the 备注 on one A4 page.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from ..cjk import ChineseParagraph
from ..styles import FORM_MARGINS, style, table_style
from .common import build, check_glyphs, plain_date
from .data import FamilyMemberData, RegistrationData
from .fit import fitted

SIZE, LEADING = 10.5, 15  # 五号, as forms of this kind are set
FOOTNOTE = "备注：此表用于村(居)民委员会登记本辖区社区矫正对象基本情况，并反馈至受委托的司法所。"
MIN_FAMILY_ROWS = 4  # the paper form has four blank rows
# 8 columns over the 170 mm text width: label, value, label, value, ...
COLS = (19, 24, 19, 24, 21, 21, 19, 23)
PADDING = 3  # pt, each side of a cell
ADDRESS_MIN_SIZE = 8.5  # an address may wrap, but first shrinks this far to stay on one line
SHORT_BAND = 200  # pt: a band no taller than this is never split inside a row

LABELS = {
    "committee": "村(居)民委员会", "filled_by": "填表人", "name": "姓名", "sex": "性别", "ethnicity": "民族",
    "education": "文化程度", "health": "健康状况", "political_status": "原政治面貌",
    "marital_status": "婚姻状况", "contact": "联系方式", "residence_address": "居住地址",
    "household_address": "户籍地址", "criminal_record": "前科记录", "repentance": "悔罪表现",
    "main_experience": "主要经历", "living_situation": "生活情况",
    "workplace_or_school": "所在工作单位或就读学校", "work_or_study": "工作或在校学习情况",
    "personality": "性格特点", "skills": "能力专长", "other_traits": "其他特征", "family": "家庭主要成员",
    "relation": "关系", "workplace_or_address": "工作单位或住址", "phone": "联系电话",
    "family_problems": "存在的主要问题", "remarks": "备注",
}


def _styles():
    return {
        "title": style("title", 18, 28, "center"),
        "head": style("body", SIZE, LEADING + 3, "left"),
        "label": style("heading", SIZE, LEADING, "center"),
        "value": style("body", SIZE, LEADING, "left"),
        "note": style("body", 9, 13, "left"),
    }


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("是" if value else "否")


class _Band(Table):
    """A band that is split inside a row only when it is tall: a short row torn across two pages (a
    sliver of empty cells at the foot of one, the rest on the next) helps nobody; it moves whole."""

    def split(self, availWidth, availHeight):
        tall = getattr(self, "_height", 0) > SHORT_BAND
        keep, self.splitInRow = self.splitInRow, self.splitInRow if tall else 0
        try:
            return super().split(availWidth, availHeight)
        finally:
            self.splitInRow = keep


def _band(rows, widths_mm, spans=()) -> Table:
    """One horizontal band of the form's grid.

    The form is a stack of bands rather than one table with column spans: ReportLab re-wraps a
    split spanned cell at the width of its first column, so long text is kept in span-free bands.
    """
    table = _Band(rows, colWidths=[w * mm for w in widths_mm], splitInRow=1)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING), ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING),
    ]
    commands += [("SPAN", a, b) for a, b in spans]
    # answer rows get room to write by hand; padding is a minimum height that still grows with text
    table.setStyle(table_style(commands))
    return table


def registration_story(d: RegistrationData) -> list:
    check_glyphs(d, LABELS)
    st = _styles()

    def L(text):  # label cell
        return ChineseParagraph(text, st["label"])

    def V(value, room=0, width_mm=151):
        """A value cell keeping typed line breaks; `room` lines of writing space at least."""
        text = "" if value is None else str(value).strip()
        # an empty paragraph has no height; a no-break space keeps an empty row one line tall
        para = ChineseParagraph(escape(text).replace("\n", "<br/>") or "\u00a0", st["value"])
        if not room:
            return para
        per_line = max(1, int((width_mm * mm - 6) // SIZE))
        lines = sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))
        return [para, Spacer(1, max(0, room - lines) * LEADING)]

    def S(value, width_mm, min_size=None):
        """A short value on one line, shrunk to fit its cell (fit.py)."""
        extra = {"min_size": min_size} if min_size else {}
        return fitted(value, "body", SIZE, LEADING, width_mm * mm - 2 * PADDING, **extra)

    c, p = COLS, d.supervisee
    family = list(d.family) + [FamilyMemberData()] * max(0, MIN_FAMILY_ROWS - len(d.family))
    bands = [
        _band([[L("姓名"), S(p.name, c[1]), L("性别"), S(p.sex, c[3]), L("年龄"), S(p.age, c[5]), L("民族"),
                S(p.ethnicity, c[7])],
               [L("文化程度"), S(d.education, c[1]), L("健康状况"), S(d.health, c[3]), L("原政治面貌"),
                S(d.political_status, c[5]), L("婚姻状况"), S(d.marital_status, c[7])]], COLS),
        _band([[L("联系方式"), S(d.contact, 43), L("居住地址"), S(d.residence_address, 84, ADDRESS_MIN_SIZE)]],
              (19, 43, 24, 84)),
        _band([[L("户籍地址"), S(d.household_address, 151, ADDRESS_MIN_SIZE)],
               [L("前科记录"), V(d.criminal_record, 2)],
               [L("悔罪表现"), V(d.repentance, 2)],
               [L("主要经历"), V(d.main_experience, 5)],
               [L("生活情况"), V(d.living_situation, 2)]], (19, 151)),
        _band([[L("所在工作单位或就读学校"), S(d.workplace_or_school, 127, ADDRESS_MIN_SIZE)],
               [L("工作或在校学习情况"), V(d.work_or_study, 2, 127)]], (43, 127)),
        _band([[L("个体特征"), L("性格特点"), V(d.personality)],
               ["", L("能力专长"), V(d.skills)],
               ["", L("其他特征"), V(d.other_traits)]], (19, 24, 127), spans=[((0, 0), (0, 2))]),
        _band([[L("家庭主要成员"), L("姓名"), L("关系"), L("工作单位或住址"), L("联系电话")]]
              + [["", S(m.name, 24), S(m.relation, 19), S(m.workplace_or_address, 66, ADDRESS_MIN_SIZE),
                  S(m.phone, 42)] for m in family],
              (19, 24, 19, 66, 42), spans=[((0, 0), (0, len(family)))]),
        # the long question gets a wide label cell: two lines instead of three
        _band([[L("家庭关系是否存在问题"), V(_yes_no(d.family_has_problems)), L("存在的主要问题"),
                V(d.family_problems, 1, 84)]], (30, 32, 24, 84)),
        _band([[L("备注"), V(d.remarks, 2)]], (19, 151)),
    ]
    gap = "\u00a0" * 4  # about one character of room to write; paragraphs collapse U+3000
    head = (f"村(居)民委员会(盖章)：{d.committee or gap * 8}{gap}"
            f"填表人：{d.filled_by or gap * 5}{gap}"
            f"填表日期：{plain_date(d.fill_date) or f'{gap * 2}年{gap}月{gap}日'}")
    return [
        ChineseParagraph("社区矫正对象基本情况登记表", st["title"]),
        Spacer(1, 2 * mm),
        # one line, so the date is never broken after 年 (frame width less the frame's padding)
        fitted(head, "body", SIZE, LEADING + 3, sum(COLS) * mm - 12),
        Spacer(1, 1 * mm),
        *bands[:-1],
        # the footnote never stands alone on a page: it goes over with the table's last row
        KeepTogether([bands[-1], Spacer(1, 2 * mm), ChineseParagraph(FOOTNOTE, st["note"])]),
    ]


def render_registration(d: RegistrationData) -> bytes:
    title = f"社区矫正对象基本情况登记表 {d.supervisee.name}".strip()
    return build(registration_story(d), title, FORM_MARGINS)
