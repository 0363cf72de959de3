"""Chinese paragraphs on a character grid with 禁则 line breaking, for the GB/T 9704 policy PDF.

ReportLab's CJK wrap (wordWrap="CJK") hangs at most one closing mark past the right edge, so a second
one ("》，", "”。") still starts the next line, never keeps an opening mark off a line end (its
ALL_CANNOT_END is unused) and cannot justify Chinese text (it stretches spaces only). Here a line that
would break illegally gives its last character(s) to the next line (推出), and every line but the last is
justified by spreading the slack between characters (PDF character spacing), as 公文 are typeset.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from reportlab.lib.colors import black
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine

from .styles import CN_CANNOT_START

# GB/T 15834 避头点号 and 避尾 opening marks, with their half-width forms (some sources use "," and "(")
CANNOT_START = CN_CANNOT_START + ",.;:!?)]}%"
CANNOT_END = "（《〈「『【〔“‘([{"
WORD_CHARS = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-/_@%")
FUZZ = 0.01


class Span(NamedTuple):
    text: str
    font: str
    color: object = black


@lru_cache(maxsize=20000)
def _width(ch: str, font: str) -> float:
    return pdfmetrics.stringWidth(ch, font, 1)


def can_break_before(chars: str, i: int, split_words: bool = False) -> bool:
    """May a line start at chars[i]? Not with closing punctuation, not after an opening mark, not
    inside a run of Latin letters or digits ("2023", "0555-2426309") unless `split_words`."""
    ch, prev = chars[i], chars[i - 1]
    if ch in CANNOT_START or prev in CANNOT_END:
        return False
    return split_words or not (ch in WORD_CHARS and prev in WORD_CHARS)


def _legal_break(chars: str, start: int, full: int) -> int:
    """The break nearest before `full` (where the line is full) that the rules allow: first keeping
    Latin/digit runs whole, then splitting a run longer than the line, and if even that fails, `full`."""
    for split_words in (False, True):
        b = full
        while b > start + 1 and not can_break_before(chars, b, split_words):
            b -= 1
        if can_break_before(chars, b, split_words):
            return b
    return full


def break_lines(chars: str, widths: list[float], rooms: list[float], tracking: float) -> list[tuple[int, int]]:
    """(start, end) of each line: as many characters as fit in its room (rooms[-1] for later lines),
    then moved back to the nearest legal break. A line that has no legal break is cut where it is full."""
    lines, start, n = [], 0, len(chars)
    while start < n:
        while start < n and chars[start] == " " and lines:  # no space at the start of a wrapped line
            start += 1
        room = rooms[min(len(lines), len(rooms) - 1)]
        used, i = 0.0, start
        while i < n and chars[i] != "\n" and used + widths[i] <= room + FUZZ:
            used += widths[i] + tracking
            i += 1
        if i < n and chars[i] == "\n":  # a forced break (a title's chosen break)
            lines.append((start, i))
            start = i + 1
            continue
        if i == start:  # a character wider than the line: put it there anyway
            i += 1
        if i < n:
            i = _legal_break(chars, start, i)
        if start < n:
            lines.append((start, i))
        start = i
    return lines


class CJKParagraph(Flowable):
    """Spans of text broken into lines of `leading` height; align "justify", "left", "center", "right".

    first_indent is relative to left_indent and may be negative (a hanging label, as in 附件说明).
    tracking (points, usually negative) sets the grid: 28 characters of 3号 across the 156 mm 版心.
    """

    def __init__(self, spans, size, leading, align="justify", first_indent=0.0, left_indent=0.0,
                 right_indent=0.0, tracking=0.0, balance=False, _lines=None, _first=True):
        super().__init__()
        self.spans = [s for s in spans if s.text]
        self.size, self.leading, self.align = size, leading, align
        self.first_indent, self.left_indent, self.right_indent = first_indent, left_indent, right_indent
        self.tracking, self.balance = tracking, balance
        self.chars = "".join(s.text for s in self.spans)
        self.fonts = [s for s in self.spans for _ in s.text]
        self.widths = [0.0 if ch == "\n" else _width(ch, s.font) * size for ch, s in zip(self.chars, self.fonts)]
        self._lines, self._first = _lines, _first

    def _rooms(self, avail):
        width = avail - self.left_indent - self.right_indent
        return [width - (self.first_indent if self._first else 0), width]

    def _layout(self, avail):
        rooms = self._rooms(avail)
        lines = break_lines(self.chars, self.widths, rooms, self.tracking)
        if self.balance and len(lines) > 1 and "\n" not in self.chars:  # titles: lines of even length rather than one short tail
            lo, hi = 0.0, rooms[1]
            for _ in range(20):
                mid = (lo + hi) / 2
                if len(break_lines(self.chars, self.widths, [mid], self.tracking)) <= len(lines):
                    hi = mid
                else:
                    lo = mid
            lines = break_lines(self.chars, self.widths, [hi], self.tracking)
        return lines

    def wrap(self, avail_width, avail_height):
        self.avail = avail_width
        if self._lines is None:
            self._lines = self._layout(avail_width)
        self.width, self.height = avail_width, len(self._lines) * self.leading
        return self.width, self.height

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        fit = int((avail_height + FUZZ) // self.leading)
        if fit >= len(self._lines):
            return [self]
        # 孤行控制 (as Word does by default): no first line alone at a page foot, no last line alone
        # at a page head
        if fit == len(self._lines) - 1 and fit >= 2:
            fit -= 1
        if fit <= 1:
            return []
        common = dict(size=self.size, leading=self.leading, align=self.align, first_indent=self.first_indent,
                      left_indent=self.left_indent, right_indent=self.right_indent, tracking=self.tracking)
        head = CJKParagraph(self.spans, _lines=self._lines[:fit], _first=self._first, **common)
        rest = self._lines[fit:]
        offset = rest[0][0]
        tail = CJKParagraph(_cut(self.spans, offset), _first=False,
                            _lines=[(a - offset, b - offset) for a, b in rest], **common)
        return [head, tail]

    def draw(self):
        rooms = self._rooms(self.avail)
        canv = self.canv
        for n, (a, b) in enumerate(self._lines):
            first = n == 0 and self._first
            room = rooms[0 if first else 1]
            x = self.left_indent + (self.first_indent if first else 0)
            glyphs = sum(self.widths[a:b])
            count = b - a
            spacing = self.tracking
            natural = glyphs + spacing * (count - 1)
            last = n == len(self._lines) - 1 and self._last_part
            if self.align == "justify" and not last and count > 1:
                spacing = (room - glyphs) / (count - 1)
            elif self.align == "center":
                x += (room - natural) / 2
            elif self.align == "right":
                x += room - natural
            # baseline so the ideographic box (about 0.88 em above, 0.12 em below) sits mid-line
            y = self.height - n * self.leading - (self.leading - self.size) / 2 - 0.88 * self.size
            self._draw_line(canv, a, b, x, y, spacing)

    @property
    def _last_part(self):
        return self._lines[-1][1] == len(self.chars)

    def _draw_line(self, canv, a, b, x, y, spacing):
        tx = canv.beginText()
        i = a
        while i < b:
            span = self.fonts[i]
            j = i
            while j < b and self.fonts[j] is span:
                j += 1
            tx.setFont(span.font, self.size)
            tx.setFillColor(span.color)
            tx.setCharSpace(spacing)
            tx.setTextOrigin(x, y)
            tx.textOut(self.chars[i:j])
            x += sum(self.widths[i:j]) + spacing * (j - i)
            i = j
        tx.setCharSpace(0)  # Tc outlives the text object: leave none for whoever draws next
        canv.drawText(tx)


def _cut(spans, offset):
    """The spans from character `offset` on."""
    out, seen = [], 0
    for s in spans:
        if seen + len(s.text) > offset:
            out.append(Span(s.text[max(0, offset - seen):], s.font, s.color))
        seen += len(s.text)
    return out


class ChineseParagraph(Paragraph):
    """ReportLab's Paragraph (markup, fonts, tables' cells) with this module's 禁则 instead of its CJK
    wrap: no closing mark starts a line, no opening mark ends one, however many follow each other.

    The lines are made with ReportLab's own CJK line builder (pinned reportlab), so drawing, alignment
    and splitting stay ReportLab's. Paragraphs with inline images, bullets or dot leaders keep its wrap.
    """

    def breakLinesCJK(self, maxWidths):
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        frags = self.frags
        if ((hasattr(self, "blPara") and getattr(self, "_splitpara", 0)) or self.bulletText
                or self.style.endDots or any(hasattr(f, "cbDefn") for f in frags)):
            return super().breakLinesCJK(maxWidths)
        units = []
        for f in frags:
            units.extend(cjkU(ch, f, "utf8") for ch in f.text) if f.text else units.append(cjkU("", f, "utf8"))
        chars = "".join(u or "\n" for u in units)  # "\n": a <br/>
        auto = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        bounds = auto not in ("", "off")
        lines, start, n = [], 0, len(units)
        while start < n:
            room = maxWidths[min(len(lines), len(maxWidths) - 1)]
            used, i = 0.0, start
            while i < n and chars[i] != "\n" and (i == start or used + units[i].width <= room + FUZZ):
                used += units[i].width
                i += 1
            forced = i < n and chars[i] == "\n"
            if i < n and not forced:
                i = _legal_break(chars, start, i)
                used = sum(u.width for u in units[start:i])
            lines.append(makeCJKParaLine(units[start:i], room, used, room - used, forced, bounds))
            start = i + 1 if forced else i
        return ParaLines(kind=1, lines=lines)
