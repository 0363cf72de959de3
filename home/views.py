from django.shortcuts import render
from wagtail.models import Page, Site

from policies.models import PolicyPage
from policies.queries import public_policies


def site_map(request):
    """Human-readable 网站地图: every live, public page as a tree; policy pages only if public_policies() has them."""
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
