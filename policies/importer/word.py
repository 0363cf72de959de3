"""Text of a .docx in document order, with Word's automatic numbering written out.

The package is checked (sizes, ratio, streamed read) before python-docx opens it; python-docx is then
only used to resolve the parts, and the XML is read element by element here, so a strange attribute
in a hostile file is skipped rather than raising. Tables are imported row by row, cells separated
by " | ", with a warning: the structure of a table is not something a policy body can hold.
"""

import io

from docx import Document
from docx.oxml.ns import qn

from . import limits
from .errors import ImportFailure
from .listnumbering import ListNumbering, val
from .package import broken_message, check_docx

P, TBL, TR, TC, R = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:r")
T, TAB, BR, CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
SECTION = qn("w:sectPr")
CELL_SEPARATOR = " | "
MAX_NUMBERING_WARNINGS = 20


def docx_text(data, report):
    """The document's lines; ImportFailure (Chinese) for anything that is not a usable .docx."""
    check_docx(data)
    try:
        document = Document(io.BytesIO(data))
        body = document.element.body
        numbering = ListNumbering(_part_element(document.part, "numbering_part"),
                                  _part_element(document.part, "_styles_part"))
    except Exception:  # python-docx/lxml raise many types (KeyError, XMLSyntaxError, ValueError…)
        raise ImportFailure(broken_message(data)) from None
    if body is None:
        raise ImportFailure("该 Word 文档没有正文，无法导入。")
    reader = _Reader(numbering)
    for block in _blocks(body):
        reader.add(block)
    problems = sorted(numbering.problems)  # one per distinct value: a hostile file may hold thousands
    for problem in problems[:MAX_NUMBERING_WARNINGS]:
        report.warn("docx_numbering", problem)
    if len(problems) > MAX_NUMBERING_WARNINGS:
        report.warn("docx_numbering", f"列表编号定义中另有 {len(problems) - MAX_NUMBERING_WARNINGS} 处无效的值，均已忽略。")
    if reader.tables:
        report.warn("table", f"文档中有 {reader.tables} 个表格，已按行导入其文字（同一行的单元格以“|”分隔），"
                             "请核对并改写为条文或段落。")
    return "\n".join(reader.lines)


def _part_element(part, name):
    """The root element of a related part (numbering, styles), or None when the file has none
    (Word leaves numbering.xml out of documents without lists; python-docx cannot create one)."""
    try:
        return getattr(part, name).element
    except (KeyError, NotImplementedError):
        return None


def _blocks(parent):
    """Paragraphs and tables in document order, also inside content controls (w:sdt) and the like."""
    for child in parent.iterchildren():
        if child.tag in (P, TBL):
            yield child
        elif child.tag != SECTION:
            yield from _blocks(child)


def _nearest(element, tag):
    parent = element.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def _own(container, tag, owner_tag):
    """Descendants `tag` of `container` that belong to it, not to a container of the same kind nested inside."""
    return [e for e in container.iter(tag) if _nearest(e, owner_tag) is container]


def paragraph_text(p):
    """The text Word shows for a paragraph's runs (text boxes nested in it belong to their own paragraphs)."""
    out = []
    for element in p.iter(T, TAB, BR, CR):
        if element.getparent().tag != R or _nearest(element, P) is not p:
            continue  # tab stops in w:pPr, text of a nested text box
        if element.tag == T:
            out.append(element.text or "")
        elif element.tag == TAB:
            out.append("\t")
        elif element.get(qn("w:type")) not in ("page", "column"):
            out.append("\n")
    return "".join(out)


class _Reader:
    def __init__(self, numbering):
        self.numbering, self.lines, self.tables, self.chars = numbering, [], 0, 0

    def append(self, line):
        self.chars += len(line) + 1
        if self.chars > limits.MAX_CHARS:  # checked while reading: a huge body never builds up
            raise ImportFailure(limits.too_many_chars())
        if len(self.lines) >= limits.MAX_LINES:
            raise ImportFailure(limits.too_many_lines())
        self.lines.append(line)

    def add(self, block):
        if block.tag == P:
            style = val(block.find(qn("w:pPr")), "w:pStyle")
            self.append(self.numbering.label(block, style) + paragraph_text(block))
            return
        self.tables += 1
        for row in _own(block, TR, TBL):
            cells = []
            for cell in _own(row, TC, TR):
                text = " ".join(t for t in (paragraph_text(p) for p in cell.iter(P)) if t.strip())
                if text.strip():
                    cells.append(text.strip())
            self.append(CELL_SEPARATOR.join(cells))
