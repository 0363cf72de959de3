from django.shortcuts import render
from wagtail.models import Page, Site


def site_map(request):
    """Human-readable 网站地图: every live, public page as a tree."""
    site = Site.find_for_request(request)
    root = site.root_page if site else Page.objects.filter(depth=2).first()
    pages = []
    if root:
        pages = list(
            Page.objects.live().public().descendant_of(root, inclusive=True).filter(depth__lte=root.depth + 2).order_by("path")
        )
    return render(request, "home/site_map.html", {"pages": pages, "root": root})
