"""The Content-Security-Policy: sent under production settings, and the same in tests (so the browser
tests run under it). `check --deploy` itself is tests/test_settings.py."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def production(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")}
    env.update({"DJANGO_SETTINGS_MODULE": "config.settings.production",
                "SECRET_KEY": secrets.token_urlsafe(60), "ALLOWED_HOSTS": "sqjz.example.gov.cn"})
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


PRINT_POLICY = """
import django; django.setup()
from django.conf import settings
assert "csp.middleware.CSPMiddleware" in settings.MIDDLEWARE, settings.MIDDLEWARE
from csp.middleware import CSPMiddleware
from django.http import HttpResponse
from django.test import RequestFactory
print(CSPMiddleware(lambda request: HttpResponse())(RequestFactory().get("/"))["Content-Security-Policy"])
"""


def test_production_sends_the_content_security_policy():
    done = production("-c", PRINT_POLICY)
    assert done.returncode == 0, done.stderr
    policy = dict(d.strip().split(" ", 1) for d in done.stdout.strip().split(";"))
    assert policy["script-src"] == "'self'"  # no nonce asked for, so no inline script at all
    assert policy["object-src"] == "'none'" and policy["frame-ancestors"] == "'self'"
    assert "unsafe-inline" not in policy["script-src"] and "unsafe-eval" not in done.stdout


@pytest.mark.parametrize("url", ["/", "/admin/login/"])
def test_the_tests_run_under_the_same_policy(client, db, url):
    from home.demo import ensure_site

    ensure_site()
    policy = client.get(url)["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "object-src 'none'" in policy


def test_an_admin_inline_script_carries_the_nonce_of_its_response(client, people):
    """The notice form's InlinePanel (协助事项) starts with Wagtail's inline script."""
    client.force_login(people["staff"])
    response = client.get("/admin/snippets/forms_app/assistancenotice/add/")
    nonce = re.search(r'<script nonce="([^"]+)">\s*\(function\(\) \{\s*var panel = new InlinePanel',
                      response.content.decode()).group(1)
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
    again = client.get("/admin/snippets/forms_app/assistancenotice/add/")
    assert f"'nonce-{nonce}'" not in again["Content-Security-Policy"]
