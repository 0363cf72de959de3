"""Computed numbering of a policy body (docs/STRUCTURE.md).

Numbers are never stored: editors insert, move or delete blocks and every later 第N条, 一、 and （一）
follows. `numbered(body)` is the one place that turns the flat block list into labelled items; the page
template, the table of contents, the PDF, search and the version diff all read it.
"""

from dataclasses import dataclass, field

DIGITS = "零一二三四五六七八九"


def cn_number(n):
    """Chinese numeral as written in legal texts: 1 一, 10 十, 12 十二, 20 二十, 105 一百零五, 1010 一千零一十,
    10001 一万零一 (up to 99 999 999: an imported document may number past 999)."""
    if n <= 0:
        raise ValueError("编号必须是正整数")
    if n >= 10**8:
        raise ValueError("编号超出范围（最多99999999）")
    high, low = divmod(n, 10000)
    if not high:
        return _below_10000(low, leading=True)
    text = _below_10000(high, leading=True) + "万"
    if low:
        text += ("零" if low < 1000 else "") + _below_10000(low, leading=False)
    return text


def _below_10000(n, leading):
    """一千零五, 一百一十; a leading 一十 is written 十 (12 十二), elsewhere it is kept (110 一百一十)."""
    out, gap = "", False
    for unit, value in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        digit = n // value % 10
        if not digit:
            gap = bool(out)
            continue
        if gap:
            out, gap = out + "零", False
        if not (leading and not out and unit == "十" and digit == 1):
            out += DIGITS[digit]
        out += unit
    return out


HEADING_FORMATS = {
    "cn_list": lambda n: f"{cn_number(n)}、",
    "cn_chapter": lambda n: f"第{cn_number(n)}章",
    "cn_paren": lambda n: f"（{cn_number(n)}）",
    "cn_ordinal": lambda n: f"第{cn_number(n)}、",
    "none": lambda n: "",
}

ITEM_FORMATS = {
    "": lambda n: "",
    "cn_paren": lambda n: f"（{cn_number(n)}）",
    "arabic_dot": lambda n: f"{n}.",
    "arabic_paren": lambda n: f"（{n}）",
    "arabic_dun": lambda n: f"{n}、",
}


def heading_label(style, n):
    return HEADING_FORMATS.get(style or "none", HEADING_FORMATS["none"])(n)


def item_label(style, n):
    return ITEM_FORMATS.get(style or "", ITEM_FORMATS[""])(n)


def article_label(n, style="cn_article"):
    return f"{cn_number(n)}、" if style == "cn_list" else f"第{cn_number(n)}条"


@dataclass
class Item:
    """One numbered block: what templates, PDF, search and diff need, without touching Wagtail."""

    type: str  # heading / article / paragraph / duty_list / form
    label: str  # "第十二条", "一、", "第一章", "" …
    anchor: str  # HTML id, e.g. "art-12"; empty for blocks without a permalink
    value: object  # the block's value (StructValue or dict)
    text: str  # plain text with all computed numbers, one line per paragraph/item
    number: int = 0  # the ordinal among its kind (article number, chapter number…)
    level: str = ""  # headings: chapter / section
    block_id: str = ""  # the StreamField block id, stable across renumbering
    paragraphs: list = field(default_factory=list)  # [(text, [(label, item_text), …]), …]
    unit: object = None  # MemberUnit (articles/duty lists naming one)
    chapter: object = None  # the enclosing chapter Item (for articles)

    @property
    def title(self):
        """Short text for a table of contents or a search hit."""
        if self.type == "heading":
            return _get(self.value, "title", "")
        if self.type == "duty_list":
            return getattr(self.unit, "name", "") or ""
        return self.paragraphs[0][0][:40] if self.paragraphs else ""


def _get(value, key, default=None):
    try:
        got = value.get(key, default)
    except AttributeError:
        got = getattr(value, key, default)
    return default if got is None else got


def _paragraph(value):
    """(text, [(label, item text), …]) for one 款 with its numbered 项."""
    style = _get(value, "item_style", "")
    items = [str(i) for i in (_get(value, "items", []) or []) if str(i).strip()]
    return str(_get(value, "text", "")), [(item_label(style, n), t) for n, t in enumerate(items, 1)]


def _lines(label, paragraphs):
    lines = []
    for i, (text, items) in enumerate(paragraphs):
        lines.append(f"{label} {text}".strip() if i == 0 and label else text)
        lines.extend(f"{lab}{t}" for lab, t in items)
    return "\n".join(line for line in lines if line)


def _blocks(body):
    """(type, value, id) for a StreamValue or a list of {"type", "value"} dicts (importer JSON)."""
    for block in body or []:
        if isinstance(block, dict):
            yield block["type"], block["value"], block.get("id", "") or ""
        else:
            yield block.block_type, block.value, block.id or ""


def numbered(body):
    """The body's blocks as `Item`s with computed labels and anchors, in order.

    Articles count continuously across chapters; sections restart within each chapter; duty-list
    unit headings count among duty lists; items restart in every paragraph.
    """
    out = []
    chapters = sections = articles = duties = paragraphs = forms = 0
    chapter = None
    for kind, value, block_id in _blocks(body):
        if kind == "heading":
            level = _get(value, "level", "chapter")
            if level == "section":
                sections += 1
                n, anchor = sections, f"sec-{chapters}-{sections}"
            else:
                chapters += 1
                sections = 0
                n, anchor = chapters, f"chap-{chapters}"
            label = heading_label(_get(value, "style", "none"), n)
            title = _get(value, "title", "")
            item = Item(kind, label, anchor, value, f"{label}{title}", n, level, block_id)
            if level != "section":
                chapter = item
        elif kind == "article":
            articles += 1
            paras = [_paragraph(p) for p in _get(value, "paragraphs", [])]
            label = article_label(articles, _get(value, "style", "cn_article"))
            item = Item(kind, label, f"art-{articles}", value, _lines(label, paras), articles, "", block_id,
                        paras, _get(value, "unit"), chapter)
        elif kind == "paragraph":
            paragraphs += 1
            paras = [_paragraph(value)]
            item = Item(kind, "", f"para-{paragraphs}", value, _lines("", paras), paragraphs, "", block_id, paras)
        elif kind == "duty_list":
            duties += 1
            unit = _get(value, "unit")
            label = heading_label(_get(value, "style", "cn_list"), duties)
            style = _get(value, "item_style", "arabic_dot")
            entries = [str(d) for d in _get(value, "duties", []) if str(d).strip()]
            paras = [("", [(item_label(style, n), d) for n, d in enumerate(entries, 1)])]
            name = getattr(unit, "name", "") or _get(value, "unit_name", "") or ""
            text = "\n".join([f"{label}{name}"] + [f"{lab}{d}" for lab, d in paras[0][1]])
            item = Item(kind, label, f"unit-{duties}", value, text, duties, "", block_id, paras, unit)
        elif kind == "form":
            forms += 1
            item = Item(kind, "", f"form-{forms}", value, str(_get(value, "note", "")), forms, "", block_id)
        else:
            continue
        out.append(item)
    return out


def table_of_contents(items):
    """Headings (chapters and sections) and duty-list units: what a reader jumps between."""
    return [i for i in items if i.type in ("heading", "duty_list")]


def plain_text(body):
    return "\n".join(i.text for i in numbered(body))
