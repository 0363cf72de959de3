"""Text encodings of uploaded CSV files: UTF-8 (with or without BOM) or GBK/GB18030 as saved by Excel.

Detection tries strict UTF-8 first: Chinese text in GBK is almost never valid UTF-8, so a successful
strict decode is a reliable answer; everything else is tried as GB18030 (a superset of GBK/GB2312).
"""

import codecs

AUTO = "auto"
CHOICES = [
    (AUTO, "自动识别"),
    ("utf-8", "UTF-8"),
    ("gb18030", "GBK / GB18030（Excel 中文版“CSV”默认）"),
]
LABELS = dict(CHOICES)


class EncodingError(ValueError):
    pass


def decode(data: bytes, encoding: str = AUTO) -> tuple[str, str]:
    """Return (text, encoding used) or raise EncodingError with a message for the user."""
    if b"\x00" in data[:4096]:
        raise EncodingError("文件含有二进制内容，不是文本格式的 CSV 文件。")
    encoding = {"utf-8-sig": "utf-8"}.get(encoding, encoding)  # what detection reported for a BOM file
    if encoding not in LABELS:
        raise EncodingError("不支持所选的文字编码。")
    if data.startswith(codecs.BOM_UTF8):
        if encoding not in (AUTO, "utf-8"):
            raise EncodingError("文件带有 UTF-8 标记（BOM），请选择“UTF-8”或“自动识别”。")
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8"), "utf-8-sig"
    if encoding != AUTO:
        return _strict(data, encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise EncodingError("无法识别文件的文字编码：既不是 UTF-8，也不是 GBK/GB18030。请另存为“CSV UTF-8”后重试。") from exc


def _strict(data, encoding):
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"文件不是 {LABELS.get(encoding, encoding)} 编码（第 {exc.start + 1} 个字节处无法解码），"
            "请选择其他编码或“自动识别”。"
        ) from exc
