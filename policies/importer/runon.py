"""Articles run together on one line, as Word→text and HTML→text conversions leave them
("…制定本细则。第二条本细则适用于…"): split before each 第N章 / 第N条 / （N） that continues the
numbering so far, where a sentence, a bracket or a space has just ended."""

import re

from policies.numerals import CHARS, cn_to_int

from . import markers

_MARK = re.compile(rf"第\s*([{CHARS}]+)\s*([章条條节節])|[（(]\s*([{CHARS}]+)\s*[）)]")
_KIND = {"條": "条", "節": "节"}
_BEFORE = "。；;！？）)”：: "
# after a comma a mark starts a new piece only when a separator follows it too ("…制定本法,第二条 對…",
# "…公民,第四條,社區…"); a reference ("，第二条规定的") runs on into its sentence
_WEAK_BEFORE = ",，、.．"
_SEPARATOR_AFTER = " ,，.．。:：、"
# "综合办公室工作纪律一、按时上下班…": a short unnumbered title run into the first 一、 of its list
TITLE_WORDS = "纪律|职责|制度|规定|办法|规则|细则|要求|流程|程序|范围"
HEADING_RUN_IN = re.compile(rf"^(?P<head>[^\s，,。；;：:、《》]{{2,18}}(?:{TITLE_WORDS}))(?P<rest>一\s*、.+)$")


def split(pairs, report):
    out = []
    state = {"章": 1, "节": 1, "条": 1, "item": 1}
    for number, text in pairs:
        pieces = _pieces(text, state)
        if len(pieces) > 1:
            report.repair("run_together", f"一行中连写的 {len(pieces)} 段（章、条、项）已分开。", number, text)
        out += [(number, piece) for piece in pieces]
    return out


def _pieces(text, state):
    run_in = HEADING_RUN_IN.match(text)
    if run_in:
        return [run_in.group("head"), *_pieces(run_in.group("rest"), state)]
    cuts = []
    for m in _MARK.finditer(text):
        kind = _KIND.get(m.group(2), m.group(2)) or "item"
        n = cn_to_int(m.group(1) or m.group(3))
        at_start = not text[:m.start()].strip()
        if not n or not (at_start or (n == state[kind] and _starts_piece(text, m))):
            continue  # a reference ("依照本法第二条") or a number out of sequence stays in its sentence
        state[kind] = n + 1
        if kind == "章":
            state["节"] = 1  # sections count again in every chapter
        if kind != "item":
            state["item"] = 1  # items count again in every article
        if not at_start:
            cuts.append(m.start())
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


def _starts_piece(text, m):
    before = text[m.start() - 1]
    after = text[m.end():m.end() + 1]
    return before in _BEFORE or (before in _WEAK_BEFORE and m.group(2) and after in _SEPARATOR_AFTER and after != "")
