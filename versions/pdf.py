"""修订对照表 PDF: two columns, 修订前 / 修订后, listing what changed between two versions.

Like printed 修订对照表, unchanged articles are left out (renumbered-only ones too: their new number
is visible wherever they are next to a change). Insertions are underlined and deletions struck
through, so the table reads correctly in black and white.
"""

from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from core.dates import chinese_date
from pdf.styles import FORM_MARGINS, style, table_style
from versions.align import DELETED, INSERTED, UNCHANGED
from versions.chardiff import DELETE, INSERT
from versions.compare import rows

CELL = 10.5  # 五号
COLUMN_HEADS = ("修订前", "修订后")


def _date(d):
    return chinese_date(d)


def _markup(line):
    parts = [escape(line.prefix)]
    for seg in line.segments:
        text = escape(seg.text)
        if seg.op == DELETE:
            parts.append(f"<strike>{text}</strike>")
        elif seg.op == INSERT:
            parts.append(f"<u><b>{text}</b></u>")
        else:
            parts.append(text)
    return "".join(parts)


def _cell(lines, empty_note, cell_style):
    if not lines:
        return [Paragraph(escape(empty_note), cell_style)]
    return [Paragraph(_markup(line), cell_style) for line in lines]


def _footer(canvas, doc):
    canvas.saveState()
    canvas.setFont(style("body", 9).fontName, 9)
    canvas.drawCentredString(doc.pagesize[0] / 2, 10 * mm, f"— {doc.page} —")
    canvas.restoreState()


def comparison_pdf(page, comparison):
    """Bytes of the 修订对照表 for `comparison` (a versions.compare.Comparison) of policy `page`."""
    old, new = comparison.old, comparison.new
    title_style = style("title", 16, 24, "center")
    sub_style = style("kai", 12, 18, "center")
    note_style = style("body", CELL, CELL * 1.6, "justify")
    cell_style = style("body", CELL, CELL * 1.6, "justify")
    head_style = style("heading", CELL, CELL * 1.6, "center")

    story = [
        Paragraph(escape(f"《{new.title}》修订对照表"), title_style),
        Paragraph(escape(f"第{old.number}版（{_date(old.effective_date)}施行）→ "
                         f"第{new.number}版（{_date(new.effective_date)}施行）"), sub_style),
        Spacer(1, 4 * mm),
    ]
    if new.note:
        story.append(Paragraph(escape(f"修订说明：{new.note}"), note_style))
    c = comparison.counts
    story.append(Paragraph(escape(
        f"新增 {c['inserted']} 处，删除 {c['deleted']} 处，修改 {c['changed']} 处，移动 {c['moved']} 处。"
        "下划线为新增文字，删除线为删除文字；未修改的条文从略。"), note_style))
    story.append(Spacer(1, 3 * mm))

    data = [[Paragraph(h, head_style) for h in COLUMN_HEADS]]
    if old.title != new.title:
        data.append([Paragraph(escape(f"标题：{old.title}"), cell_style), Paragraph(escape(f"标题：{new.title}"), cell_style)])
    for change, old_lines, new_lines in rows(comparison):
        if change.kind == UNCHANGED:
            continue
        moved = f"（原{change.old_label}，位置调整）" if change.kind == "moved" and change.old_label else ""
        data.append([
            _cell(old_lines, "（无）" if change.kind == INSERTED else "", cell_style),
            _cell(new_lines, "（删除）" if change.kind == DELETED else "", cell_style)
            + ([Paragraph(escape(moved), cell_style)] if moved else []),
        ])
    if len(data) == 1:
        data.append([Paragraph("（两个版本的正文没有差别）", cell_style), ""])

    width = (FORM_MARGINS.frame_width) / 2
    table = Table(data, colWidths=[width, width], repeatRows=1)
    table.setStyle(table_style([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    story.append(table)

    buf = BytesIO()
    doc = SimpleDocTemplate(buf, title=f"{new.title}修订对照表", author=page.meta("publisher") or "",
                            **FORM_MARGINS.as_doc_kwargs())
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)
    return buf.getvalue()
