"""The fuzz corpus of issue 15, generated (deterministically, from a seed per file) by the tests.

Each case is (category, filename, make) with make() -> bytes. Categories: random bytes, truncated
zips, zip bombs, hostile numbering.xml / document.xml / styles.xml, tables, missing parts, encodings,
oversized text, text without structure, every line a heading, 1000+ articles, pathological lines.
"""

import random
import zipfile

from policies.importer import limits

from . import docx_parts as dp

HAN = [chr(c) for c in range(0x4E00, 0x4E00 + 400)]
MARKS = ["第一条 ", "第十二章 ", "一、", "（三）", "1.", "2、", "（4）", "附件1", "附件：", "- 3 -", "第 2 页",
         "2023年8月29日", "（此件公开发布）", "某办公室 2023年8月29日印发", "各村（社区）：", "索引号：", "，", "。"]


def words(rng, n):
    return "".join(rng.choice(HAN) for _ in range(n))


def soup(rng, lines):
    return "\n".join(rng.choice(MARKS) * rng.randint(0, 1) + words(rng, rng.randint(0, 40)) for _ in range(lines))


def valid_docx():
    return dp.package({dp.DOCUMENT: dp.document("".join(dp.paragraph(t) for t in [
        "示例镇社区矫正委员会工作规则", "第一条 为规范工作，制定本规则。", "第二条 本规则自印发之日起施行。"]))})


# -- bytes and zips ----------------------------------------------------------------------------
def random_bytes(seed):
    rng = random.Random(seed)
    size = rng.choice([1, 2, 10, 100, 4096, 65536, 500_000])
    prefix = rng.choice([b"", b"PK", b"PK\x03\x04", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"%PDF-1.4"])
    return prefix + rng.randbytes(size)


def truncated_zip(seed):
    rng = random.Random(seed)
    data = valid_docx()
    cut = rng.randrange(2, len(data))
    if seed % 3 == 0:  # a flipped byte inside instead of a cut
        return data[:cut] + bytes([data[cut] ^ 0xFF]) + data[cut + 1:]
    return data[:cut]


