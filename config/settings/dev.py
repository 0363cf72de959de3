import os

from .base import *  # noqa: F401,F403

# `make run` shows the site as its readers see it, its own 404/500 pages included; DJANGO_DEBUG=1 brings
# Django's debug pages back for development. Static files come from the app folders through whitenoise
# either way, and uploaded media are served by Django (config/urls.py, SERVE_MEDIA).
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
SERVE_MEDIA = True
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT = None
SECRET_KEY = "dev-only-not-secret-5b1f0d1c7e2a4f0c9a7d3e8b6c5a4f3e2d1c0b9a8f7e6d5c"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
