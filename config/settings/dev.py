from .base import *  # noqa: F401,F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret-5b1f0d1c7e2a4f0c9a7d3e8b6c5a4f3e2d1c0b9a8f7e6d5c"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
