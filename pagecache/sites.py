"""Which Wagtail Site serves a request, answered once per cache generation instead of once per request.

Wagtail looks the Site up with a query on every request (`Site.find_for_request`, which keeps the
answer on the request as `_wagtail_site`); every page, the settings, redirects and page URLs ask it.
This middleware puts the answer there first, from the page cache, keyed by host, port and the cache
generation: a Site saved or deleted, or a live page (its root page) changed, bumps the generation
(pagecache/signals.py), so the answer is never stale. Each request gets its own unpickled copy.
"""

from django.core.exceptions import DisallowedHost
from django.http.request import split_domain_port
from wagtail.models import Site

from pagecache import fragments


class SiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            request.get_host()  # a host outside ALLOWED_HOSTS gets no cache entry (and Django's 400)
        except DisallowedHost:
            return self.get_response(request)
        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()
        # None (no site at all) is stored as False: the cache cannot tell a stored None from a miss.
        site = fragments.cached("site", (hostname, port), lambda: Site._find_for_request(request) or False)
        request._wagtail_site = site or None
        return self.get_response(request)
