"""Scores the importer against the corpus of real published documents (docs/IMPORTER.md).

Each `tests/corpus/NN_slug.txt` is a text exactly as obtained; `NN_slug.json` next to it records where it came
from and the structure a careful reader sees in it. The scorer runs the importer over every text and compares
field by field. Pure: no database, no network. `python manage.py importer_corpus` prints the table (the block
kinds come from the registry, so Django is set up first; `python -m` on this module cannot do that).
"""

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from policies.kinds import ARTICLE, CHAPTER, HEADING

from .decode import ImportFailure
from .document import flatten, parse_bytes

CORPUS = Path(__file__).resolve().parent / "tests" / "corpus"
META_KEYS = {"source", "obtained", "kind", "notes", "sha256", "expected"}
FIELDS = ("title", "doc_number", "index_number", "publishers", "date_written", "date_published", "chapters",
          "article_count", "articles", "junk", "truncated")
EXPECTED_TYPES = {"title": (str, type(None)), "doc_number": (str, type(None)), "index_number": (str, type(None)),
                  "publishers": list, "date_written": (str, type(None)), "date_published": (str, type(None)),
                  "chapters": list, "article_count": int, "articles": list, "junk": list, "truncated": bool}
# The warning code the importer is to give when a text stops mid-document (a cut-off web excerpt).
TRUNCATED_CODE = "truncated"
_SPACE = re.compile(r"\s+")
_PUBLISHER_SEP = re.compile(r"[\s、，,；;]+")


def compact(value):
    """Typographic spacing is not content in Chinese text ("总  则" is "总则")."""
    return _SPACE.sub("", value or "")


@dataclass
class Document:
    slug: str
    data: bytes
    meta: dict


@dataclass
class Result:
    slug: str
    failures: dict = field(default_factory=dict)  # field -> reason, only the failing ones

    @property
    def passed(self):
        return not self.failures


def load(folder=CORPUS):
    """Every NN_slug.txt with its NN_slug.json, in name order."""
    docs = []
    for path in sorted(Path(folder).glob("*.txt")):
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        docs.append(Document(path.stem, path.read_bytes(), meta))
    return docs


def problems(doc):
    """What is wrong with one corpus entry itself (schema, checksum); empty when it is complete."""
    found = []
    missing = META_KEYS - set(doc.meta)
    if missing:
        found.append(f"missing keys {sorted(missing)}")
    if doc.meta.get("sha256") != hashlib.sha256(doc.data).hexdigest():
        found.append("sha256 does not match the text")
    expected = doc.meta.get("expected", {})
    for key, kind in EXPECTED_TYPES.items():
        if key not in expected:
            found.append(f"expected.{key} missing")
        elif not isinstance(expected[key], kind):
            found.append(f"expected.{key} has the wrong type")
    for sample in expected.get("articles", []):
        if not (isinstance(sample, dict) and sample.get("number") and sample.get("text_start")):
            found.append(f"article sample {sample!r} needs number and text_start")
    if expected.get("article_count", 0) and not 1 <= len(expected.get("articles", [])) <= 5:
        found.append("a document with articles needs 1–5 article samples")
    return found


def _bodies(doc):
    yield doc["body"]
    for attachment in doc["attachments"]:
        yield attachment["body"]


def _blocks(doc, kind):
    return [b for body in _bodies(doc) for b in body if b["type"] == kind]


def _chapters(doc):
    return [compact(b["value"]["title"]) for b in _blocks(doc, HEADING.name) if b["value"].get("level") == CHAPTER]


def _publishers(meta):
    return [p for p in _PUBLISHER_SEP.split(meta.get("publisher", "")) if p]


def _article_samples(doc, samples):
    articles = {compact(a.get("number", "")): a for a in _blocks(doc, ARTICLE.name)}
    wrong = []
    for sample in samples:
        article = articles.get(compact(sample["number"]))
        if article is None:
            wrong.append(f"{sample['number']} not found")
            continue
        paragraphs = article["value"]["paragraphs"]
        first = compact(paragraphs[0]["text"]) if paragraphs else ""
        if not first.startswith(compact(sample["text_start"])):
            wrong.append(f"{sample['number']} starts “{first[:20]}”")
    return "; ".join(wrong)


def _compare(got, want):
    return "" if got == want else f"got {got!r}, expected {want!r}"


def check(doc, expected):
    """Field -> reason for every field of `expected` the imported `doc` gets wrong."""
    meta = doc["metadata"]
    title = compact(doc["title"])
    codes = {n["code"] for n in doc["warnings"] + doc["repairs"]}
    text = compact(flatten(doc))
    reasons = {
        "title": _compare(title or None, compact(expected["title"]) or None),
        "doc_number": _compare(compact(meta.get("doc_number")) or None, expected["doc_number"]),
        "index_number": _compare(compact(meta.get("index_number")) or None,
                                 expected["index_number"]),
        "publishers": _compare(_publishers(meta), expected["publishers"]),
        "date_written": _compare(meta.get("date_written"), expected["date_written"]),
        "date_published": _compare(meta.get("date_published"), expected["date_published"]),
        "chapters": _compare(_chapters(doc), [compact(c) for c in expected["chapters"]]),
        "article_count": _compare(len(_blocks(doc, ARTICLE.name)), expected["article_count"]),
        "articles": _article_samples(doc, expected["articles"]),
        "junk": "; ".join(f"“{j}” survives" for j in expected["junk"] if compact(j) in text),
        "truncated": _compare(TRUNCATED_CODE in codes, expected["truncated"]),
    }
    return {name: reason for name, reason in reasons.items() if reason}


def score_document(document):
    expected = document.meta["expected"]
    try:
        doc = parse_bytes(document.data, document.slug + ".txt")
    except ImportFailure as exc:  # the importer refused the text: every field is missed
        return Result(document.slug, {name: f"导入失败：{exc}" for name in FIELDS})
    return Result(document.slug, check(doc, expected))


def score(folder=CORPUS):
    return [score_document(document) for document in load(folder)]


def percent(results):
    """Share of field checks passed over the whole corpus, one decimal."""
    total = len(results) * len(FIELDS)
    passed = total - sum(len(r.failures) for r in results)
    return round(100 * passed / total, 1) if total else 0.0


def table(results):
    """Markdown: one row per document with its failing fields and why."""
    rows = ["| document | fields passed | failing fields (why) |", "| --- | --- | --- |"]
    for r in results:
        why = "<br>".join(f"**{name}**: {reason}".replace("|", "\\|") for name, reason in r.failures.items())
        rows.append(f"| {r.slug} | {len(FIELDS) - len(r.failures)}/{len(FIELDS)} | {why or '—'} |")
    passed_docs = sum(r.passed for r in results)
    rows.append("")
    rows.append(f"Score: {percent(results)} % of field checks; {passed_docs}/{len(results)} documents fully right.")
    return "\n".join(rows)

