"""A .docx is a zip: check its directory and stream every part before python-docx unpacks it.

The central directory declares each part's sizes; they are checked first (number of parts, sizes,
compression ratio), then every part is decompressed in chunks and counted. zipfile stops a part at
its declared size and then checks its CRC, so a header that lies about the size costs at most that
size in chunks, never the gigabytes the stream would inflate to; the count turns it into a message.
"""

import io
import zipfile
import zlib

from lxml import etree

from . import limits
from .errors import ImportFailure

DOCUMENT_PART = "word/document.xml"
BROKEN = "无法打开该文件：.docx 文件已损坏或不是 Word 文档。"


def check_docx(data):
    """Raise ImportFailure (Chinese) unless `data` is a zip within every limit with a document part."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise ImportFailure("无法打开该文件：不是有效的 .docx 文件。") from None
    with archive:
        _check_directory(members)
        if DOCUMENT_PART not in {m.filename for m in members}:
            raise ImportFailure("该文件不是 Word 文档：缺少正文部分（word/document.xml），无法导入。")
        total = 0
        for member in members:
            total += _stream(archive, member, limits.MAX_UNZIPPED_BYTES - total)


def broken_message(data):
    """Why python-docx could not open a package that passed check_docx: the part that is not XML, if
    one is not (parsed like python-docx does, entities unresolved), else the general message."""
    parser = etree.XMLParser(resolve_entities=False)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for member in archive.infolist():
            if not _is_xml(member):
                continue
            try:
                etree.fromstring(archive.read(member), parser)
            except etree.XMLSyntaxError:
                return f"文件中的“{member.filename}”不是有效的 XML，.docx 文件已损坏，无法导入。请在 Word 中另存一份后再试。"
    return BROKEN


def _is_xml(member):
    return member.filename.endswith((".xml", ".rels"))


def _check_directory(members):
    if len(members) > limits.MAX_ZIP_MEMBERS:
        raise ImportFailure(limits.too_many_members(len(members)))
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise ImportFailure("该 .docx 文件已加密，请在 Word 中取消密码后再导入。")
        total += member.file_size
        if total > limits.MAX_UNZIPPED_BYTES:
            raise ImportFailure(limits.unzipped_too_big())
        if _is_xml(member) and member.file_size > limits.MAX_XML_PART_BYTES:
            raise ImportFailure(limits.part_too_big(member.filename))
        if (member.file_size > limits.RATIO_FROM_BYTES
                and member.file_size > limits.MAX_RATIO * max(member.compress_size, 1)):
            raise ImportFailure(limits.ratio_too_high(member.filename))


def _stream(archive, member, room):
    """Decompress one part chunk by chunk; its byte count, or ImportFailure past its declared size."""
    allowed = min(member.file_size, room)
    count = 0
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(limits.READ_CHUNK):
                count += len(chunk)
                if count > allowed:
                    raise ImportFailure(limits.size_mismatch(member.filename) if count > member.file_size
                                        else limits.unzipped_too_big())
    except ImportFailure:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
        raise ImportFailure(BROKEN) from None
    if count != member.file_size:
        raise ImportFailure(limits.size_mismatch(member.filename))
    return count
