"""The PDF checks used by the form tests do catch what they are meant to catch."""

import io

from reportlab.lib.pagesizes import A4, A5
from reportlab.pdfgen import canvas

from pdf.fonts import font_name
from pdf.testing import is_a4, overlapping_words, text_fonts, text_off_page


def _pdf(draw, size=A4):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size)
    c.setFont(font_name("body"), 12)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_text_past_the_right_edge_is_found():
    assert text_off_page(_pdf(lambda c: c.drawString(560, 400, "社区矫正对象")))
    assert text_off_page(_pdf(lambda c: c.drawString(700, 400, "社区矫正对象")))  # wholly off the page
    assert text_off_page(_pdf(lambda c: c.drawString(100, 400, "社区矫正对象"))) == []


def test_text_in_a_form_xobject_is_placed_where_it_is_drawn():
    def draw(c):
        c.beginForm("f")
        c.setFont(font_name("body"), 12)
        c.drawString(0, 0, "存根")
        c.endForm()
        c.translate(590, 400)
        c.doForm("f")
    assert text_off_page(_pdf(draw))


def test_overlapping_text_is_found():
    def draw(c):
        c.drawString(100, 400, "协助人员")
        c.drawString(110, 402, "名单")
    assert len(overlapping_words(_pdf(draw))) == 1


def test_page_size_and_fonts():
    assert not is_a4(_pdf(lambda c: c.drawString(50, 50, "字"), size=A5))
    assert text_fonts(_pdf(lambda c: c.drawString(50, 50, "字"))) == {"NotoSerifSC-Regular"}
