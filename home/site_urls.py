"""Absolute page URLs (sitemap.xml, RSS) from the host the reader used, never `http://localhost` by accident.

Wagtail builds a page's full URL from its Site record's hostname and port; the default Site made by the
migrations says localhost:80, which would send a reader of the feed nowhere. When a request is at hand
and it is served by the page's own site, its scheme and host (checked against ALLOWED_HOSTS) are the
site's real address; links to another site keep that site's configured hostname and port.
"""

from django.http import HttpRequest
from wagtail.models import Site


class RequestRootUrlMixin:
    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)
        if not parts or parts[1] is None or not isinstance(request, HttpRequest):
            return parts
        site_id, _root_url, path = parts
        site = Site.find_for_request(request)
        if site is None or site.pk != site_id:
            return parts
        return site_id, f"{request.scheme}://{request.get_host()}", path
