"""Importer speed: parsing 100 documents of seed-000 size (target: under 5 s in total)."""

import time
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "policies" / "importer" / "seed_documents" / "000_ef1fc470f50ef23f.txt"


def run():
    import django

    django.setup()  # no database, but the block kinds (policies.kinds) are Wagtail blocks
    from policies.importer import as_json, parse_bytes
    from policies.numbering import counts, numbered

    data = SEED.read_bytes()
    parse_bytes(data)  # warm up regex caches and imports
    started = time.perf_counter()
    for _ in range(100):
        doc = as_json(parse_bytes(data, SEED.name))
    total = time.perf_counter() - started
    articles = sum(counts(numbered(a["body"])).get("articles", 0) for a in doc["attachments"])
    return [{
        "name": "importer: parse 100 documents of seed-000 size (15 KB, notice + 3 attachments)",
        "value": f"{total:.2f}",
        "unit": "s",
        "target": "< 5 s",
        "note": f"{total * 10:.1f} ms per document; {articles} articles each",
    }]
