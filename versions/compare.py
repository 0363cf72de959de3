"""Compare two PolicyVersions: the change set, and its lines as the page and the PDF show them."""

from dataclasses import dataclass

from policies.numbering import item_label
from policies.kinds import kind_of
from versions.align import (CHANGED, DELETED, INSERTED, LIST, MOVED, PARAGRAPHS, UNCHANGED, align_blocks, block_parts,
                            summary)
from versions.chardiff import DELETE, EQUAL, INSERT, Segment, diff_chars
from versions.snapshot import labels

KIND_LABELS = {UNCHANGED: "未修改", CHANGED: "修改", INSERTED: "新增", DELETED: "删除", MOVED: "移动"}


@dataclass
class Line:
    label: str  # item or duty number ("（一）", "1."), or the block's number on the first line
    segments: list

    @property
    def prefix(self):
        """The label as printed before the text: "第五条 " takes a space, "（一）" and "1." do not."""
        return f"{self.label} " if self.label.endswith(("条", "章")) else self.label


@dataclass
class Comparison:
    old: object  # PolicyVersion
    new: object
    changes: list

    @property
    def counts(self):
        return summary(self.changes)

    @property
    def has_changes(self):
        c = self.counts
        return self.old.title != self.new.title or any(c[k] for k in (CHANGED, INSERTED, DELETED, MOVED))

    @property
    def title_segments(self):
        return diff_chars(self.old.title, self.new.title)


def compare_versions(old, new):
    return Comparison(old, new, align_blocks(old.body, new.body, labels))


def _value(block):
    return (block or {}).get("value") or {}


def _item_label(change, part, item, side):
    """Label of an item (项) of paragraph `part`, numbered in that paragraph's style on that side."""
    use_old = side == "old" or (side is None and item.new_pos is None)
    block, ppos, pos = (change.old, part.old_pos, item.old_pos) if use_old else (change.new, part.new_pos, item.new_pos)
    shape = kind_of(change.type).align_parts(_value(block))
    paras = shape[1] if shape[0] == PARAGRAPHS else []
    para = paras[ppos - 1] if paras and ppos and ppos <= len(paras) else {}
    return item_label(para.get("item_style") or "", pos) if pos else ""


def _duty_label(change, part, side):
    use_old = side == "old" or (side is None and part.new_pos is None)
    block, pos = (change.old, part.old_pos) if use_old else (change.new, part.new_pos)
    return item_label(_value(block).get("item_style") or "arabic_dot", pos) if pos else ""


def _visible(part, side):
    return not ((side == "old" and part.kind == INSERTED) or (side == "new" and part.kind == DELETED))


def _side_segments(segments, side):
    if side is None:
        return segments
    drop = INSERT if side == "old" else DELETE
    return [s for s in segments if s.op != drop]


def lines(change, side=None):
    """The block's lines: side "old"/"new" for one column of the 对照表, None for the redline.

    One column starts with the block's own number (第六条, 二、); the redline shows numbers in its
    header instead, so renumbering stays quiet.
    """
    if side == "old" and change.old is None or side == "new" and change.new is None:
        return []
    parts = change.parts or block_parts(change.old, change.new)
    kind = kind_of(change.type)
    listed = kind is not None and kind.align_parts(_value(change.block))[0] == LIST  # a head, then entries
    out = []
    for k, part in enumerate(parts):
        if listed and k > 0:
            if _visible(part, side):
                out.append(Line(_duty_label(change, part, side), _side_segments(part.segments, side)))
            continue
        if _visible(part, side) and any(s.text for s in part.segments):
            out.append(Line("", _side_segments(part.segments, side)))
        for item in part.items:
            if _visible(item, side):
                out.append(Line(_item_label(change, part, item, side), _side_segments(item.segments, side)))
    if side and out:
        number = change.old_label if side == "old" else change.new_label
        if number:
            sep = kind.label_separator if kind else ""
            out[0] = Line(f"{number}{sep}{out[0].label}".strip(), out[0].segments)
    return out


def start_line(change, side=None):
    """"起始编号：第一条 → 第五条" when the block's 起始编号 changed (every later number moves with it),
    or None. Side "old"/"new" gives one column's half; the numbers are marked like deleted/inserted text."""
    if not change.start_changed:
        return None
    old = Segment(DELETE, change.old_label.rstrip("、. ．"))
    new = Segment(INSERT, change.new_label.rstrip("、. ．"))
    if side == "old":
        return Line("", [Segment(EQUAL, "起始编号："), old])
    if side == "new":
        return Line("", [Segment(EQUAL, "起始编号："), new])
    return Line("", [Segment(EQUAL, "起始编号："), old, Segment(EQUAL, " → "), new])


def column(change, side):
    """One column of the 对照表 for a change: its lines, then its 起始编号 line."""
    out = lines(change, side)
    extra = start_line(change, side)
    return out + [extra] if out and extra else out


def rows(comparison):
    """(change, old lines, new lines) for the two-column 修订对照表."""
    return [(c, column(c, "old"), column(c, "new")) for c in comparison.changes]


def plain(line):
    return line.prefix + "".join(s.text for s in line.segments)

