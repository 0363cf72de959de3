"""Reading the first worksheet of a checked .xlsx (see archive.py) row by row, in openpyxl's read-only mode.

The worksheet's declared dimension is not trusted: openpyxl would stop early at a dimension that is too
small (silently dropping rows) or pad up to one that is too big, so it is reset and the rows and columns
are counted here as they come.
"""

import io
import warnings
from datetime import date, datetime

import openpyxl

from . import archive, cells, limits
from .errors import SheetError, failing_as, too_many_columns, too_many_lines

UNREADABLE = "无法读取这个 Excel 文件的内容：文件已损坏（工作表内容不完整或格式有误）。请用 Excel 重新保存后再导入。"


def records(data: bytes):
    """(spreadsheet line, [cell values]) of every row of the first worksheet, blank rows included.

    Trailing empty cells are dropped; values are str, or date/datetime for real Excel date cells.
    """
    archive.open_checked(data).close()
    with failing_as(archive.DAMAGED), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about extensions it cannot keep; reading is unaffected
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_links=False)
    try:
        if not book.worksheets:
            raise SheetError("Excel 文件中没有工作表。")
        sheet = book.worksheets[0]
        sheet.reset_dimensions()
        # One column past the limit, so data there is noticed; cells further right are never read.
        rows = sheet.iter_rows(max_col=limits.MAX_COLUMNS + 1, values_only=True)
        line = 0
        while True:
            with failing_as(UNREADABLE):
                values = next(rows, None)
            if values is None:
                return
            line += 1
            if line > limits.MAX_LINES:
                raise too_many_lines()
            if values[limits.MAX_COLUMNS] not in (None, ""):
                raise too_many_columns(line)
            yield line, cells.trimmed([cell(v) for v in values[: limits.MAX_COLUMNS]])
    finally:
        book.close()


def cell(value):
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date() if not (value.hour or value.minute or value.second) else value
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
