"""Align two versions of a policy body by content, not by position.

Input: two block lists in the docs/STRUCTURE.md shape ({"type": …, "value": …}) with member units
given by name (a version snapshot, see versions/snapshot.py). Output: a change set in reading order
of the new version, each entry unchanged / changed / inserted / deleted / moved, with the old and
new computed numbers, so inserting one article shows one inserted article and a quiet
"原第五条 → 第六条" on the ones after it, never "every later article changed".

Pure Python, no database: numbering is passed in as a function (policies.numbering in the app); what a
block's text is and what to compare inside it come from its kind (policies.kinds).
"""

import json
from dataclasses import dataclass, field
from collections import Counter
from difflib import SequenceMatcher

from policies.kinds import kind_of
from policies.kinds.text import paragraph_text
from versions.chardiff import DELETE, INSERT, Segment, diff_chars

UNCHANGED, CHANGED, INSERTED, DELETED, MOVED = "unchanged", "changed", "inserted", "deleted", "moved"
PARAGRAPHS, LIST = "paragraphs", "list"  # shapes of a block kind's align_parts

# Two blocks of the same type whose texts are at least this similar are "the same block, edited".
PAIR_THRESHOLD = 0.5
# A block found elsewhere in the other version must be closer to count as moved (and edited).
MOVE_THRESHOLD = 0.75
# Replaced regions up to this many block pairs are compared exhaustively; beyond it, within a band.
MAX_FULL_REGION = 2500
BAND = 25


@dataclass
class Part:
    """A paragraph, item or duty inside a changed block."""

    kind: str
    old_pos: int | None  # 1-based position in the old block, None when inserted
    new_pos: int | None
    segments: list
    items: list = field(default_factory=list)  # items (项) of a paragraph

    @property
    def renumbered(self):
        return self.old_pos is not None and self.new_pos is not None and self.old_pos != self.new_pos


@dataclass
class Change:
    kind: str
    type: str
    old_index: int | None  # position in the old block list
    new_index: int | None
    old_label: str = ""
    new_label: str = ""
    old: dict | None = None
    new: dict | None = None
    parts: list = field(default_factory=list)  # detail of a changed (or moved and edited) block
    edited: bool = False  # a moved block whose text also changed
    # 起始编号 (`start`) changed and so did the number: the text may be the same, every later number is not.
    start_changed: bool = False

    @property
    def renumbered(self):
        return bool(self.old_label and self.new_label and self.old_label != self.new_label)

    @property
    def block(self):
        return self.new if self.new is not None else self.old

    @property
    def as_heading(self):
        kind = kind_of(self.type)
        return bool(kind and kind.diff_as_heading)


# --- text of a block -------------------------------------------------------------------------


def block_text(block):
    """Plain text of a block, used to measure similarity (the block kind's alignment text)."""
    v = block.get("value") or {}
    kind = kind_of(block.get("type"))
    return kind.align_text(v) if kind else json.dumps(v, ensure_ascii=False, sort_keys=True)


def block_key(block):
    """Exact identity of a block's content (type, text, styles, unit)."""
    return json.dumps([block.get("type"), block.get("value")], ensure_ascii=False, sort_keys=True)


def grams(text):
    """Character bigrams: a fair fingerprint of Chinese text (single characters are too common)."""
    return Counter(text[i:i + 2] for i in range(len(text) - 1)) if len(text) > 1 else Counter(text)


def dice(ga, gb):
    total = sum(ga.values()) + sum(gb.values())
    return 2 * sum((ga & gb).values()) / total if total else 1.0


def similarity(a, b):
    """0..1: how much of two texts is the same wording (bigram Dice coefficient)."""
    return dice(grams(a), grams(b))


# --- generic sequence alignment ----------------------------------------------------------------


def _pair_region(old_texts, new_texts, old_types, new_types):
    """Order-preserving pairing of similar entries in a replaced region (max total similarity)."""
    n, m = len(old_texts), len(new_texts)
    old_grams, new_grams = [grams(t) for t in old_texts], [grams(t) for t in new_texts]
    sim = [[0.0] * m for _ in range(n)]
    # A large rewritten region would cost n×m similarity measures; compare each block only with
    # the blocks near its proportional position there (edits keep blocks roughly in place).
    band = m if n * m <= MAX_FULL_REGION else BAND
    for i in range(n):
        centre = i * m // max(n, 1)
        for j in range(max(0, centre - band), min(m, centre + band + 1)):
            if old_types[i] == new_types[j]:
                s = dice(old_grams[i], new_grams[j])
                sim[i][j] = s if s >= PAIR_THRESHOLD else 0.0
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = sim[i][j] + best[i + 1][j + 1] if sim[i][j] else 0.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if sim[i][j] and best[i][j] == sim[i][j] + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def align_sequences(old_keys, new_keys, old_texts, new_texts, old_types=None, new_types=None):
    """Ops (kind, i, j) in reading order: UNCHANGED/CHANGED pairs, DELETED (i, None), INSERTED (None, j)."""
    old_types = old_types or [""] * len(old_keys)
    new_types = new_types or [""] * len(new_keys)
    ops = []
    sm = SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            ops += [(UNCHANGED, i1 + k, j1 + k) for k in range(i2 - i1)]
            continue
        pairs = _pair_region(old_texts[i1:i2], new_texts[j1:j2], old_types[i1:i2], new_types[j1:j2])
        i, j = i1, j1
        for pi, pj in pairs + [(i2 - i1, j2 - j1)]:
            ops += [(DELETED, k, None) for k in range(i, i1 + pi)]
            ops += [(INSERTED, None, k) for k in range(j, j1 + pj)]
            if i1 + pi < i2:
                ops.append((CHANGED, i1 + pi, j1 + pj))
            i, j = i1 + pi + 1, j1 + pj + 1
    return ops


