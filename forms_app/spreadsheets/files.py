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
        sheet = book.worksheets[0]
        rows = []
        for values in sheet.iter_rows(values_only=True):
            rows.append([_cell(v) for v in values])
            if len(rows) > max_rows + 1 and _has_data(rows[-1]):
                raise _too_many(max_rows)
        return rows
    except SheetError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on malformed XML inside the zip
        raise SheetError("无法读取这个 Excel 文件的内容：文件已损坏。") from exc
    finally:
        book.close()


def _read_csv(text, max_rows):
    rows = []
    try:
        for values in csv.reader(io.StringIO(text, newline="")):
            rows.append([v.strip() for v in values])
            if len(rows) > max_rows + 1 and _has_data(rows[-1]):
                raise _too_many(max_rows)
    except csv.Error as exc:
        raise SheetError(f"CSV 文件格式有误（第 {len(rows) + 1} 行附近）：请检查引号是否成对。") from exc
    return rows


def _has_data(values):
    return any(v not in ("", None) for v in values)


def _too_many(max_rows):
    return SheetError(f"文件超过 {max_rows} 行数据的上限，请拆分成多个文件分批导入。")


def _table(raw, used, max_rows):
    header_index = next((i for i, r in enumerate(raw) if _has_data(r)), None)
    if header_index is None:
        raise SheetError("文件中没有任何内容。")
    headers = [str(h).strip() for h in raw[header_index]]
    while headers and not headers[-1]:
        headers.pop()
    rows, lines = [], []
    for i, values in enumerate(raw[header_index + 1:], start=header_index + 2):
        if not _has_data(values):
            continue  # Excel leaves blank lines at the end; they are not data
        values = list(values[: len(headers)]) + [""] * (len(headers) - len(values))
        rows.append(values)
        lines.append(i)
    if not rows:
        raise SheetError("文件只有标题行，没有数据行。")
    if len(rows) > max_rows:
        raise _too_many(max_rows)
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
