"""成员单位职责: one member unit's duties as a list under a numbered unit heading (seed 000, 附件3)."""

from reportlab.platypus import CondPageBreak

from pdf.gbt9704 import LEADING
from policies.blocks import DutyListBlock
from policies.kinds import printing
from policies.kinds.registry import BlockKind, Item, get, register
from policies.kinds.text import numbered_entries
from policies.labels import heading_label, item_label


class DutyList(BlockKind):
    name = "duty_list"
    block = DutyListBlock
    template = "policies/blocks/duty_list.html"
    row_template = "policies/importer/rows/duty_list.html"
    search_name = "工作职责"
    in_contents = True
    version_template = "versions/blocks/duty_list.html"

    def number(self, value, block_id, counters):
        n = counters.next(self.name)
        unit = get(value, "unit")
        label = heading_label(get(value, "style", "cn_list"), n)
        style = get(value, "item_style", "arabic_dot")
        entries = [str(d) for d in get(value, "duties", []) if str(d).strip()]
        paras = [("", [(item_label(style, k), d) for k, d in enumerate(entries, 1)])]
        name = getattr(unit, "name", "") or get(value, "unit_name", "") or ""
        text = "\n".join([f"{label}{name}"] + [f"{lab}{d}" for lab, d in paras[0][1]])
        return Item(self.name, label, f"unit-{n}", value, text, n, "", block_id, paras, unit)

    def title(self, item):
        return getattr(item.unit, "name", "") or ""

    def reference(self, item):
        return f"{item.label}{self.title(item)}"

    def outline(self, item):
        return 0, item.title

    def counts(self, value):
        return {"duty_lists": 1}

    def flowables(self, item):
        out = [CondPageBreak(3 * LEADING), printing.para(f"{item.label}{self.title(item)}", "heading", "left")]
        for _, subitems in item.paragraphs:
            out.extend(printing.items(subitems))
        return out

    def search_label(self, item):
        return f"{item.label}{item.title}"

    def align_text(self, value):
        return "\n".join([value.get("unit") or ""] + list(value.get("duties") or []))

    def align_parts(self, value):
        return ("list", value.get("unit") or "", list(value.get("duties") or []))

    def import_value(self, value, unit_pk):
        return {"unit": unit_pk(value["unit"]), "style": value["style"], "item_style": value["item_style"],
                "duties": list(value["duties"])}

    def source_lines(self, block):
        value = block["value"]
        return [f"{block.get('number', '')}{value['unit']}", *numbered_entries(value["item_style"], value["duties"])]

    def preview_row(self, block):
        value = block["value"]
        items = [(item_label(value["item_style"], n), d) for n, d in enumerate(value["duties"], 1)]
        return {"label": block.get("number", ""), "unit": value["unit"], "items": items}


DUTY_LIST = register(DutyList())
