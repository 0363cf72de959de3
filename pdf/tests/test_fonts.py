"""The committed fonts are embeddable TrueType, registered once, and report missing glyphs."""

import io
import struct

import pytest
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from pdf import fonts
from pdf.styles import GBT9704_MARGINS, PAGE_SIZE, gbt9704_styles


def _tables(path):
    data = path.read_bytes()[:12 + 16 * 64]
    count = struct.unpack(">H", data[4:6])[0]
    return data[:4], {data[12 + 16 * i:16 + 16 * i].decode("latin-1") for i in range(count)}


@pytest.mark.parametrize("role", fonts.ROLES)
def test_default_fonts_are_truetype_with_licence(role):
    path = fonts.DEFAULT_FONTS[role]
    version, tables = _tables(path)
    assert version == b"\x00\x01\x00\x00" and "glyf" in tables and "CFF " not in tables
    assert "SIL OPEN FONT LICENSE" in (path.parent / "OFL.txt").read_text().upper()


def test_register_fonts_is_idempotent():
    first = fonts.register_fonts()
    assert fonts.register_fonts() == first
    assert set(first) == set(fonts.ROLES)
    assert fonts.font_name("body") == first["body"]


def test_missing_chars_reports_only_what_the_font_lacks():
    assert fonts.missing_chars("张伟 住 青山镇 1号\n", "body") == []
    # private-use 造字 and a rare extension-B character are not in Noto Serif SC
    assert fonts.missing_chars("王\ue000明\ue000𪚥", "body") == ["\ue000", "𪚥"]


def test_require_glyphs_names_the_field_in_chinese():
    with pytest.raises(fonts.MissingGlyphError) as err:
        fonts.require_glyphs({"姓名": "李\ue000", "户籍地": "青山镇"})
    assert "姓名" in str(err.value) and "户籍地" not in str(err.value)
    assert err.value.problems == [("姓名", "\ue000")]


def test_unknown_role_and_missing_file_are_clear_errors(settings, tmp_path):
    with pytest.raises(fonts.FontConfigError):
        fonts.font_name("gothic")
    settings.PDF_FONTS = {"body": tmp_path / "nope.ttf"}
    with pytest.raises(fonts.FontConfigError, match="找不到字体文件"):
        fonts.register_fonts()
    (tmp_path / "fake.ttf").write_bytes(b"OTTO not a truetype font")
    settings.PDF_FONTS = {"body": tmp_path / "fake.ttf"}
    with pytest.raises(fonts.FontConfigError, match="TrueType"):
        fonts.register_fonts()


def test_fonts_are_embedded_as_subsets():
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=PAGE_SIZE)
    for i, role in enumerate(fonts.ROLES):
        c.setFont(fonts.font_name(role), 16)
        c.drawString(100, 700 - 30 * i, "社区矫正委员会")
    c.save()
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    assert "社区矫正委员会" in reader.pages[0].extract_text()
    embedded = set()
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        font = font.get_object()
        for desc in font.get("/DescendantFonts", [font]):
            desc = desc.get_object()
            fd = desc.get("/FontDescriptor")
            if fd and "/FontFile2" in fd.get_object():
                embedded.add(str(desc["/BaseFont"]))
    # ReportLab names subsets "AAAAAA+Name"; a 15 MB font must not be embedded whole
    assert embedded and all("+" in name for name in embedded)
    assert len(buf.getvalue()) < 200_000


def test_gbt9704_page_has_28_chars_per_line_and_22_lines():
    styles = gbt9704_styles()
    body = styles["body"]
    assert body.fontSize == 16
    assert GBT9704_MARGINS.frame_width == pytest.approx(28 * 16)
    assert GBT9704_MARGINS.frame_height / body.leading == pytest.approx(22)
    assert styles["title"].fontSize == 22
