"""Each form renders on A4 with embedded fonts, every value and fixed label in its text, inside the page."""

import re

import pytest

from pdf.fonts import MissingGlyphError
from pdf.forms.data import NoticeData, RegistrationData, RosterData, text_values
from pdf.forms.notice import render_notice, render_notices
from pdf.forms.registration import render_registration
from pdf.forms.roster import render_roster
from pdf.testing import embedded_fonts, is_a4, overlapping_words, plain_text, reader, text_fonts, text_off_page, unembedded_fonts, words

from . import samples

NOTICE_LABELS = [
    "协助社区矫正工作通知单", "协通字第", "社区矫正对象", "性别", "出生", "户籍地", "居住地", "因犯", "罪",
    "人民法院判处", "被依法实行社区矫正", "矫正类别", "矫正期限自", "《社区矫正法》第十二条",
    "请贵单位协助做好以下社区矫正工作", "执行地县级社区矫正机构或司法所联系人", "电话", "特此通知。", "（公章）",
    "（存根）", "发往", "填发人：", "批准人：", "填发日期：",
]
REGISTRATION_LABELS = [
    "社区矫正对象基本情况登记表", "村(居)民委员会(盖章)", "填表人", "填表日期", "姓名", "性别", "年龄", "民族",
    "文化程度", "健康状况", "原政治面貌", "婚姻状况", "联系方式", "居住地址", "户籍地址", "前科记录", "悔罪表现",
    "主要经历", "生活情况", "所在工作单位或就读学校", "工作或在校学习情况", "个体特征", "性格特点", "能力专长",
    "其他特征", "家庭主要成员", "关系", "工作单位或住址", "联系电话", "家庭关系是否存在问题", "存在的主要问题",
    "备注", "此表用于村(居)民委员会登记本辖区社区矫正对象基本情况，并反馈至受委托的司法所。",
]


def squash(text) -> str:
    return re.sub(r"\s+", "", str(text))


def assert_sound(pdf: bytes):
    assert pdf.startswith(b"%PDF") and is_a4(pdf)
    # all text is drawn with embedded font subsets, none of it outside the page box or over other text
    embedded = {name.split("+")[-1] for name in embedded_fonts(pdf)}
    assert text_fonts(pdf) and text_fonts(pdf) <= embedded
    assert all("+" in name for name in embedded_fonts(pdf)) and unembedded_fonts(pdf) == set()
    assert words(pdf) and text_off_page(pdf, margin=10) == []
    assert overlapping_words(pdf) == []


def test_filled_notice_has_every_value_and_label_on_notice_and_stub():
    data = samples.notice()
    pdf = render_notice(data)
    assert_sound(pdf)
    pages = reader(pdf).pages
    assert len(pages) == 2
    notice, stub = (squash(p.extract_text()) for p in pages)
    for value in ["（2024）协通字第12号", "青山村村民委员会", "张示例", "男", "1990年5月出生",
                  "安徽省马鞍山市花山区青山镇青山村三组", "青山镇青山村三组18号", "2024年1月15日", "危险驾驶罪",
                  "马鞍山市花山区人民法院", "拘役二个月，缓刑四个月", "依据有关判决书", "缓刑",
                  "自2024年2月1日起至2024年5月31日止", *map(squash, samples.ITEMS)]:
        assert value in notice and value in stub, value
    for value in ["李联系", "0555-2345678", "青山镇司法所", "2024年2月2日"]:
        assert value in notice, value
    for value in ["发往青山镇青山村村民委员会", "填发人：王填发", "批准人：赵批准", "填发日期：2024年2月2日"]:
        assert value in stub, value
    text = notice + stub
    for label in NOTICE_LABELS:
        assert squash(label) in text, label
    for n in range(1, 11):  # ten numbered lines, blank ones included
        assert f"{n}．" in notice and f"{n}．" in stub


def test_blank_notice_keeps_labels_and_all_judgment_types():
    pdf = render_notice(NoticeData())
    assert_sound(pdf)
    text = plain_text(pdf)
    for label in NOTICE_LABELS:
        assert squash(label) in text, label
    assert "判决书(裁定书、决定书)" in text and "乡镇(街道)" in text and "村(居)民委员会：" in text


