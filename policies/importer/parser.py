"""Logical lines -> document: title, 印发通知, body, attachments (附件1…), 落款 and 版记.

Pure Python, no database: `parse_text` is what the command, the admin view and the seeds use.
"""

import re

from policies.kinds import FORM, PARAGRAPH

from . import blocks as body_blocks
from . import markers, metadata, numbers, spam, text
from .markers import ATTACHMENT_LABEL, ATTACHMENT_LIST, COLOPHON, DATE_LINE, DISCLOSURE_NOTE, DOC_NUMBER

TITLE_END = re.compile(r"(通知|意见|规则|细则|办法|决定|规定|方案|职责|制度|公告|通告|批复|纲要|条例|章程|要点|通知单|登记表|[（(]试行[）)])$")
FORMS = (("通知单", "assistance_notice"), ("登记表", "registration"))


def is_addressee(line):
    t = line.text
    return t.endswith(("：", ":")) and len(t) <= 60 and not markers.is_structural(t) and "。" not in t


def is_signatory(lines, i):
    """A short line directly above a date line: the issuing body(ies) signing the document."""
    return (i + 1 < len(lines) and DATE_LINE.match(lines[i + 1].text) is not None
            and len(lines[i].text) <= 40 and not markers.is_structural(lines[i].text)
            and not lines[i].text.endswith(tuple(text.TERMINAL)))


def _heading(t):
    """"一、提高政治站位": a notice or 意见 whose own text is numbered continues as the body."""
    found = markers.numbered(markers.CN_LIST, t)
    return bool(found) and body_blocks.looks_like_heading(found[1])


