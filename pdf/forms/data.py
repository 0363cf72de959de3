"""Plain data for the printed forms: layouts never see models, so they can be tested on their own.

Every field is optional: a field left as None (or "") prints as a blank line to fill in by hand, which
is also how the blank forms are made (NoticeData(), RegistrationData()).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from datetime import date
from typing import get_type_hints


def notice_number(year, serial) -> str:
    """协助社区矫正工作通知单的编号: （2024）协通字第12号."""
    return f"（{year}）协通字第{serial}号"


@dataclass
class SuperviseeData:
    """The supervisee as the notice and its 存根 print them: one paragraph, the same on both parts. The
    fields are the forms_app Supervisee's, and the 存根 freezes exactly these when the notice is issued."""

    name: str = ""
    sex: str = ""
    birth_date: date | None = None  # printed as 年月 only
    household_register: str = ""
    residence: str = ""
    judgment_date: date | None = None
    crime: str = ""
    court: str = ""
    sentence: str = ""
    judgment_type: str = ""  # 判决书 / 裁定书 / 决定书
    category: str = ""
    term_start: date | None = None
    term_end: date | None = None

    @classmethod
    def of(cls, record) -> SuperviseeData:
        """From a record with these attributes (a forms_app Supervisee)."""
        return cls(**{f.name: getattr(record, f.name) for f in fields(cls)})

    def to_json(self) -> dict:
        """For the 存根 (a JSONField): dates as ISO strings."""
        return {key: value.isoformat() if isinstance(value, date) else value for key, value in asdict(self).items()}

    @classmethod
    def from_json(cls, values: dict) -> SuperviseeData:
        """From the 存根's JSON (to_json)."""
        values = {f.name: values[f.name] for f in fields(cls)}
        for name, hint in get_type_hints(cls).items():
            if hint == date | None and values[name]:
                values[name] = date.fromisoformat(values[name])
        return cls(**values)


@dataclass
class NoticeData:
    """协助社区矫正工作通知单 and its 存根 (seed 003, 附件1)."""

    year: int | None = None  # （2024）协通字第12号
    serial: int | None = None
    committee: str = ""  # addressee: ＿＿村(居)民委员会
    township: str = ""  # 存根: 发往＿＿乡镇(街道)
    supervisee: SuperviseeData = field(default_factory=SuperviseeData)
    items: list[str] = field(default_factory=list)  # up to 10 协助事项
    contact_person: str = ""
    contact_phone: str = ""
    issuer: str = ""  # the 司法所 whose seal goes on the form
    filled_by: str = ""  # 填发人
    approved_by: str = ""  # 批准人
    issue_date: date | None = None
    draft: bool = False  # not approved yet: printed with a 草稿 watermark

    @property
    def number(self) -> str:
        if self.year is None or self.serial is None:
            return ""
        return notice_number(self.year, self.serial)


@dataclass
class FamilyMemberData:
    name: str = ""
    relation: str = ""
    workplace_or_address: str = ""
    phone: str = ""


@dataclass
class RegisteredSupervisee:
    """The registration's 姓名、性别、年龄、民族: read from the supervisee's record, not filled in by the
    committee (forms_app Registration), the age as on the 填表日期."""

    name: str = ""
    sex: str = ""
    age: int | None = None
    ethnicity: str = ""


@dataclass
class RegistrationData:
    """社区矫正对象基本情况登记表 (seed 003, 附件2)."""

    committee: str = ""  # 村(居)民委员会(盖章)
    filled_by: str = ""
    fill_date: date | None = None
    supervisee: RegisteredSupervisee = field(default_factory=RegisteredSupervisee)
    education: str = ""
    health: str = ""
    political_status: str = ""
    marital_status: str = ""
    contact: str = ""
    residence_address: str = ""
    household_address: str = ""
    criminal_record: str = ""
    repentance: str = ""
    main_experience: str = ""
    living_situation: str = ""
    workplace_or_school: str = ""
    work_or_study: str = ""
    personality: str = ""
    skills: str = ""
    other_traits: str = ""
    family: list[FamilyMemberData] = field(default_factory=list)
    family_has_problems: bool | None = None  # None: not answered (blank form)
    family_problems: str = ""
    remarks: str = ""


@dataclass(frozen=True)
class AssistantRow:
    """One approved assistant on the 备案 roster: always made whole from a record (never a blank row, the
    roster's empty lines are drawn by the layout), so every field is required."""

    name: str
    sex: str
    committee: str
    role_in_community: str
    phone: str
    reviewed_on: date | None
    supervisees: str  # names of the supervisees the assistant helps with


@dataclass
class RosterData:
    """协助人员名单, filed with the county bureau (备案)."""

    office: str = ""
    township: str = ""
    date: date | None = None
    rows: list[AssistantRow] = field(default_factory=list)


def text_values(obj) -> dict[str, str]:
    """field name → printable text of every string field (for the missing-glyph check); a nested record's
    fields as "supervisee.name", a list's rows as "items[2]" or "family[0].name"."""
    values = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, str) and value:
            values[f.name] = value
        elif is_dataclass(value):
            for key, text in text_values(value).items():
                values[f"{f.name}.{key}"] = text
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, str):
                    values[f"{f.name}[{i}]"] = item
                elif is_dataclass(item):
                    for key, text in text_values(item).items():
                        values[f"{f.name}[{i}].{key}"] = text
    return values
