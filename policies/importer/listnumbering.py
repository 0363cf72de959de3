"""Word's automatic list numbering (numbering.xml) rendered as the text Word would show.

Offices often number 第N条 / 一、 / 1. with Word's list numbering, which is not part of a paragraph's
text; without it every article would lose its number. numbering.xml is read attribute by attribute
and every value is range-checked: levels outside Word's 0..8, counters that are not numbers or are
absurdly large, and runaway level texts are ignored with a warning instead of crashing or looping.
"""

import re

from docx.oxml.ns import qn

from policies.numbering import cn_number

from . import limits

W_VAL, W_ILVL = qn("w:val"), qn("w:ilvl")
MAX_LEVEL_TEXT = 64  # Word's own lvlText is a few characters ("第%1条", "%1.%2.")


def _chinese(n):
    return "〇" if n == 0 else cn_number(n)


def _circled(n):
    return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)


FORMATS = {
    "decimal": str,
    "decimalFullWidth": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "chineseCounting": _chinese,
    "chineseCountingThousand": _chinese,
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
    "decimalEnclosedCircleChinese": _circled,
    "decimalEnclosedCircle": _circled,
}


def integer(text, low, high):
    """The attribute as an int within low..high, else None (Word files carry "abc", "1e9", "")."""
    if text is None or not re.fullmatch(r"-?[0-9]{1,12}", text.strip()):
        return None
    value = int(text)
    return value if low <= value <= high else None


def val(element, tag):
    found = element.find(qn(tag)) if element is not None else None
    return found.get(W_VAL) if found is not None else None


class ListNumbering:
    """Counters of the document's lists; `label(p, style_id)` numbers one paragraph."""

    def __init__(self, numbering_root, styles_root):
        self.levels, self.counters, self.problems = {}, {}, set()
        self.style_numbering, self.default_style = self._styles(styles_root)
        if numbering_root is None:
            return
        abstract = {a.get(qn("w:abstractNumId")): a for a in numbering_root.findall(qn("w:abstractNum"))}
        for num in numbering_root.findall(qn("w:num")):
            definition = abstract.get(val(num, "w:abstractNumId"))
            if definition is not None:
                self._read_levels(num.get(qn("w:numId")), definition)

    def _read_levels(self, num_id, definition):
        for lvl in definition.findall(qn("w:lvl")):
            raw = lvl.get(W_ILVL) or ""
            ilvl = integer(raw, 0, limits.MAX_LIST_LEVEL)
            if ilvl is None:
                self.problems.add(f"列表编号定义中的级别“{raw[:20]}”不在 Word 的 0–8 级之内，已忽略该级编号。")
                continue
            start = val(lvl, "w:start")
            first = 1 if start is None else integer(start, 0, limits.MAX_LIST_VALUE)
            if first is None:
                self.problems.add(f"列表编号的起始值“{start[:20]}”无效（应为 0–{limits.MAX_LIST_VALUE}），已按 1 起编。")
                first = 1
            text = val(lvl, "w:lvlText") or ""
            if len(text) > MAX_LEVEL_TEXT:
                self.problems.add("列表编号的格式文字过长，不像 Word 的编号格式，已忽略该级编号。")
                continue
            self.levels[(num_id, ilvl)] = (val(lvl, "w:numFmt") or "decimal", text, first)

    @staticmethod
    def _styles(styles_root):
        """{styleId: (numPr or None, basedOn styleId or None)}, and the default paragraph style's id."""
        found, default = {}, None
        if styles_root is None:
            return found, default
        for style in styles_root.findall(qn("w:style")):
            if style.get(qn("w:type")) == "paragraph" and style.get(qn("w:default")) in ("1", "true", "on"):
                default = default or style.get(qn("w:styleId"))
            p_pr = style.find(qn("w:pPr"))
            found[style.get(qn("w:styleId"))] = (p_pr.find(qn("w:numPr")) if p_pr is not None else None,
                                                 val(style, "w:basedOn"))
        return found, default

    def _num_pr(self, p, style_id):
        """The paragraph's own list numbering, else its style's (Word's "List Number" styles)."""
        p_pr = p.find(qn("w:pPr"))
        own = p_pr.find(qn("w:numPr")) if p_pr is not None else None
        if own is not None:
            return own
        style_id = style_id or self.default_style
        for _ in range(limits.MAX_STYLE_DEPTH):  # basedOn chains may loop in hostile files
            num_pr, based_on = self.style_numbering.get(style_id, (None, None))
            if num_pr is not None:
                return num_pr
            if based_on is None:
                break
            style_id = based_on
        return None

    def label(self, p, style_id):
        num_pr = self._num_pr(p, style_id)
        if num_pr is None or val(num_pr, "w:numId") is None:
            return ""
        num_id, raw_level = val(num_pr, "w:numId"), val(num_pr, "w:ilvl")
        ilvl = 0 if raw_level is None else integer(raw_level, 0, limits.MAX_LIST_LEVEL)
        if ilvl is None:
            self.problems.add(f"段落的列表级别“{raw_level[:20]}”不在 Word 的 0–8 级之内，该段未加编号。")
            return ""
        if (num_id, ilvl) not in self.levels:
            return ""
        fmt, text, start = self.levels[(num_id, ilvl)]
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a new 第N章 restarts the numbering below it
        for level in range(ilvl + 1):
            lvl_fmt, _, lvl_start = self.levels.get((num_id, level), ("decimal", "", 1))
            value = counters.get(level, lvl_start)
            text = text.replace(f"%{level + 1}", FORMATS.get(lvl_fmt, str)(value))
        if fmt in ("bullet", "none"):
            return ""
        return text + ("" if text.endswith(("、", "．", ".", "）", ")")) else " ")
