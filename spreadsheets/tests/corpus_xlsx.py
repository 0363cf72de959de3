"""Fuzz cases for .xlsx: malformed XML, lying dimensions and string tables, zip bombs, truncation,
formulas, dates, empty sheets, merged cells."""

import io
import random
import zipfile
from datetime import date, datetime, time, timedelta

from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.worksheet.formula import ArrayFormula

from spreadsheets import archive, files, limits

from .corpus import ANY, Case, case
from .corpus_zip import (HEADING_ROW, NS, SHEET, STRINGS, XML, openpyxl_book, patch_directory, row, sheet,
                         stream_sheet, workbook, zipped)

DAMAGED = "已损坏"
HEAD = [["姓名", "性别"]]


def _body(text):
    return sheet(HEADING_ROW + text)


MALFORMED_SHEETS = {
    "unclosed-row": _body('<row r="2"><c r="A2"><v>1</v></c>'),
    "mismatched-tags": _body('<row r="2"><c r="A2"><v>1</c></v></row>'),
    "garbage-inside": _body('<row r="2">\x01\x02<<<>>></row>'),
    "no-root": "",
    "not-xml": "\x89PNG\r\n\x1a\n binary",
    "unknown-encoding": sheet(HEADING_ROW, head='<?xml version="1.0" encoding="klingon"?>'),
    "invalid-utf8": _body('<row r="2"><c r="A2" t="inlineStr"><is><t>@</t></is></c></row>').encode().replace(
        b"<t>@", b"<t>\xff\xfe"),
    "billion-laughs": '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                      + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
                      + f']><worksheet xmlns="{NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t>'
                        '</is></c></row></sheetData></worksheet>',
    "external-entity": '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                       f'<worksheet xmlns="{NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is>'
                       '</c></row></sheetData></worksheet>',
    "number-not-a-number": _body('<row r="2"><c r="A2"><v>abc</v></c></row>'),
    "string-index-out-of-range": _body('<row r="2"><c r="A2" t="s"><v>999</v></c></row>'),
    "string-index-not-a-number": _body('<row r="2"><c r="A2" t="s"><v>x</v></c></row>'),
    "boolean-not-a-boolean": _body('<row r="2"><c r="A2" t="b"><v>yes</v></c></row>'),
    "iso-date-not-a-date": _body('<row r="2"><c r="A2" t="d"><v>not a date</v></c></row>'),
    "error-cell": _body('<row r="2"><c r="A2" t="e"><v>#DIV/0!</v></c><c r="B2" t="inlineStr"><is><t>男</t></is></c></row>'),
    "bad-cell-reference": _body('<row r="2"><c r="1A"><v>1</v></c></row>'),
    "cell-reference-past-xfd": _body('<row r="2"><c r="ZZZZZ2"><v>1</v></c></row>'),
    "row-number-text": _body('<row r="abc"><c><v>1</v></c></row>'),
    "row-number-negative": _body('<row r="-5"><c><v>1</v></c></row>'),
    "row-number-huge": _body('<row r="99999999999"><c r="A99999999999"><v>1</v></c></row>'),
    "inline-string-without-text": _body('<row r="2"><c r="A2" t="inlineStr"><is/></c></row>'),
    "deep-nesting": _body('<row r="2"><c r="A2" t="inlineStr"><is>' + "<r>" * 5000 + "</r>" * 5000 + "</is></c></row>"),
    "ten-megabyte-cell": _body(row(2, "甲" * 3_000_000, "男")),
    "prefixed-namespace": XML + f'<x:worksheet xmlns:x="{NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr">'
                                '<x:is><x:t>姓名</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2" t="inlineStr">'
                                '<x:is><x:t>示例甲</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
    "no-namespace": XML + "<worksheet><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>",
    "no-sheetdata": XML + f'<worksheet xmlns="{NS}"/>',
}

