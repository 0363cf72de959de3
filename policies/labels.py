"""Numbers as written in legal texts: 第N条, 一、, （一）, 1. — the labels every block kind computes."""

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
    "cn_section": lambda n: f"第{cn_number(n)}节",
    "cn_section_trad": lambda n: f"第{cn_number(n)}節",
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


ARTICLE_FORMATS = {
    "cn_article": lambda n: f"第{cn_number(n)}条",
    "cn_article_trad": lambda n: f"第{cn_number(n)}條",  # a text in traditional characters
    "cn_list": lambda n: f"{cn_number(n)}、",
}


def article_label(n, style="cn_article"):
    """第N条, 第N條 in a traditional-character text, or 一、 for documents whose articles are numbered 一、二、
    (ArticleBlock.style)."""
    return ARTICLE_FORMATS.get(style or "cn_article", ARTICLE_FORMATS["cn_article"])(n)
