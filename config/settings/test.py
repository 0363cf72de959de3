import os

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "test-only-not-secret-0c9a7d3e8b6c5a4f3e2d1c0b9a8f7e6d5c5b1f0d1c7e2a4f"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run inline in tests so their effects can be asserted directly.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Files of their own for each pytest-xdist worker (`make test` runs two): each worker has its own test
# database, so two workers' job 1 or image 1 must not share a folder. "" outside xdist.
TEST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
_worker_suffix = f"-{TEST_WORKER}" if TEST_WORKER else ""
MEDIA_ROOT = BASE_DIR / "var" / f"test-media{_worker_suffix}"  # noqa: F405
JOB_FILES_DIR = BASE_DIR / "var" / f"test-job-files{_worker_suffix}"  # noqa: F405
# Tests never collect static files; without a STATIC_ROOT whitenoise serves through the finders.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
# Public pages in process memory unless the Redis tests ask for Redis (concurrent test runs on one
# machine must not share a file cache).
if not REDIS_URL:  # noqa: F405
    CACHES["pagecache"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",  # noqa: F405
                           "LOCATION": "cc-pagecache"}