def test_batch_puts_each_notice_on_its_own_pages_and_reports_progress():
    seen = []
    pdf = render_notices([samples.notice(serial=n, supervisee=samples.supervisee(name=f"张例{n}")) for n in (1, 2, 3)],
                         progress=lambda done, total: seen.append((done, total)))
    assert len(reader(pdf).pages) == 6
    assert seen == [(1, 3), (2, 3), (3, 3)]
    pages = [squash(p.extract_text()) for p in reader(pdf).pages]
    assert "（2024）协通字第2号" in pages[2] and "张例2" in pages[3]


def test_notice_with_very_long_values_turns_the_page_instead_of_running_off():
    long_item = "协助开展走访，了解社区矫正对象的工作、生活和思想情况，发现异常及时报告。" * 4
    data = samples.notice(supervisee=samples.supervisee(household_register="示例省示例市示例区示例镇示例村" * 8),
                          items=[f"第{n}项：{long_item}" for n in range(1, 11)])
    pdf = render_notice(data)
    assert_sound(pdf)
    pages = [squash(p.extract_text()) for p in reader(pdf).pages]
    stub = pages.index(next(p for p in pages if p.startswith(squash(f"协助社区矫正工作通知单（存根）{data.number}"))))
    assert stub > 1 and len(pages) > stub + 1  # notice and stub each continue on a further page
    # a continuation sheet says what it continues; first pages carry no such head
    notice_head = squash(f"协助社区矫正工作通知单（续） {data.number}")
    stub_head = squash(f"协助社区矫正工作通知单（存根）（续） {data.number}")
    assert all(p.startswith(notice_head) for p in pages[1:stub])
    assert all(p.startswith(stub_head) for p in pages[stub + 1:])
    assert "（续）" not in pages[0] + pages[stub]
    # the seal never stands alone: 特此通知 (notice) and 发往 (stub) go over with it
    seal_pages = [p for p in pages if "（公章）" in p]
    assert len(seal_pages) == 2 and "特此通知。" in seal_pages[0] and "发往" in seal_pages[1]
    text = "".join(p.removeprefix(notice_head).removeprefix(stub_head) for p in pages)
    assert text.count(squash(data.supervisee.household_register)) == 2
    for item in data.items:
        assert text.count(squash(item)) == 2


def test_item_typed_with_line_breaks_prints_as_one_paragraph():
    pdf = render_notice(samples.notice(items=["参加矫正宣告。\n安排矫正小组成员\r\n到场。"]))
    assert_sound(pdf)
    assert "参加矫正宣告。安排矫正小组成员到场。" in plain_text(pdf)


def test_filled_registration_has_every_value_and_label():
    data = samples.registration()
    pdf = render_registration(data)
    assert_sound(pdf)
    text = plain_text(pdf)
    for label in REGISTRATION_LABELS:
        assert squash(label) in text, label
    for key, value in text_values(data).items():  # the supervisee's and the family's too
        assert squash(value) in text, key
    assert "2024年2月10日" in text and "33" in text and "是" in text


def test_long_experience_continues_on_next_page_without_overlap():
    long_text = "".join(f"{year}年在示例单位工作，表现良好。" for year in range(1990, 2090))
    pdf = render_registration(samples.registration(main_experience=long_text))
    assert_sound(pdf)
    assert len(reader(pdf).pages) >= 2
    assert squash(long_text) in plain_text(pdf)
    assert overlapping_words(pdf) == []


def test_blank_registration_fits_one_page_with_four_family_rows():
    pdf = render_registration(RegistrationData())
    assert_sound(pdf)
    assert len(reader(pdf).pages) == 1
    text = plain_text(pdf)
    for label in REGISTRATION_LABELS:
        assert squash(label) in text, label


def test_roster_lists_each_assistant():
    data = samples.roster()
    pdf = render_roster(data)
    assert_sound(pdf)
    text = plain_text(pdf)
    for row in data.rows:
        for value in (row.name, row.committee, row.role_in_community, row.phone):
            assert value in text
    assert "协助人员名单" in text and "共2人" in text and "2024年2月20日" in text
    assert_sound(render_roster(RosterData()))


@pytest.mark.parametrize("render,data,label", [
    (render_notice, samples.notice(supervisee=samples.supervisee(name="王\ue000")), "姓名"),
    (render_registration, samples.registration(main_experience="曾用名𪚥"), "主要经历"),
    (render_notice, samples.notice(items=["正常", "含\ue001字"]), "协助事项第2行"),
])
def test_character_missing_from_font_is_reported_not_printed(render, data, label):
    with pytest.raises(MissingGlyphError) as err:
        render(data)
    assert label in str(err.value)
