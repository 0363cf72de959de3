"""The 登记表 keeps to one A4 page with six family members; names and dates shrink rather than wrap."""

from dataclasses import replace
from datetime import date

from pdf.forms.data import AssistantRow, FamilyMemberData
from pdf.forms.fit import MIN_SIZE, fitted_size
from pdf.forms.registration import render_registration
from pdf.forms.roster import render_roster
from pdf.testing import plain_text, reader, text_lines

from . import samples
from .test_form_layouts import assert_sound, squash

FAMILY = [
    FamilyMemberData("欧阳示例名字长", "配偶", "回龙坝镇示例村三组12号", "13800001111"),
    FamilyMemberData("张小例", "长子", "重庆示例职业技术学院", "13800002222"),
    FamilyMemberData("张二例", "次女", "回龙坝镇中心小学", ""),
    FamilyMemberData("张老例", "父亲", "同住", "13800003333"),
    FamilyMemberData("李老例", "母亲", "同住", "023-65432100"),
    FamilyMemberData("司马示例", "岳母", "沙坪坝区示例街道示例社区", "13800004444"),
]


def one_line(pdf: bytes, value: str) -> bool:
    return any(value in line.text for line in text_lines(pdf))


def test_six_family_members_fit_one_page():
    data = samples.registration(family=FAMILY, fill_date=date(2024, 12, 31))
    pdf = render_registration(data)
    assert_sound(pdf)
    assert len(reader(pdf).pages) == 1
    text = plain_text(pdf)
    for member in FAMILY:
        for value in (member.name, member.relation, member.workplace_or_address, member.phone):
            assert squash(value) in text, value
    assert "备注" in text and data.remarks in text


def test_names_dates_and_phones_do_not_wrap_in_narrow_cells():
    data = samples.registration(family=FAMILY, fill_date=date(2024, 12, 31),
                                supervisee=replace(samples.registration().supervisee, name="欧阳示例名字长"),
                                committee="回龙坝镇示例社区居民委员会", filled_by="诸葛填表员")
    pdf = render_registration(data)
    for value in ["欧阳示例名字长", "2024年12月31日", "13800001111", "023-65432100", "司马示例"]:
        assert one_line(pdf, value), value


def test_roster_names_and_dates_stay_on_one_line():
    rows = [AssistantRow("欧阳示例名字", "女", "示例村村民委员会", "网格员", "13800005555", date(2024, 12, 31),
                         "张示例")]
    pdf = render_roster(samples.roster().__class__(office="示例司法所", township="示例镇", date=date(2024, 12, 1),
                                                   rows=rows))
    assert_sound(pdf)
    for value in ["欧阳示例名字", "2024年12月31日", "13800005555"]:
        assert one_line(pdf, value), value


def test_shrinking_stops_at_the_floor():
    assert fitted_size("张三", "body", 10.5, 100) == 10.5
    assert MIN_SIZE < fitted_size("欧阳示例名字长", "body", 10.5, 62) < 10.5
    assert fitted_size("很长" * 40, "body", 10.5, 62) == MIN_SIZE
