"""可打印表单: an attachment that is one of the built-in forms (seed 003, 附件1/附件2)."""

from pdf.forms.attached import KINDS as PRINTABLE
from policies.blocks import FORMS, FormBlock
from policies.kinds.registry import BlockKind, Item, get, register


class Form(BlockKind):
    name = "form"
    block = FormBlock
    template = "policies/blocks/form.html"
    row_template = "policies/importer/rows/form.html"
    search_name = "附件表格"
    version_template = "versions/blocks/form.html"

    def number(self, value, block_id, counters):
        n = counters.next(self.name)
        return Item(self.name, "", f"form-{n}", value, str(get(value, "note", "")), n, "", block_id)

    def title(self, item):
        return ""

    def counts(self, value):
        return {"forms": 1}

    def printed_form(self, item):
        form = get(item.value, "form")
        return (form, get(item.value, "note", "")) if form in PRINTABLE else None

    def align_text(self, value):
        return f"{value.get('form', '')}\n{value.get('note', '')}"

    def import_value(self, value, unit_pk):
        return {"form": value["form"], "note": value["note"]}

    def source_lines(self, block):
        return [block["value"]["note"]]

    def preview_row(self, block):
        form = block["value"]["form"]
        return {"form": dict(FORMS).get(form, form), "note": block["value"]["note"]}


FORM = register(Form())
