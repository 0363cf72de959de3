"""Sessions that slide with every request (SESSION_SAVE_EVERY_REQUEST) without minting new ones.

Django saves the session after every request when SESSION_SAVE_EVERY_REQUEST is on. A cookie that names no
stored session (expired, deleted on logout elsewhere, made up by a crawler) is not loaded when the view never
reads the session (/robots.txt, a public page for a visitor), so it does not look empty and the save creates a
new, empty session row under a fresh key: one row per such request. Loading it first makes it read as what it
is, an empty session, and Django then deletes the cookie instead.
"""

from django.conf import settings
from django.contrib.sessions.middleware import SessionMiddleware as DjangoSessionMiddleware


class SessionMiddleware(DjangoSessionMiddleware):
    def process_response(self, request, response):
        session = getattr(request, "session", None)
        if session is not None and not session.accessed and settings.SESSION_COOKIE_NAME in request.COOKIES:
            session.get(DjangoSessionMiddleware.__name__)  # any key: reading loads the session (or finds none)
        return super().process_response(request, response)
