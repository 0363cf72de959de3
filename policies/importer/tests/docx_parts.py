"""Building .docx files part by part for the tests: a real python-docx package with parts replaced,
dropped or written as raw zip bytes (for headers that lie). Nothing binary is committed."""

import functools
import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape, quoteattr

from docx import Document

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DOCUMENT = "word/document.xml"
NUMBERING = "word/numbering.xml"
STYLES = "word/styles.xml"


@functools.cache
def base_parts():
    """{name: bytes} of python-docx's default package (numbering.xml included)."""
    buffer = io.BytesIO()
    Document().save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def package(replace=None, drop=(), compression=zipfile.ZIP_DEFLATED):
    """The default package with some parts replaced (or added) and some dropped."""
    parts = {**base_parts(), **(replace or {})}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in parts.items():
            if name not in drop:
                archive.writestr(name, data)
    return buffer.getvalue()


def run(text):
    return f"<w:r><w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r>"


def paragraph(text="", num_id=None, ilvl=None, style=None):
    props = ""
    if style is not None:
        props += f"<w:pStyle w:val={quoteattr(str(style))}/>"
    if num_id is not None:
        level = "" if ilvl is None else f"<w:ilvl w:val={quoteattr(str(ilvl))}/>"
        props += f"<w:numPr>{level}<w:numId w:val={quoteattr(str(num_id))}/></w:numPr>"
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{run(text) if text else ''}</w:p>"


def table(rows, cell_props=""):
    rows_xml = ("".join(f"<w:tc>{cell_props}{paragraph(c)}</w:tc>" for c in row) for row in rows)
    return "<w:tbl>" + "".join(f"<w:tr>{cells}</w:tr>" for cells in rows_xml) + "</w:tbl>"


def document(body):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>').encode()


def level(ilvl, fmt="decimal", text="%1.", start="1"):
    start_xml = "" if start is None else f"<w:start w:val={quoteattr(str(start))}/>"
    return (f"<w:lvl w:ilvl={quoteattr(str(ilvl))}>{start_xml}<w:numFmt w:val={quoteattr(str(fmt))}/>"
            f"<w:lvlText w:val={quoteattr(str(text))}/></w:lvl>")


def numbering(definitions):
    """definitions: [(numId, [level xml, …])]: one abstractNum and one num per list."""
    xml = "".join(f'<w:abstractNum w:abstractNumId="{n}">{"".join(levels)}</w:abstractNum>'
                  for n, levels in definitions)
    xml += "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{n}"/></w:num>' for n, _ in definitions)
    return f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}>{xml}</w:numbering>'.encode()


def styles(entries):
    """entries: [(styleId, basedOn or None, numId or None)] paragraph styles."""
    xml = ""
    for style_id, based_on, num_id in entries:
        inner = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
        if num_id is not None:
            inner += f'<w:pPr><w:numPr><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
        xml += f'<w:style w:type="paragraph" w:styleId="{style_id}">{inner}</w:style>'
    return f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}>{xml}</w:styles>'.encode()


def raw_zip(entries):
    """A zip written byte by byte: entries are (name, data, declared uncompressed size), deflated.
    The declared size may lie; the CRC is the real data's."""
    out, central = io.BytesIO(), io.BytesIO()
    for name, data, declared in entries:
        packed = zlib.compressobj(9, zlib.DEFLATED, -15)
        body = packed.compress(data) + packed.flush()
        crc, encoded, offset = zlib.crc32(data), name.encode(), out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(body), declared,
                              len(encoded), 0) + encoded + body)
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(body),
                                  declared, len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
    directory = central.getvalue()
    count = len(entries)
    out.write(directory + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(directory),
                                      out.tell(), 0))
    return out.getvalue()
