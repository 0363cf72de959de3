"""协助人员名单: the office's approved assistants, printed for 备案 with the county bureau."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from ..cjk import ChineseParagraph
from ..styles import FORM_MARGINS, style, table_style
from .common import build, check_glyphs, plain_date
from .data import RosterData
from .fit import fitted

SIZE, LEADING = 10.5, 15
HEADER = ["序号", "姓名", "性别", "推荐村(居)委会", "身份", "联系电话", "审查通过日期", "协助对象"]
WIDTHS = (10, 24, 10, 26, 20, 28, 26, 26)  # 170 mm; 姓名 and 联系电话 wide enough to stay on one line
MIN_ROWS = 10  # a blank roster still has lines to fill in
PADDING = 3  # pt, left and right in each cell (as the 登记表): more room for names and dates

LABELS = {"office": "司法所", "township": "乡镇(街道)", "rows": "名单", "name": "姓名", "sex": "性别",
          "committee": "村(居)委会", "role_in_community": "身份", "phone": "联系电话", "supervisees": "协助对象"}


def roster_story(d: RosterData) -> list:
    check_glyphs(d, LABELS)
    head = style("heading", SIZE, LEADING, "center")
    cell = style("body", SIZE, LEADING, "left")
    centre = style("body", SIZE, LEADING, "center")

    def P(text, st=cell):
        return ChineseParagraph(escape(str(text or "")) or "\u00a0", st)

    def S(text, col, align="left"):
        """Names, dates and phones stay on one line: shrunk to fit the narrow column (fit.py)."""
        return fitted(text, "body", SIZE, LEADING, WIDTHS[col] * mm - 2 * PADDING, align)

    rows = [[ChineseParagraph(h, head) for h in HEADER]]
    for n, r in enumerate(d.rows, 1):
        rows.append([S(n, 0, "center"), S(r.name, 1), S(r.sex, 2, "center"), P(r.committee),
                     S(r.role_in_community, 4), S(r.phone, 5), S(plain_date(r.reviewed_on), 6, "center"),
                     P(r.supervisees)])
    for _ in range(max(0, MIN_ROWS - len(d.rows))):
        rows.append([P("") for _ in HEADER])
    table = Table(rows, colWidths=[w * mm for w in WIDTHS], repeatRows=1, splitInRow=1)
    table.setStyle(table_style([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
    ]))
    gap = "\u00a0" * 4  # about one character; paragraphs collapse U+3000
    office = escape(d.office) or gap * 8
    when = plain_date(d.date) or f"{gap * 2}年{gap}月{gap}日"
    line = f"报送单位：{office}（盖章）{gap * 2}报送日期：{when}{gap * 2}共 {len(d.rows)} 人"
    return [
        ChineseParagraph("协助人员名单", style("title", 18, 28, "center")),
        ChineseParagraph("（备案）", style("body", 12, 20, "center")),
        Spacer(1, 2 * mm),
        ChineseParagraph(line, style("body", SIZE, LEADING + 3, "left")),
        Spacer(1, 1 * mm),
        table,
        Spacer(1, 2 * mm),
        ChineseParagraph("说明：名单所列人员经村(居)民委员会推荐、司法所资格审查通过，报县(区)司法局和市社区矫正机构备案。"
                  "名单含个人联系方式，仅供工作使用，不得公开。", style("body", 9, 13, "left")),
    ]


def render_roster(d: RosterData) -> bytes:
    return build(roster_story(d), "协助人员名单", FORM_MARGINS)
