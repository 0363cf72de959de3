"""Text helpers shared by the kinds that hold 款 and 项."""

from policies.kinds.registry import get
from policies.labels import item_label


def paragraph(value):
    """(text, [(label, item text), …]) for one 款 with its numbered 项."""
    style = get(value, "item_style", "")
    items = [str(i) for i in (get(value, "items", []) or []) if str(i).strip()]
    return str(get(value, "text", "")), [(item_label(style, n), t) for n, t in enumerate(items, 1)]


def lines(label, paragraphs):
    out = []
    for i, (text, items) in enumerate(paragraphs):
        out.append(f"{label} {text}".strip() if i == 0 and label else text)
        out.extend(f"{lab}{t}" for lab, t in items)
    return "\n".join(line for line in out if line)


def numbered_entries(style, entries):
    """["（一）text", …]: 项 or duties as the source numbers them."""
    return [item_label(style, n) + t for n, t in enumerate(entries, 1)]


def paragraph_text(p):
    """A snapshot paragraph's text and items, for similarity."""
    return "\n".join([p.get("text", "")] + list(p.get("items") or []))


def preview_paragraph(value):
    items = [(item_label(value["item_style"], n), t) for n, t in enumerate(value["items"], 1)]
    return {"text": value["text"], "items": items}


def import_paragraph(value):
    return {"text": value["text"], "item_style": value["item_style"], "items": list(value["items"])}
