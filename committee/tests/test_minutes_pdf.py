"""The signed 纪要 prints as a GB/T 9704 纪要; a draft does not print."""

from datetime import date

import pytest
from django.urls import reverse

from committee import factories as f
from committee.models import AnnualReport, Attendance
from committee.printing import minutes_pdf
from committee.printing.data import MinutesData
from home import roles
from pdf.testing import reader

pytestmark = pytest.mark.django_db


def _text(content):
    return "".join(page.extract_text() for page in reader(content).pages).replace(" ", "").replace("\n", "")


def test_signed_minutes_print_with_lists_and_recipients(client):
    m = f.minutes(units=[f.unit("测试派出所"), f.unit("测试民政办")], status="已签发")
    Attendance.objects.create(meeting=m.meeting, person="示例出席人", kind="出席")
    Attendance.objects.create(meeting=m.meeting, person="示例列席人", kind="列席")
    client.force_login(f.user("staff1", roles.OFFICE_STAFF))
    response = client.get(reverse("committee_minutes_pdf", args=[m.pk]), follow=True)
    assert response["Content-Type"] == "application/pdf"
    text = _text(response.content)
    for expected in ("会议纪要", "测试第1期", "议定事项一。", "出席：示例出席人", "列席：示例列席人",
                     "分送：测试派出所，测试民政办。", "印发"):
        assert expected in text, expected
    assert reader(response.content).pages[0].mediabox.width == pytest.approx(595.27, abs=0.1)  # A4


def test_draft_does_not_print(client):
    m = f.minutes()
    client.force_login(f.user("staff1", roles.OFFICE_STAFF))
    response = client.get(reverse("committee_minutes_pdf", args=[m.pk]), follow=True)
    assert "签发后才能打印" in response.content.decode()
    assert response["Content-Type"].startswith("text/html")



def test_report_prints_for_its_own_liaison_and_the_office_only(client):
    police, civil = f.unit("测试派出所"), f.unit("测试民政办")
    report = AnnualReport.objects.create(round=f.round_(), unit=police, duties="依法履职情况正文",
                                         decisions="决策部署正文", key_work="重点工作正文", problems="意见建议正文")
    url = reverse("committee_report_pdf", args=[report.pk])
    client.force_login(f.user("liaison1", roles.LIAISON, liaison_for=police))
    text = _text(client.get(url).content)
    assert "测试派出所2026年度履行社区矫正工作职责情况报告" in text
    for heading in ("一、依法履职情况", "二、委员会决策部署完成情况", "三、重点工作落实情况", "四、存在的问题及意见建议"):
        assert heading in text
    client.force_login(f.user("liaison2", roles.LIAISON, liaison_for=civil))
    assert client.get(url).status_code == 404
    client.force_login(f.user("staff1", roles.OFFICE_STAFF))
    assert client.get(url)["Content-Type"] == "application/pdf"


def test_supervision_notice(client):
    item = f.item(deadline=date(2026, 9, 30), minutes=f.minutes(status="已印发"))
    client.force_login(f.user("staff1", roles.OFFICE_STAFF))
    text = _text(client.get(reverse("committee_supervision_pdf", args=[item.pk])).content)
    for expected in ("督办通知", "测试派出所：", "测试议定事项", "办结期限：2026年9月30日"):
        assert expected in text, expected


def test_layout_follows_gbt9704_10_3():
    """纪要标志 35 mm below the 版心's top (37 mm 天头), then 期号; 出席, 请假, 列席 in that order; 分送 in the
    版记; no 落款 under the text."""
    data = MinutesData(committee="测试镇社区矫正委员会", issue_no="2026年第9期", office="测试镇社区矫正委员会办公室",
                       signed_on=date(2026, 6, 24), issued_on=date(2026, 6, 25), opening="会议概况。",
                       paragraphs=["议定事项。"], present=["甲"], observers=["丙"], absent=["乙"], recipients=["司法所"])
    page = reader(minutes_pdf.render(data)).pages[0]
    found = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.setdefault(text.strip(), tm[5] * cm[3] + cm[5])

    page.extract_text(visitor_text=visit)
    mark_top_mm = (page.mediabox.height - found["测试镇社区矫正委员会会议纪要"]) / 72 * 25.4
    assert 37 + 35 < mark_top_mm < 37 + 35 + 12  # baseline: 35 mm + the 一号 glyph's height below the 版心 top
    text = _text(minutes_pdf.render(data))
    assert text.index("会议纪要") < text.index("2026年第9期") < text.index("会议概况")
    assert text.index("出席：甲") < text.index("请假：乙") < text.index("列席：丙") < text.index("分送：司法所。")
    assert "测试镇社区矫正委员会办公室2026年6月25日印发" in text


def test_a_heading_line_of_the_text_is_set_in_heiti():
    """“一、审议……” heads a 议题 as in a real 常务会议纪要: 黑体 (GB/T 9704 7.3.3), the sentences under it 仿宋; a
    sentence that merely starts with 一、 stays 仿宋."""
    data = MinutesData(committee="测试镇社区矫正委员会", issue_no="2026年第9期", office="测试镇社区矫正委员会办公室",
                       signed_on=date(2026, 6, 24), issued_on=date(2026, 6, 25), opening="会议概况。",
                       paragraphs=["一、听取上半年工作情况汇报", "会议听取了办公室的汇报。", "二、会议要求各单位按期报送。"],
                       present=["甲"], observers=[], absent=[], recipients=[])
    fonts = {}

    def visit(text, cm, tm, font, size):
        if text.strip() and font:
            fonts[text.strip()] = str(font["/BaseFont"])

    reader(minutes_pdf.render(data)).pages[0].extract_text(visitor_text=visit)
    heading, sentence, numbered = (fonts[t] for t in ("一、听取上半年工作情况汇报", "会议听取了办公室的汇报。",
                                                      "二、会议要求各单位按期报送。"))
    assert heading != sentence and numbered == sentence
    assert heading == fonts["出席"]  # the 黑体 of the 出席 label