MALFORMED_PARTS = {
    "workbook-garbage": {"xl/workbook.xml": "<workbook><sheets><sheet"},
    "workbook-missing": {"xl/workbook.xml": None},
    "content-types-garbage": {"[Content_Types].xml": "not xml at all"},
    "styles-garbage": {"xl/styles.xml": f'{XML}<styleSheet xmlns="{NS}"><cellXfs count="x"><xf numFmtId="abc"/>'},
    "sheet-missing": {SHEET: None},
    "strings-garbage": {STRINGS: "<sst><si><t>unclosed"},
    "rels-point-nowhere": {"xl/_rels/workbook.xml.rels": XML + '<Relationships xmlns="http://schemas.openxmlformats.'
                           'org/package/2006/relationships"><Relationship Id="rId1" Type="x" Target="../../../etc"/>'
                           "</Relationships>"},
    "no-sheets": {"xl/workbook.xml": f'{XML}<workbook xmlns="{NS}"><sheets/></workbook>'},
}


def _rows(n, start=2):
    return "".join(row(i, f"示例{i}", "男") for i in range(start, start + n))


def _strings(n, declared):
    entries = "".join(f"<si><t>{i}</t></si>" for i in range(n))
    return f'{XML}<sst xmlns="{NS}" count="{declared}" uniqueCount="{declared}">{entries}</sst>'


def _many_elements(path):
    # Under every ratio: random attribute values keep the sheet from compressing well.
    rnd = random.Random(7)
    body = "".join(f'<x a="{rnd.randrange(10**9)}"/>' for _ in range(limits.MAX_XML_ELEMENTS - 10_000))
    path.write_bytes(workbook(sheet(HEADING_ROW + body)))


def _styles(n):
    rnd = random.Random(3)
    fmts = "".join(f'<numFmt numFmtId="{164 + i}" formatCode="0.{rnd.randrange(10**6)}"/>' for i in range(n))
    return f'{XML}<styleSheet xmlns="{NS}"><numFmts count="{n}">{fmts}</numFmts></styleSheet>'


def _merges(n):
    cells = "".join(f'<mergeCell ref="C{i}:D{i}"/>' for i in range(3, n + 3))
    return f'<mergeCells count="{n}">{cells}</mergeCells>'


def _largest_export(path):
    """MAX_ROWS rows of the widest template (19 columns, dates as date cells), as the export writes them."""
    values = ["示例人员", "男", date(1980, 1, 1), "汉族", "500106198001010011", "示例甲村村民委员会", "示例户籍地",
              "示例居住地", "危险驾驶", "示例区人民法院", "拘役三个月，缓刑六个月", "判决书", date(2025, 12, 26), "缓刑",
              date(2026, 1, 5), date(2026, 7, 4), date(2026, 1, 5), "在矫", "示例司法所"]
    rows = ([f"{v}{i}" if isinstance(v, str) else v for v in values] for i in range(limits.MAX_ROWS))
    path.write_bytes(files.write_xlsx([f"列{i}" for i in range(len(values))], rows))


def _bomb(size):
    return workbook(sheet(HEADING_ROW) + " " * size)


def _truncated(fraction):
    whole = openpyxl_book(HEAD + [[f"示例{i}", "男"] for i in range(200)])
    return whole[: max(1, int(len(whole) * fraction))]


def _dates(book):
    sheet_ = book.active
    sheet_.append([date(2024, 3, 1), datetime(2024, 3, 1, 8, 30), time(9, 15), timedelta(days=2), "2024年3月1日"])
    sheet_.append([45000, 1e20, -1, 2958466, "20240301"])
    for cell in sheet_[3]:
        cell.number_format = "yyyy-mm-dd"


def _mac_epoch(book):
    book.epoch = CALENDAR_MAC_1904
    book.active.append([date(2024, 3, 1), "男"])


def _merged(book):
    book.active.merge_cells("A1:B1")
    book.active.merge_cells("A2:A4")


def _formulas(book):
    book.active.append(["=SUM(A1:A2)", '=HYPERLINK("http://evil.example","点我")'])
    book.active["C2"] = ArrayFormula("C2:C3", "=A2:A3*2")


