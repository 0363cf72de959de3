"""What a printed 纪要 says, as plain data (the layout never sees a model)."""

from dataclasses import dataclass, field
from datetime import date


@dataclass
class MinutesData:
    committee: str  # 回龙坝镇社区矫正委员会
    issue_no: str  # 2026年第2期
    office: str  # 回龙坝镇社区矫正委员会办公室
    signed_on: date | None
    issued_on: date | None
    opening: str  # 会议概况: when, where, who chaired
    paragraphs: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    observers: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)


def cn_date(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def from_minutes(minutes, committee_name):
    """Adapt a signed Minutes row (with its meeting, attendance and distribution) to MinutesData."""
    m = minutes.meeting
    opening = (f"{cn_date(m.held_on)}，{committee_name}在{m.place}召开{m.title}，"
               f"会议由{m.chair}主持。现将会议议定事项纪要如下：")
    names = {kind: [a.person + (f"（{a.unit}）" if a.unit_id else "") for a in m.attendances.all() if a.kind == kind]
             for kind in ("出席", "列席", "请假")}
    local = (lambda dt: dt.astimezone().date() if dt else None)
    return MinutesData(
        committee=committee_name, issue_no=minutes.issue_no, office=f"{committee_name}办公室",
        signed_on=local(minutes.signed_at), issued_on=local(minutes.issued_at), opening=opening,
        paragraphs=minutes.paragraphs, present=names["出席"], observers=names["列席"], absent=names["请假"],
        recipients=[d.unit.name for d in minutes.distributions.select_related("unit").order_by("unit__sort_order")],
    )
