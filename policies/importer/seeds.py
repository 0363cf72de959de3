"""The three seed documents of the demo, built through the importer and published.

Idempotent: a seed already in the library (same 文号, or same title when it has none) is left alone.
The editors' decisions on the importer's warnings are recorded here, next to each seed.
"""

from pathlib import Path

from policies.models import PolicyPage

from .build import build
from .document import parse_bytes

FOLDER = Path(__file__).resolve().parent / "seed_documents"

SEEDS = [
    # 回龙坝镇 notice 回府发〔2023〕104号 with its three attachments. No warnings to decide.
    {"file": "000_ef1fc470f50ef23f.txt", "drop_spam": False,
     "slugs": {"": "huifufa-2023-104", 1: "work-rules", 2: "office-rules", 3: "member-duties"}},
    # 密云镇 work rules. The file is cut off after "2022年3月30": accepted as 2022-03-30.
    {"file": "001_cf18d2b64d1ed7e8.txt", "drop_spam": False, "slugs": {"": "miyun-work-rules"}},
    # 马司〔2022〕3号. The editors decided: the injected "云顶国际app官方下载" is removed; the garbled
    # date "2022111" is the metadata's 成文日期 2022-01-11; 发布机构 stays "市司法局" as published.
    {"file": "003_7c7ffcf2df212b56.txt", "drop_spam": True,
     "slugs": {"": "masi-2022-3", 1: "assistance-notice-form", 2: "registration-form"}},
]


def parse_seed(seed):
    return parse_bytes((FOLDER / seed["file"]).read_bytes(), seed["file"], drop_spam=seed["drop_spam"])


def existing(library, doc):
    pages = PolicyPage.objects.child_of(library)
    number = doc["metadata"].get("doc_number")
    if number:
        return pages.filter(doc_number=number).first()
    return pages.filter(title=doc["title"]).first()


def load_seeds(library, user=None):
    """Create the seed documents as published pages under `library`; returns the top-level pages."""
    pages = []
    for seed in SEEDS:
        doc = parse_seed(seed)
        page = existing(library, doc)
        if page is None:
            page, _ = build(doc, library, user=user, publish=True, slugs=seed["slugs"])
        pages.append(page)
    return pages
