"""Character-level diff of Chinese text.

Chinese has no spaces, so word-based diffs (Wagtail's own `diff_text` groups a whole clause into
one token) show a changed character as a rewritten sentence. We diff character by character and
then fold tiny coincidental matches into the surrounding change so the result reads like an
editor's mark-up rather than confetti.
"""

from dataclasses import dataclass
from difflib import SequenceMatcher

from django.utils.html import escape
from django.utils.safestring import mark_safe

EQUAL, INSERT, DELETE = "equal", "insert", "delete"


@dataclass(frozen=True)
class Segment:
    op: str  # EQUAL, INSERT or DELETE
    text: str


def _raw_segments(a, b):
    # autojunk would treat frequent characters (的, 社, 矫) as junk in long texts and miss them.
    sm = SequenceMatcher(None, a, b, autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            out.append(Segment(EQUAL, a[i1:i2]))
        else:
            if i2 > i1:
                out.append(Segment(DELETE, a[i1:i2]))
            if j2 > j1:
                out.append(Segment(INSERT, b[j1:j2]))
    return out


def _merge(segments):
    """Join neighbours of the same op and order each change run as deletion, then insertion."""
    out = []
    run_del, run_ins = [], []

    def flush():
        if run_del:
            out.append(Segment(DELETE, "".join(run_del)))
        if run_ins:
            out.append(Segment(INSERT, "".join(run_ins)))
        run_del.clear()
        run_ins.clear()

    for seg in segments:
        if not seg.text:
            continue
        if seg.op == EQUAL:
            flush()
            if out and out[-1].op == EQUAL:
                out[-1] = Segment(EQUAL, out[-1].text + seg.text)
            else:
                out.append(seg)
        elif seg.op == DELETE:
            run_del.append(seg.text)
        else:
            run_ins.append(seg.text)
    flush()
    return out


def _fold_small_equalities(segments):
    """Absorb an equal run into the changes around it when it is shorter than both of them.

    "委员会主任" → "办公室负责人" would otherwise show a stray unchanged "任"-like character in the
    middle of a rewrite. Same rule as diff-match-patch's semantic clean-up, kept deliberately small.
    """
    changed = True
    while changed:
        changed = False
        for k in range(1, len(segments) - 1):
            seg = segments[k]
            if seg.op != EQUAL:
                continue
            before = _change_len(segments, k, -1)
            after = _change_len(segments, k, +1)
            if before and after and len(seg.text) <= min(before, after) and len(seg.text) <= 4:
                expanded = []
                for i, s in enumerate(segments):
                    if i == k:
                        expanded += [Segment(DELETE, s.text), Segment(INSERT, s.text)]
                    else:
                        expanded.append(s)
                segments = _merge(expanded)
                changed = True
                break
    return segments


def _change_len(segments, k, step):
    """Length of the larger side (deleted or inserted text) of the change run next to k."""
    dels = ins = 0
    i = k + step
    while 0 <= i < len(segments) and segments[i].op != EQUAL:
        if segments[i].op == DELETE:
            dels += len(segments[i].text)
        else:
            ins += len(segments[i].text)
        i += step
    return max(dels, ins)


def diff_chars(a, b):
    """Segments turning text `a` into text `b`, character by character."""
    a, b = a or "", b or ""
    if a == b:
        return [Segment(EQUAL, a)] if a else []
    return _fold_small_equalities(_merge(_raw_segments(a, b)))


def changed_text(segments):
    """(deleted, inserted) characters of a diff, for tests and summaries."""
    return (
        "".join(s.text for s in segments if s.op == DELETE),
        "".join(s.text for s in segments if s.op == INSERT),
    )


def to_html(segments, side=None, ins_class="diff-ins", del_class="diff-del", hidden_class="visually-hidden"):
    """Accessible mark-up: <del>/<ins> with hidden 删除：/新增： so the change is not colour alone.

    side="old" renders only what was there before (deletions marked), side="new" only the
    result (insertions marked); None renders both in one redline.
    """
    parts = []
    for seg in segments:
        text = escape(seg.text)
        if seg.op == EQUAL:
            parts.append(text)
        elif seg.op == DELETE and side != "new":
            parts.append(f'<del class="{del_class}"><span class="{hidden_class}">删除：</span>{text}</del>')
        elif seg.op == INSERT and side != "old":
            parts.append(f'<ins class="{ins_class}"><span class="{hidden_class}">新增：</span>{text}</ins>')
    return mark_safe("".join(parts))  # noqa: S308  (every piece of text is escaped above)
