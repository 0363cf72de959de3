"""An uploaded .xlsx as a zip archive, checked before openpyxl sees any of it.

First the zip directory alone (nothing decompressed): member count, each member's declared size, the
total and the compression ratio. Python's zipfile never yields more than a member's declared size, so
these numbers bound everything read later. Then one streaming pass over every member counts its XML
elements and reads the declarations at its start: a worksheet's <dimension ref="A1:Z5000000"/>, the
shared-string table's count/uniqueCount. Limits are in limits.py.
"""

import io
import re
import zipfile
from dataclasses import dataclass

from openpyxl.utils.cell import range_boundaries

from . import limits
from .errors import SheetError, failing_as

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: old .xls, or an encrypted .xlsx
CHUNK = 1024 * 1024
SHEET_PART = re.compile(r"xl/worksheets/[^/]+\.xml", re.IGNORECASE)
DIMENSION = re.compile(rb"<(?:[\w.-]+:)?dimension\b[^>]*?\bref\s*=\s*[\"']([^\"']*)[\"']")
SST = re.compile(rb"<(?:[\w.-]+:)?sst\b([^>]*)>")
SST_ATTRIBUTE = re.compile(rb"\b(count|uniqueCount)\s*=\s*[\"']\s*(\d+)\s*[\"']")
SST_ENTRY = re.compile(rb"<(?:[\w.-]+:)?si[\s/>]")
DAMAGED = "无法打开这个 Excel 文件：文件不完整或已损坏（可能没有上传完整）。请用 Excel 重新保存后再导入。"
ADVICE = "请只保留要导入的数据（删除多余的空行、空列和其他工作表）后另存为 .xlsx，或拆分成多个文件分批导入。"


@dataclass
class Member:
    elements: int = 0
    entries: int = 0  # <si> of a shared-string table


def open_checked(data: bytes) -> zipfile.ZipFile:
    """The upload as a ZipFile whose every member is within the limits; raises SheetError otherwise."""
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise SheetError("这个 Excel 文件设置了打开密码（已加密），无法读取。"
                             "请在 Excel 中取消密码后另存为 .xlsx 再导入。")
        raise SheetError("这是旧版 Excel（.xls）文件，只是扩展名为 .xlsx。请在 Excel 中另存为“Excel 工作簿 (.xlsx)”后再导入。")
    if not data.startswith(b"PK"):
        raise SheetError("文件扩展名是 .xlsx，但内容不是 Excel 工作簿（可能是改了扩展名的其他文件）。")
    with failing_as(DAMAGED):
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    _check_directory(members)
    _check_kind(archive, {m.filename for m in members})
    total = 0
    for info in members:
        with failing_as(DAMAGED):
            member = _scan(archive, info)
        total += member.elements
        if not _streamed(info.filename) and member.elements > limits.MAX_PART_ELEMENTS:
            raise SheetError(f"工作簿中的“{info.filename[:80]}”内容过多（超过 {limits.MAX_PART_ELEMENTS} 项），"
                             "无法读取。" + ADVICE)
        if member.entries > limits.MAX_SHARED_STRINGS:
            raise _too_many_strings(member.entries)
    if total > limits.MAX_XML_ELEMENTS:
        raise SheetError(f"工作簿内容过多（超过 {limits.MAX_XML_ELEMENTS} 个单元格和格式项），无法读取。" + ADVICE)
    return archive


def _check_directory(members):
    if len(members) > limits.MAX_MEMBERS:
        raise SheetError(f"文件中包含 {len(members)} 个部件，超过 {limits.MAX_MEMBERS} 个，不像是 Excel 工作簿。")
    total = 0
    for info in members:
        if info.flag_bits & 0x1:
            raise SheetError("文件中的内容被加密，无法读取。请取消密码后另存为 .xlsx 再导入。")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise SheetError("文件使用了 Excel 不会使用的压缩方式，无法读取。请用 Excel 重新保存后再导入。")
        size, packed = info.file_size, max(info.compress_size, 1)
        if size > limits.MAX_MEMBER_BYTES or (size >= limits.RATIO_FROM_BYTES and size > limits.MAX_RATIO * packed):
            raise _bomb(size)
        total += size
    if total > limits.MAX_UNCOMPRESSED_BYTES:
        raise _bomb(total)


