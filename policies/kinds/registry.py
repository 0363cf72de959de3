"""The registry of block kinds: everything the project knows about one kind of body block, in one class.

A `BlockKind` says how its blocks are numbered (`number`), shown (`template`), printed (`flowables`),
indexed (`search_name`, `search_label`), aligned between versions (`align_text`, `align_parts`), counted,
and read from the importer's JSON (`import_value`, `source_lines`, `preview_row`). Numbering, the page
templates, the PDF, search, versions and the importer read these and never test a kind's name, so a new
kind is one module that calls `register()`.
"""

import json
from contextlib import contextmanager
from dataclasses import dataclass, field

_KINDS = {}


def get(value, key, default=None):
    """`value[key]` for a StructValue or an importer dict; `default` when missing or None."""
    try:
        got = value.get(key, default)
    except AttributeError:
        got = getattr(value, key, default)
    return default if got is None else got


@dataclass
class Item:
    """One numbered block: what templates, PDF, search and diff need, without touching Wagtail."""

    type: str  # the block kind's name (a key of the registry)
    label: str  # "第十二条", "一、", "第一章", "" …
    anchor: str  # HTML id, e.g. "art-12"; empty for blocks without a permalink
    value: object  # the block's value (StructValue or dict)
    text: str  # plain text with all computed numbers, one line per paragraph/item
    number: int = 0  # the ordinal among its kind (article number, chapter number…)
    level: str = ""  # headings: chapter / section
    block_id: str = ""  # the StreamField block id, stable across renumbering
    paragraphs: list = field(default_factory=list)  # [(text, [(label, item_text), …]), …]
    unit: object = None  # MemberUnit (articles/duty lists naming one)
    chapter: object = None  # the enclosing chapter Item (for articles)

    @property
    def kind(self):
        return kind_of(self.type)

    @property
    def title(self):
        """Short text for a table of contents or a search hit."""
        return self.kind.title(self)

    @property
    def template(self):
        return self.kind.template

    @property
    def reference(self):
        """How a unit's page names this block: “第七条”, “一、办公室”."""
        return self.kind.reference(self)


class Counters:
    """Numbering state while walking one body: a count per key and the enclosing chapter."""

    def __init__(self):
        self.counts = {}
        self.chapter = None

    def next(self, key, start=None):
        """The next number of `key`; `start` (a block's 起始编号, for an excerpt) restarts the count there."""
        if start:
            self.counts[key] = int(start) - 1
        self.counts[key] = self.counts.get(key, 0) + 1
        return self.counts[key]

    def reset(self, key):
        self.counts[key] = 0

    def current(self, key):
        return self.counts.get(key, 0)


class BlockKind:
    """Defaults shared by every kind; a kind overrides what differs."""

    name = ""  # the StreamField block name
    block = None  # the Wagtail block instance (policies.blocks)
    template = ""  # renders one numbered Item (context: item, permalinks, anchor_prefix)
    row_template = "policies/importer/rows/text.html"  # one importer preview row
    search_name = ""  # what a search hit of this kind is called
    label_separator = ""  # between the number and the text in a 对照表 column (“第五条 …”)
    in_contents = False  # listed in the table of contents
    version_template = "versions/blocks/text.html"  # the block in a frozen version's body
    diff_as_heading = False  # a change to it is shown as a heading line in the redline

    def number(self, value, block_id, counters):
        """The block as an `Item` with its computed label; `counters` carries the state."""
        raise NotImplementedError(f"block kind {self.name} has no numbering")

    def title(self, item):
        return item.paragraphs[0][0][:40] if item.paragraphs else ""

    def reference(self, item):
        return item.label

    def outline(self, item):
        """(depth, title) in the editor's numbering panel, or None to leave the block out."""
        return None

    def counts(self, value):
        """What one block adds to a document's statistics ({"articles": 1}…)."""
        return {}

    def flowables(self, item):
        """ReportLab flowables printing the block in the GB/T 9704 body."""
        return []

    def printed_form(self, item):
        """(form, note) when the block prints as a form of its own, else None."""
        return None

    def document_title(self, item):
        """The issued document's title when the block is one (a notice's unnumbered heading), else None."""
        return None

    def search_label(self, item):
        return item.label

    def align_text(self, value):
        """Plain text of a snapshot value (member units by name), used to measure similarity."""
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    def align_parts(self, value):
        """What a version diff compares inside the block: ("paragraphs", [paragraph dicts]), ("list", head,
        [entries]) or ("text", text)."""
        return ("text", self.align_text(value))

    def import_value(self, value, unit_pk):
        """The StreamField value of an importer block; `unit_pk(name)` finds or creates a member unit."""
        return dict(value)

    def source_lines(self, block):
        """The importer block as text lines, numbered as the source wrote them."""
        return []

    def preview_row(self, block):
        """The importer block as a dict for `row_template`."""
        return {"label": block.get("number", ""), "title": "", "paragraphs": []}


def register(kind):
    """Add (or replace) a block kind; returns it so a module can keep a reference."""
    if not kind.name:
        raise ValueError("block kind without a name")
    _KINDS[kind.name] = kind
    return kind


def unregister(name):
    _KINDS.pop(name, None)


@contextmanager
def registered(kind):
    """A kind that exists only inside the `with` block (tests of the registry itself)."""
    previous = _KINDS.get(kind.name)
    register(kind)
    try:
        yield kind
    finally:
        unregister(kind.name)
        if previous is not None:
            register(previous)


def kind_of(name):
    """The kind registered under `name`, or None for a block the registry does not know."""
    return _KINDS.get(name)


def kinds():
    return list(_KINDS.values())
