"""Serve rendered public pages from the cache.

Only what is the same for every reader is cached: GET/HEAD, no session or messages cookie (so never a
logged-in user, an editor, a preview or a page behind a password), no query string except the
library's filters, a 200 answer that sets no cookie and is not private. Everything else passes through
untouched. Sits right after whitenoise, so a hit skips sessions, auth and the page tree entirely.
"""

from hashlib import sha1
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone

from pagecache import generation

# Paths never cached: the admin (records and their PDFs: personal data), documents, Wagtail's login/password views.
EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/_util/", "/static/", "/media/")
ALLOWED_QUERY = ("page", "publisher", "subject", "validity", "year")
MAX_BYTES = 2 * 1024 * 1024
HEADER = "X-Page-Cache"


def _setting(name, default):
    return getattr(settings, name, default)


def cache_key(request):
    """The key for this request, or None when it must not be served from (or stored in) the cache."""
    if request.method not in ("GET", "HEAD"):
        return None
    if request.path.startswith(_setting("PAGECACHE_EXCLUDED_PREFIXES", EXCLUDED_PREFIXES)):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return None
    allowed = _setting("PAGECACHE_QUERY_KEYS", ALLOWED_QUERY)
    query = []
    for key, values in sorted(request.GET.lists()):
        if key not in allowed or len(values) != 1:
            return None
        query.append((key, values[0]))
    raw = f"{request.get_host()}|{request.path}|{urlencode(query)}"
    # Keyed by the local date too: an amendment takes effect at midnight without anyone publishing.
    return f"pagecache:{generation.current()}:{timezone.localdate().isoformat()}:{sha1(raw.encode()).hexdigest()}"


def storable(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if "private" in response.get("Cache-Control", "") or "no-store" in response.get("Cache-Control", ""):
        return False
    return len(response.content) <= MAX_BYTES


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with generation.pinned():  # one read of the generation for the whole request
            return self._serve(request)

    def _serve(self, request):
        key = cache_key(request)
        if key is None:
            return self.get_response(request)
        hit = generation.cache().get(key)
        if hit is not None:
            content, headers = hit
            response = HttpResponse(content, status=200)
            for name, value in headers:
                response.headers[name] = value
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        # A page that used a CSRF token holds this visitor's token: never hand it to another.
        if request.method == "GET" and storable(response) and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            headers = [(k, v) for k, v in response.headers.items() if k.lower() != HEADER.lower()]
            generation.cache().set(key, (response.content, headers), _setting("PAGECACHE_TIMEOUT", 600))
            response[HEADER] = "miss"
        return response
