"""Bytes -> text: UTF-8 or GB18030/GBK plain text (line by line, so mixed files survive), or .docx."""

from . import limits
from .errors import ImportFailure, contained
from .warnings import Report
from .word import docx_text

MAX_BYTES = limits.MAX_UPLOAD_BYTES  # the form's help text and its size check read it here

__all__ = ["MAX_BYTES", "ImportFailure", "decode_bytes"]


@contained
def decode_bytes(data, filename="", report=None):
    """Return the document text; raise ImportFailure with a Chinese message for unusable input."""
    report = report if report is not None else Report()
    if not data:
        raise ImportFailure("文件是空的，没有可导入的内容。")
    if len(data) > MAX_BYTES:
        raise ImportFailure(limits.upload_too_big(len(data)))
    if data[:2] == b"PK":
        return docx_text(data, report)
    if filename.lower().endswith((".doc", ".pdf", ".wps", ".xls", ".xlsx")):
        raise ImportFailure("不支持该文件格式：请上传 .docx 文件，或把文字复制粘贴进来（PDF 请先转为文本）。")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFailure("文件以 UTF-16 标记开头，但内容无法按 UTF-16 解码。") from None
    if _looks_binary(data):
        text = _utf16_without_mark(data)
        if text is None:
            raise ImportFailure("无法识别的文件格式：这不是文本文件，也不是 .docx 文件。")
        report.warn("encoding", "文件是没有字节序标记的 UTF-16 文本，已按 UTF-16 读取，请核对文字是否有乱码。")
        return text
    return _decode_lines(data.removeprefix(b"\xef\xbb\xbf"), report)


def _looks_binary(data):
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) // 20


def _utf16_without_mark(data):
    """Text saved as UTF-16 without a BOM (Notepad's "Unicode" without a signature): its NUL bytes look
    binary, yet it decodes to (almost) nothing but Chinese, ASCII text and punctuation."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        plain = sum(1 for c in text if c.isprintable() or c in "\r\n\t")
        if plain >= len(text) * 0.98 and "\x00" not in text:
            return text
    return None


def _decode_lines(data, report):
    """Decode each line as UTF-8, else GB18030; a file mixing both is decoded and flagged."""
    lines, used, bad = [], set(), []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        for encoding in ("utf-8", "gb18030"):
            try:
                lines.append(raw.decode(encoding))
                if raw.strip() and any(b > 127 for b in raw):
                    used.add(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            lines.append(raw.decode("utf-8", errors="replace"))
            bad.append(number)
    if len(used) > 1:
        report.warn("mixed_encoding", "文件混用了 UTF-8 和 GB18030/GBK 两种编码，已逐行识别，请核对文字是否有乱码。")
    for number in bad[:20]:
        report.warn("bad_encoding", "该行含无法识别的字节，已用 � 代替，请对照原文修改。", line=number)
    if len(bad) > 20:
        report.warn("bad_encoding", f"另有 {len(bad) - 20} 行含无法识别的字节。")
    return "\n".join(lines)
