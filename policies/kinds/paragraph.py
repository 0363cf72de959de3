"""段落 outside any article: a preamble or a notice's text, with its 项."""

from policies.blocks import ParagraphBlock
from policies.kinds import printing
from policies.kinds.registry import BlockKind, Item, register
from policies.kinds.text import (import_paragraph, lines, numbered_entries, paragraph, paragraph_text,
                                 preview_paragraph)


class Paragraph(BlockKind):
    name = "paragraph"
    block = ParagraphBlock
    template = "policies/blocks/paragraph.html"
    search_name = "段落"

    def number(self, value, block_id, counters):
        n = counters.next(self.name)
        paras = [paragraph(value)]
        return Item(self.name, "", f"para-{n}", value, lines("", paras), n, "", block_id, paras)

    def flowables(self, item):
        out = []
        for text, subitems in item.paragraphs:
            if text:
                out.append(printing.para(text))
            out.extend(printing.items(subitems))
        return out

    def align_text(self, value):
        return paragraph_text(value)

    def align_parts(self, value):
        return ("paragraphs", [value])

    def import_value(self, value, unit_pk):
        return import_paragraph(value)

    def source_lines(self, block):
        value = block["value"]
        return [value["text"], *numbered_entries(value["item_style"], value["items"])]

    def preview_row(self, block):
        return {"label": "", "paragraphs": [preview_paragraph(block["value"])]}


PARAGRAPH = register(Paragraph())
