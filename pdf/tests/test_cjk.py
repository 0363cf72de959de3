"""禁则 line breaking and the character grid of pdf.cjk (the GB/T 9704 policy PDF's paragraphs)."""

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas

from pdf.assemble import build_on, page_frame
from pdf.cjk import CANNOT_END, CANNOT_START, CJKParagraph, Span, break_lines
from pdf.fonts import font_name
from pdf.testing import text_lines

SAMPLE = "根据《中华人民共和国社区矫正法》，切实增强“四个意识”。（一）于7日内报送0555-2426309，「甲」『乙』【丙】！"


def _lines(text, chars, tracking=0.0):
    widths = [1.0] * len(text)
    return [text[a:b] for a, b in break_lines(text, widths, [chars], tracking)]


def _legal(lines):
    return all(l[:1] not in CANNOT_START and l[-1:] not in CANNOT_END for l in lines)


def test_closing_marks_never_start_and_opening_marks_never_end_a_line_at_any_width():
    for chars in range(4, 40):
        lines = _lines(SAMPLE * 3, chars)
        assert "".join(lines) == SAMPLE * 3  # nothing lost or repeated
        assert _legal(lines), (chars, lines)
        assert all(len(l) <= chars for l in lines)


def test_two_closing_marks_in_a_row_move_down_with_the_character_before_them():
    # ReportLab hangs one mark past the edge; the second ("，" after "》") started the next line
    lines = _lines("一二三四五六七八》，九十", 8)
    assert lines == ["一二三四五六七", "八》，九十"]


def test_an_opening_mark_goes_down_to_the_line_it_opens():
    assert _lines("一二三四五六七《八九》", 8) == ["一二三四五六七", "《八九》"]


def test_numbers_and_phone_numbers_are_not_split():
    assert _lines("联系电话0555-2426309", 13) == ["联系电话", "0555-2426309"]
    # a run longer than the line is split, still never before a closing mark
    assert _lines("电话0555-2426309。", 6) == ["电话", "0555-2", "42630", "9。"]


def test_a_line_without_any_legal_break_is_cut_where_it_is_full():
    lines = _lines("，" * 20, 6)  # pathological input still makes progress
    assert lines == ["，" * 6] * 3 + ["，" * 2]


def test_forced_break_and_no_space_at_the_start_of_a_wrapped_line():
    assert _lines("关于一二\n成立三四", 20) == ["关于一二", "成立三四"]
    assert _lines("附件：1. 一二三 四五六", 9) == ["附件：1. 一二三", "四五六"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="一二三四五" + CANNOT_START[:12] + CANNOT_END[:6] + "0123", min_size=1, max_size=80),
       st.integers(min_value=3, max_value=30))
def test_any_text_keeps_every_character_in_order(text, chars):
    lines = _lines(text, chars)
    assert "".join(lines) == text.replace("\n", "")
    assert all(len(l) <= chars for l in lines)


def test_paragraph_in_a_pdf_fills_the_grid_and_obeys_the_rules():
    size, width = 16, 442.2
    tracking = (width - 28 * size) / 27
    text = SAMPLE * 8
    para = CJKParagraph([Span(text, font_name("body"))], size, 29, "justify", tracking=tracking)
    buffer = io.BytesIO()
    canv = Canvas(buffer, initialFontName=font_name("body"))
    build_on(canv, [para], lambda number: page_frame(76, 100, width, 642))
    canv.save()
    lines = text_lines(buffer.getvalue())
    assert len(lines) > 10
    assert _legal([l.text for l in lines])
    assert all(abs(l.x1 - (76 + width)) < 1 for l in lines[:-1])  # justified to the right edge
    han = CJKParagraph([Span("社区矫正工作" * 20, font_name("body"))], size, 29, tracking=tracking)
    han.wrap(width, 1000)
    assert [b - a for a, b in han._lines[:-1]] == [28] * 4  # 3号 on the 156 mm 版心: 28 a line
    assert all(abs(l.x0 - 76) < 0.5 for l in lines)


def test_no_single_line_left_alone_at_a_page_foot_or_head():
    para = CJKParagraph([Span("社区矫正工作" * 10, font_name("body"))], 16, 29, tracking=0)
    para.wrap(16 * 10, 10000)
    assert len(para._lines) == 6
    assert para.split(16 * 10, 29 * 1.5) == []  # one line would stand alone at the foot: move it all
    head, tail = para.split(16 * 10, 29 * 5)  # five fit, but the sixth would stand alone: four go first
    assert len(head._lines) == 4 and len(tail._lines) == 2
    assert "".join(p.chars[a:b] for p in (head, tail) for a, b in p._lines) == "社区矫正工作" * 10
