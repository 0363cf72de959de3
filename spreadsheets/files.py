"""Reading an uploaded .xlsx / .csv into rows of text, and writing rows back out as .xlsx / .csv.

Everything the user can get wrong with the file itself (wrong type, empty, damaged, too big, undecodable,
too many rows or columns) is raised as SheetError with a message in Chinese. The limits are in limits.py;
xlsx.py and csvfile.py read record by record, so a file over a limit is refused as soon as that shows.
"""

import csv
import io
from dataclasses import dataclass, field
from datetime import date

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from . import cells, csvfile, encoding, limits, xlsx
from .errors import SheetError

MAX_ROWS = limits.MAX_ROWS
MAX_BYTES = limits.MAX_BYTES
EXTENSIONS = ("xlsx", "csv")
DATE_FORMAT = "yyyy-mm-dd"

__all__ = ["SheetError", "Table", "extension", "read", "read_upload", "write_csv", "write_xlsx"]


@dataclass
class Table:
    headers: list
    rows: list  # list of lists (str, or date for real Excel date cells)
    lines: list = field(default_factory=list)  # spreadsheet line number of each row (header = line 1)
    encoding: str = ""


def extension(filename):
    name = (filename or "").lower()
    return name.rsplit(".", 1)[-1] if "." in name else ""


def read_upload(upload, text_encoding=encoding.AUTO):
    """(Table, bytes) of an uploaded file (with .name, .size, .read()): refused by its size before reading."""
    if upload.size > MAX_BYTES:
        raise SheetError(f"文件超过 {MAX_BYTES // 1024 // 1024} MB，请拆分后分批导入。")
    data = upload.read()
    return read(upload.name, data, text_encoding), data


def read(filename, data: bytes, text_encoding=encoding.AUTO, max_rows=MAX_ROWS) -> Table:
    ext = extension(filename)
    if ext not in EXTENSIONS:
        raise SheetError("只能导入 .xlsx 或 .csv 文件（旧版 .xls 请先在 Excel 中另存为 .xlsx）。")
    if not data:
        raise SheetError("文件是空的。")
    if len(data) > MAX_BYTES:
        raise SheetError(f"文件超过 {MAX_BYTES // 1024 // 1024} MB，请拆分后分批导入。")
    if ext == "xlsx":
        used, records = "", xlsx.records(data)
    else:
        used, records = csvfile.records(data, text_encoding)
    return _table(_non_blank(records, max_rows), used)


def _non_blank(records, max_rows):
    """[(spreadsheet line, values)] of the rows holding data: the heading row, then at most max_rows.

    Blank rows are dropped as they are read (a formatted Excel sheet can report many empty rows),
    and reading stops as soon as the file is known to be over the limit.
    """
    kept = []
    for line, values in records:
        if not values:
            continue
        kept.append((line, values))
        if len(kept) > max_rows + 1:
            raise SheetError(f"文件超过 {max_rows} 行数据的上限，请拆分成多个文件分批导入。")
    return kept


def _table(raw, used):
    if not raw:
        raise SheetError("文件中没有任何内容。")
    headers = [str(h).strip() for h in raw[0][1]]
    rows, lines = [], []
    for line, values in raw[1:]:
        rows.append(list(values[: len(headers)]) + [""] * (len(headers) - len(values)))
        lines.append(line)
    if not rows:
        raise SheetError("文件只有标题行，没有数据行。")
    return Table(headers=headers, rows=rows, lines=lines, encoding=used)


def write_xlsx(headers, rows, title="数据") -> bytes:
    """Text cells, and real date cells for date values (so Excel sorts and filters them as dates)."""
    book = openpyxl.Workbook(write_only=True)  # streams rows: ten thousand rows in about a second
    sheet = book.create_sheet(title[:31])
    for i, header in enumerate(headers, start=1):
        # Text format keeps 18-digit ID numbers and leading zeros intact when someone edits the file.
        column = sheet.column_dimensions[get_column_letter(i)]
        column.width = max(10, len(str(header)) * 2 + 4)
        column.number_format = "@"
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    heading_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=cells.escape(header))
        cell.font = bold
        heading_cells.append(cell)
    sheet.append(heading_cells)
    for values in rows:
        sheet.append([_date_cell(sheet, v) if isinstance(v, date) else cells.escape(v) for v in values])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _date_cell(sheet, value):
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = DATE_FORMAT
    return cell


def write_csv(headers, rows) -> bytes:
    """UTF-8 with a BOM: Excel (Chinese Windows included) then opens it without garbling."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([cells.escape(h) for h in headers])
    for values in rows:
        writer.writerow([cells.escape(v) for v in values])
    return out.getvalue().encode("utf-8-sig")
