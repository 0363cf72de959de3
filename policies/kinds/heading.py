"""章节标题: chapters (一、 / 第一章) and sections within them (（一）), or an unnumbered title."""

from reportlab.platypus import CondPageBreak

from pdf.gbt9704 import LEADING
from policies.blocks import HeadingBlock
from policies.kinds.printing import para
from policies.kinds.registry import BlockKind, Item, get, register
from policies.labels import heading_label

CHAPTER, SECTION = "chapter", "section"  # the heading levels (HeadingBlock.level)
SPACED_STYLES = ("cn_chapter", "cn_section", "cn_section_trad")  # “第一章　总则” prints a full-width space


class Heading(BlockKind):
    name = "heading"
    block = HeadingBlock
    template = "policies/blocks/heading.html"
    row_template = "policies/importer/rows/heading.html"
    search_name = "章节"
    in_contents = True
    version_template = "versions/blocks/heading.html"
    diff_as_heading = True

    def number(self, value, block_id, counters):
        level = get(value, "level", CHAPTER)
        if level == SECTION:
            n = counters.next(SECTION, get(value, "start"))
            anchor = f"sec-{counters.current(CHAPTER)}-{n}"
        else:
            n = counters.next(CHAPTER, get(value, "start"))
            counters.reset(SECTION)
            anchor = f"chap-{n}"
        label = heading_label(get(value, "style", "none"), n)
        item = Item(self.name, label, anchor, value, f"{label}{get(value, 'title', '')}", n, level, block_id)
        if level != SECTION:
            counters.chapter = item
        return item

    def title(self, item):
        return get(item.value, "title", "")

    def outline(self, item):
        return (1 if item.level == SECTION else 0), item.title

    def counts(self, value):
        return {} if get(value, "level") == SECTION else {"chapters": 1}

    def flowables(self, item):
        style = get(item.value, "style")
        title = f"{item.label}{'　' if style in SPACED_STYLES else ''}{get(item.value, 'title', '')}"
        if item.level == SECTION:
            return [para(title, "kai", "left")]
        chapter = style == "cn_chapter"
        return [CondPageBreak(3 * LEADING),  # keep a heading with its first lines
                para(title, "heading", "center" if chapter else "left", 0 if chapter else 2)]

    def document_title(self, item):
        return get(item.value, "title", "") if get(item.value, "style") == "none" else None

    def search_label(self, item):
        return item.text

    def align_text(self, value):
        return value.get("title", "")

    def import_value(self, value, unit_pk):
        return {"level": value["level"], "style": value["style"], "title": value["title"][:200],
                "start": value.get("start")}

    def source_lines(self, block):
        return [f"{block.get('number', '')}{block['value']['title']}"]

    def preview_row(self, block):
        value = block["value"]
        return {"level": value["level"], "label": block.get("number", ""), "title": value["title"]}


HEADING = register(Heading())


def untitled_heading(title):
    """An unnumbered heading block: the title of a notice's issued document above its body."""
    return {"type": HEADING.name, "value": {"level": SECTION, "style": "none", "title": title[:200]}}