def zip_bombs():
    paragraphs = b"<w:p/>" * (50 * limits.MB // 6)
    xml = dp.document("").replace(b"<w:sectPr/>", paragraphs)
    many = {f"word/media/image{n}.png": b"" for n in range(limits.MAX_ZIP_MEMBERS + 1)}
    return [
        ("document.xml 50 MB", lambda: dp.package({dp.DOCUMENT: xml})),
        ("zeros 50 MB beside", lambda: dp.package({"word/media/big.bin": bytes(50 * limits.MB)})),
        ("ratio just over", lambda: dp.package({"word/media/a.bin": bytes(2 * limits.MB)})),
        ("20 parts of 2 MB", lambda: dp.package({f"word/media/{n}.bin": bytes(2 * limits.MB) for n in range(20)})),
        ("too many parts", lambda: dp.package(many)),
        ("header lies small", lambda: dp.raw_zip([(dp.DOCUMENT, xml, 1000)])),
        ("header lies big", lambda: dp.raw_zip([(dp.DOCUMENT, dp.document(""), 10 * limits.MB)])),
        ("header declares 4 GB", lambda: dp.raw_zip([(dp.DOCUMENT, dp.document(""), 2**32 - 1)])),
        ("stored 1 MB", lambda: dp.package({"word/media/s.bin": bytes(limits.MB)}, compression=zipfile.ZIP_STORED)),
        ("nested zip", lambda: dp.package({"word/embeddings/x.docx": dp.package({"word/media/z": bytes(20 * limits.MB)})})),
        ("empty paragraphs near the limits", lambda: _near_limits(dense=True)),
        ("one-character paragraphs near the limits", lambda: _near_limits(dense=False)),
    ]


def _near_limits(dense):
    """As many XML elements as the part limit allows, varied just enough to stay under the ratio."""
    rng = random.Random(7)
    chunks, size = [], 0
    while size < limits.MAX_XML_PART_BYTES - 1000:
        if dense:
            chunks.append(f'<w:p w:rsidR="{rng.randrange(256):02X}"/>' + "<w:p/>" * 4)
        else:
            chunks.append(f"<w:p>{dp.run(rng.choice(HAN))}</w:p>")
        size += len(chunks[-1].encode())
    return dp.package({dp.DOCUMENT: dp.document("".join(chunks))})


# -- hostile .docx parts -----------------------------------------------------------------------
ILVLS = ["100000000", "-1", "9", "abc", "", "1e9", "0x1", "²", "99999999999999999999", "8", "0", " 3 "]
STARTS = ["abc", "100000000", "-5", "0", "", "32767", "32768", "1.5", None, "٣"]
FORMATS = ["decimal", "chineseCounting", "chineseCountingThousand", "ideographTraditional", "bullet", "none",
           "decimalEnclosedCircle", "upperRoman", "", "x" * 300]


def hostile_numbering(seed):
    rng = random.Random(seed)
    levels = [dp.level(rng.choice(ILVLS + ["0", "1", "2"]), rng.choice(FORMATS), rng.choice(
        ["第%1条", "%1.", "%1.%2.%3", "%9%8%7", "%1" * 1000, "", "（%1）"]), rng.choice(STARTS)) for _ in range(rng.randint(1, 12))]
    lists = [(rng.choice(["1", "2", "abc", "-1", "100000000"]), levels) for _ in range(rng.randint(1, 3))]
    body = "".join(dp.paragraph(words(rng, rng.randint(0, 20)), rng.choice(["1", "2", "abc", None]),
                                rng.choice(ILVLS + [None, "0", "1"])) for _ in range(rng.randint(1, 200)))
    parts = {dp.DOCUMENT: dp.document(body), dp.NUMBERING: dp.numbering(lists)}
    if seed % 4 == 0:  # not even XML
        parts[dp.NUMBERING] = rng.randbytes(200)
    return dp.package(parts)


def huge_ilvl(seed):
    rng = random.Random(seed)
    ilvl = rng.choice(["100000000", "2147483647", "-2147483648", "9"])
    lvls = [dp.level(ilvl, "decimal", "%1" * 9, "100000000"), dp.level(0, "chineseCounting", "第%1条")]
    body = "".join(dp.paragraph("甲乙丙", 5, rng.choice([ilvl, 0])) for _ in range(300))
    return dp.package({dp.DOCUMENT: dp.document(body), dp.NUMBERING: dp.numbering([(5, lvls)])})


def hostile_styles(seed):
    rng = random.Random(seed)
    entries = [("A", "A", None), ("B", "C", None), ("C", "B", None), ("D", "E", 5), ("E", None, "abc")]
    body = "".join(dp.paragraph(words(rng, 10), style=rng.choice("ABCDEZ")) for _ in range(50))
    return dp.package({dp.DOCUMENT: dp.document(body), dp.STYLES: dp.styles(entries),
                       dp.NUMBERING: dp.numbering([(5, [dp.level(0, "chineseCounting", "第%1条")])])})


def hostile_document(seed):
    rng = random.Random(seed)
    kind = seed % 8
    if kind == 0:
        xml = rng.randbytes(rng.randint(1, 5000))
    elif kind == 1:  # deep nesting
        depth = rng.choice([100, 300, 5000, 100_000])
        xml = dp.document("<w:sdt><w:sdtContent>" * depth + dp.paragraph("深") + "</w:sdtContent></w:sdt>" * depth)
    elif kind == 2:  # entity expansion ("billion laughs")
        xml = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">' + b"".join(
            f'<!ENTITY {c} "{("&" + p + ";") * 10}">'.encode() for p, c in zip("abcdefgh", "bcdefghi"))
            + b"]>" + dp.document(dp.paragraph("x")).split(b"?>", 1)[1].replace(b"x</w:t>", b"&i;</w:t>"))
    elif kind == 3:  # no body, or a wrong root
        xml = rng.choice([f"<w:document {dp.W}/>".encode(), f"<w:styles {dp.W}/>".encode(), b"<a/>"])
    elif kind == 4:  # a huge attribute and huge text in one run
        xml = dp.document(f'<w:p><w:pPr><w:pStyle w:val="{"x" * 1_000_000}"/></w:pPr>{dp.run("长" * 300_000)}</w:p>')
    elif kind == 5:  # odd run content: breaks, tabs, unknown elements, text boxes
        xml = dp.document("".join(
            f'<w:p><w:r><w:br w:type="{rng.choice(["page", "bogus", ""])}"/><w:tab/><w:t>{words(rng, 5)}</w:t>'
            f'<w:pict><w:txbxContent><w:p>{dp.run("框")}</w:p></w:txbxContent></w:pict><w:zz/></w:r></w:p>'
            for _ in range(50)))
    elif kind == 6:  # a body full of one unstructured paragraph per line
        xml = dp.document("".join(dp.paragraph(words(rng, 30)) for _ in range(rng.randint(1, 3000))))
    else:  # truncated XML
        full = dp.document("".join(dp.paragraph(words(rng, 20)) for _ in range(50)))
        xml = full[: rng.randrange(len(full))]
    return dp.package({dp.DOCUMENT: xml})


def tables(seed):
    rng = random.Random(seed)
    kind = seed % 5
    if kind == 0:
        body = dp.table([[rng.choice(MARKS) + words(rng, 8) for _ in range(rng.randint(1, 6))]
                         for _ in range(rng.randint(1, 50))])
    elif kind == 1:  # merged cells with absurd spans
        props = f'<w:tcPr><w:gridSpan w:val="{rng.choice(["100000000", "abc", "-1"])}"/><w:vMerge/></w:tcPr>'
        body = dp.table([["合并", "单元格"]] * 20, props)
    elif kind == 2:  # nested tables
        inner = dp.paragraph("最里层")
        for _ in range(rng.choice([5, 50, 120])):
            inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl><w:p/>"
        body = dp.paragraph("工作规则") + inner
    elif kind == 3:  # empty tables and rows
        body = "<w:tbl/>" + "<w:tbl><w:tr/></w:tbl>" + dp.table([["", ""]])
    else:  # articles in a table, as in test_importer_docx
        body = dp.paragraph("示例镇工作规则") + dp.table([[f"第{n}条 表格里的条文。", ""] for n in "一二三四五六七"])
    return dp.package({dp.DOCUMENT: dp.document(body)})