def xlsx_cases():
    cases = [case(f"sheet-{name}", "a.xlsx", workbook(xml), ANY) for name, xml in MALFORMED_SHEETS.items()]
    cases += [case(f"part-{name}", "a.xlsx", workbook(parts=parts), ANY) for name, parts in MALFORMED_PARTS.items()]
    cases += [
        case("external-entity-refused", "a.xlsx", workbook(MALFORMED_SHEETS["external-entity"]), "实体声明"),
        case("dimension-too-small-keeps-every-row", "a.xlsx", workbook(sheet(HEADING_ROW + _rows(100), "A1:B2")), 100),
        case("dimension-too-small-then-row-60000", "a.xlsx",
             workbook(sheet(HEADING_ROW + _rows(2) + row(60_000, "示例", "男"), "A1:B2")), "含空行"),
        case("dimension-5m-rows", "a.xlsx", workbook(sheet(HEADING_ROW, "A1:Z5000000")), "5000000 行"),
        case("dimension-16384-columns", "a.xlsx", workbook(sheet(HEADING_ROW, "A1:XFD3")), "16384 列"),
        case("dimension-garbage", "a.xlsx", workbook(sheet(HEADING_ROW + _rows(1), "hello")), ANY),
        case("data-past-the-column-limit", "a.xlsx",
             workbook(sheet(HEADING_ROW + f'<row r="2"><c r="{get_column_letter(limits.MAX_COLUMNS + 1)}2"><v>1</v>'
                            '</c></row>')), "超出了第"),
        case("cell-at-xfd-only", "a.xlsx", workbook(sheet(HEADING_ROW + _rows(1) + '<row r="3"><c r="XFD3"><v>1</v></c>'
                                                             '</row>')), 1),
        case("strings-declared-20m", "a.xlsx", workbook(parts={STRINGS: _strings(2, 20_000_000)}), "20000000 个"),
        case("strings-declared-count-only", "a.xlsx", workbook(parts={
            STRINGS: f'{XML}<sst xmlns="{NS}" count="99999999"><si><t>姓名</t></si><si><t>性别</t></si></sst>'}),
            "文字单元格"),
        case("strings-lying-count", "a.xlsx", workbook(parts={STRINGS: _strings(limits.MAX_SHARED_STRINGS + 10, 2)}),
             "个以上不同的文字内容"),
        case("strings-rich-text", "a.xlsx", workbook(sheet(HEADING_ROW + '<row r="2"><c r="A2" t="s"><v>2</v></c></row>'),
                                                    parts={STRINGS: f'{XML}<sst xmlns="{NS}"><si><t>姓名</t></si><si><t>性别</t>'
                                                           '</si><si><r><t>示例</t></r><r><t>甲</t></r></si></sst>'}), 1),
        case("strings-missing", "a.xlsx", workbook(parts={STRINGS: None}), ANY),
        case("bomb-declared-100mb", "a.xlsx", lambda: _bomb(100 * 1024 * 1024), "压缩炸弹"),
        case("bomb-ratio", "a.xlsx", lambda: _bomb(5 * 1024 * 1024), "压缩炸弹"),
        case("bomb-lying-declared-size", "a.xlsx",
             lambda: patch_directory(_bomb(40 * 1024 * 1024), SHEET, uncompressed=1000), DAMAGED),
        case("bomb-total", "a.xlsx", lambda: workbook(parts={f"xl/media/pad{i}.bin": b"\0" * (limits.RATIO_FROM_BYTES - 1)
                                                             for i in range(110)}), "压缩炸弹"),
        case("too-many-members", "a.xlsx", lambda: workbook(parts={f"xl/media/m{i}.xml": "<a/>" for i in range(600)}),
             "个部件"),
        case("merged-cells-near-the-limit", "a.xlsx", lambda: workbook(sheet(
            HEADING_ROW + row(2, "示例甲", "男"), head=XML).replace("</sheetData>", "</sheetData>" + _merges(
                limits.MAX_PART_ELEMENTS - 100))), 1),
        case("styles-too-many-elements", "a.xlsx", lambda: workbook(parts={"xl/styles.xml": _styles(150_000)}),
             "内容过多"),
        Case("sheet-too-many-elements", "a.xlsx", _many_elements, ANY),
        case("encrypted-member-flag", "a.xlsx", lambda: patch_directory(workbook(), SHEET, flags=0x1), "加密"),
        case("bzip2-members", "a.xlsx", lambda: workbook(compression=zipfile.ZIP_BZIP2), "压缩方式"),
        case("stored-members", "a.xlsx", lambda: workbook(compression=zipfile.ZIP_STORED), 1),
        case("docx-renamed", "a.xlsx", lambda: workbook(parts={"word/document.xml": "<w/>", "[Content_Types].xml": None}),
             "Word"),
        case("ods-renamed", "a.xlsx", lambda: zipped({"mimetype": "application/vnd.oasis.opendocument.spreadsheet",
                                                       "content.xml": "<office:document-content/>"}), ".ods"),
        case("zip-without-workbook", "a.xlsx", lambda: workbook(parts={"[Content_Types].xml": None}), "没有 Excel 工作簿"),
        case("zip-of-directories", "a.xlsx", lambda: _zip_of_dirs(), "没有 Excel 工作簿"),
        case("old-xls", "a.xlsx", archive.OLE_MAGIC + bytes(4096), ".xls"),
        case("encrypted-xlsx", "a.xlsx", archive.OLE_MAGIC + bytes(512) + "EncryptedPackage".encode("utf-16-le"), "加密"),
        case("formulas", "a.xlsx", lambda: openpyxl_book(HEAD, _formulas), 1),
        case("dates-and-numbers", "a.xlsx", lambda: openpyxl_book(HEAD, _dates), ANY),
        case("mac-1904-dates", "a.xlsx", lambda: openpyxl_book(HEAD, _mac_epoch), 1),
        case("merged-cells", "a.xlsx", lambda: openpyxl_book(HEAD + [["示例甲", "男"]] * 3, _merged), 3),
        case("empty-sheet", "a.xlsx", lambda: openpyxl_book([]), "没有任何内容"),
        case("heading-only", "a.xlsx", lambda: openpyxl_book(HEAD), "只有标题行"),
        case("blank-rows-only", "a.xlsx", lambda: openpyxl_book([[None, None]] * 50 + [["", " "]]), "没有任何内容"),
        case("rows-over-the-limit", "a.xlsx",
             lambda: workbook(sheet(HEADING_ROW + _rows(limits.MAX_ROWS + 5))), "行数据的上限"),
    ]
    cases += [case(f"truncated-{int(f * 100)}", "a.xlsx", lambda f=f: _truncated(f), ANY)
              for f in (0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99)]
    cases += [case("truncated-one-byte-short", "a.xlsx", lambda: _truncated(1)[:-1], DAMAGED),
              case("truncated-local-header-only", "a.xlsx", lambda: _truncated(1)[:30], DAMAGED)]
    cases += [Case("stream-5m-rows", "big.xlsx", lambda p: stream_sheet(p, "<row><c><v>1</v></c></row>", 5_000_000),
                   "压缩炸弹"),
              Case("stream-5m-rows-declared", "big.xlsx",
                   lambda p: stream_sheet(p, "<row><c><v>1</v></c></row>", 5_000_000, "A1:A5000000"), "压缩炸弹"),
              Case("stream-60k-rows-no-dimension", "big.xlsx",
                   lambda p: stream_sheet(p, '<row><c t="inlineStr"><is><t>示例</t></is></c></row>', 60_000),
                   "含空行"),
              # the largest file the product accepts is real work (~10 s CPU for limits.MAX_ROWS rows); hostile
              # files keep the 10 s budget
              Case("our-largest-export", "export.xlsx", _largest_export, limits.MAX_ROWS, cpu=30)]
    return cases


def _zip_of_dirs():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name in ("xl/", "xl/worksheets/", "docProps/"):
            z.writestr(zipfile.ZipInfo(name), b"")
    return out.getvalue()

