"""The seeds' PDFs read as GB/T 9704-2012 公文, checked from the PDFs themselves (poppler positions,
rendered pixels, content streams)."""

import re
from datetime import date

import pytest
from reportlab.lib.units import mm

from pdf.gbt9704 import BLOCK_W, LEADING, block_x
from pdf.testing import content_stream, page_image, plain_text, reader, text_lines
from policies.factories import article, build_policy, form, paragraph

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("library_module")]  # the library made once per module

EM = 16
SEEDS = {"notice": "huifufa-2023-104", "rules": "miyun-work-rules", "masi": "masi-2022-3",
         "notice_form": "assistance-notice-form", "registration_form": "registration-form"}
NO_START = "，。、；：？！）》”’」』】"
NO_END = "（《“‘「『【"
_cache = {}  # the seeds and this code fix the PDFs: render them once per test run


@pytest.fixture
def pdfs(request):
    if not _cache:
        from policies.importer.seeds import load_seeds
        from policies.models import PolicyPage
        from policies.pdf import render_policy_pdf

        load_seeds(request.getfixturevalue("library"))
        for key, slug in SEEDS.items():
            _cache[key] = render_policy_pdf(PolicyPage.objects.get(slug=slug))
    return _cache


@pytest.fixture
def seeded(library):
    from policies.importer.seeds import load_seeds

    load_seeds(library)


def _left(line):
    return block_x(line.page + 1)


def _find(lines, text, page=None):
    return next(l for l in lines if l.text.startswith(text) and (page is None or l.page == page))


def _red(pixel):
    """Red ink, also where anti-aliasing mixes it with the white paper (pink), never grey or black."""
    r, g, b = pixel
    return r - max(g, b) > 60


@pytest.mark.parametrize("key, organs, number", [
    ("notice", ["重庆市沙坪坝区回龙坝镇人民政府文件"], "回府发〔2023〕104号"),
    ("masi", ["马鞍山市司法局", "马鞍山市民政局"], "马司〔2022〕3号"),
])
def test_masthead_is_red_with_the_doc_number_centred_under_it(pdfs, key, organs, number):
    data = pdfs[key]
    lines = text_lines(data)
    mast = [_find(lines, o, 0) for o in organs]
    docno = _find(lines, number, 0)
    # 7.2.3: the masthead's top 35 mm below the 版心's (page top 37 mm); centred
    top = 842 - 37 * mm - 35 * mm
    assert abs(max(m.y1 for m in mast) - top) < 6
    centre = _left(docno) + BLOCK_W / 2
    assert abs((docno.x0 + docno.x1) / 2 - centre) < 1.5
    # 7.2.4: 发文字号 two blank lines under the masthead
    gap = min(m.y0 for m in mast) - docno.y1
    assert 1.8 * LEADING < gap < 3 * LEADING
    # the masthead is printed in red: its box renders red, the 发文字号 black
    scale = 36 / 72
    image = page_image(data, 0, dpi=36)

    def colours(line):
        box = [int(v * scale) for v in (line.x0, 842 - line.y1, line.x1, 842 - line.y0)]
        return [image.getpixel((x, y)) for x in range(box[0], box[2]) for y in range(box[1], box[3])]

    inked = [p for p in colours(mast[0]) if sum(p) < 600]
    assert inked and all(map(_red, inked))
    inked = [p for p in colours(docno) if sum(p) < 600]
    assert inked and not any(map(_red, inked))


@pytest.mark.parametrize("key", ["notice", "masi"])
def test_red_separator_as_wide_as_the_block_under_the_doc_number(pdfs, key):
    data = pdfs[key]
    stream = content_stream(data, 0)
    assert re.search(r"(^|\s)1 0 0 RG\b", stream)  # a red stroke colour ...
    lines = text_lines(data)
    docno = _find(lines, {"notice": "回府发", "masi": "马司"}[key], 0)
    image = page_image(data, 0, dpi=72)
    # ... drawn as a line: a red pixel row 4 mm under the 发文字号, across the whole 版心
    rows = range(int(842 - docno.y0), int(842 - docno.y0 + 8 * mm))
    x0, x1 = int(_left(docno)) + 2, int(_left(docno) + BLOCK_W) - 2
    red_rows = [y for y in rows if all(_red(image.getpixel((x, y))) for x in range(x0, x1, 4))]
    assert red_rows
    assert not _red(image.getpixel((x0 - 6, red_rows[0]))) and not _red(image.getpixel((x1 + 6, red_rows[0])))


def test_rules_without_a_notice_keep_the_plain_layout(pdfs):
    data = pdfs["rules"]
    assert not re.search(r"(^|\s)1 0 0 (RG|rg)\b", content_stream(data, 0))
    first = text_lines(data)[0]
    assert first.text == "北京市密云区密云镇社区矫正委员会工作规则"


def _forbidden_line_breaks(data):
    bad = []
    for line in text_lines(data):
        if line.text[:1] in NO_START or line.text[-1:] in NO_END:
            bad.append((line.page, line.text))
    return bad


