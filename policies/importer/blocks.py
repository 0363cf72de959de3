"""A body region (logical lines) -> the flat block list of docs/STRUCTURE.md.

Blocks carry private keys (`_line`, `_n`, `_item_ns`) with the source line and the numbers as
written, so `numbers.check` can report gaps and duplicates; `document.as_json` drops them.
"""

import re

from policies import kinds

from . import markers
from .markers import ARTICLE, CHAPTER, CN_LIST, ORDINAL, SECTION, TRADITIONAL_MARK, numbered

# "司法所工作职责：…" (seed 001 writes member-unit duties as articles)
UNIT_DUTIES = re.compile(r"^(?P<unit>[^，。；：:、的\s]{2,24}?)(?:工作)?职责[:：]")
UNIT_SUFFIX = re.compile(r"(所|局|办|办公室|中心|会|委|联|院|站|队|部|庭|处|科|组|社区[）)]|委员会)$")
ARABIC_STYLES = ("arabic_dot", "arabic_dun", "arabic_paren")
LIST_TITLE = re.compile(r"(纪律|职责|制度|规定|办法|规则|细则|要求|流程|程序|范围)[:：]?$")


def no_spaces(text):
    return re.sub(r"\s+", "", text)


def looks_like_heading(text):
    """Short, and not a sentence: "机构设置", "社区矫正协助人员条件:"."""
    body = text.rstrip("：:")
    # a sentence cut off ("…监狱应当自判决、") or opening a quotation is no heading
    unclosed = body.count("“") > body.count("”")
    return 0 < len(body) <= 30 and not re.search(r"[。；;！？]", body) and not body.endswith(tuple("，,、")) and not unclosed


def title_of(rest):
    """A chapter's or section's title without the separators a run-together copy leaves ("總則,")."""
    return no_spaces(rest).rstrip(",，、")


def traditional(lines):
    """Whether the body writes its marks in traditional characters (第一條, 第一節): most of them do."""
    marks = [line.text for line in lines if numbered(ARTICLE, line.text) or numbered(SECTION, line.text)]
    return 2 * sum(bool(TRADITIONAL_MARK.match(t)) for t in marks) > len(marks)


def paragraph(text, line):
    return {"text": text, "item_style": "", "items": [], "_item_ns": [], "_line": line}


def parse(lines, title, report):
    """Blocks for `lines` (a document body or one attachment, titled `title`)."""
    parser = _BodyParser(lines, "职责" in title, report)
    return parser.run()


def cn_list_articles(lines):
    """Whether 一、二、 are this body's articles: it has 第X章 chapters and no 第N条, and its 一、 either
    count on across the chapters (第二章 opens with 四、) or are all sentences, none a heading."""
    chapters = total = headings = last = 0
    counted_on, fresh = False, False  # fresh: no 一、 yet since the last 第X章
    for line in lines:
        if numbered(ARTICLE, line.text):
            return False
        if numbered(CHAPTER, line.text):
            chapters, fresh = chapters + 1, True
            continue
        found = numbered(CN_LIST, line.text)
        if found and chapters:
            n, rest = found
            total += 1
            counted_on = counted_on or (fresh and chapters > 1 and n == last + 1)
            headings += looks_like_heading(rest)
            last, fresh = n, False
    return total > 0 and (counted_on or headings == 0)


