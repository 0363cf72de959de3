"""Law and regulation texts as collections publish them: Markdown marks ("# 标题", "## 第一章 总则",
"<!-- INFO END -->", links of a 目录), the adoption history under the title ("2019年12月28日 第十三届全国
人民代表大会常务委员会第十五次会议通过") and a 目录 (table of contents) before the first chapter.

The marks and the 目录 are not text of the law: they are removed and reported. The history lines are the
law's metadata: 成文日期 (the last 通过/修正/修订), 发布日期 and 文号 (the 令/公告 that published it) and the
issuing body.
"""

import re

from core.cjk import HAN

from . import metadata

_HEADING_MARK = re.compile(r"^#{1,6}\s*")
_COMMENT = re.compile(r"^<!--.*-->$")
_EMPHASIS = re.compile(r"^[*_]{1,3}(.+?)[*_]{1,3}$")
_LINK = re.compile(r"\[([^\[\]]*)\]\([^()]*\)")  # no nested brackets: linear on "[[[["
_BULLET = re.compile(r"^[*+\-]\s+")
_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
HISTORY = re.compile(rf"^[（(]?\s*(?P<date>{_DATE})\s*(?P<what>.*?)(?P<act>通过|修正|修订|批准|发布|公布|施行)\s*[）)]?$")
_ENACTED = ("通过", "修正", "修订")
_PUBLISHED = ("发布", "公布")
_DECREE = re.compile(rf"(?P<issuer>[{HAN}]+?)(?:令|公告)\s*第\s*\d+\s*号")
_SESSION = re.compile(r"第[一二三四五六七八九十百\d]+次.*$")
_TERM = re.compile(r"第[一二三四五六七八九十百\d]+届")
_STATE = "中华人民共和国"
_TOC = re.compile(r"^目\s*录$")
_TOC_ENTRY = re.compile(r"^第\s*[一二三四五六七八九十百零〇\d]+\s*[编章节]")


def is_markdown(pairs):
    return bool(pairs) and pairs[0][1].startswith("# ")


def unmark(pairs, report):
    """Markdown marks off every line of a Markdown text; comments dropped. Other texts unchanged."""
    if not is_markdown(pairs):
        return pairs
    out = []
    for number, text in pairs:
        if _COMMENT.match(text):
            report.repair("markdown", "删除 Markdown 注释。", number, text)
            continue
        plain = _BULLET.sub("", _LINK.sub(r"\1", _HEADING_MARK.sub("", text))).strip()
        plain = _EMPHASIS.sub(r"\1", plain).strip()
        if plain != text:
            report.repair("markdown", "删除 Markdown 标记。", number, text)
        if plain:
            out.append((number, plain))
    return out


def read_history(pairs, report):
    """(pairs without the history lines under the title, metadata read from them)."""
    history = []
    i = 1
    while i < len(pairs) and (m := HISTORY.match(pairs[i][1])):
        history.append((pairs[i][0], m))
        i += 1
    if not history:
        return pairs, {}
    for number, m in history:
        report.repair("law_history", "标题下的通过、修正、公布记录读作元数据。", number, m.group(0))
    return [pairs[0]] + pairs[i:], history_metadata([m for _, m in history])


def history_metadata(history):
    meta = {}
    enacted = [m for m in history if m.group("act") in _ENACTED]
    published = [m for m in history if m.group("act") in _PUBLISHED]
    # approved elsewhere only (审议批准 of a party-state regulation): the approval is when it was made
    written = enacted[-1] if enacted else next((m for m in history if m.group("act") == "批准"), None)
    if written:
        meta["date_written"] = _iso(written.group("date"))
    if published:
        meta["date_published"] = _iso(published[-1].group("date"))
        decree = _DECREE.search(published[-1].group("what"))
        if decree:
            meta["doc_number"] = re.sub(r"\s+", "", decree.group(0))
            meta["publisher"] = _body(decree.group("issuer"))
        elif published[-1].group("what").strip():
            meta["publisher"] = _body(published[-1].group("what"))
    elif written:
        meta["publisher"] = _body(written.group("what"))
    return {k: v for k, v in meta.items() if v}


def _body(text):
    """The organ in "第十三届全国人民代表大会常务委员会第十五次会议": without its term and session."""
    text = _TERM.sub("", _SESSION.sub("", re.sub(r"《.*", "", text))).strip()
    if text.startswith(_STATE) and len(text) > len(_STATE):
        text = text[len(_STATE):]  # 中华人民共和国国务院令: the State Council
    return text


def _iso(raw):
    parsed, _ = metadata.parse_date(raw)
    return parsed.isoformat() if parsed else None


def drop_contents(pairs, report):
    """A 目录 line and the chapter/section entries after it, up to the first entry's second appearance
    (where the text itself begins). Without that repeat it is not a 目录 and nothing is dropped."""
    start = next((i for i, (_, t) in enumerate(pairs[:40]) if _TOC.match(t.replace(" ", ""))), None)
    if start is None or start + 1 >= len(pairs) or not _TOC_ENTRY.match(pairs[start + 1][1]):
        return pairs
    first = _compact(pairs[start + 1][1])
    end = next((j for j in range(start + 2, len(pairs)) if _compact(pairs[j][1]) == first), None)
    if end is None or not all(_TOC_ENTRY.match(t) for _, t in pairs[start + 1:end]):
        return pairs
    for number, text in pairs[start:end]:
        report.repair("table_of_contents", "删除目录（正文中有相同的章节标题）。", number, text)
    return pairs[:start] + pairs[end:]


def _compact(text):
    return re.sub(r"\s+", "", text)


def prepare(pairs, report):
    """All of the above, in order: (pairs, metadata of the law)."""
    pairs = unmark(pairs, report)
    pairs, meta = read_history(pairs, report)
    return drop_contents(pairs, report), meta