def _bomb(size):
    return SheetError(f"文件解压后约 {size // 1024 // 1024} MB，超过了允许的大小（可能是“压缩炸弹”或含有大量无关内容），"
                      "无法导入。" + ADVICE)


def _check_kind(archive, names):
    if "[Content_Types].xml" in names:
        return
    if "word/document.xml" in names:
        raise SheetError("这是 Word 文档（.docx），不是 Excel 工作簿。")
    if "mimetype" in names:
        with failing_as(DAMAGED):
            mimetype = archive.open("mimetype").read(100)
        if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
            raise SheetError("这是 .ods 格式（WPS / LibreOffice）的表格，请另存为 Excel 工作簿 (.xlsx) 后再导入。")
    raise SheetError("文件是压缩包，但里面没有 Excel 工作簿的内容，不是 .xlsx 文件。")


def _streamed(name):
    """Parts openpyxl streams row by row (worksheets, shared strings); it loads all others whole."""
    return bool(SHEET_PART.fullmatch(name)) or name.rsplit("/", 1)[-1].lower() == "sharedstrings.xml"


def _scan(archive, info):
    member, head, tail = Member(), b"", b""
    is_sheet = bool(SHEET_PART.fullmatch(info.filename))
    is_strings = info.filename.rsplit("/", 1)[-1].lower() == "sharedstrings.xml"
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            if len(head) < limits.DIMENSION_PEEK_BYTES:
                head += chunk[: limits.DIMENSION_PEEK_BYTES - len(head)]
                if len(head) >= limits.DIMENSION_PEEK_BYTES:
                    _check_declarations(head, is_sheet, is_strings)
            # Start tags and empty-element tags; a "</" split across chunks only makes the count larger.
            member.elements += chunk.count(b"<") - chunk.count(b"</")
            if is_strings:
                window = tail + chunk
                member.entries += len(SST_ENTRY.findall(window)) - len(SST_ENTRY.findall(tail))
                tail = chunk[-16:]
            if member.elements > limits.MAX_XML_ELEMENTS:
                break  # already over the limit for the whole workbook; no need to read on
    if len(head) < limits.DIMENSION_PEEK_BYTES:
        _check_declarations(head, is_sheet, is_strings)
    return member


def _check_declarations(head, is_sheet, is_strings):
    if is_sheet:
        found = DIMENSION.search(head)
        if found:
            _check_dimension(found.group(1).decode("ascii", "replace"))
    if is_strings:
        found = SST.search(head)
        declared = dict(SST_ATTRIBUTE.findall(found.group(1))) if found else {}
        if int(declared.get(b"uniqueCount", 0)) > limits.MAX_SHARED_STRINGS:
            raise _too_many_strings(int(declared[b"uniqueCount"]))
        if int(declared.get(b"count", 0)) > limits.MAX_LINES * limits.MAX_COLUMNS:
            raise SheetError(f"工作簿声明含有 {int(declared[b'count'])} 个文字单元格，超过了上限。" + ADVICE)


def _check_dimension(ref):
    try:
        min_col, min_row, max_col, max_row = range_boundaries(ref.upper())
    except (ValueError, TypeError):
        return  # not a range we can read; openpyxl decides (and a damaged file is reported as such)
    rows = (max_row or 0) - (min_row or 1) + 1
    columns = (max_col or 0) - (min_col or 1) + 1
    if rows > limits.MAX_LINES or columns > limits.MAX_COLUMNS:
        raise SheetError(f"工作表的范围是 {ref[:40]}（{rows} 行、{columns} 列），超过了上限"
                         f"（最多 {limits.MAX_LINES} 行、{limits.MAX_COLUMNS} 列）。" + ADVICE)


def _too_many_strings(n):
    return SheetError(f"工作簿含有 {n} 个不同的文字内容，超过 {limits.MAX_SHARED_STRINGS} 个的上限。" + ADVICE)
