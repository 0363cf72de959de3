"""Normalisation shared by the indexer and the query: one rule, so both sides always agree.

Policy text comes from PDFs and web pages: line breaks in the middle of a phrase ("负责统筹\n协调"),
stray spaces between characters ("回 府 发"), full-width digits and brackets. Searching a raw
`LIKE` over that finds nothing, so both the stored text and the query go through `fold()`.

`clean()` gives the text readers see in a snippet; `fold()` maps it character by character (same
length) to the searchable form, so a match position in the folded text is the same position in the
clean text and the highlight lands exactly.
"""

import re

from core.cjk import CJK as _CJK  # spaces next to these are layout, not content
_SPACE_AFTER_CJK = re.compile(rf"(?<=[{_CJK}])\s+")
_SPACE_BEFORE_CJK = re.compile(rf"\s+(?=[{_CJK}])")
_RUNS = re.compile(r"\s+")
_HAS_CJK = re.compile(rf"[{_CJK}]")


def clean(text):
    """Readable text: whitespace next to Chinese dropped, other whitespace runs made one space."""
    text = str(text or "").replace("\u3000", " ")
    text = _SPACE_AFTER_CJK.sub("", text)
    text = _SPACE_BEFORE_CJK.sub("", text)
    return _RUNS.sub(" ", text).strip()


# Full-width ASCII letters and digits (０-９, Ａ-Ｚ, ａ-ｚ) become ASCII; half-width brackets become the
# full-width ones Chinese text uses. Chinese text is thus left as it is, so for almost every row the
# folded text equals the readable text and is stored once (models.SearchEntry.text is blank then).
_FOLD = {c: chr(c - 0xFEE0) for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for c in range(r[0], r[1] + 1)}
_FOLD.update({ord("("): "（", ord(")"): "）"})


def fold(clean_text):
    """Searchable form of clean text: full-width letters/digits → ASCII, (）→（）, lower case; same length."""
    folded = clean_text.translate(_FOLD)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    # A few letters grow when lower-cased (İ → i̇); keep those as they are so positions still line up.
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)


def normalize(text):
    return fold(clean(text))


def has_cjk(text):
    return bool(_HAS_CJK.search(text or ""))


MAX_QUERY = 100
MAX_TERMS = 8


class QueryError(ValueError):
    """A query we refuse, with a message for the reader."""


def parse_query(raw):
    """(phrase, terms) of a reader's query.

    `terms` are the space-separated pieces, each folded; every one must occur. `phrase` is the whole
    query folded the same way as stored text (so "7 日内" becomes "7日内", as "应于 7 日内" was stored).
    """
    raw = str(raw or "")
    if len(raw) > MAX_QUERY:
        raise QueryError(f"搜索词太长，请不超过{MAX_QUERY}个字。")
    phrase = normalize(raw)
    terms = []
    for piece in _RUNS.split(fold(raw.replace("\u3000", " ")).strip()):
        if piece and piece not in terms:
            terms.append(piece)
    if len(terms) > MAX_TERMS:
        raise QueryError(f"搜索词太多，请不超过{MAX_TERMS}个词。")
    # Drop terms already contained in another (searching 矫正 and 社区矫正 is searching 社区矫正).
    terms = [t for t in terms if not any(t != o and t in o for o in terms)]
    return phrase, terms
