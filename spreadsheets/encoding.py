"""Text encodings of uploaded CSV files: UTF-8 (with or without BOM) or GBK/GB18030 as saved by Excel.

Detection tries strict UTF-8 first: Chinese text in GBK is almost never valid UTF-8, so a successful
strict decode is a reliable answer; everything else is tried as GB18030 (a superset of GBK/GB2312).
The bytes are checked in chunks, so the whole text never has to sit in memory next to them.
"""

import codecs

AUTO = "auto"
CHOICES = [
    (AUTO, "自动识别"),
    ("utf-8", "UTF-8"),
    ("gb18030", "GBK / GB18030（Excel 中文版“CSV”默认）"),
]
LABELS = dict(CHOICES)
CHUNK = 1024 * 1024


class EncodingError(ValueError):
    pass


def detect(data: bytes, encoding: str = AUTO) -> str:
    """The codec that decodes `data` without error ("utf-8-sig" for a BOM file), or raise EncodingError."""
    if b"\x00" in data[:4096]:
        raise EncodingError("文件含有二进制内容，不是文本格式的 CSV 文件。")
    encoding = {"utf-8-sig": "utf-8"}.get(encoding, encoding)  # what detection reported for a BOM file
    if encoding not in LABELS:
        raise EncodingError("不支持所选的文字编码。")
    if data.startswith(codecs.BOM_UTF8):
        if encoding not in (AUTO, "utf-8"):
            raise EncodingError("文件带有 UTF-8 标记（BOM），请选择“UTF-8”或“自动识别”。")
        _strict(data, "utf-8", start=len(codecs.BOM_UTF8))
        return "utf-8-sig"
    if encoding != AUTO:
        _strict(data, encoding)
        return encoding
    for candidate in ("utf-8", "gb18030"):
        try:
            _check(data, candidate)
            return candidate
        except UnicodeDecodeError:
            continue
    raise EncodingError("无法识别文件的文字编码：既不是 UTF-8，也不是 GBK/GB18030。请另存为“CSV UTF-8”后重试。")


def _strict(data, encoding, start=0):
    try:
        _check(data, encoding, start)
    except UnicodeDecodeError as exc:
        label = LABELS.get(encoding, encoding)
        raise EncodingError(f"文件不是 {label} 编码（第 {exc.start + 1} 个字节处无法解码），"
                            "请选择其他编码或“自动识别”。") from exc


def _check(data, encoding, start=0):
    """Decode data[start:] chunk by chunk, keeping nothing; a UnicodeDecodeError's start is the offset in `data`."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    view = memoryview(data)
    for offset in range(start, len(data), CHUNK):
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(view[offset:offset + CHUNK], final=offset + CHUNK >= len(data))
        except UnicodeDecodeError as exc:
            raise UnicodeDecodeError(encoding, data, offset + exc.start - pending, offset + exc.end - pending,
                                     exc.reason) from None