MISSING = ["word/document.xml", "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
           "word/styles.xml", "word/numbering.xml", "docProps/core.xml"]


def missing_part(seed):
    return dp.package(drop={MISSING[seed % len(MISSING)]} | ({MISSING[(seed * 3) % len(MISSING)]} if seed > 6 else set()))


# -- text --------------------------------------------------------------------------------------
def encoded(seed):
    rng = random.Random(seed)
    text = "示例镇社区矫正委员会工作规则\n" + soup(rng, rng.randint(1, 300))
    encoding = ["gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"][seed % 6]
    data = text.encode(encoding, errors="replace")
    return data[:-1] if seed % 5 == 4 else data  # an odd byte count for UTF-16


def structureless(seed):
    rng = random.Random(seed)
    return "\n".join(words(rng, rng.randint(1, 200)) + "。" for _ in range(rng.randint(1, 2000))).encode()


def every_line_a_heading(seed):
    rng = random.Random(seed)
    make = [lambda n: f"第{n}章 {words(rng, 4)}", lambda n: f"{n}、{words(rng, 4)}",
            lambda n: f"（{n}）{words(rng, 4)}", lambda n: f"第{n}条"][seed % 4]
    numerals = ["一", "二", "三", "十", "九十九", "一百", "九百九十九", "一千", "一千零一", "二千"]
    return "\n".join(make(rng.choice(numerals)) for _ in range(rng.randint(1, 3000))).encode()


def many_articles(seed):
    count = [1000, 1001, 2500, 5000, 9999][seed % 5]
    return ("示例镇社区矫正委员会工作规则\n" + "\n".join(f"第一条 第{n}条的内容。" for n in range(count))).encode()


def oversized(seed):
    line = ["第一条 甲。\n", "甲" * 100 + "，\n", "\n"][seed % 3]
    return line.encode() * (5 * limits.MB // len(line.encode()))


def at_the_text_limits(seed):
    if seed % 2:
        return ("甲，\n" * (limits.MAX_LINES - 1)).encode()  # one paragraph of 20 000 lines
    return ("第一条 " + "乙" * (limits.MAX_CHARS - 10)).encode()


N = limits.MAX_CHARS - 10_000
LINES = limits.MAX_LINES - 1000
# Lines that made a regex or a loop quadratic once (a run of spaces before "印发", spam every few
# characters, one label repeated on every line): each must stay linear.
PATHOLOGICAL = [
    "甲" + " " * N + "乙", "甲" + " " * N + "2023年1月1日印发", "甲" + "1" * N + "印发", "第" * N, "一" * N + "、甲",
    "（" * N, "澳门娱乐" * (N // 4), ("- " + "澳门娱乐") * (N // 6), " app" * (N // 4), "2023年1月1日" * (N // 10),
    "甲，\n" * LINES, "\n".join(["各村："] * LINES), "\n".join(["附件1"] * LINES), "\n".join(["附件：1. 甲"] * LINES),
    "\n".join(["某镇人民政府", "2023年1月1日"] * (LINES // 2)), "关于某某的通知\n" + "\n".join(["2023年1月1日"] * LINES),
    "\n".join(["某办公室 2023年8月29日印发"] * LINES), "\n".join(["甲乙丙"] * LINES), "\n".join(["- 3 -", "页眉"] * (LINES // 2)),
    "\n".join(["（此件公开发布）"] * LINES),
]


def cases():
    found = []

    def add(category, n, make, name="x.txt"):
        found.extend((category, f"{category}-{i}", name, (lambda i=i: make(i))) for i in range(n))

    add("random-bytes", 30, random_bytes, "x.bin")
    add("truncated-zip", 25, truncated_zip, "x.docx")
    found.extend(("zip-bomb", f"zip-bomb-{name}", "x.docx", make) for name, make in zip_bombs())
    add("numbering", 30, hostile_numbering, "x.docx")
    add("huge-ilvl", 8, huge_ilvl, "x.docx")
    add("styles", 3, hostile_styles, "x.docx")
    add("document-xml", 24, hostile_document, "x.docx")
    add("tables", 15, tables, "x.docx")
    add("missing-part", 10, missing_part, "x.docx")
    add("encoding", 18, encoded)
    add("no-structure", 8, structureless)
    add("every-line-a-heading", 12, every_line_a_heading)
    add("many-articles", 5, many_articles)
    add("oversized", 3, oversized)
    add("text-limits", 2, at_the_text_limits)
    add("soup", 10, lambda i: soup(random.Random(i), 400).encode())
    add("pathological", len(PATHOLOGICAL), lambda i: PATHOLOGICAL[i].encode())
    return found
