"""Links from the 履职看板 to the published article each duty implements (public policy pages only)."""

from home.models import SiteSettings
from policies.models.units import committee_named_in
from policies.queries import public_policies

from .rules.sources import SOURCES, anchor


def _own(document, committee):
    """This committee's published document of that kind: another town's 工作规则 on the same site is not
    the rule this committee follows."""
    found = public_policies().filter(title__endswith=document).order_by("-first_published_at")
    return next((p for p in found if committee_named_in(p.title) == committee), None)


def rule_links(request=None):
    """{duty key: (label, url or "")}: "" when the committee's rules are not published on this site."""
    committee = SiteSettings.for_request(request).committee_name if request else \
        SiteSettings.objects.values_list("committee_name", flat=True).first() or ""
    pages = {}
    out = {}
    for key, source in SOURCES.items():
        if source.document not in pages:
            page = _own(source.document, committee)
            pages[source.document] = page.url if page else ""
        url = pages[source.document]
        out[key] = (source.label, f"{url}#{anchor(source)}" if url else "")
    return out
