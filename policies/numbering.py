"""Computed numbering of a policy body (docs/STRUCTURE.md).

Numbers are never stored: editors insert, move or delete blocks and every later 第N条, 一、 and （一）
follows. `numbered(body)` is the one place that turns the flat block list into labelled items; the page
template, the table of contents, the PDF, search and the version diff all read it. How each kind of
block is numbered is the kind's own business (policies.kinds); the labels are in policies.labels.
"""

from policies.kinds import Counters, Item, kind_of  # noqa: F401  (Item is part of this module's API)
from policies.labels import article_label, cn_number, heading_label, item_label  # noqa: F401  (re-exported)


def _blocks(body):
    """(type, value, id) for a StreamValue or a list of {"type", "value"} dicts (importer JSON)."""
    for block in body or []:
        if isinstance(block, dict):
            yield block["type"], block["value"], block.get("id", "") or ""
        else:
            yield block.block_type, block.value, block.id or ""


def numbered(body):
    """The body's blocks as `Item`s with computed labels and anchors, in order.

    Articles count continuously across chapters; sections restart within each chapter; duty-list
    unit headings count among duty lists; items restart in every paragraph. A block of a kind the
    registry does not know is left out.
    """
    counters = Counters()
    out = []
    for name, value, block_id in _blocks(body):
        kind = kind_of(name)
        if kind is not None:
            out.append(kind.number(value, block_id, counters))
    return out


def counts(items):
    """{"articles": n, "chapters": n, …} over numbered items."""
    total = {}
    for item in items:
        for key, n in item.kind.counts(item.value).items():
            total[key] = total.get(key, 0) + n
    return total


def table_of_contents(items):
    """Headings (chapters and sections) and duty-list units: what a reader jumps between."""
    return [i for i in items if i.kind.in_contents]


def plain_text(body):
    return "\n".join(i.text for i in numbered(body))
