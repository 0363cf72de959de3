"""Wagtail admin form data for a PolicyPage (the StreamField is posted the way the editor JS does)."""

from wagtail.test.utils.form_data import nested_form_data, streamfield


def listblock(values):
    data = {"count": len(values)}
    for i, value in enumerate(values):
        data[str(i)] = {"value": value, "deleted": "", "order": i, "id": ""}
    return data


def paragraph(text, item_style="", items=()):
    return {"text": text, "item_style": item_style, "items": listblock(list(items))}


def article_value(*texts, unit=""):
    return {"unit": unit, "paragraphs": listblock([paragraph(t) for t in texts])}


def page_form(title, slug, blocks, **fields):
    """blocks: [(type, value), …] in admin form shape."""
    data = {"title": title, "slug": slug, "body": streamfield(blocks), "disclosure": "proactive",
            "validity": "valid"}
    data.update(fields)
    return nested_form_data(data)
