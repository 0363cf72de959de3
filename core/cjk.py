"""The Chinese character ranges, for regular-expression character classes (one definition for every app).

`HAN`: the ideographs (CJK Unified Ideographs, Extension A, Compatibility Ideographs).
`CJK`: those with the radicals, CJK symbols and punctuation, vertical forms and full-width forms: text next
to which a space is layout, not content (search's normalisation, the importer's tidying).
`QUOTES`: the general-punctuation marks Chinese text uses (‘ ’ “ ” …), which the importer counts as Chinese.
"""

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK = "\u2e80-\u2fff\u3000-\u303f" + HAN + "\ufe30-\ufe4f\uff00-\uffef"
QUOTES = "\u2018-\u201d\u2026"
