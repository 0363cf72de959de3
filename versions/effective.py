"""When a document takes effect, read from its own words (its 施行 clause).

Pure: texts and dates in, (date, basis) out. "本规则自印发之日起施行" → the 成文日期 (the day it was
signed for issue); "自发布之日起施行" → the 发布日期; "自2024年1月1日起施行" → that day. With no clause the
成文日期, then the 发布日期, stand in, and the basis says which, so the history never claims more than it knows.
"""

import re
from datetime import date

from policies.numerals import cn_to_int

_DIGIT = "0-9０-９〇○零一二三四五六七八九十"
CLAUSE = re.compile(rf"自\s*(?P<when>[^，。；;]{{1,24}}?)\s*起\s*(?:施行|实施|执行|生效)")
_DAY = re.compile(rf"(?P<y>[{_DIGIT}]{{4}})\s*年\s*(?P<m>[{_DIGIT}]{{1,3}})\s*月\s*(?P<d>[{_DIGIT}]{{1,3}})\s*日")
_ISSUED = ("印发", "签发", "下发", "印制")
_PUBLISHED = ("发布", "公布", "公告")


def _number(text):
    text = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if text.isdigit():
        return int(text)
    if len(text) == 4 and all(c in "〇○零一二三四五六七八九" for c in text):  # 二〇二四
        return int("".join(str(cn_to_int(c) or 0) for c in text))
    return cn_to_int(text)


def _day(text):
    match = _DAY.search(text)
    if not match:
        return None
    try:
        return date(_number(match["y"]), _number(match["m"]), _number(match["d"]))
    except (TypeError, ValueError):
        return None


def effective_date(texts, written=None, published=None):
    """(date or None, basis in Chinese) for version 1 of a document."""
    for text in texts:
        for match in CLAUSE.finditer(text or ""):
            when = match["when"]
            quoted = f"正文“{match.group(0)}”"
            stated = _day(when)
            if stated:
                return stated, quoted
            if any(w in when for w in _ISSUED) and written:
                return written, f"{quoted}，即成文日期"
            if any(w in when for w in _PUBLISHED) and (published or written):
                return (published, f"{quoted}，即发布日期") if published else (written, f"{quoted}，按成文日期")
    if written:
        return written, "正文未写明施行日期，按成文日期"
    if published:
        return published, "正文未写明施行日期，按发布日期"
    return None, ""
