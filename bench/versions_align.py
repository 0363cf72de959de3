"""Benchmark: 修订对照 of a large policy body (alignment by content + character diffs)."""

import random
import time
from copy import deepcopy

TARGET_MS = 500  # a 300-article comparison must render well inside one page load

CLAUSES = ["委员会根据工作需要召开全体会议或者专题会议", "成员单位依法履行社区矫正工作职责", "司法所负责委员会日常工作",
           "对社区矫正对象开展教育帮扶", "协助社区矫正机构处置突发事件", "其他依法应当履行的职责"]


def _body(n_articles, seed=7):
    from policies.factories import article, heading

    rnd = random.Random(seed)
    body = []
    for n in range(n_articles):
        if n % 20 == 0:
            body.append(heading(f"第{n // 20 + 1}部分"))
        body.append(article("；".join(rnd.choice(CLAUSES) for _ in range(rnd.randint(2, 6))) + f"（{n}）。"))
    return body


def _amend(body):
    from policies.factories import article

    new = deepcopy(body)
    for i in (10, 80, 150, 220, 290):  # one character changed in five articles
        p = new[i]["value"]["paragraphs"][0]
        p["text"] = p["text"].replace("的", "之", 1) if "的" in p["text"] else p["text"] + "。"
    del new[200:202]
    chapter = new[42:63]
    del new[42:63]
    new[120:120] = chapter  # a chapter moved
    for i in (30, 130, 250):
        new.insert(i, article(f"新增条文{i}：委员会办公室建立工作台账并定期报告。"))
    return new


def run():
    import django

    django.setup()
    from policies.kinds.article import ARTICLE
    from versions.align import align_blocks, summary
    from versions.compare import lines
    from versions.snapshot import labels

    old = _body(300)
    new = _amend(old)
    best = None
    for _ in range(3):
        start = time.perf_counter()
        changes = align_blocks(old, new, labels)
        for c in changes:
            lines(c)
        elapsed = (time.perf_counter() - start) * 1000
        best = elapsed if best is None else min(best, elapsed)
    s = summary(changes)
    note = f"{len(old)}→{len(new)} blocks: +{s['inserted']} −{s['deleted']} ~{s['changed']} moved {s['moved']}"
    rows = [{"name": "修订对照 300 articles (align + char diff)", "value": f"{best:.0f}", "unit": "ms",
             "target": f"< {TARGET_MS} ms", "note": note}]

    # Worst case: no headings and every article reworded (one replaced region of 300 × 300 blocks).
    old = [b for b in old if b["type"] == ARTICLE.name]
    reworded = deepcopy(old)
    for b in reworded:
        b["value"]["paragraphs"][0]["text"] = "根据本规则，" + b["value"]["paragraphs"][0]["text"]
    start = time.perf_counter()
    changes = align_blocks(old, reworded, labels)
    elapsed = (time.perf_counter() - start) * 1000
    s = summary(changes)
    rows.append({"name": "修订对照 300 articles all reworded (align)", "value": f"{elapsed:.0f}", "unit": "ms",
                 "target": f"< {TARGET_MS * 4} ms", "note": f"~{s['changed']} paired as changed"})
    return rows
