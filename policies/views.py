"""Public views that are not pages: member units, the library shortcut, the 网站地图."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from wagtail.models import Page, Site

from home.models import SiteSettings
from policies.models import MemberUnit, PolicyLibraryPage, PolicyPage
from policies.models.units import publications_by_unit
from policies.queries import public_policies


def library_redirect(request):
    library = PolicyLibraryPage.objects.live().public().order_by("path").first()
    if library is None:
        raise Http404("政策文件库尚未建立")
    return redirect(library.url, permanent=False)


def unit_list(request):
    """Each committee's units under its own heading, this site's committee first."""
    found = publications_by_unit()
    own = SiteSettings.for_request(request).committee_name
    groups = {}
    for unit in MemberUnit.objects.all():
        groups.setdefault(unit.committee, []).append((unit, found.get(unit.pk, [])))
    order = sorted(groups, key=lambda c: (c != own, c == "", c))
    return render(request, "policies/unit_list.html",
                  {"committees": [(c or "其他成员单位", groups[c]) for c in order]})


def unit_detail(request, slug):
    unit = get_object_or_404(MemberUnit, slug=slug)
    return render(request, "policies/unit_detail.html", {"unit": unit, "publications": unit.publications()})


def site_map(request):
    """Human-readable 网站地图: every live, public page as a tree; policy pages only if public_policies() has
    them. It lives here, not in home, because only policies knows which of its pages the public may see."""
    site = Site.find_for_request(request)
    root = site.root_page if site else Page.objects.filter(depth=2).first()
    pages = []
    if root:
        hidden_policies = PolicyPage.objects.exclude(pk__in=public_policies().values("pk")).values("pk")
        pages = list(
            Page.objects.live().public().descendant_of(root, inclusive=True).filter(depth__lte=root.depth + 2)
            .exclude(pk__in=hidden_policies).order_by("path")
        )
    return render(request, "home/site_map.html", {"pages": pages, "root": root})
