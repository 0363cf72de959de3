""".docx input: paragraphs and tables in order, Word's automatic numbering written out."""

import io
import re

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from policies.importer import ImportFailure, parse_bytes

from .docx_parts import DOCUMENT, NUMBERING, base_parts, document, package, paragraph


def saved(document):
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_paragraphs_and_tables():
    document = Document()
    for line in ["示例镇社区矫正委员会工作规则", "一、总则", "第一条 为规范工作，制定本规则。", "第二条 本规则自印发之日起施行。"]:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "第三条 表格里的条文。"
    doc = parse_bytes(saved(document), "rules.docx")
    assert doc["title"] == "示例镇社区矫正委员会工作规则"
    assert [b["number"] for b in doc["body"]] == ["一、", "第一条", "第二条", "第三条"]


def _numbering(document, num_id, levels):
    """Add a Word list definition: levels = [(numFmt, lvlText), …] for ilvl 0, 1, …"""
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels))
    root = document.part.numbering_part.element
    root.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">{lvls}</w:abstractNum>'))
    root.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))


def _numbered(document, text, num_id, ilvl=0):
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def test_word_automatic_numbering_is_written_out():
    document = Document()
    document.add_paragraph("示例镇社区矫正委员会工作规则")
    # chapters and articles are two lists, so articles count on across chapters as the law wants
    _numbering(document, 90, [("chineseCounting", "第%1章")])
    _numbering(document, 91, [("chineseCounting", "第%1条"), ("decimal", "%2.")])
    _numbered(document, "总则", 90)
    _numbered(document, "为规范工作，制定本规则。", 91)
    _numbered(document, "委员会负责下列工作：", 91)
    _numbered(document, "研究重大问题；", 91, 1)
    _numbered(document, "督促检查。", 91, 1)
    _numbered(document, "附则", 90)
    _numbered(document, "本规则自印发之日起施行。", 91)
    doc = parse_bytes(saved(document), "rules.docx")
    assert [b["number"] for b in doc["body"]] == ["第一章", "第一条", "第二条", "第二章", "第三条"]
    assert [w["code"] for w in doc["warnings"]] == ["date_missing"]  # an undated file
    second = doc["body"][2]["value"]["paragraphs"][0]
    assert (second["item_style"], second["items"]) == ("arabic_dot", ["研究重大问题；", "督促检查。"])


@pytest.mark.parametrize("data", [b"PK\x03\x04 not really a zip", b"PK" + bytes(100)])
def test_damaged_docx(data):
    with pytest.raises(ImportFailure, match="docx|Word"):
        parse_bytes(data, "rules.docx")


def test_a_table_is_imported_row_by_row_with_a_warning():
    document = Document()
    document.add_paragraph("示例镇社区矫正协助人员管理办法")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([["姓名", "单位", "职责"], ["张某", "司法所", "走访"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(1, 2).add_paragraph("谈话")  # a second paragraph in one cell stays in that cell
    doc = parse_bytes(saved(document), "list.docx")
    texts = [b["value"]["text"] for b in doc["body"]]
    assert texts == ["姓名 | 单位 | 职责", "张某 | 司法所 | 走访谈话"]
    assert [w["code"] for w in doc["warnings"] if w["code"] == "table"] == ["table"]


def test_a_broken_part_is_named():
    with pytest.raises(ImportFailure, match="word/numbering.xml"):
        parse_bytes(package({NUMBERING: b"<w:numbering"}), "rules.docx")


def test_a_document_without_lists_has_no_numbering_part():
    """Word leaves numbering.xml (and its relationship) out when a document has no lists."""
    rels = "word/_rels/document.xml.rels"
    without = re.sub(rb"<Relationship [^>]*numbering[^>]*/>", b"", base_parts()[rels])
    data = package({rels: without, DOCUMENT: document(paragraph("工作规则") + paragraph("第一条 为规范工作，制定本规则。"))},
                   drop={NUMBERING})
    doc = parse_bytes(data, "rules.docx")
    assert doc["title"] == "工作规则" and [b["number"] for b in doc["body"]] == ["第一条"]
