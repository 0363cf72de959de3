"""Chinese line breaking for the printed forms, without ReportLab's paragraph machinery.

A form's text is a few runs in one font: plain text, underlined values and underlined blanks to fill in
by hand. ReportLab's Paragraph parses markup and re-measures every fragment for every paragraph, which
made a batch of 1000 notices take over five seconds; here character widths are cached per font and a
laid-out paragraph per (runs, width), so the standard 协助事项 wordings are broken once per process.

Rules (GB/T 15834 and common 禁则): closing punctuation never starts a line and opening punctuation never
ends one (the character before or after moves with it, 推出 rather than 悬挂); a run of Latin letters and
digits ("0555-2345678", "2024") is never split unless it is wider than the line itself.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from reportlab.pdfbase import pdfmetrics

from ..styles import CN_CANNOT_START

CANNOT_START = CN_CANNOT_START + ",.;:!?)]}%·"
CANNOT_END = "（《〈「『【〔“‘([{"
WORD_CHARS = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-./:@_+#")
_BREAKS = re.compile(r"[^\S ]")  # whitespace other than a plain space
PAD_EM = 0.25  # the space inside an underline on each side of a filled-in value


class Run(NamedTuple):  # tuples: hashed and built fast, which the layout cache and batches need
    """Text on a form line: plain, underlined (a filled-in value) or an underlined blank `gap_em` wide."""

    text: str = ""
    underline: bool = False
    gap_em: float = 0.0


def _one_line(s: str) -> str:
    # a value typed with line breaks (a 协助事项 from a textarea) flows as one paragraph
    return " ".join(s.split()) if _BREAKS.search(s) else s


def text(content: str) -> Run:
    return Run(_one_line(content))


def value(content, blank_em: float = 6) -> Run:
    """A value on a form line: underlined, or an underlined blank to write in when there is none."""
    content = "" if content is None else _one_line(str(content).strip())
    return Run(content, True) if content else Run("", True, blank_em)


# A piece is the smallest drawn unit: one character, or an empty space (a blank to fill in, or the
# padding around a value). Kinds:
CHAR, GAP, OPEN, CLOSE = 0, 1, 2, 3


class Line(NamedTuple):
    """One laid-out line, ready to draw at any justification.

    Positions are natural (unjustified) offsets from the line start plus the index of the piece: a line
    stretched by `s` points between pieces puts piece i at offset + i × s.
    """

    width: float  # natural width
    count: int  # pieces on the line (justification spreads over count − 1 gaps)
    last: bool  # the paragraph's last line is never stretched
    texts: tuple  # (offset, index, characters) of each stretch of characters
    rules: tuple  # (start offset, start index, end offset, end index) of each underline

    @property
    def text(self) -> str:
        return "".join(chars for _, _, chars in self.texts)


_WIDTHS: dict[str, dict[str, float]] = {}  # font → character → width at 1 pt


def char_width(ch: str, font: str) -> float:
    """Width of `ch` at 1 pt (cached: TrueType widths never change)."""
    widths = _WIDTHS.setdefault(font, {})
    w = widths.get(ch)
    if w is None:
        w = widths[ch] = pdfmetrics.stringWidth(ch, font, 1)
    return w


def string_width(s: str, font: str, size: float) -> float:
    return sum(char_width(ch, font) for ch in s) * size


def _pieces(runs, font: str, size: float):
    """Parallel lists: characters ("" for spaces), widths, underlined?, kinds."""
    widths = _WIDTHS.setdefault(font, {})  # looked up inline: this loop runs per character of a batch
    chars, ws, under, kinds = [], [], [], []
    for run in runs:
        if run.gap_em:  # a blank breaks anywhere, in 1 em steps, so it can continue on the next line
            whole, rest = divmod(run.gap_em, 1)
            steps = [size] * int(whole) + ([rest * size] if rest else [])
            chars += [""] * len(steps)
            ws += steps
            under += [True] * len(steps)
            kinds += [GAP] * len(steps)
            continue
        padded = run.underline and run.text
        if padded:
            chars.append(""), ws.append(PAD_EM * size), under.append(True), kinds.append(OPEN)
        for ch in run.text:
            w = widths.get(ch)
            ws.append((w if w is not None else char_width(ch, font)) * size)
        chars += run.text
        under += [run.underline] * len(run.text)
        kinds += [CHAR] * len(run.text)
        if padded:
            chars.append(""), ws.append(PAD_EM * size), under.append(True), kinds.append(CLOSE)
    return chars, ws, under, kinds


def _starts(chars, kinds) -> list[int]:
    """Indexes where a line may start: between them lie the pieces that must stay on one line."""
    starts = [0] if chars else []
    for i in range(1, len(chars)):
        ch, prev = chars[i], chars[i - 1]
        glued = (
            kinds[i] == CLOSE or kinds[i - 1] == OPEN  # padding stays with a value's first/last character
            or kinds[i] == CHAR and ch in CANNOT_START
            or kinds[i - 1] == CHAR and prev in CANNOT_END
            or ch in WORD_CHARS and prev in WORD_CHARS and ch != "" and prev != ""
            # the same rules across a value's padding: “，居住地 [）…]” or “[…（] 之后”
            or kinds[i] == OPEN and i + 1 < len(chars) and chars[i + 1] in CANNOT_START and chars[i + 1] != ""
            or kinds[i - 1] == CLOSE and i >= 2 and chars[i - 2] in CANNOT_END and chars[i - 2] != ""
        )
        if not glued:
            starts.append(i)
    return starts


def _line(chars, ws, under, start: int, end: int, last: bool) -> Line:
    texts, rules = [], []
    offset, run_start, rule = 0.0, None, None
    for i in range(start, end):
        if chars[i]:
            if run_start is None:
                run_start = (offset, i - start)
        elif run_start is not None:
            texts.append((*run_start, "".join(chars[run_start[1] + start:i])))
            run_start = None
        if under[i]:
            if rule is None:
                rule = [offset, i - start, 0.0, 0]
                rules.append(rule)
            rule[2], rule[3] = offset + ws[i], i - start
        else:
            rule = None
        offset += ws[i]
    if run_start is not None:
        texts.append((*run_start, "".join(chars[run_start[1] + start:end])))
    return Line(offset, end - start, last, tuple(texts), tuple(tuple(r) for r in rules))


@lru_cache(maxsize=4096)
def break_lines(runs: tuple[Run, ...], font: str, size: float, width: float,
                first_indent: float = 0.0) -> tuple[Line, ...]:
    """Lay `runs` out in lines of at most `width` points (the first `first_indent` narrower).

    Cached: the same wording at the same width (the standard items, the stub repeating the notice) is
    broken once per process.
    """
    chars, ws, under, kinds = _pieces(runs, font, size)
    at = list(accumulate(ws, initial=0.0))  # at[i]: natural offset of piece i from the paragraph start
    starts = _starts(chars, kinds)
    bounds = []  # clusters, the over-wide ones split into single pieces
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(chars)
        bounds += range(start, end) if at[end] - at[start] > width else [start]
    lines, line_start, room = [], 0, width - first_indent
    for k, start in enumerate(bounds):
        end = bounds[k + 1] if k + 1 < len(bounds) else len(chars)
        if start > line_start and at[end] - at[line_start] > room + 0.01:
            lines.append(_line(chars, ws, under, line_start, start, False))
            line_start, room = start, width
            while line_start < len(chars) - 1 and chars[line_start] == " ":  # no line starts with a space
                line_start += 1
    lines.append(_line(chars, ws, under, line_start, len(chars), True))
    return tuple(lines)
