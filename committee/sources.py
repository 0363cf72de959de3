"""Links from the 履职看板 to the published article each duty implements (public policy pages only)."""

from policies.queries import public_policies

from .rules.sources import SOURCES, anchor


def rule_links():
    """{duty key: (label, url or "")}: "" when the rules are not published on this site."""
    pages = {}
    out = {}
    for key, source in SOURCES.items():
        if source.document not in pages:
            page = public_policies().filter(title__endswith=source.document).order_by("-first_published_at").first()
            pages[source.document] = page.url if page else ""
        url = pages[source.document]
        out[key] = (source.label, f"{url}#{anchor(source)}" if url else "")
    return out
