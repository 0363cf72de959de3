"""The head of a page copied from a website, before the document's own text: site chrome
(breadcrumbs, toolbars, banners, login prompts), the disclosure metadata in the layouts sites use
(bullets with the value on the next line, two or three "标签 值" pairs a table row, "标签：值" pairs run
together, values with times) and the page's headings around the document's title.

Chrome and metadata lines leave the text; each chrome line is a warning quoting it. When headings
stand before the metadata and the title again after it, the last one before the text is the title.
"""

import re
from dataclasses import dataclass, field

from core.cjk import HAN
from policies import validators
from policies.validators import normalize_doc_number

from . import markers, metadata, noise, text

_BULLET = r"[•·●▪◆\-*]"
_WORDS = sorted([*metadata.LABELS, *metadata.PAGE_LABELS, metadata.SOURCE_LABEL], key=len, reverse=True)
_LABEL_ALT = "|".join(r"\s?".join(map(re.escape, w)) for w in _WORDS)
# a label at the start of the line or after a space, then a colon, a space or the line's end
PAIR = re.compile(rf"(?:^|(?<=\s)){_BULLET}?\s*(?P<label>{_LABEL_ALT})\s*(?:[:：]\s*|\s+|$)")
# traditional forms of the label characters, matched as the simplified ones (one for one)
_TRADITIONAL = str.maketrans("發時間來號機構題類開屬關範規", "发时间来号机构题类开属关范规")

CHROME = re.compile(
    r"^(?:返回顶部|回到顶部|首[页頁]|正文内容|正文|朗读|小程序|手机浏览|手机版|立即咨询|还有疑问[?？]?|登录\s*/\s*注册"
    r"|马上发起在线咨询.*|分享(?:到)?\s*[:：]?.*|扫一扫.*|打印本页|关闭窗口|【\s*(?:打印|关闭)\s*】"
    r"|【?\s*字体\s*[:：]?\s*大\s*中\s*小\s*】?|(?:当前位置|您现在的位置)\s*[:：].*"
    r"|\S{2,10}网(?:\s+\S{2,8})?|以下为.*预览.*|.*(?:文档|文本|附件)下载)$"
)
BREADCRUMB = re.compile(r"^(?:首[页頁])?\s*[>＞»].*|^首[页頁]\s*[>＞»].*|^.*[>＞»].*[>＞»].*$")
TOOLBAR = re.compile(r"收藏本文|下载本文|手机版|打印本页|关闭窗口|加入收藏")
PREVIEW_OF = re.compile(r"以下为《(?P<title>[^》]{2,60})》的.*预览")
# keywords injected for search engines: three or more short phrases in a row, separated by commas
KEYWORD_STUFFING = re.compile(r"^(?:[^,，。《》\s]{2,12}[,，]){2,}[^,，。《》\s]{2,12}$")
# a 文号 with its closing bracket and 号 lost ("赣司〔202039"): year and number still readable
GARBLED_NUMBER = re.compile(
    rf"^(?P<org>{validators.ORG})[{validators.OPEN}]\s*(?P<year>{validators.YEAR})\s*(?P<n>\d{{1,4}})$")
TITLE_AND_NUMBER = re.compile(rf"^(?P<title>.{{4,}}?)\s*[-—－_|｜]\s*(?P<number>{validators.DOC_NUMBER_WRITTEN})$")
HEAD_LINES = 40
# document-sharing sites cut their preview with a notice in the middle of the text
INLINE_CHROME = re.compile(r"内容过长[^。]{0,40}预览[。.]?")
ROW_WIDTH = 160  # a metadata row or a chrome line is short; longer lines are text (and never scanned)


@dataclass
class Head:
    pairs: list
    meta: dict = field(default_factory=dict)
    source: str = ""  # 来源, the publisher of last resort


def labelled(line):
    """[(label, value)] when the whole line is label/value pairs, else None."""
    if len(line) > ROW_WIDTH:
        return None
    plain = line.translate(_TRADITIONAL)
    matches = list(PAIR.finditer(plain))
    if not matches or matches[0].start() != 0:
        return None
    pairs = []
    for m, nxt in zip(matches, matches[1:] + [None]):
        value = line[m.end():nxt.start() if nxt else len(line)].strip()
        pairs.append((re.sub(r"\s", "", m.group("label")), value))
    return pairs


def is_chrome(line):
    if len(line) > ROW_WIDTH:
        return False
    return bool(CHROME.match(line) or BREADCRUMB.match(line) or TOOLBAR.search(line)
                or KEYWORD_STUFFING.match(line))


def _ends_head(line, value=False):
    """The document's text begins here (a date line only when no label before it wants it as value)."""
    t = line.strip()
    return bool(markers.numbered(markers.CHAPTER, t) or markers.numbered(markers.ARTICLE, t)
                or markers.numbered(markers.CN_LIST, t) or "。" in t or text.width(t) > 90
                or (markers.DATE_LINE.match(t) and not value)
                or (t.endswith(("：", ":")) and labelled(t) is None and not is_chrome(t)))


