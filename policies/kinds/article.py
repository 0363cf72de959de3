"""条: numbered 第N条 continuously across chapters; its 款 and 项; may name a member unit."""

from policies.blocks import ArticleBlock
from policies.kinds import printing
from policies.kinds.registry import BlockKind, Item, get, register
from policies.kinds.text import (import_paragraph, lines, numbered_entries, paragraph, paragraph_text,
                                 preview_paragraph)
from policies.labels import article_label


class Article(BlockKind):
    name = "article"
    block = ArticleBlock
    template = "policies/blocks/article.html"
    search_name = "条款"
    label_separator = " "

    def number(self, value, block_id, counters):
        n = counters.next(self.name, get(value, "start"))
        paras = [paragraph(p) for p in get(value, "paragraphs", [])]
        label = article_label(n, get(value, "style", "cn_article") or "cn_article")
        return Item(self.name, label, f"art-{n}", value, lines(label, paras), n, "", block_id, paras,
                    get(value, "unit"), counters.chapter)

    def outline(self, item):
        return 2, item.title[:24]

    def counts(self, value):
        return {"articles": 1}

    def flowables(self, item):
        out = []
        for i, (text, subitems) in enumerate(item.paragraphs):
            if i == 0:
                out.append(printing.labelled(item.label, text))
            elif text:
                out.append(printing.para(text))
            out.extend(printing.items(subitems))
        return out

    def align_text(self, value):
        return "\n".join(paragraph_text(p) for p in value.get("paragraphs") or [])

    def align_parts(self, value):
        return ("paragraphs", list(value.get("paragraphs") or []))

    def import_value(self, value, unit_pk):
        return {"style": value.get("style", "cn_article"), "start": value.get("start"), "unit": unit_pk(value["unit"]),
                "paragraphs": [import_paragraph(p) for p in value["paragraphs"]]}

    def source_lines(self, block):
        out = []
        for i, para in enumerate(block["value"]["paragraphs"]):
            out.append((block.get("number", "") + " " if i == 0 else "") + para["text"])
            out += numbered_entries(para["item_style"], para["items"])
        return out

    def preview_row(self, block):
        value = block["value"]
        return {"label": block.get("number", ""), "unit": value["unit"],
                "paragraphs": [preview_paragraph(p) for p in value["paragraphs"]]}


ARTICLE = register(Article())