# --- detail inside a block ---------------------------------------------------------------------


def diff_strings(old, new):
    """Parts for two lists of strings (items or duties), each with a character diff."""
    parts = []
    for kind, i, j in align_sequences(old, new, old, new):
        a = old[i] if i is not None else ""
        b = new[j] if j is not None else ""
        parts.append(Part(kind, _pos(i), _pos(j), _segments(kind, a, b)))
    return parts


def diff_paragraphs(old, new):
    keys = [json.dumps(p, ensure_ascii=False, sort_keys=True) for p in old], [
        json.dumps(p, ensure_ascii=False, sort_keys=True) for p in new
    ]
    texts = [paragraph_text(p) for p in old], [paragraph_text(p) for p in new]
    parts = []
    for kind, i, j in align_sequences(keys[0], keys[1], texts[0], texts[1]):
        a = old[i] if i is not None else {}
        b = new[j] if j is not None else {}
        items = diff_strings(list(a.get("items") or []), list(b.get("items") or []))
        parts.append(Part(kind, _pos(i), _pos(j), _segments(kind, a.get("text", ""), b.get("text", "")), items))
    return parts


def block_parts(old, new):
    """Detail of a block edited between versions: what changed inside it, character by character.
    What to compare inside a block is its kind's `align_parts`: 款 with 项, a head with a list, or text."""
    kind = kind_of((new or old)["type"])
    if kind is None:
        return [Part(CHANGED, 1, 1, diff_chars(block_text(old), block_text(new)))]
    a, b = kind.align_parts((old or {}).get("value") or {}), kind.align_parts((new or {}).get("value") or {})
    if a[0] == PARAGRAPHS:
        return diff_paragraphs(a[1], b[1])
    if a[0] == LIST:
        return [Part(_kind(a[1], b[1]), 1, 1, diff_chars(a[1], b[1]))] + diff_strings(a[2], b[2])
    return [Part(CHANGED, 1, 1, diff_chars(a[1], b[1]))]


def _kind(a, b):
    return UNCHANGED if a == b else CHANGED


def _pos(i):
    return None if i is None else i + 1


def _segments(kind, a, b):
    if kind == INSERTED:
        return [Segment(INSERT, b)] if b else []
    if kind == DELETED:
        return [Segment(DELETE, a)] if a else []
    return diff_chars(a, b)


# --- the whole body ----------------------------------------------------------------------------


def _no_labels(blocks):
    return [""] * len(blocks)


def align_blocks(old, new, numbering=None):
    """The change set turning block list `old` into `new`, in the new version's reading order.

    `numbering(blocks) -> [label, …]` gives each block's computed number ("第五条", "二、", "").
    """
    numbering = numbering or _no_labels
    old_labels, new_labels = numbering(old), numbering(new)
    ops = align_sequences(
        [block_key(b) for b in old],
        [block_key(b) for b in new],
        [block_text(b) for b in old],
        [block_text(b) for b in new],
        [b["type"] for b in old],
        [b["type"] for b in new],
    )
    _detect_moves(ops, old, new)

    changes = []
    for kind, i, j in ops:
        if kind is None:  # the old-position half of a move: shown at its new position only
            continue
        c = Change(
            kind,
            (new[j] if j is not None else old[i])["type"],
            i,
            j,
            old_labels[i] if i is not None else "",
            new_labels[j] if j is not None else "",
            old[i] if i is not None else None,
            new[j] if j is not None else None,
        )
        if kind == MOVED:
            c.edited = block_key(old[i]) != block_key(new[j])
        if kind == CHANGED or c.edited:
            c.parts = block_parts(old[i], new[j])
            c.start_changed = _start(old[i]) != _start(new[j]) and c.renumbered
        changes.append(c)
    return changes


def _start(block):
    return (block.get("value") or {}).get("start") or None


def _detect_moves(ops, old, new):
    """Pair a deleted block with an inserted one elsewhere: identical first, then very similar."""
    deleted = [k for k, (kind, _, _) in enumerate(ops) if kind == DELETED]
    inserted = [k for k, (kind, _, _) in enumerate(ops) if kind == INSERTED]
    if not deleted or not inserted:
        return

    def pair(match):
        for dk in list(deleted):
            i = ops[dk][1]
            for ik in inserted:
                j = ops[ik][2]
                if match(old[i], new[j]):
                    ops[ik] = (MOVED, i, j)
                    ops[dk] = (None, i, None)
                    deleted.remove(dk)
                    inserted.remove(ik)
                    break

    pair(lambda a, b: block_key(a) == block_key(b))
    pair(lambda a, b: a["type"] == b["type"] and similarity(block_text(a), block_text(b)) >= MOVE_THRESHOLD)


def summary(changes):
    """Counts per kind, plus how many blocks were only renumbered."""
    counts = {k: 0 for k in (UNCHANGED, CHANGED, INSERTED, DELETED, MOVED)}
    for c in changes:
        counts[c.kind] += 1
    counts["renumbered"] = sum(1 for c in changes if c.kind == UNCHANGED and c.renumbered)
    return counts
