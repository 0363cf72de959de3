"""Reading an uploaded .xlsx / .csv into rows of text, and writing rows back out as .xlsx / .csv.

Everything the user can get wrong with the file itself (wrong type, empty, not really an .xlsx,
undecodable, too many rows) is raised as SheetError with a message in Chinese.
"""

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime

from . import cells, encoding

MAX_ROWS = 20_000  # data rows per file; stated on the upload page
MAX_BYTES = 20 * 1024 * 1024
EXTENSIONS = ("xlsx", "csv")


class SheetError(ValueError):
    pass


@dataclass
class Table:
    headers: list
    rows: list  # list of lists (str, or date for real Excel date cells)
    lines: list = field(default_factory=list)  # spreadsheet line number of each row (header = line 1)
    encoding: str = ""


def extension(filename):
    name = (filename or "").lower()
    return name.rsplit(".", 1)[-1] if "." in name else ""


def read(filename, data: bytes, text_encoding=encoding.AUTO, max_rows=MAX_ROWS) -> Table:
    ext = extension(filename)
    if ext not in EXTENSIONS:
        raise SheetError("只能导入 .xlsx 或 .csv 文件（旧版 .xls 请先在 Excel 中另存为 .xlsx）。")
    if not data:
        raise SheetError("文件是空的。")
    if len(data) > MAX_BYTES:
        raise SheetError(f"文件超过 {MAX_BYTES // 1024 // 1024} MB，请拆分后分批导入。")
    raw = _read_xlsx(data, max_rows) if ext == "xlsx" else None
    used = ""
    if raw is None:
        try:
            text, used = encoding.decode(data, text_encoding)
        except encoding.EncodingError as exc:
            raise SheetError(str(exc)) from exc
        raw = _read_csv(text, max_rows)
    return _table(raw, used, max_rows)


def _cell(value):
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


def _read_xlsx(data, max_rows):
    if not data.startswith(b"PK"):
        raise SheetError("文件扩展名是 .xlsx，但内容不是 Excel 工作簿（可能是改了扩展名的其他文件）。")
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise SheetError("无法打开这个 Excel 文件：文件已损坏或不是 .xlsx 格式。") from exc
    try:
        records = (([_cell(v) for v in values]) for values in book.worksheets[0].iter_rows(values_only=True))
        return _non_blank(records, max_rows)
    except SheetError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on malformed XML inside the zip
        raise SheetError("无法读取这个 Excel 文件的内容：文件已损坏。") from exc
    finally:
        book.close()


def _read_csv(text, max_rows):
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        return _non_blank(([v.strip() for v in values] for values in reader), max_rows)
    except csv.Error as exc:
        raise SheetError(f"CSV 文件格式有误（第 {reader.line_num} 行附近）：请检查引号是否成对。") from exc


def _non_blank(records, max_rows):
    """[(spreadsheet line, values)] of the rows holding data: the heading row, then at most max_rows.

    Blank rows are dropped as they are read (a formatted Excel sheet can report a million empty rows),
    and reading stops as soon as the file is known to be over the limit.
    """
    kept = []
    for line, values in enumerate(records, start=1):
        if not _has_data(values):
            continue
        kept.append((line, values))
        if len(kept) > max_rows + 1:
            raise _too_many(max_rows)
    return kept


def _has_data(values):
    return any(v not in ("", None) for v in values)


def _too_many(max_rows):
    return SheetError(f"文件超过 {max_rows} 行数据的上限，请拆分成多个文件分批导入。")


def _table(raw, used, max_rows):
    if not raw:
        raise SheetError("文件中没有任何内容。")
    headers = [str(h).strip() for h in raw[0][1]]
    while headers and not headers[-1]:
        headers.pop()
    rows, lines = [], []
    for line, values in raw[1:]:
        rows.append(list(values[: len(headers)]) + [""] * (len(headers) - len(values)))
        lines.append(line)
    if not rows:
        raise SheetError("文件只有标题行，没有数据行。")
    return Table(headers=headers, rows=rows, lines=lines, encoding=used)


def write_xlsx(headers, rows, title="Sheet1") -> bytes:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

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
        sheet.append([cells.escape(v) for v in values])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_csv(headers, rows) -> bytes:
    """UTF-8 with a BOM: Excel (Chinese Windows included) then opens it without garbling."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([cells.escape(h) for h in headers])
    for values in rows:
        writer.writerow([cells.escape(v) for v in values])
    return out.getvalue().encode("utf-8-sig")
