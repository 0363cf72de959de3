"""Paragraphs laid out once and drawn once per document, then reused.

Most of a notice is the same from one notice to the next (labels, the standard 协助事项 wording, the
stub repeating the notice). Line-breaking Chinese text is the expensive part of ReportLab, so a
CachedParagraph keeps the broken lines per (text, style, width) for the process, and draws each
distinct paragraph once per PDF as a Form XObject that later copies only reference. This is what lets
a batch of 1000 notices build in seconds (bench/pdf_forms.py).
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from reportlab.platypus import Flowable, Paragraph

MAX_ENTRIES = 4096
_lock = threading.Lock()
_wrapped: OrderedDict = OrderedDict()  # (markup, style name, width) → (Paragraph, width, height)


def _layout(markup: str, style, width: float, height: float):
    key = (markup, style.name, round(width, 2))
    with _lock:
        entry = _wrapped.get(key)
        if entry is not None:
            _wrapped.move_to_end(key)
            return entry
    para = Paragraph(markup, style)
    w, h = para.wrap(width, height)
    entry = (para, w, h)
    with _lock:
        _wrapped[key] = entry
        while len(_wrapped) > MAX_ENTRIES:
            _wrapped.popitem(last=False)
    return entry


class CachedParagraph(Flowable):
    def __init__(self, markup: str, style):
        super().__init__()
        self.markup, self.style = markup, style

    def wrap(self, availWidth, availHeight):
        self._para, self.width, self.height = _layout(self.markup, self.style, availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        # only a paragraph taller than a page gets here: let ReportLab split a private copy
        para = Paragraph(self.markup, self.style)
        para.wrap(availWidth, availHeight)
        return para.split(availWidth, availHeight)

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter

    def draw(self):
        canv = self.canv
        forms = canv.__dict__.setdefault("_cc_paragraph_forms", {})
        key = (self.markup, self.style.name, round(self.width, 2))
        name = forms.get(key)
        if name is None:
            name = f"CCPara{len(forms)}"
            pad = self.style.fontSize  # room for underlines and descenders below the last baseline
            canv.beginForm(name, -pad, -pad, self.width + pad, self.height + pad)
            with _lock:  # the cached Paragraph is shared between threads
                self._para.drawOn(canv, 0, 0)
            canv.endForm()
            forms[key] = name
        canv.doForm(name)