class DocumentParser:
    def __init__(self, lines, meta, report, drop_spam):
        self.lines, self.meta, self.report, self.drop_spam = lines, meta, report, drop_spam
        self.i = 0
        self.doc = {"title": "", "metadata": meta, "notice": None, "body_title": "", "body": [],
                    "attachment_titles": [], "signature": None, "disclosure_note": "", "attachments": [],
                    "colophon": None}

    # -- helpers -------------------------------------------------------------------------------
    def peek(self, offset=0):
        j = self.i + offset
        return self.lines[j] if j < len(self.lines) else None

    def title_lines(self, limit=4):
        """Consecutive short lines without sentence punctuation, ending at a title word."""
        parts = []
        while len(parts) < limit and (line := self.peek()):
            t = line.text
            plain = spam.strip(t, spam.find(t))
            if markers.is_structural(t) or is_addressee(line) or t.endswith(tuple(text.TERMINAL)):
                break
            if text.width(t) > 80 or is_signatory(self.lines, self.i):
                break
            parts.append(t)
            self.i += 1
            if TITLE_END.search(plain.rstrip()):
                break
        return "".join(parts)

    def date(self, raw, line):
        """A signature date; digits run together ("2022111") are read via the metadata's 成文日期."""
        parsed, problem = metadata.parse_date(raw)
        if parsed:
            if problem:
                self.report.warn("date", f"{problem}：“{raw}”。", line, raw)
            return parsed.isoformat()
        known = self.meta.get("date_written")
        options = [d.isoformat() for d in metadata.candidates(raw)]
        if known and known in options:
            self.report.warn("date", f"落款日期“{raw}”数字连在一起（可读作 {'、'.join(options)}），"
                                     f"已按元数据的成文日期 {known} 读取。", line, raw)
            return known
        self.report.warn("date", f"无法确定落款日期“{raw}”（{problem}），请手工填写成文日期。", line, raw)
        return None

    def signature(self):
        """(signatory, date) when the current lines are a signatory and/or a date line."""
        line = self.peek()
        signatory = ""
        if is_signatory(self.lines, self.i):
            signatory = line.text
            self.i += 1
            line = self.peek()
        self.i += 1
        return signatory, self.date(line.text, line.number)

    def disclosure(self, line):
        self.meta.setdefault("disclosure", metadata.DISCLOSURE.get(DISCLOSURE_NOTE.match(line.text).group(1),
                                                                   "not_public"))

    def attachment_list(self):
        """附件：1. …  2. … (titles may wrap onto a second line)."""
        first = ATTACHMENT_LIST.match(self.peek().text).group(1)
        self.i += 1
        titles = []
        entry = markers.item(first)
        titles.append(entry[2] if entry else first)
        while line := self.peek():
            entry = markers.item(line.text)
            if entry and entry[0] in ("arabic_dot", "arabic_dun"):
                titles.append(entry[2])
            elif (titles and len(line.text) <= 20 and not markers.is_structural(line.text)
                  and not is_signatory(self.lines, self.i) and not line.text.endswith(tuple(text.TERMINAL))):
                titles[-1] += line.text
            else:
                break
            self.i += 1
        return [t.strip() for t in titles if t.strip()]

    # -- the parts, in document order ----------------------------------------------------------
    def run(self):
        line = self.peek()
        if line and DOC_NUMBER.match(line.text):
            self.meta.setdefault("doc_number", re.sub(r"\s+", "", line.text))
            self.i += 1
        self.doc["title"] = self.title_lines()
        if not self.doc["title"]:
            self.report.warn("no_title", "未识别出标题，请在导入前填写。", line.number if line else None)
        plain_title = spam.strip(self.doc["title"], spam.find(self.doc["title"])).rstrip()
        if plain_title.endswith("通知") or (self.peek() and is_addressee(self.peek())):
            self.notice()
            if self.peek() and not ATTACHMENT_LABEL.match(self.peek().text):
                self.doc["body_title"] = self.title_lines(limit=3)
        body, self.doc["signature"], self.doc["disclosure_note"] = self.region(
            self.doc["body_title"] or self.doc["title"], "正文")
        self.doc["body"] = body
        if body and not self.doc["notice"] and all(b["type"] == PARAGRAPH.name for b in body):
            self.report.warn("no_structure", "未识别出章、条、项等结构，全文作为一节正文导入，请检查分段。",
                             body[0]["_line"])
        while (line := self.peek()) and ATTACHMENT_LABEL.match(line.text):
            self.attachment()
        self.tail()
        return self.doc

    def notice(self):
        notice = {"title": self.doc["title"], "addressee": "", "paragraphs": [], "attachment_titles": [],
                  "signatory": "", "date": None, "disclosure_note": ""}
        self.doc["notice"] = notice
        if self.peek() and is_addressee(self.peek()):
            notice["addressee"] = self.peek().text
            self.i += 1
        signed = dated = False  # after the 附件 list only the signature and disclosure note follow
        while line := self.peek():
            t = line.text
            if ATTACHMENT_LABEL.match(t) or COLOPHON.match(t):
                break
            if ATTACHMENT_LIST.match(t) and not signed:
                notice["attachment_titles"] = self.attachment_list()
                signed = True
            elif not dated and (is_signatory(self.lines, self.i) or DATE_LINE.match(t)):
                notice["signatory"], notice["date"] = self.signature()
                signed = dated = True
            elif DISCLOSURE_NOTE.match(t) and not notice["disclosure_note"]:
                notice["disclosure_note"] = t
                self.disclosure(line)
                signed = True
                self.i += 1
            elif signed or markers.numbered(markers.CHAPTER, t) or markers.numbered(markers.ARTICLE, t) or _heading(t):
                break  # the notice ends at its signature or where its own numbered text begins
            else:
                notice["paragraphs"].append(t)
                self.i += 1
        if notice["date"]:
            self.meta.setdefault("date_written", notice["date"])
        if notice["signatory"]:
            self.meta.setdefault("publisher", notice["signatory"])

    def region_end(self):
        """Index of the next attachment label or colophon: where a body or attachment stops."""
        j = self.i
        while j < len(self.lines) and not (ATTACHMENT_LABEL.match(self.lines[j].text)
                                           or COLOPHON.match(self.lines[j].text)):
            j += 1
        return j

    def region(self, title, where, main=True):
        """Blocks up to the next attachment label or colophon, then the 附件 list, signature and
        disclosure note that may close them (only at the very end, so source order is kept)."""
        end = self.region_end()
        tail = self._closing(end)
        body_end = tail
        listed = [j for j in range(self.i, tail) if main and ATTACHMENT_LIST.match(self.lines[j].text)]
        titles = []
        if listed:
            start, self.i = self.i, listed[-1]
            titles = self.attachment_list()
            if self.i == tail:
                body_end = listed[-1]
            else:
                titles = []  # more text follows the list: it is part of the body after all
            self.i = start
        found = body_blocks.parse(self.lines[self.i:body_end], title, self.report)
        numbers.check(found, where, self.report)
        if titles:
            self.doc["attachment_titles"] = titles
        self.i = tail
        signature, note = None, ""
        while self.i < end:
            line = self.lines[self.i]
            if DISCLOSURE_NOTE.match(line.text):
                self.disclosure(line)
                note = line.text
                self.i += 1
                continue
            signatory, date = self.signature()
            signature = {"signatory": signatory, "date": date}
            if date:
                self.meta.setdefault("date_written", date)
            if signatory:
                self.meta.setdefault("publisher", signatory)
        return found, signature, note

    def _closing(self, end):
        """Start of the closing lines before `end`: [signatory] date [disclosure note]."""
        tail = end
        if tail > self.i and DISCLOSURE_NOTE.match(self.lines[tail - 1].text):
            tail -= 1
        if tail > self.i and DATE_LINE.match(self.lines[tail - 1].text):
            tail -= 1
            if tail > self.i and is_signatory(self.lines, tail - 1):
                tail -= 1
        return tail

    def attachment(self):
        label = self.peek()
        m = ATTACHMENT_LABEL.match(label.text)
        number = int(m.group(1))
        expected = len(self.doc["attachments"]) + 1
        if number != expected:
            self.report.warn("numbering_gap", f"附件编号不连续：应为附件{expected}，原文为附件{number}。", label.number)
        self.i += 1
        title = m.group(2).strip() or self.title_lines(limit=3)
        plain = spam.strip(title, spam.find(title))
        form = next((code for word, code in FORMS if word in plain), None)
        attachment = {"number": expected, "title": title, "body": [], "form": form, "form_text": [],
                      "signature": None, "disclosure_note": ""}
        end = self.region_end()
        if form:
            lines = self.lines[self.i:end]
            notes = [l.text for l in lines if re.match(r"^(备注|注)\s*[:：]", l.text)]
            attachment["form_text"] = [l.text for l in lines]
            attachment["body"] = [{"type": FORM.name, "value": {"form": form, "note": "\n".join(notes)},
                                   "_line": label.number}]
            self.report.warn("form", f"附件{expected}“{plain}”识别为可打印表单，页面上将显示系统内置的表单；"
                                     "原文表格文字保留在导入结果中供核对。", label.number, plain)
            self.i = end
        else:
            attachment["body"], attachment["signature"], attachment["disclosure_note"] = self.region(title, f"附件{expected}", main=False)
        self.doc["attachments"].append(attachment)

    def tail(self):
        while line := self.peek():
            m = COLOPHON.match(line.text)
            if m and not self.doc["colophon"]:
                date = self.date(m.group("date"), line.number)
                self.doc["colophon"] = {"office": m.group("office").strip(), "date": date}
            else:
                self.report.warn("unplaced", "这段文字在版记之后，无法归入文件的任何部分，未导入，请决定是否保留。",
                                 line.number, line.text, line.numbers[-1])
            self.i += 1
        listed = (self.doc["notice"] or {}).get("attachment_titles") or self.doc["attachment_titles"]
        if listed and len(listed) != len(self.doc["attachments"]):
            self.report.warn("attachments", f"附件说明列出 {len(listed)} 个附件，正文中找到 "
                                            f"{len(self.doc['attachments'])} 个，请核对。")


def parse_lines(lines, meta, report, drop_spam=False):
    return DocumentParser(lines, meta, report, drop_spam).run()
