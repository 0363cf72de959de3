"""Building .xlsx files for the fuzz corpus in memory: a minimal workbook whose parts can be swapped,
openpyxl-made workbooks, and zip-level tampering (declared sizes, flags). No binaries are committed."""

import io
import struct
import zipfile

import openpyxl

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
_TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006"
XML = '<?xml version="1.0" encoding="UTF-8"?>'

SKELETON = {
    "[Content_Types].xml": (
        f'{XML}<Types xmlns="{_PKG}/content-types">'
        f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPES}.sheet.main+xml"/>'
        f'<Override PartName="/{SHEET}" ContentType="{_TYPES}.worksheet+xml"/>'
        f'<Override PartName="/{STRINGS}" ContentType="{_TYPES}.sharedStrings+xml"/></Types>'),
    "_rels/.rels": (
        f'{XML}<Relationships xmlns="{_PKG}/relationships">'
        f'<Relationship Id="rId1" Type="{_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        f'{XML}<workbook xmlns="{NS}" xmlns:r="{_RELS}"><sheets><sheet name="数据" sheetId="1" r:id="rId1"/>'
        f'</sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        f'{XML}<Relationships xmlns="{_PKG}/relationships">'
        f'<Relationship Id="rId1" Type="{_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
    STRINGS: f'{XML}<sst xmlns="{NS}" count="2" uniqueCount="2"><si><t>姓名</t></si><si><t>性别</t></si></sst>',
}
HEADING_ROW = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'


def row(n, *values):
    """A worksheet row of inline-string cells; a value starting with "<" is taken as raw <c> markup."""
    cells = []
    for i, value in enumerate(values):
        ref = f"{openpyxl.utils.get_column_letter(i + 1)}{n}"
        cells.append(value if value.startswith("<") else f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>')
    return f'<row r="{n}">{"".join(cells)}</row>'


def sheet(body, dimension=None, head=XML):
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f'{head}<worksheet xmlns="{NS}">{dim}<sheetData>{body}</sheetData></worksheet>'


def workbook(sheet_xml=None, parts=None, compression=zipfile.ZIP_DEFLATED):
    """The skeleton with SHEET = sheet_xml (a heading row and one data row by default) and `parts`
    ({name: content}) replaced; a part given as None is left out."""
    members = dict(SKELETON)
    members[SHEET] = sheet_xml if sheet_xml is not None else sheet(HEADING_ROW + row(2, "示例甲", "男"))
    members.update(parts or {})
    return zipped({k: v for k, v in members.items() if v is not None}, compression)


def zipped(members, compression=zipfile.ZIP_DEFLATED):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as z:
        for name, content in members.items():
            z.writestr(name, content.encode() if isinstance(content, str) else content)
    return out.getvalue()


def openpyxl_book(rows, setup=None):
    book = openpyxl.Workbook()
    for values in rows:
        book.active.append(values)
    if setup:
        setup(book)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def patch_directory(data, name, uncompressed=None, flags=None):
    """Rewrite the central-directory entry of `name`: its declared uncompressed size or its flag bits."""
    data = bytearray(data)
    at = data.find(b"PK\x01\x02")
    while at != -1:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46: at + 46 + length].decode() == name:
            if uncompressed is not None:
                struct.pack_into("<I", data, at + 24, uncompressed)
            if flags is not None:
                struct.pack_into("<H", data, at + 8, flags)
            return bytes(data)
        at = data.find(b"PK\x01\x02", at + 4)
    raise KeyError(name)


def stream_sheet(path, rows_xml, count, dimension=None, batch=10_000):
    """Write an .xlsx whose worksheet repeats `rows_xml` `count` times, streamed to disk chunk by chunk."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, content in SKELETON.items():
            z.writestr(name, content)
        head, tail = sheet("", dimension).split("<sheetData>")
        with z.open(SHEET, "w", force_zip64=True) as f:
            f.write((head + "<sheetData>").encode())
            chunk = rows_xml.encode() * batch
            for _ in range(count // batch):
                f.write(chunk)
            f.write(rows_xml.encode() * (count % batch))
            f.write(tail.encode())
