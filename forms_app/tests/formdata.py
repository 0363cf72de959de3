"""What a browser would submit for a rendered admin form: the tests post back exactly that."""

from bs4 import BeautifulSoup


def browser_data(html, action=None):
    """The name → value pairs of the page's form (the one posting to `action`, else the first with
    fields), as a browser submits it: no disabled fields, nothing inside <template>, only checked boxes."""
    soup = BeautifulSoup(html, "html.parser")
    forms = [f for f in soup.find_all("form") if f.find(["input", "select", "textarea"])]
    if action is not None:
        forms = [f for f in forms if f.get("action") == action]
    if not forms:
        raise AssertionError(f"no form{' posting to ' + action if action else ''} on the page")
    data = {}
    for field in forms[0].find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.has_attr("disabled") or field.find_parent("template"):
            continue
        if field.name == "textarea":
            value = field.get_text()
            value = value[1:] if value.startswith("\n") else value  # as browsers drop it
        elif field.name == "select":
            chosen = field.find("option", selected=True) or field.find("option")
            value = chosen.get("value", chosen.text) if chosen else ""
        elif field.get("type") in ("checkbox", "radio"):
            if not field.has_attr("checked"):
                continue
            value = field.get("value", "on")
        elif field.get("type") in ("submit", "button", "file", "image"):
            continue
        else:
            value = field.get("value", "")
        data.setdefault(name, value)
    return data