def read_head(pairs, report):
    """Chrome, metadata and page headings out of the head of `pairs`; the rest unchanged."""
    pairs = _inline_chrome(noise.clean(pairs, report), report)
    head = Head([])
    kept, groups, separated, preview_title = [], [[]], False, None
    i = 0
    while i < len(pairs) and i < HEAD_LINES and not _ends_head(pairs[i][1]):
        number, line = pairs[i]
        i += 1
        found = labelled(line)
        if found is not None and not is_chrome(line):
            i = _store(found, pairs, i, head, report, number, line)
            separated = True
            continue
        if is_chrome(line):
            preview = PREVIEW_OF.search(line)
            preview_title = preview_title or (preview and preview.group("title"))
            report.warn("web_chrome", f"网页导航、工具栏或广告“{line}”不属于文件，已略去。", number, line)
            separated = True
            continue
        both = TITLE_AND_NUMBER.match(line)
        if both:
            head.meta.setdefault("doc_number", normalize_doc_number(both.group("number")))
            report.warn("web_chrome", f"网页标题栏“{line}”已略去，其中的文号读作文号。", number, line)
            separated = True
            continue
        if kept and _under_title(line, number, head, report):
            continue
        if separated and groups[-1]:
            groups.append([])
        separated = False
        groups[-1].append(len(kept))
        kept.append((number, line))
    _drop_page_headings(kept, groups, report)
    if not kept and preview_title:  # the preview banner is all that names the document
        report.warn("no_title", f"原文没有标题行，标题取自网页预览说明“{preview_title}”，请核对。", pairs[0][0])
        kept = [(pairs[0][0], preview_title)]
    head.pairs = [p for p in kept if p is not None] + pairs[i:]
    return head


def _inline_chrome(pairs, report):
    out = []
    for number, line in pairs:
        for found in INLINE_CHROME.findall(line):
            report.warn("web_chrome", f"网页的预览说明“{found.strip()}”不属于文件，已略去。", number, found.strip())
        line = INLINE_CHROME.sub("", line).rstrip()
        if line.strip():
            out.append((number, line))
    return out


def _under_title(line, number, head, report):
    """A 文号 on its own line under the title is the 文号; a garbled one is read and warned."""
    t = re.sub(r"\s+", "", line)
    if markers.DOC_NUMBER.match(t):
        head.meta.setdefault("doc_number", normalize_doc_number(t))
        report.repair("doc_number", "标题下的文号读作文号。", number, line)
        return True
    m = GARBLED_NUMBER.match(t)
    if m:
        read = f"{m.group('org')}〔{m.group('year')}〕{m.group('n')}号"
        head.meta.setdefault("doc_number", read)
        report.warn("doc_number", f"文号“{line}”不完整，已读作“{read}”，请核对。", number, line)
        return True
    return False


def _store(found, pairs, i, head, report, number, line):
    """Store each pair; a lone label with no value takes the next line when that is no label itself.
    Returns the index of the next unread line."""
    label, value = found[-1]
    if len(found) == 1 and not value and i < len(pairs) and _takes_next(label, pairs[i][1]):
        found = [(label, pairs[i][1].strip())]
        i += 1
    for label, value in found:
        field = metadata.LABELS.get(label)
        if label == metadata.SOURCE_LABEL:
            head.source = head.source or value
        elif field is None:
            if label in metadata.PAGE_LABELS or not value:
                report.repair("page_label", f"已略去网页栏目“{label}”。", number, line)
            else:
                report.repair("web_counter", f"已忽略网页计数“{label}”。", number, line)
        elif value:
            metadata.store(head.meta, field, value, number, report)
    return i


def _takes_next(label, nxt):
    if labelled(nxt) is not None or is_chrome(nxt) or _ends_head(nxt, value=True):
        return False
    if label in metadata.PAGE_LABELS or metadata.LABELS.get(label, "") is None:
        return not re.search(rf"[{HAN}]", nxt)  # a counter or a code, never a heading
    return True


def _drop_page_headings(kept, groups, report):
    """Headings before the metadata when the title comes again after it, and a heading the next line
    repeats in full ("社区矫正中心制度" over "社区矫正中心规章制度"): the page's, not the document's."""
    groups = [g for g in groups if g]
    if len(groups) > 1:
        for index in (j for g in groups[:-1] for j in g):
            _drop(kept, index, report)
    for j in range(len(kept) - 1):
        if kept[j] and kept[j + 1] and _shortened(kept[j][1], kept[j + 1][1]):
            _drop(kept, j, report)


def _drop(kept, index, report):
    number, line = kept[index]
    report.warn("web_chrome", f"网页上的栏目标题或重复的标题“{line}”已略去，文件标题在其后。", number, line)
    kept[index] = None


def _shortened(first, second):
    """`first` is `second` with characters left out (and both end as titles do)."""
    a, b = re.sub(r"\s", "", first), re.sub(r"\s", "", second)
    if len(a) < 4 or len(a) >= len(b) or a[-2:] != b[-2:]:
        return False
    chars = iter(b)
    return all(c in chars for c in a)


_ORGAN_END = "院厅局部委会府署办所处室"


def joint_issuers(who):
    """"福建省高级人民法院福建省人民检察院…" -> each organ: a joint title repeats the place name
    before every issuer, right after the previous organ's last character."""
    who = who.strip()
    if re.search(r"\s", who):
        return who.split()
    place, parts, start = who[:2], [], 0
    for k in range(2, len(who) - 1):
        if who[k:k + 2] == place and who[k - 1] in _ORGAN_END:
            parts.append(who[start:k])
            start = k
    return parts + [who[start:]]


def settle_publisher(doc, head, report):
    """No 发布机构 label, no signature: the issuer named before 关于 in the title, else the site's 来源."""
    meta = doc["metadata"]
    if meta.get("publisher"):
        return
    issuer = re.match(rf"^(?P<who>[{HAN} ]{{2,80}}?)\s*关于", doc["title"] or "")
    if issuer and issuer.group("who").strip():
        meta["publisher"] = " ".join(joint_issuers(issuer.group("who")))[:100]
        report.repair("publisher", "发布机构取自标题中“关于”前的发文机关。", None, meta["publisher"])
    elif head.source:
        meta["publisher"] = head.source[:100]
        report.repair("publisher", "发布机构取自网页的“来源”。", None, head.source)
