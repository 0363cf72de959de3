"""Checks on rendered PDFs, shared by the tests of pdf/ and forms_app/printing/ (uses pypdf)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics

from .fonts import postscript_names


@dataclass
class TextRun:
    page: int
    text: str
    x: float
    y: float
    width: float
    size: float
    font: str  # PostScript name without the subset prefix


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def plain_text(data: bytes) -> str:
    """All text of the PDF with whitespace removed, so a value wrapped over two lines still matches."""
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in reader(data).pages))


def _multiply(a, b):
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


def text_runs(data: bytes) -> list[TextRun]:
    """Every drawn text run with its page position and exact width (from the registered fonts)."""
    registered = postscript_names()
    runs = []
    for number, page in enumerate(reader(data).pages):
        def visit(text, cm, tm, font, size, number=number):
            text = text.rstrip("\r\n")  # pypdf appends the line break; it is not drawn
            if not text.strip():
                return
            m = _multiply(tm, cm)
            base = str((font or {}).get("/BaseFont", "")).lstrip("/").split("+")[-1]
            name = registered.get(base)
            scale = (m[0] ** 2 + m[1] ** 2) ** 0.5
            real = size * scale
            width = pdfmetrics.stringWidth(text, name, real) if name else len(text) * real
            runs.append(TextRun(number, text, m[4], m[5], width, real, base))
        page.extract_text(visitor_text=visit)
    return runs


def runs_outside_page(data: bytes, margin: float = 0.0) -> list[TextRun]:
    """Runs that start or end outside the page box (minus `margin` points on each side)."""
    out = []
    pages = reader(data).pages
    for run in text_runs(data):
        box = pages[run.page].mediabox
        if (run.x < float(box.left) + margin or run.x + run.width > float(box.right) - margin
                or run.y < float(box.bottom) + margin or run.y + run.size > float(box.top) - margin):
            out.append(run)
    return out


def is_a4(data: bytes) -> bool:
    return all(abs(float(p.mediabox.width) - A4[0]) < 1 and abs(float(p.mediabox.height) - A4[1]) < 1
               for p in reader(data).pages)


def embedded_fonts(data: bytes) -> set[str]:
    """BaseFont names of fonts whose program is embedded (FontFile2 = TrueType)."""
    names = set()
    for page in reader(data).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            for desc in font.get("/DescendantFonts", [font]):
                desc = desc.get_object()
                fd = desc.get("/FontDescriptor")
                if fd is not None and "/FontFile2" in fd.get_object():
                    names.add(str(desc["/BaseFont"]).lstrip("/"))
    return names


def unembedded_fonts(data: bytes) -> set[str]:
    """Fonts used without an embedded program (a viewer would substitute them)."""
    names = set()
    for page in reader(data).pages:
        for font in page.get("/Resources", {}).get("/Font", {}).values():
            font = font.get_object()
            for desc in font.get("/DescendantFonts", [font]):
                desc = desc.get_object()
                fd = desc.get("/FontDescriptor")
                if fd is None or not any(k in fd.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    names.add(str(desc.get("/BaseFont", "?")).lstrip("/"))
    return names
