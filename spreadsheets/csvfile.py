"""Reading an uploaded .csv record by record, never holding the decoded text whole.

The bytes are bounded by limits.MAX_BYTES before this is reached; columns (the heading row first) and
records are counted as they are read, so a 100,000-column heading or millions of lines stop early.
"""

import csv
import io

from . import cells, encoding, limits
from .errors import SheetError, too_many_columns, too_many_lines


def records(data: bytes, text_encoding=encoding.AUTO):
    """(codec used, iterator of (line, [stripped values])) — blank records included, like xlsx.records."""
    if data.startswith(b"PK\x03\x04"):
        raise SheetError("文件扩展名是 .csv，但内容是 Excel 工作簿或压缩包。若是 Excel 文件，请把扩展名改为 .xlsx。")
    try:
        used = encoding.detect(data, text_encoding)
    except encoding.EncodingError as exc:
        raise SheetError(str(exc)) from exc
    return used, _records(data, used)


def _records(data, used):
    text = io.TextIOWrapper(io.BytesIO(data), encoding=used, newline="")
    reader = csv.reader(text)
    line = 0
    while True:
        try:
            values = next(reader, None)
        except csv.Error as exc:
            raise SheetError(f"CSV 文件格式有误（第 {reader.line_num} 行附近）：请检查引号是否成对，"
                             "单元格内容是否过长。") from exc
        if values is None:
            return
        line += 1
        if line > limits.MAX_LINES:
            raise too_many_lines()
        if len(values) > limits.MAX_COLUMNS:
            if any(v.strip() for v in values[limits.MAX_COLUMNS:]):
                if line == 1:
                    raise SheetError(f"标题行有 {len(values)} 列，超过 {limits.MAX_COLUMNS} 列的上限。请按模板的列填写。")
                raise too_many_columns(line)
            del values[limits.MAX_COLUMNS:]  # empty cells right of the data, as spreadsheet programs write them
        yield line, cells.trimmed([v.strip() for v in values])
