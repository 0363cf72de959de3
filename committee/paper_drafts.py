"""The office's starting text for a 年度工作要点 or 年度工作总结: a 总结 is prefilled from the year's records
(meetings, 纪要, 督办, the units' yearly reports, changes of members), a 要点 with the duties the rules set
and the 督办 items still open. The office edits it before submitting; nothing here is approved text.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.db import IntegrityError, transaction

from .models import AnnualRound, Appointment, Meeting, Minutes, PaperSection, SupervisionItem, YearlyPaper
from .rules import minutes as minutes_rules
from .rules import papers as rules
from .rules import reporting
from .rules import supervision as supervision_rules
from .units import own_units_q, units_of


@dataclass
class YearFacts:
    year: int
    meetings: list = field(default_factory=list)  # (held_on, kind, title, [topic titles])
    minutes_total: int = 0
    minutes_issued: int = 0
    items: list = field(default_factory=list)  # (decision, unit name, state)
    reported: list = field(default_factory=list)  # unit names
    not_reported: list = field(default_factory=list)
    has_round: bool = False
    changes: list = field(default_factory=list)  # (person, post, late?)
    open_items: list = field(default_factory=list)  # (decision, unit name, deadline) still open today


def facts(committee, year, today):
    """What the committee's records say about `year` (and the 督办 items still open on `today`); units,
    督办 items and changes of the committee's own member units only."""
    own = own_units_q(committee)
    meetings = Meeting.objects.filter(held_on__year=year).prefetch_related("topics").order_by("held_on")
    minutes = Minutes.objects.filter(meeting__held_on__year=year)
    items = SupervisionItem.objects.filter(own, minutes__meeting__held_on__year=year).select_related("unit")
    out = YearFacts(
        year=year,
        meetings=[(m.held_on, m.kind, m.title, [t.title for t in m.topics.all()]) for m in meetings],
        minutes_total=minutes.count(),
        minutes_issued=minutes.filter(status=minutes_rules.ISSUED).count(),
        items=[(i.decision, i.unit.name, supervision_rules.status(i.deadline, i.completed_on, today))
               for i in items.order_by("deadline")],
        changes=[(a.person, a.post, reporting.is_late(a.changed_on, a.reported_on, today))
                 for a in Appointment.objects.filter(own, changed_on__year=year).order_by("changed_on")],
        open_items=[(i.decision, i.unit.name, i.deadline) for i in SupervisionItem.objects.filter(
            own, completed_on=None).select_related("unit").order_by("deadline")],
    )
    round_ = AnnualRound.objects.filter(year=year).first()
    if round_ is not None:
        units = list(units_of(committee))
        done = set(round_.reports.values_list("unit_id", flat=True))
        out.has_round = True
        out.reported = [u.name for u in units if u.pk in done]
        out.not_reported = [u.name for u in units if u.pk not in done]
    return out


def _day(d):
    return f"{d.month}月{d.day}日"


def plan_text(committee, f: YearFacts):
    """(preamble, [(heading, body)]) of a 要点 for f.year."""
    preamble = (f"{f.year}年，{committee}深入贯彻《中华人民共和国社区矫正法》及其实施办法，认真落实上级社区矫正"
                f"委员会工作部署，统筹协调和指导全镇社区矫正工作。现提出{f.year}年工作要点如下。")
    carried = ""
    if f.open_items:
        listed = "；".join(f"{d}（{u}，期限{_day(dl)}）" for d, u, dl in f.open_items[:10])
        carried = f"\n上年度结转未办结的督办事项{len(f.open_items)}项，继续跟踪督办：{listed}。"
    sections = [
        ("总体要求", "坚持依法矫正、精准矫正，统筹协调各成员单位依法履职、密切协作、信息共享，确保社区矫正工作"
                 "平稳有序，预防和减少重新违法犯罪。"),
        ("重点任务",
         "（一）按期召开矫委会会议。全体会议上半年、下半年各召开一次，专题会议根据需要适时召开；会议议题按程序报"
         "主任、常务副主任确定，会议材料在会前分送参会人员。\n"
         "（二）抓好议定事项督办。对矫委会决策部署和安排的重要事项逐项督办，承办单位及时报告办理结果。" + carried + "\n"
         "（三）组织成员单位年度履职报告。各成员单位年内向矫委会书面报告依法履职情况、矫委会决策部署完成情况、"
         "重点工作落实情况、存在问题及意见建议。\n"
         "（四）加强组成人员和联络员管理。人员因工作变动需要调整的，于7日内书面报矫委会办公室备案。"),
        ("保障措施", "（一）加强组织领导。各成员单位明确分管负责同志和联络员，把社区矫正工作纳入本单位年度工作安排。\n"
                 "（二）加强协调配合。矫委会办公室做好统筹协调和日常工作，及时通报工作情况。\n"
                 "（三）加强督促检查。对工作要点落实情况开展督促检查，年终纳入工作总结。"),
    ]
    return preamble, sections