@pytest.mark.parametrize("key", ["notice", "rules", "masi"])
def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(pdfs, key):
    lines = text_lines(pdfs[key])
    assert len(lines) > 100
    assert _forbidden_line_breaks(pdfs[key]) == []


def test_worst_case_punctuation_at_every_column(library):
    from policies.pdf import render_policy_pdf

    tricky = "《中华人民共和国社区矫正法》，“四个意识”。（一）【注】「甲」『乙』’；？！、"
    body = [article("测" * k + tricky * 3) for k in range(28)]  # each mark reaches every column
    page = build_policy(library, "标点禁则测试", slug="kinsoku", body=body)
    data = render_policy_pdf(page)
    lines = text_lines(data)
    assert len(lines) > 28 * 4
    assert _forbidden_line_breaks(data) == []
    # the grid: full lines hold 28 characters of 3号 (counted on lines without Latin text)
    assert max(len(l.text) for l in lines if l.text.startswith("测")) == 28


def test_addressee_flush_left_and_body_indented_two_characters(pdfs):
    lines = text_lines(pdfs["masi"])
    addressee = _find(lines, "市县(区)司法局、民政局", 0)
    assert abs(addressee.x0 - _left(addressee)) < 0.5
    body = _find(lines, "现将《马鞍山市", 0)
    assert abs(body.x0 - _left(body) - 2 * EM) < 0.5


def test_attachment_list_hangs_under_the_names(pdfs):
    lines = text_lines(pdfs["notice"])
    i = next(n for n, l in enumerate(lines) if l.text.startswith("附件：1."))
    first, wrapped = lines[i], lines[i + 1]
    assert abs(first.x0 - _left(first) - 2 * EM) < 0.5  # 7.3.4: 左空二字
    name = first.words[-1]  # “附件：1.” then the name
    assert name.text.startswith("重庆市") and wrapped.text == "则"
    assert abs(wrapped.x0 - name.x0) < 0.5
    second = lines[i + 2]
    assert second.text.startswith("2.") and lines[i + 3].text == "工作细则"
    assert abs(lines[i + 3].x0 - second.words[-1].x0) < 0.5


def test_signature_and_date_placed_as_the_standard_says(pdfs):
    lines = text_lines(pdfs["notice"])
    date = _find(lines, "2023年8月29日")
    organ = next(l for l in lines if l.page == date.page and l.text == "重庆市沙坪坝区回龙坝镇人民政府")
    right = _left(organ) + BLOCK_W
    assert abs(organ.x1 - (right - 2 * EM)) < 1  # 右空二字
    assert abs(date.x0 - (organ.x0 + 2 * EM)) < 1  # 首字比署名首字右移二字
    assert 0 < organ.y0 - date.y0 < 1.2 * LEADING

    lines = text_lines(pdfs["masi"])
    date = _find(lines, "2022年1月11日")
    organs = [l for l in lines if l.page == date.page and l.text in ("马鞍山市司法局", "马鞍山市民政局")]
    assert [o.text for o in organs] == ["马鞍山市司法局", "马鞍山市民政局"]  # 联合行文: one per line
    assert abs(organs[0].x0 - organs[1].x0) < 0.5
    assert abs(date.x0 - (organs[0].x0 + 2 * EM)) < 1


def test_attachments_start_new_pages_with_the_label_top_left(pdfs):
    lines = text_lines(pdfs["notice"])
    for n, title in [(1, "重庆市沙坪坝区回龙坝镇"), (2, "重庆市沙坪坝区回龙坝镇"), (3, "重庆市沙坪坝区回龙坝镇")]:
        label = _find(lines, f"附件{n}")
        on_page = [l for l in lines if l.page == label.page]
        assert on_page[0] is label  # first line of its page
        assert abs(label.x0 - _left(label)) < 0.5
        assert abs(label.y1 - (842 - 37 * mm)) < LEADING  # 版心's first line
        assert on_page[1].text.startswith(title)
    lines = text_lines(pdfs["masi"])
    for n, title in [(1, "协助社区矫正工作通知单"), (2, "社区矫正对象基本情况登记表")]:
        label = _find(lines, f"附件{n}")
        on_page = [l for l in lines if l.page == label.page]
        assert on_page[0] is label and on_page[1].text == title
        assert label.x0 < 30 * mm


def test_attachment_forms_print_as_the_forms(pdfs):
    notice = plain_text(pdfs["notice_form"])
    for field in ["附件1", "协助社区矫正工作通知单", "协通字第", "村(居)民委员会：", "社区矫正对象", "户籍地",
                  "（存根）", "填发人：", "批准人：", "填发日期：", "—1—"]:
        assert field in notice, field
    registration = plain_text(pdfs["registration_form"])
    for field in ["附件2", "社区矫正对象基本情况登记表", "姓名", "文化程度", "家庭主要成员", "存在的主要问题",
                  "备注：此表用于村(居)民委员会登记本辖区社区矫正对象基本情况"]:
        assert field in registration, field
    assert "（表单：" not in notice + registration
    # the note typed like the form's own footnote is printed once
    assert registration.count("此表用于村(居)民委员会登记本辖区") == 1
    whole = plain_text(pdfs["masi"])
    assert "填发人：" in whole and "家庭主要成员" in whole


