"""Real policy text for the search tests: seed 000's 工作规则 (附件1), raw as extracted from the PDF.

Line breaks inside sentences, page numbers and stray spaces are kept on purpose: they are exactly
what the index must see through (e.g. 第二条 "负责统筹" / "协调和指导").
"""

import re
from pathlib import Path

SEED_000 = Path("/work/shared/seeds/000_ef1fc470f50ef23f.txt")
if not SEED_000.exists():  # the project's own copy when run outside the shared machine
    SEED_000 = Path(__file__).resolve().parents[2] / "shared" / "seeds" / SEED_000.name

_ARTICLE = re.compile(r"^第[一二三四五六七八九十]+条\s*")
_CHAPTER = re.compile(r"^([一二三四五六七八九十]+)、(\S+)$")
_PAGE_NUMBER = re.compile(r"^\s*-\s*\d+\s*-\s*$")


def work_rules_body():
    """Seed 000 附件1 as StreamField data: chapter headings and articles with raw line-broken text."""
    text = SEED_000.read_text(encoding="utf-8")
    start = text.index("附件 1")
    end = text.index("附件 2", start)
    body, current = [], None
    for line in text[start:end].splitlines()[1:]:
        if _PAGE_NUMBER.match(line) or not line.strip():
            continue
        heading = _CHAPTER.match(line.strip())
        if heading:
            current = None
            body.append({"type": "heading", "value": {"level": "chapter", "style": "cn_list",
                                                       "title": heading.group(2)}})
        elif _ARTICLE.match(line.strip()):
            first = _ARTICLE.sub("", line.strip())
            current = {"unit": None, "paragraphs": [{"text": first, "item_style": "", "items": []}]}
            body.append({"type": "article", "value": current})
        elif current is not None:
            current["paragraphs"][0]["text"] += "\n" + line
    return body
