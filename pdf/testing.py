"""Checks on rendered PDFs, shared by the tests of pdf/ and forms_app/printing/ (uses pypdf)."""

from __future__ import annotations

import io
from collections import Counter
import re
import subprocess
import tempfile
from dataclasses import dataclass
from xml.etree import ElementTree

from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4


@dataclass
class Word:
    page: int
    text: str
    x0: float  # PDF coordinates of the page box: origin bottom-left
    y0: float
    x1: float
    y1: float


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def plain_text(data: bytes) -> str:
    """All text of the PDF with whitespace removed, so a value wrapped over two lines still matches."""
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in reader(data).pages))


def words(data: bytes) -> list[Word]:
    """Every drawn word with its box on the page, as poppler's pdftotext places it.

    Poppler applies the full transformation (including Form XObjects, which pypdf's text visitor
    reports in the form's own coordinates), so positions are what a printer would put on paper.
    """
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        xml = subprocess.run(["pdftotext", "-bbox", f.name, "-"], capture_output=True, check=True).stdout
    root = ElementTree.fromstring(xml)
    found = []
    for number, page in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page")):
        height = float(page.get("height"))
        for w in page.iter("{http://www.w3.org/1999/xhtml}word"):
            found.append(Word(number, w.text or "", float(w.get("xMin")), height - float(w.get("yMax")),
                              float(w.get("xMax")), height - float(w.get("yMin"))))
    return found


def words_outside_page(data: bytes, margin: float = 0.0) -> list[Word]:
    """Words that start or end outside the page box (minus `margin` points on each side)."""
    pages = reader(data).pages
    out = []
    for w in words(data):
        box = pages[w.page].mediabox
        if (w.x0 < float(box.left) + margin or w.x1 > float(box.right) - margin
                or w.y0 < float(box.bottom) + margin or w.y1 > float(box.top) - margin):
            out.append(w)
    return out


def clipped_text(data: bytes) -> str:
    """Characters in the PDF's text that poppler does not place on any page: drawn wholly off-page.

    (pdftotext drops what lies outside the page box, so words_outside_page alone cannot see it.)
    """
    drawn = Counter(re.sub(r"\s+", "", "".join(w.text for w in words(data))))
    stored = Counter(plain_text(data))
    return "".join(sorted((stored - drawn).elements()))


def text_off_page(data: bytes, margin: float = 0.0) -> list[str]:
    """Everything drawn outside the page box (minus `margin`): words, then clipped characters."""
    off = [w.text for w in words_outside_page(data, margin)]
    clipped = clipped_text(data)
    return off + ([clipped] if clipped else [])


def overlapping_words(data: bytes, tolerance: float = 0.5) -> list[tuple[Word, Word]]:
    """Pairs of words on one page whose boxes overlap: text drawn over text."""
    by_page: dict[int, list[Word]] = {}
    for w in words(data):
        by_page.setdefault(w.page, []).append(w)
    pairs = []
    for page_words in by_page.values():
        page_words.sort(key=lambda w: (w.y0, w.x0))
        for i, a in enumerate(page_words):
            for b in page_words[i + 1:]:
                if b.y0 >= a.y1 - tolerance:
                    break
                if (min(a.x1, b.x1) - max(a.x0, b.x0) > tolerance
                        and min(a.y1, b.y1) - max(a.y0, b.y0) > tolerance):
                    pairs.append((a, b))
    return pairs


def text_fonts(data: bytes) -> set[str]:
    """PostScript names (subset prefix removed) of the fonts text is actually drawn with."""
    used = set()
    for page in reader(data).pages:
        def visit(text, cm, tm, font, size):
            if text.strip() and font:
                used.add(str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1])
        page.extract_text(visitor_text=visit)
    return used


def is_a4(data: bytes) -> bool:
    return all(abs(float(p.mediabox.width) - A4[0]) < 1 and abs(float(p.mediabox.height) - A4[1]) < 1
               for p in reader(data).pages)


def _font_dicts(data: bytes):
    """Every font dictionary of the document: page resources and Form XObject resources."""
    seen = set()

    def walk(resources):
        resources = resources.get_object() if resources is not None else {}
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            if id(font) not in seen:
                seen.add(id(font))
                yield font
        for xobj in resources.get("/XObject", {}).values():
            xobj = xobj.get_object()
            if xobj.get("/Subtype") == "/Form" and "/Resources" in xobj and id(xobj) not in seen:
                seen.add(id(xobj))
                yield from walk(xobj["/Resources"])

    for page in reader(data).pages:
        yield from walk(page.get("/Resources"))


def _font_programs(data: bytes):
    """(BaseFont name, kinds of embedded font file) of every font the document lists, composite or simple."""
    for font in _font_dicts(data):
        for desc in font.get("/DescendantFonts", [font]):
            desc = desc.get_object()
            fd = desc.get("/FontDescriptor")
            files = {k for k in ("/FontFile", "/FontFile2", "/FontFile3") if fd is not None and k in fd.get_object()}
            yield str(desc["/BaseFont"]).lstrip("/"), files


def unembedded_fonts(data: bytes) -> set[str]:
    """BaseFont names of fonts listed in the document without their program (a printer would substitute)."""
    return {name for name, files in _font_programs(data) if not files}


def embedded_fonts(data: bytes) -> set[str]:
    """BaseFont names of fonts whose program is embedded (FontFile2 = TrueType)."""
    return {name for name, files in _font_programs(data) if "/FontFile2" in files}


@dataclass
class TextLine:
    page: int
    text: str  # the words of the line joined without spaces
    x0: float
    y0: float
    x1: float
    y1: float
    words: list


def text_lines(data: bytes, tolerance: float = 2.0) -> list[TextLine]:
    """Words grouped into printed lines (same page, bottoms within `tolerance`), top to bottom, each
    line's words left to right: where a line starts and ends, and what it starts and ends with."""
    rows: list[list[Word]] = []
    for w in sorted(words(data), key=lambda w: (w.page, -w.y0, w.x0)):
        row = rows[-1] if rows else None
        if row and row[0].page == w.page and abs(row[0].y0 - w.y0) <= tolerance:
            row.append(w)
        else:
            rows.append([w])
    out = []
    for row in rows:
        row.sort(key=lambda w: w.x0)
        out.append(TextLine(row[0].page, "".join(w.text for w in row), row[0].x0, min(w.y0 for w in row),
                            max(w.x1 for w in row), max(w.y1 for w in row), row))
    return out


def page_image(data: bytes, page: int, dpi: int = 36):
    """One page rendered by poppler as a PIL RGB image (page index from 0), to check colours."""
    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/doc.pdf"
        with open(path, "wb") as f:
            f.write(data)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page + 1), "-l", str(page + 1), "-png",
                        "-singlefile", path, f"{tmp}/page"], check=True)
        return Image.open(f"{tmp}/page.png").convert("RGB")


def content_stream(data: bytes, page: int) -> str:
    """The page's decoded content stream (operators and operands), for colour and line checks."""
    return reader(data).pages[page].get_contents().get_data().decode("latin-1")
