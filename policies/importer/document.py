"""The importer's pipeline and its JSON (docs/STRUCTURE.md, "Importer JSON")."""

from core.dates import chinese_date
from policies.kinds import ARTICLE, kind_of

from . import lawtext, limits, metadata, numbers, runon, spam, text, truncation, webpage
from .decode import ImportFailure, decode_bytes
from .errors import contained
from .parser import parse_lines
from .warnings import Report


@contained
def parse_bytes(data, filename="", drop_spam=False):
    """Bytes of a .txt (UTF-8/GB18030) or .docx file -> the document dict; ImportFailure if unusable."""
    report = Report()
    return parse_text(decode_bytes(data, filename, report), drop_spam=drop_spam, report=report)


@contained
def parse_text(raw, drop_spam=False, report=None):
    """Plain text -> the document dict (see as_json). `drop_spam` is the editor's decision to remove
    text flagged as injected; without it the text stays in place and is only reported."""
    report = report if report is not None else Report()
    normalised = text.normalise(raw or "")
    _check_size(normalised)
    pairs, law_meta = lawtext.prepare(text.split(normalised), report)
    if not pairs:
        raise ImportFailure("没有可导入的文字：内容是空的。")
    head = webpage.read_head(pairs, report)
    meta = head.meta
    for key, value in law_meta.items():
        meta.setdefault(key, value)
    lines = text.join(text.clean(runon.split(head.pairs, report), report, meta))
    _flag_spam(lines, meta, report, drop_spam)
    if not lines:
        raise ImportFailure("除元数据和网页导航外没有正文文字，无法生成草稿。")
    doc = parse_lines(lines, meta, report, drop_spam)
    webpage.settle_publisher(doc, head, report)
    numbers.label(doc["body"])
    for attachment in doc["attachments"]:
        numbers.label(attachment["body"])
    truncation.check(doc, lines, report, ARTICLE.name, _source_lines)
    metadata.warn_missing_dates(meta, report)
    doc.update(report.as_json())
    doc["warnings"].sort(key=lambda w: w["line"] or 0)  # in reading order for the editor
    return doc


def _check_size(normalised):
    """The text limits, before anything is parsed (each step below is at least linear in them)."""
    if len(normalised) > limits.MAX_CHARS:
        raise ImportFailure(limits.too_many_chars())
    lines = normalised.count("\n") + 1
    if lines > limits.MAX_LINES:
        raise ImportFailure(limits.too_many_lines(lines))


def _flag_spam(lines, meta, report, drop_spam):
    action = "已删除" if drop_spam else "暂予保留，请决定是否删除"
    for line in lines:
        spans = spam.find(line.text)
        for start, end in spans:
            found = line.text[start:end]
            report.warn("spam", f"疑似注入的广告文字“{found.strip()}”（{action}）。", line.number, found)
        if spans and drop_spam:
            line.text = spam.strip(line.text, spans).strip()
    for key, value in list(meta.items()):
        spans = spam.find(value)
        for start, end in spans:
            report.warn("spam", f"元数据“{key}”中疑似注入的广告文字“{value[start:end]}”（{action}）。", None,
                        value[start:end])
        if spans and drop_spam:
            meta[key] = spam.strip(value, spans).strip()
    lines[:] = [line for line in lines if line.text]


def _public(value):
    """Drop the parser's private keys (source lines and numbers as written)."""
    if isinstance(value, dict):
        return {k: _public(v) for k, v in value.items() if not k.startswith("_")}
    if isinstance(value, list):
        return [_public(v) for v in value]
    return value


def as_json(doc):
    return _public(doc)


def flatten(doc):
    """The imported document as text, in source order, with computed numbers: what the round-trip
    check compares with the source."""
    out = [doc["metadata"].get("doc_number", ""), doc["title"]]
    notice = doc["notice"]
    if notice:
        out += [notice["addressee"], *notice["paragraphs"]]
        if notice["attachment_titles"]:
            out += ["附件："] + [f"{n}. {t}" for n, t in enumerate(notice["attachment_titles"], 1)]
        out += [notice["signatory"], chinese_date(notice["date"]), notice["disclosure_note"]]
    out.append(doc["body_title"])
    out += _blocks_text(doc["body"])
    if doc["attachment_titles"]:
        out += ["附件："] + [f"{n}. {t}" for n, t in enumerate(doc["attachment_titles"], 1)]
    if doc["signature"]:
        out += [doc["signature"]["signatory"], chinese_date(doc["signature"]["date"])]
    out.append(doc["disclosure_note"])
    for attachment in doc["attachments"]:
        out += [f"附件{attachment['number']}", attachment["title"]]
        out += attachment["form_text"] if attachment["form"] else _blocks_text(attachment["body"])
        if attachment["signature"]:
            out += [attachment["signature"]["signatory"], chinese_date(attachment["signature"]["date"])]
        out.append(attachment["disclosure_note"])
    if doc["colophon"]:
        out.append(f"{doc['colophon']['office']} {chinese_date(doc['colophon']['date'])} 印发")
    return "\n".join(line for line in out if line)


def _source_lines(block):
    return kind_of(block["type"]).source_lines(block)


def _blocks_text(blocks):
    return [line for block in blocks for line in _source_lines(block)]