class _BodyParser:
    def __init__(self, lines, duty_document, report):
        self.lines, self.duty_document, self.report = lines, duty_document, report
        self.blocks, self.article, self.chaptered = [], None, False
        self.cn_articles = cn_list_articles(lines)
        self.traditional = traditional(lines)

    def run(self):
        for i, line in enumerate(self.lines):
            nxt = self.lines[i + 1].text if i + 1 < len(self.lines) else ""
            self.line(line, nxt)
        return self.blocks

    def add(self, kind, value, line, n=None):
        self.blocks.append({"type": kind, "value": value, "_line": line, "_n": n})
        return self.blocks[-1]

    def line(self, line, nxt):
        text, number = line.text, line.number
        found = numbered(CHAPTER, text)
        if found:
            self.article = None
            n, rest = found
            value = {"level": kinds.CHAPTER, "style": "cn_chapter", "title": title_of(rest)}
            self.add(kinds.HEADING.name, value, number, n)
            self.chaptered = True
            return
        found = numbered(SECTION, text)
        if found:
            self.article = None
            n, rest = found
            style = "cn_section_trad" if self.traditional else "cn_section"
            self.add(kinds.HEADING.name, {"level": kinds.SECTION, "style": style, "title": title_of(rest)}, number, n)
            return
        found = numbered(ARTICLE, text)
        if found:
            n, rest = found
            unit = UNIT_DUTIES.match(rest)
            value = {"unit": unit.group("unit") if unit else None, "paragraphs": [paragraph(rest, number)]}
            if self.traditional:
                value = {"style": "cn_article_trad", **value}
            self.article = self.add(kinds.ARTICLE.name, value, number, n)
            return
        found = numbered(ORDINAL, text)
        if found:
            self.article = None
            title = no_spaces(found[1]).rstrip("：:")
            value = {"level": kinds.CHAPTER, "style": "cn_ordinal", "title": title}
            self.add(kinds.HEADING.name, value, number, found[0])
            return
        found = numbered(CN_LIST, text)
        if found:
            self.cn_list(*found, number, nxt)
            return
        item = markers.item(text)
        if item:
            self.item(*item, number)
            return
        if self.article is None and numbered(CN_LIST, nxt) and LIST_TITLE.search(text) and looks_like_heading(text):
            # "综合办公室工作纪律" over 一、二、: the unnumbered title of the list that follows
            self.add(kinds.HEADING.name, {"level": kinds.CHAPTER, "style": "none", "title": no_spaces(text)}, number)
            self.chaptered = True
            return
        self.plain(text, number)

    def cn_list(self, n, rest, number, nxt):
        if self.cn_articles and self.chaptered:
            value = {"style": "cn_list", "unit": None, "paragraphs": [paragraph(rest, number)]}
            self.article = self.add(kinds.ARTICLE.name, value, number, n)
            return
        self.article = None
        following = markers.item(nxt)
        if not looks_like_heading(rest):
            # "一、总体要求。各地要……": the lead sentence is the heading, the rest a paragraph
            lead, _, tail = rest.partition("。")
            level = kinds.SECTION if self.chaptered else kinds.CHAPTER  # under a chapter, 一、 is the second level
            self.add(kinds.HEADING.name, {"level": level, "style": "cn_list", "title": lead + ("。" if tail else "")},
                     number, n)
            if tail:
                self.plain(tail, number)
            return
        name = no_spaces(rest)
        if following and following[0] in ARABIC_STYLES and (self.duty_document or UNIT_SUFFIX.search(name)):
            value = {"unit": name, "style": "cn_list", "item_style": following[0], "duties": [], "_item_ns": []}
            self.add(kinds.DUTY_LIST.name, value, number, n)
            return
        # under 第N章 chapters, 一、 is the second level (numbered within its chapter)
        level = kinds.SECTION if self.chaptered else kinds.CHAPTER
        self.add(kinds.HEADING.name, {"level": level, "style": "cn_list", "title": name}, number, n)

    def item(self, style, n, rest, number):
        last = self.blocks[-1] if self.blocks else None
        if last and last["type"] == kinds.DUTY_LIST.name and last["value"]["item_style"] == style:
            last["value"]["duties"].append(rest)
            last["value"]["_item_ns"].append((n, number))
            return
        if self.article is not None and last is self.article:
            self._append_item(self.article["value"]["paragraphs"], style, n, rest, number)
            return
        self.article = None
        if style == "cn_paren" and looks_like_heading(rest) and not self._open_list(last, style):
            self.add(kinds.HEADING.name, {"level": kinds.SECTION, "style": "cn_paren", "title": rest}, number, n)
            return
        if last and last["type"] == kinds.PARAGRAPH.name and self._accepts(last["value"], style):
            self._append_item([last["value"]], style, n, rest, number)
            return
        value = paragraph("", number)
        self._append_item([value], style, n, rest, number)
        self.add(kinds.PARAGRAPH.name, value, number)

    @staticmethod
    def _accepts(para, style):
        return para["item_style"] == style or (not para["items"] and para["item_style"] == "")

    @staticmethod
    def _open_list(last, style):
        """A paragraph already listing items of this style, or one announcing a list ("包括：")."""
        if not last or last["type"] != kinds.PARAGRAPH.name:
            return False
        para = last["value"]
        return para["item_style"] == style or (not para["items"] and para["text"].rstrip().endswith(("：", ":")))

    def _append_item(self, paragraphs, style, n, rest, number):
        para = paragraphs[-1]
        if not self._accepts(para, style):
            para = paragraph("", number)
            paragraphs.append(para)
        para["item_style"] = style
        para["items"].append(rest)
        para["_item_ns"].append((n, number))

    def plain(self, text, number):
        last = self.blocks[-1] if self.blocks else None
        if self.article is not None and last is self.article:
            self.article["value"]["paragraphs"].append(paragraph(text, number))
            return
        self.article = None
        self.add(kinds.PARAGRAPH.name, paragraph(text, number), number)