def summary_text(committee, f: YearFacts):
    """(preamble, [(heading, body)]) of a 总结 of f.year, from its records."""
    preamble = (f"{f.year}年，在镇党委、镇政府的领导下，{committee}认真履行统筹协调和指导全镇社区矫正工作职责。"
                f"现将全年工作总结如下。")
    kinds = Counter(kind for _d, kind, _t, _topics in f.meetings)
    lines = []
    by_kind = "、".join(f"{k}{n}次" for k, n in kinds.items())
    lines.append(f"（一）召开会议情况。全年共召开矫委会会议{len(f.meetings)}次" + (f"，其中{by_kind}" if by_kind else "")
                 + f"；形成会议纪要{f.minutes_total}份，已印发{f.minutes_issued}份。")
    for held_on, _kind, title, topics in f.meetings:
        lines.append(f"{_day(held_on)}召开{title}" + (f"，议题：{'；'.join(topics)}" if topics else "") + "。")
    states = Counter(state for _d, _u, state in f.items)
    done = states["已办结"] + states["逾期办结"]
    lines.append(f"（二）督办落实情况。全年督办事项{len(f.items)}项，已办结{done}项"
                 + (f"（其中逾期办结{states['逾期办结']}项）" if states["逾期办结"] else "")
                 + f"，正在办理{states['办理中']}项，逾期未办结{states['逾期未办结']}项。")
    if f.has_round:
        lines.append(f"（三）成员单位年度履职报告。已报送{len(f.reported)}家"
                     + (f"（{'、'.join(f.reported)}）" if f.reported else "")
                     + (f"，尚未报送{len(f.not_reported)}家。" if f.not_reported else "，成员单位均已报送。"))
    else:
        lines.append(f"（三）成员单位年度履职报告。{f.year}年度尚未组织成员单位报送履职报告。")
    late = [p for p, _post, is_late in f.changes if is_late]
    lines.append(f"（四）组成人员调整。全年组成人员和联络员变动{len(f.changes)}人次"
                 + (f"，其中逾期报告{len(late)}人次（{'、'.join(late)}）。" if late else "，均按时书面报告备案。"))
    problems = []
    overdue = [f"{d}（{u}）" for d, u, state in f.items if state == "逾期未办结"]
    if overdue:
        problems.append(f"部分督办事项未按期办结：{'；'.join(overdue)}。")
    if f.not_reported:
        problems.append(f"尚有{len(f.not_reported)}家成员单位未报送年度履职报告：{'、'.join(f.not_reported)}。")
    if late:
        problems.append("个别人员变动未在7日内书面报告。")
    if not problems:
        problems.append("（请结合工作实际填写存在的问题。）")
    sections = [
        ("主要工作", "\n".join(lines)),
        ("存在的问题", "\n".join(problems)),
        (f"{f.year + 1}年工作打算", "（一）按期召开全体会议和专题会议，做好会议议定事项的督办落实。\n"
                                  "（二）督促成员单位依法履职，按时报送年度履职报告。\n"
                                  "（三）（请结合工作实际补充。）"),
    ]
    return preamble, sections


def create_draft(user, committee, kind, year, today):
    """A new 草稿 of `kind` for `year`, prefilled; raises ValueError (Chinese) when one exists already."""
    f = facts(committee, year, today)
    preamble, sections = (plan_text if kind == rules.PLAN else summary_text)(committee, f)
    exists = ValueError(f"{year}年度的{kind}已经有了，请在原文稿上修改。")
    if YearlyPaper.objects.filter(committee=committee, year=year, kind=kind).exists():
        raise exists
    try:
        with transaction.atomic():
            paper = YearlyPaper.objects.create(committee=committee, kind=kind, year=year, preamble=preamble,
                                               drafted_by=user)
            PaperSection.objects.bulk_create([PaperSection(paper=paper, sort_order=order, heading=heading, body=body)
                                              for order, (heading, body) in enumerate(sections)])
    except IntegrityError:  # drafted by someone else meanwhile (the unique constraint)
        raise exists from None
    return paper
