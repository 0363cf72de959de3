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
assert "config.csp.SiteCSPMiddleware" in settings.MIDDLEWARE, settings.MIDDLEWARE
from config.csp import SiteCSPMiddleware
from django.http import HttpResponse
from django.test import RequestFactory
print(SiteCSPMiddleware(lambda request: HttpResponse())(RequestFactory().get("/"))["Content-Security-Policy"])
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


def test_the_public_site_runs_no_inline_script(client, db):
    from home.demo import ensure_site

    ensure_site()
    response = client.get("/")
    policy = dict(d.strip().split(" ", 1) for d in response["Content-Security-Policy"].split(";"))
    assert policy["script-src"] == "'self'"
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", response.content.decode())


@pytest.mark.parametrize("url", ["/admin/snippets/forms_app/assistancenotice/add/", "/admin/print/assistants/roster.pdf"])
def test_the_staff_workbench_allows_wagtails_inline_scripts_without_a_nonce(client, people, url):
    """The notice form's choosers write inline scripts; a nonce would make browsers ignore 'unsafe-inline'."""
    client.force_login(people["staff"])
    response = client.get(url)
    policy = dict(d.strip().split(" ", 1) for d in response["Content-Security-Policy"].split(";"))
    assert policy["script-src"] == "'self' 'unsafe-inline'"
    assert "nonce-" not in response["Content-Security-Policy"]
