"""A member unit's yearly report (第十七条, its four parts) and the office's 督办通知, as GB/T 9704 papers."""

from reportlab.platypus import Spacer

from pdf.fonts import require_glyphs
from pdf.styles import BODY_LEADING

from ..rules.annual import REPORT_PARTS
from . import layout
from .data import cn_date

NUMERALS = "一二三四五六七八九十"


def render_report(report, committee) -> bytes:
    """The unit's report to the committee: title, 主送, the four parts under 一、…四、, the unit and date."""
    st = layout.styles()
    title = f"{report.unit.name}{report.round.year}年度履行社区矫正工作职责情况报告"
    parts = {label: getattr(report, name) for name, label in REPORT_PARTS}
    require_glyphs({"标题": title, **parts}, "body")
    story = [layout.para(title, st["title"]), layout.para(f"{committee}：", st["flush"])]
    for n, (label, text) in enumerate(parts.items()):
        story.append(layout.para(f"{NUMERALS[n]}、{label}", st["heading"]))
        story += layout.paragraphs(text, st["body"])
    submitted = report.submitted_at.astimezone().date() if report.submitted_at else None
    story += [Spacer(0, BODY_LEADING), layout.para(report.unit.name, st["signature"]),
              layout.para(cn_date(submitted), st["signature"])]
    return layout.build(story, title, report.unit.name)


def render_supervision_notice(item, committee) -> bytes:
    """督办通知 to the 承办单位: what the committee decided, by when, and how to report the result."""
    st = layout.styles()
    office = f"{committee}办公室"
    minutes = item.minutes
    texts = {
        "议定事项": item.decision,
        "来源": f"根据《{committee}会议纪要》（{minutes.issue_no}）议定，现将下列事项交由你单位承办，请抓好落实：",
    }
    require_glyphs(texts, "body")
    story = [layout.para("督办通知", st["title"]), layout.para(f"{item.unit.name}：", st["flush"]),
             layout.para(texts["来源"], st["body"])]
    story += layout.paragraphs(item.decision, st["body"])
    story += [
        layout.para(f"办结期限：{cn_date(item.deadline)}。", st["body"]),
        layout.para("请于期限内将办理进展和结果书面报告委员会办公室；不能按期办结的，"
                    "应说明原因并提出办结时限。", st["body"]),
        Spacer(0, BODY_LEADING), layout.para(office, st["signature"]),
        layout.para(cn_date(minutes.issued_at.astimezone().date() if minutes.issued_at else None),
                    st["signature"]),
    ]
    return layout.build(story, f"督办通知：{item}", office)
