"""Text of a .docx in document order, with Word's automatic numbering written out.

Offices often number 第N条 / 一、 / 1. with Word's list numbering, which is not part of a paragraph's
text; without it every article would lose its number. Tables are read cell by cell.
"""

import io
import zipfile

from docx.oxml.ns import qn

from policies.numbering import cn_number

from .decode import ImportFailure

FORMATS = {
    "decimal": str,
    "decimalFullWidth": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "chineseCounting": cn_number,
    "chineseCountingThousand": cn_number,
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
    "decimalEnclosedCircleChinese": lambda n: chr(0x2460 + n - 1) if n <= 20 else str(n),
    "decimalEnclosedCircle": lambda n: chr(0x2460 + n - 1) if n <= 20 else str(n),
}


def docx_text(data):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError):
        raise ImportFailure("无法打开该文件：不是有效的 .docx 文件。") from None
    except Exception:  # python-docx raises lxml/opc errors for damaged packages
        raise ImportFailure("无法打开该文件：.docx 文件已损坏或不是 Word 文档。") from None
    numbering = _Numbering(document)
    lines = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = Paragraph(child, document)
            lines.append(numbering.label(paragraph) + paragraph.text)
        elif child.tag == qn("w:tbl"):
            for row in Table(child, document).rows:
                for cell in row.cells:
                    lines.extend(cell.text.splitlines() or [""])
    return "\n".join(lines)


def _val(element, tag):
    found = element.find(qn(tag)) if element is not None else None
    return found.get(qn("w:val")) if found is not None else None


class _Numbering:
    """Counters of Word's list numbering, rendered as the text Word would show."""

    def __init__(self, document):
        self.levels, self.counters = {}, {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(qn("w:abstractNumId")): a for a in root.findall(qn("w:abstractNum"))}
        for num in root.findall(qn("w:num")):
            definition = abstract.get(_val(num, "w:abstractNumId"))
            if definition is None:
                continue
            for lvl in definition.findall(qn("w:lvl")):
                start = _val(lvl, "w:start")
                self.levels[(num.get(qn("w:numId")), lvl.get(qn("w:ilvl")))] = (
                    _val(lvl, "w:numFmt") or "decimal", _val(lvl, "w:lvlText") or "", int(start or 1))

    @staticmethod
    def _num_pr(paragraph):
        """The paragraph's own list numbering, else its style's (Word's "List Number" styles)."""
        p_pr = paragraph._p.pPr
        if p_pr is not None and p_pr.numPr is not None:
            return p_pr.numPr
        style = paragraph.style
        while style is not None:
            p_pr = style.element.pPr
            if p_pr is not None and p_pr.numPr is not None:
                return p_pr.numPr
            style = style.base_style
        return None

    def label(self, paragraph):
        num_pr = self._num_pr(paragraph)
        if num_pr is None or num_pr.numId is None:
            return ""
        num_id = str(num_pr.numId.val)
        ilvl = str(num_pr.ilvl.val if num_pr.ilvl is not None else 0)
        if (num_id, ilvl) not in self.levels:
            return ""
        fmt, text, start = self.levels[(num_id, ilvl)]
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if int(k) > int(ilvl)]:
            del counters[deeper]  # a new 第N章 restarts the numbering below it
        for level in range(int(ilvl) + 1):
            key = str(level)
            lvl_fmt, _, lvl_start = self.levels.get((num_id, key), ("decimal", "", 1))
            value = counters.get(key, lvl_start)
            text = text.replace(f"%{level + 1}", FORMATS.get(lvl_fmt, str)(value))
        if fmt in ("bullet", "none"):
            return ""
        return text + ("" if text.endswith(("、", "．", ".", "）", ")")) else " ")
