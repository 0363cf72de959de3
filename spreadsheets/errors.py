"""The one error a user can cause with the file itself, and the guard that turns parser failures into it."""

from contextlib import contextmanager

from . import limits


class SheetError(ValueError):
    """Something wrong with the uploaded file; the message is Chinese and shown on the form."""


@contextmanager
def failing_as(message):
    """Turn any failure of a third-party parser (zipfile, openpyxl, XML) inside into SheetError(message).

    The parsers raise many unrelated types on a damaged file (ParseError, KeyError, TypeError, …), so
    this catches broadly; running out of memory is not a damaged file and stays what it is.
    """
    try:
        yield
    except (SheetError, MemoryError):
        raise
    except Exception as exc:
        raise SheetError(message) from exc


def too_many_lines():
    return SheetError(f"表格超过 {limits.MAX_LINES} 行（含空行），请删除多余的行或拆分成多个文件分批导入。")


def too_many_columns(line):
    return SheetError(f"第 {line} 行有数据超出了第 {limits.MAX_COLUMNS} 列，表格的列数超过上限。"
                      "请按模板的列填写，删除多余的列后再导入。")
