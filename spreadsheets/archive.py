"""An uploaded .xlsx as a zip archive, checked before openpyxl sees any of it.

First the zip directory alone (nothing decompressed): member count, each member's declared size, the
total and the compression ratio. Python's zipfile never yields more than a member's declared size, so
these numbers bound everything read later. Then one streaming pass over every member counts its XML
elements and reads the declarations at its start: a worksheet's <dimension ref="A1:Z5000000"/>, the
shared-string table's count/uniqueCount. Limits are in limits.py.
"""

import io
import zipfile

from . import limits, parts
from .errors import SheetError, failing_as

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: old .xls, or an encrypted .xlsx
DAMAGED = "无法打开这个 Excel 文件：文件不完整或已损坏（可能没有上传完整）。请用 Excel 重新保存后再导入。"


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
        with failing_as(DAMAGED), archive.open(info) as stream:
            total += parts.count(stream, info.filename)
        if total > limits.MAX_XML_ELEMENTS:
            raise parts.too_many_elements()
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
                      "无法导入。" + parts.ADVICE)


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