def test_a_note_the_form_does_not_print_is_kept(library):
    from policies.pdf import render_policy_pdf

    page = build_policy(library, "登记表", slug="reg", body=[form("registration", "请于每月5日前报送司法所。")])
    text = plain_text(render_policy_pdf(page))
    assert "请于每月5日前报送司法所。" in text and "家庭主要成员" in text


def test_page_numbers_run_on_through_form_pages(pdfs):
    lines = text_lines(pdfs["masi"])
    folios = [l for l in lines if re.fullmatch(r"—\d+—", l.text)]
    pages = {l.page for l in lines}
    assert [int(l.text.strip("—")) for l in folios] == [p + 1 for p in sorted(pages)]


def test_rules_show_their_signature_on_the_page_and_in_the_pdf(pdfs, seeded, client):
    from policies.models import PolicyPage

    lines = text_lines(pdfs["rules"])
    organ = [l for l in lines if l.text == "北京市密云区密云镇人民政府"]
    date = _find(lines, "2022年3月30日")
    assert organ and organ[0].page == date.page and organ[0].y0 > date.y0
    html = client.get(PolicyPage.objects.get(slug="miyun-work-rules").url).content.decode()
    assert '<div class="pol-signature"><p>北京市密云区密云镇人民政府</p><p>2022年3月30日</p></div>' in html


def test_notice_page_marks_the_half_width_colon_addressee(seeded, client):
    from policies.models import PolicyPage

    html = client.get(PolicyPage.objects.get(slug="masi-2022-3").url).content.decode()
    assert '<p class="pol-addressee">市县(区)司法局、民政局:</p>' in html
    assert "<p>马鞍山市司法局</p><p>马鞍山市民政局</p>" in html


def test_plain_paragraph_body_still_prints(library):
    from policies.pdf import render_policy_pdf

    page = build_policy(library, "说明", slug="plain", body=[paragraph("本说明自印发之日起施行。")])
    assert "本说明自印发之日起施行。" in plain_text(render_policy_pdf(page))


def test_colophon_with_cc_between_rules_on_the_last_page(notice):
    from policies.pdf import render_policy_pdf

    notice.colophon_cc = "区司法局、区民政局、区公安分局、区财政局、区人力社保局、区卫生健康委、团区委、区妇联、区总工会"
    notice.save()
    data = render_policy_pdf(notice)
    lines = text_lines(data)
    last = max(l.page for l in lines)
    cc = _find(lines, "抄送：区司法局", last)
    wrapped = lines[lines.index(cc) + 1]
    issued = _find(lines, "示例镇党政办公室", last)
    assert wrapped.text.endswith("区总工会。") and wrapped.y0 > issued.y0  # 7.4.2: ends with 。, above 印发
    assert abs(cc.x0 - (_left(cc) + 14)) < 1  # 左空一字 (4号)
    assert abs(wrapped.x0 - (cc.x0 + 3 * 14)) < 1  # under the first organ after “抄送：”
    assert issued.text.endswith("2023年8月29日印发")
    # three rules: thick, thin, thick (0.35 mm and 0.25 mm line widths in the content stream)
    stream = content_stream(data, last)
    widths = [round(float(w) / mm, 2) for w in re.findall(r"([\d.]+) w\b", stream)]
    assert 0.35 in widths and 0.25 in widths


@pytest.mark.parametrize("fields, docno_under_title", [
    ({"doc_number": ""}, False),  # a notice without 文号 is no 公文: no 版头
    ({"signatory": "", "publisher": ""}, True),  # no organ to print: the 文号 goes under the title
])
def test_notice_without_what_a_masthead_needs_gets_none(notice, fields, docno_under_title):
    from policies.pdf import render_policy_pdf

    for name, value in fields.items():
        setattr(notice, name, value)
    notice.save()
    data = render_policy_pdf(notice)
    assert not re.search(r"(^|\s)1 0 0 (RG|rg)\b", content_stream(data, 0))
    lines = text_lines(data)
    assert lines[0].text == "关于成立示例镇社区矫正委员会的通知"
    assert (lines[1].text == "示府发〔2023〕104号") is docno_under_title


def test_an_attachment_printed_alone_has_no_colophon_page(client, library):
    """The 版记 closes the issued 公文: printed on its own, a form attachment is the one form page."""
    notice = build_policy(library, "关于印发表格的通知", slug="forms-notice", body=[], doc_number="马司〔2022〕3号",
                          notice_text="各村（居）委会：\n现将表格印发给你们。", signatory="马鞍山市司法局",
                          colophon_office="市司法局", colophon_date=date(2022, 1, 11))
    annex = build_policy(notice, "社区矫正对象基本情况登记表", slug="reg-form", attachment_number=2,
                         body=[form("registration")])
    data = client.get(annex.url + "pdf/").content
    assert len(reader(data).pages) == 1 and "印发" not in plain_text(data)
