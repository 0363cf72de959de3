"""One streaming pass over a decompressed .xlsx member, counting what openpyxl will hold while reading it.

Worksheets and the shared-string table are parsed here with expat (C, no tree kept): rows / <si> entries
are counted, and so are the elements outside them and inside each one (limits.py says why), and the
declarations at their start are checked as soon as they are read: a worksheet's <dimension ref=…> and the
table's count / uniqueCount. Every other member is loaded whole by openpyxl, so its elements are counted.
"""

import re
from xml.parsers import expat

from openpyxl.utils.cell import range_boundaries

from . import limits
from .errors import SheetError, too_many_lines

CHUNK = 1024 * 1024
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET_PART = re.compile(r"xl/worksheets/[^/]+\.xml", re.IGNORECASE)
ADVICE = "请只保留要导入的数据（删除多余的空行、空列和其他工作表）后另存为 .xlsx，或拆分成多个文件分批导入。"


def kind(name):
    """"sheet", "strings" (both streamed by openpyxl) or "part" (loaded whole)."""
    if SHEET_PART.fullmatch(name):
        return "sheet"
    return "strings" if name.rsplit("/", 1)[-1].lower() == "sharedstrings.xml" else "part"


def count(stream, name):
    """The XML elements of one member; raises SheetError when it is over a limit."""
    member_kind = kind(name)
    if member_kind == "part":
        elements, chunk = 0, stream.read(CHUNK)
        if not looks_like_xml(chunk):
            return 0  # an image or other binary part: openpyxl does not parse it
        while chunk:
            # Start tags and empty-element tags; a "</" split across chunks only makes the count larger.
            elements += chunk.count(b"<") - chunk.count(b"</")
            if elements > limits.MAX_PART_ELEMENTS:
                raise SheetError(f"工作簿中的“{name[:80]}”内容过多（超过 {limits.MAX_PART_ELEMENTS} 项），无法读取。"
                                 + ADVICE)
            chunk = stream.read(CHUNK)
        return elements
    structure = Structure(member_kind)
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = structure.start
    parser.EndElementHandler = structure.end
    parser.EntityDeclHandler = _no_entities
    while chunk := stream.read(CHUNK):
        parser.Parse(chunk, False)
    parser.Parse(b"", True)
    return structure.elements


def looks_like_xml(head):
    """XML starts with "<" after an optional byte-order mark and white space (UTF-16 has NULs between)."""
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        head = head.removeprefix(bom)
    return head[:256].lstrip(b" \t\r\n\x00").startswith(b"<")


class Structure:
    def __init__(self, member_kind):
        self.is_sheet = member_kind == "sheet"
        self.item = f"{MAIN} row" if self.is_sheet else f"{MAIN} si"
        self.max_items = limits.MAX_LINES if self.is_sheet else limits.MAX_SHARED_STRINGS
        self.depth = self.item_depth = self.in_item = self.items = self.outside = self.elements = 0

    def start(self, name, attrs):
        self.depth += 1
        self.elements += 1
        if self.elements > limits.MAX_XML_ELEMENTS:
            raise too_many_elements()
        if self.item_depth:
            self.in_item += 1
            if self.in_item > limits.MAX_ITEM_ELEMENTS:
                raise SheetError(f"表格中有一行（或一个单元格）的内容过多（超过 {limits.MAX_ITEM_ELEMENTS} 项），无法读取。"
                                 + ADVICE)
        elif name == self.item:
            self.item_depth, self.in_item = self.depth, 0
            self.items += 1
            if self.items > self.max_items:
                raise too_many_lines() if self.is_sheet else too_many_strings(self.items)
        else:
            self.outside += 1
            if self.outside > limits.MAX_PART_ELEMENTS:
                raise SheetError(f"工作表中除数据行以外的内容过多（超过 {limits.MAX_PART_ELEMENTS} 项），无法读取。" + ADVICE)
            if self.is_sheet and name == f"{MAIN} dimension" and self.depth == 2:
                check_dimension(attrs.get("ref", ""))
            elif not self.is_sheet and name == f"{MAIN} sst" and self.depth == 1:
                check_declared_strings(attrs)

    def end(self, name):
        if self.item_depth == self.depth:
            self.item_depth = 0
        self.depth -= 1


def _no_entities(*args):
    raise SheetError("文件中含有 XML 实体声明，Excel 不会生成这样的文件，为安全起见不予读取。")


def check_dimension(ref):
    try:
        min_col, min_row, max_col, max_row = range_boundaries(ref.upper())
    except (ValueError, TypeError):
        return  # not a range we can read; openpyxl decides (and a damaged file is reported as such)
    rows = (max_row or 0) - (min_row or 1) + 1
    columns = (max_col or 0) - (min_col or 1) + 1
    if rows > limits.MAX_LINES or columns > limits.MAX_COLUMNS:
        raise SheetError(f"工作表的范围是 {ref[:40]}（{rows} 行、{columns} 列），超过了上限"
                         f"（最多 {limits.MAX_LINES} 行、{limits.MAX_COLUMNS} 列）。" + ADVICE)


def check_declared_strings(attrs):
    unique, total = _number(attrs.get("uniqueCount")), _number(attrs.get("count"))
    if unique > limits.MAX_SHARED_STRINGS:
        raise too_many_strings(unique)
    if total > limits.MAX_LINES * limits.MAX_COLUMNS:
        raise SheetError(f"工作簿声明含有 {total} 个文字单元格，超过了上限。" + ADVICE)


def _number(text):
    text = (text or "").strip()
    return int(text) if text.isdigit() and len(text) < 30 else 0


def too_many_strings(n):
    return SheetError(f"工作簿含有 {n} 个以上不同的文字内容，超过 {limits.MAX_SHARED_STRINGS} 个的上限。" + ADVICE)


def too_many_elements():
    return SheetError(f"工作簿内容过多（超过 {limits.MAX_XML_ELEMENTS} 个单元格和格式项），无法读取。" + ADVICE)
