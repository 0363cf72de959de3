import io
import re

import pytest
from pypdf import PdfReader

from pdf.testing import embedded_fonts, unembedded_fonts

pytestmark = pytest.mark.django_db


def test_pdf_is_a4_embeds_fonts_and_extracts_to_the_articles(client, rules):
    response = client.get(rules.url + "pdf/")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    names = embedded_fonts(response.content)  # subset-embedded TrueType, and nothing listed unembedded
    assert names and all("+" in n for n in names) and unembedded_fonts(response.content) == set()
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in reader.pages))  # also the 一字空格 after 第N条
    for expected in ["示例镇社区矫正委员会工作规则", "第一条为确保社区矫正工作依法顺利开展，制定本规则。",
                     "第三条矫委会主要任务包括：", "（一）研究制定重大政策；", "第四条司法所主管全镇社区矫正工作。",
                     "—1—"]:
        assert expected in text, expected


def test_notice_pdf_contains_its_attachments_and_colophon(client, notice):
    reader = PdfReader(io.BytesIO(client.get(notice.url + "pdf/").content))
    assert len(reader.pages) >= 3  # notice, then each attachment on a new page
    text = "".join(p.extract_text() for p in reader.pages).replace("\n", "").replace(" ", "")
    assert text.index("附件1") < text.index("主管本行政区域内社区矫正工作；") < text.index("附件2")
    last = reader.pages[-1].extract_text().replace(" ", "")
    assert "示例镇党政办公室" in last and "2023年8月29日印发" in last
    # page numbers alternate: odd on the right, even on the left (checked by position below)


def test_page_numbers_sit_on_outside_corners(rules):
    from policies.factories import article, build_policy

    long = build_policy(rules.get_parent(), "长文件", slug="long", body=[article("很长的条文。" * 60) for _ in range(6)])
    from policies.pdf import render_policy_pdf

    reader = PdfReader(io.BytesIO(render_policy_pdf(long)))
    assert len(reader.pages) >= 2
    positions = []
    for page in reader.pages[:2]:
        found = []
        page.extract_text(visitor_text=lambda t, cm, tm, fd, fs: found.append(tm[4]) if "—" in t else None)
        positions.append(found[0])
    assert positions[0] > 300 > positions[1]  # right half on page 1, left half on page 2


def test_no_line_starts_with_closing_punctuation(rules):
    from policies.factories import article, build_policy
    from policies.pdf import render_policy_pdf

    text = "为进一步规范辖区社区矫正工作，提升社区矫正工作水平，结合本镇实际情况；现已建立镇一级社区矫正委员会。" * 6
    page = build_policy(rules.get_parent(), "标点测试", slug="punct", body=[article(text)])
    reader = PdfReader(io.BytesIO(render_policy_pdf(page)))
    lines = [line for p in reader.pages for line in p.extract_text().splitlines()]
    assert len(lines) > 8
    assert not [line for line in lines if line[:1] in "，；：。、）》”"]
