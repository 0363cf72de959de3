"""The files crawlers and browsers ask for at the site's root: /robots.txt and /favicon.ico."""

from django.conf import settings
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.urls import reverse
from django.views.decorators.http import require_GET

# The public site is for everyone to find; the workbench and the files behind it are not
# (meeting materials are private anyway: a group view restriction on their collection).
DISALLOWED = ["/admin/", "/documents/"]


@require_GET
def robots_txt(request):
    lines = ["User-agent: *", "Allow: /", *(f"Disallow: {prefix}" for prefix in DISALLOWED),
             f"Sitemap: {request.build_absolute_uri(reverse('sitemap_xml'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def favicon_ico(request):
    # The unhashed name: a permanent redirect is cached for good, so it must not point at one build's file.
    return HttpResponsePermanentRedirect(f"{settings.STATIC_URL}favicon.svg")
