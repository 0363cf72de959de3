"""Fuzz cases for .csv and for files that are neither: huge headings and row counts (streamed to disk),
encodings, quoting, binary junk, wrong extensions."""

import random

from spreadsheets import limits

from .corpus import ANY, Case, case

HEAD = "姓名,性别\r\n"
DATA = "示例甲,男\r\n"


def _junk(seed, size, prefix=b""):
    return prefix + random.Random(seed).randbytes(size)


def _stream(path, head, line, count, batch=100_000):
    with open(path, "wb") as f:
        f.write(head)
        chunk = line * batch
        for _ in range(count // batch):
            f.write(chunk)
        f.write(line * (count % batch))


def text_cases():
    cases = [
        case("csv-100000-heading-columns", "a.csv", lambda: (",".join(f"列{i}" for i in range(100_000)) + "\r\n" + DATA)
             .encode(), "100000 列"),
        case("csv-100000-empty-heading-columns", "a.csv", lambda: ("姓名" + "," * 100_000 + "\r\n" + DATA).encode(), 1),
        case("csv-100000-data-columns", "a.csv", lambda: (HEAD + "甲," * 100_000 + "\r\n").encode(), "超出了第"),
        Case("csv-5m-rows", "big.csv", lambda p: _stream(p, HEAD.encode(), b"1\n", 5_000_000), "行数据的上限"),
        Case("csv-5m-blank-lines", "big.csv", lambda p: _stream(p, HEAD.encode() + DATA.encode(), b"\n", 5_000_000),
             "含空行"),
        Case("csv-over-the-byte-limit", "big.csv",
             lambda p: _stream(p, HEAD.encode(), DATA.encode(), limits.MAX_BYTES // len(DATA.encode()) + 10), "MB"),
        case("csv-unclosed-quote", "a.csv", (HEAD + '"示例甲,男\r\n' + "x" * 300_000).encode(), "引号"),
        case("csv-quote-in-field", "a.csv", (HEAD + '示例"甲,男\r\n').encode(), 1),
        case("csv-multiline-field", "a.csv", (HEAD + '"示例\r\n甲",男\r\n').encode(), 1),
        case("csv-cr-only-lines", "a.csv", "姓名,性别\r示例甲,男\r".encode(), 1),
        case("csv-mixed-line-ends", "a.csv", "姓名,性别\n示例甲,男\r\n示例乙,女\r示例丙,男".encode(), 3),
        case("csv-formulas", "a.csv", (HEAD + '=SUM(A1:A2),"=HYPERLINK(""http://evil.example"",""x"")"\r\n').encode(), 1),
        case("csv-dates", "a.csv", (HEAD + "2024-03-01,45000\r\n2024年3月1日,20240301\r\n").encode(), 2),
        case("csv-gbk", "a.csv", (HEAD + DATA).encode("gbk"), 1),
        case("csv-gb18030-rare", "a.csv", (HEAD + "𠀀𪚥,男\r\n").encode("gb18030"), 1),
        case("csv-utf8-bom", "a.csv", (HEAD + DATA).encode("utf-8-sig"), 1),
        case("csv-utf16", "a.csv", (HEAD + DATA).encode("utf-16"), "二进制"),
        case("csv-big5", "a.csv", (HEAD + DATA).encode("big5", "replace"), ANY),
        case("csv-shift-jis", "a.csv", "名前,性別\r\n山田,男\r\n".encode("shift_jis"), ANY),
        case("csv-latin1", "a.csv", "nom,sexe\r\nRené,m\r\n".encode("latin-1"), ANY),
        case("csv-bom-then-gbk", "a.csv", b"\xef\xbb\xbf" + (HEAD + DATA).encode("gbk"), "不是 UTF-8"),
        case("csv-utf8-cut-mid-character", "a.csv", (HEAD + DATA).encode()[:-3], ANY),
        case("csv-nul-late", "a.csv", (HEAD + DATA * 500).encode() + b"\x00\x00" + DATA.encode(), ANY),
        case("csv-heading-only", "a.csv", HEAD.encode(), "只有标题行"),
        case("csv-blank-only", "a.csv", b"\r\n,,,\r\n  ,  \r\n", "没有任何内容"),
        case("csv-is-a-zip", "a.csv", b"PK\x03\x04" + bytes(100), ".xlsx"),
        case("csv-rows-over-the-limit", "a.csv", (HEAD + DATA * (limits.MAX_ROWS + 1)).encode(), "行数据的上限"),
        case("csv-duplicated-headings", "a.csv", ("姓名," * 40 + "\r\n" + DATA).encode(), 1),
        case("empty-csv", "a.csv", b"", "空的"),
        case("empty-xlsx", "a.xlsx", b"", "空的"),
        case("one-byte-xlsx", "a.xlsx", b"P", "不是 Excel 工作簿"),
        case("xls-extension", "a.xls", b"\xd0\xcf\x11\xe0", "只能导入"),
        case("no-extension", "data", (HEAD + DATA).encode(), "只能导入"),
        case("png-as-xlsx", "a.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "不是 Excel 工作簿"),
        case("pdf-as-xlsx", "a.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "不是 Excel 工作簿"),
        case("pdf-as-csv", "a.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n\x00", "二进制"),
        case("nul-filled-csv", "a.csv", bytes(10_000), "二进制"),
    ]
    cases += [case(f"junk-xlsx-{seed}", "a.xlsx", lambda seed=seed: _junk(seed, 10 ** (seed % 6 + 1)), ANY)
              for seed in range(8)]
    cases += [case(f"junk-zip-{seed}", "a.xlsx", lambda seed=seed: _junk(seed, 5000, b"PK\x03\x04"), ANY)
              for seed in range(5)]
    cases += [case(f"junk-csv-{seed}", "a.csv", lambda seed=seed: _junk(seed, 10 ** (seed % 6 + 1)), ANY)
              for seed in range(8)]
    cases += [case(f"junk-text-csv-{seed}", "a.csv",
                   lambda seed=seed: bytes(b % 95 + 32 for b in _junk(seed, 50_000)), ANY) for seed in range(4)]
    return cases
