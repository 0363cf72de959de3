"""Public views that are not pages: member units, the library shortcut, the PDF download."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from home.models import SiteSettings
from policies.models import MemberUnit, PolicyLibraryPage
from policies.models.units import publications_by_unit


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
