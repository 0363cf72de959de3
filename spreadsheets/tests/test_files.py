"""Reading and writing files: encodings, malformed files, row limit, formula injection."""

import io

import openpyxl
import pytest

from spreadsheets import cells, encoding, files

HEAD = "姓名,性别\r\n示例张三,男\r\n"


def test_utf8_utf8_bom_and_gbk_are_detected():
    for data, used in ((HEAD.encode("utf-8"), "utf-8"), (HEAD.encode("utf-8-sig"), "utf-8-sig"),
                       (HEAD.encode("gbk"), "gb18030"), (HEAD.encode("gb18030"), "gb18030")):
        table = files.read("a.csv", data)
        assert table.headers == ["姓名", "性别"]
        assert table.rows == [["示例张三", "男"]]
        assert table.encoding == used


def test_wrong_chosen_encoding_is_explained():
    with pytest.raises(files.SheetError, match="不是 UTF-8 编码"):
        files.read("a.csv", HEAD.encode("gbk"), "utf-8")


def test_empty_binary_and_wrong_type_files():
    with pytest.raises(files.SheetError, match="空的"):
        files.read("a.csv", b"")
    with pytest.raises(files.SheetError, match="不是 Excel 工作簿"):
        files.read("a.xlsx", b"\x89PNG\r\n\x1a\n\x00\x00binary")
    with pytest.raises(files.SheetError, match="已损坏"):
        files.read("a.xlsx", b"PK\x03\x04 not really a zip")
    with pytest.raises(files.SheetError, match="二进制"):
        files.read("a.csv", b"\x00\x01\x02\x03")
    with pytest.raises(files.SheetError, match="只能导入"):
        files.read("a.xls", b"whatever")
    with pytest.raises(files.SheetError, match="没有数据行"):
        files.read("a.csv", "姓名,性别\r\n,\r\n".encode())


def test_row_limit_is_enforced_without_reading_everything():
    data = ("姓名\r\n" + "示例\r\n" * 100_000).encode()
    with pytest.raises(files.SheetError, match=f"{files.MAX_ROWS} 行"):
        files.read("big.csv", data)
    assert len(files.read("ok.csv", ("姓名\r\n" + "示例\r\n" * 30).encode(), max_rows=30).rows) == 30


def test_blank_lines_are_skipped_and_line_numbers_kept():
    table = files.read("a.csv", "姓名,性别\r\n甲,男\r\n,\r\n乙,女\r\n\r\n".encode())
    assert table.rows == [["甲", "男"], ["乙", "女"]]
    assert table.lines == [2, 4]


@pytest.mark.parametrize("value", ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_exported_cells_are_safe_and_round_trip(value):
    escaped = cells.escape(value)
    assert escaped == "'" + value
    assert cells.unescape(escaped) == value
    csv_text = files.write_csv(["姓名"], [[value]]).decode("utf-8-sig")
    assert csv_text.splitlines()[1].lstrip('"').startswith("'")
    book = openpyxl.load_workbook(io.BytesIO(files.write_xlsx(["姓名"], [[value]])))
    cell = book.active["A2"]
    assert cell.data_type == "s" and cell.value == "'" + value


def test_imported_formulas_are_refused():
    with pytest.raises(cells.FormulaError):
        cells.unescape('=HYPERLINK("http://evil","点我")')
    assert cells.unescape("023-12345678") == "023-12345678"


def test_xlsx_formula_cells_arrive_as_formulas_not_values():
    book = openpyxl.Workbook()
    book.active.append(["姓名"])
    book.active.append(['=HYPERLINK("http://evil","x")'])
    out = io.BytesIO()
    book.save(out)
    table = files.read("f.xlsx", out.getvalue())
    assert table.rows[0][0].startswith("=HYPERLINK")


def test_bom_with_other_encoding_choice_is_refused():
    with pytest.raises(encoding.EncodingError):
        encoding.detect(HEAD.encode("utf-8-sig"), "gb18030")
