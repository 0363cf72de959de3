"""Every URL of the project, requested as every role against both committees' objects.

The expected outcome of each (URL pattern, role, object) is written down in table.py; a URL pattern
with no rule there fails `test_every_url_has_a_rule`, naming it. Independently of the table, a village
user must never get 200 on the other committee's record or on a minor's, and no answer to anyone may
contain the name, ID number or notice number of a person outside their scope (leaks.py).
"""

import json
import os
from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from wagtail.admin.models import EditingSession

from tests.access import leaks, table
from tests.access.urlmap import Unfillable, check_resolves, patterns, targets
from tests.access.world import ROLES

PATTERNS = patterns()
REDIRECTS = {301, 302, 303, 307, 308}


def outcome(response):
    """The status class the table speaks in: 200, login, denied (Wagtail's redirect home), redirect, 4xx."""
    code = response.status_code
    if code in REDIRECTS:
        path = urlsplit(response["Location"]).path
        if path.startswith("/admin/login/") or path.startswith("/_util/login/"):
            return "login"
        if path == "/admin/":
            return "denied"
        return "redirect"
    if 200 <= code < 300:
        return "200"
    return str(code)


def _leaks(role, label, got):
    """A village user reading another committee's record, or a minor's, is a leak whatever the table says;
    so is a 联络员 reading any record of a supervisee, or another member unit's report or receipt."""
    if got == "200" and role == "liaison":
        return label.split("-")[0] in ("A", "B") or label == "other"
    if got != "200" or role not in ("village_a", "village_b"):
        return False
    own = "A" if role == "village_a" else "B"
    committee = label.split("-")[0]
    return committee in ("A", "B") and (committee != own or label.endswith("-minor"))


@pytest.fixture(scope="module")
def banned(world, django_db_blocker):
    """role -> the strings no answer to that role may contain."""
    with django_db_blocker.unblock():
        return {role: leaks.forbidden(world.users.get(role)) for role in ROLES}


@pytest.fixture(scope="module")
def banned_public(world, banned, django_db_blocker):
    """role -> what no answer outside /admin/ may contain."""
    with django_db_blocker.unblock():
        titles = leaks.unpublished_titles(world)
    return {role: {**banned[role], **titles} for role in ROLES}


def test_every_url_has_a_rule():
    missing = [str(p) for p in PATTERNS if table.rule_for(p.route) is None]
    assert not missing, "URL patterns without an entry in tests/access/table.py:\n" + "\n".join(missing)


def test_every_rule_is_used():
    """A rule matching no URL any more is stale (the view was renamed or removed)."""
    stale = [r.route for r in table.RULES if not any(r.matches(p.route) for p in PATTERNS)]
    assert not stale, f"rules in tests/access/table.py that match no URL: {stale}"


@pytest.mark.django_db
@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.route for p in PATTERNS])
def test_access(pattern, world, clients, banned, banned_public):
    rule = table.rule_for(pattern.route)
    dump = os.environ.get("ACCESS_MATRIX_DUMP")  # maintenance aid: record what each URL answered
    if rule is None and not dump:
        pytest.fail(f"URL {pattern} has no entry in tests/access/table.py")
    try:
        concrete = targets(pattern, world)
    except Unfillable as exc:
        pytest.fail(str(exc))
    failures, seen = [], {}
    for target in concrete:
        assert check_resolves(pattern, target), f"{target.url} does not reach {pattern}"
        for role in ROLES:
            response = clients[role].get(target.url)
            got = outcome(response)
            seen[f"{target.label} {role} {target.url}"] = got
            want = rule.expect(role, target.label) if rule else "(no rule)"
            named = leaks.leaked(response, (banned if target.url.startswith("/admin/") else banned_public)[role])
            if named:
                failures.append(f"LEAK {role} {target.url} ({got}) names: {', '.join(named)}")
            if _leaks(role, target.label, got):
                failures.append(f"LEAK {role} got 200 on {target.label}'s {target.url}")
            elif got != want:
                failures.append(f"{role:9} {target.label:10} {target.url}: expected {want}, got {got}")
    if dump:
        with open(dump, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"route": pattern.route, "name": pattern.name, "seen": seen},
                                ensure_ascii=False) + "\n")
    assert not failures, f"{pattern} (rule {rule and rule.route!r}):\n" + "\n".join(failures)


# Wagtail's editing-session endpoints take POST only, so test_access (GET) sees 405; here they are posted to.
SESSION_SUBJECTS = {"forms_app.supervisee", "forms_app.assistancenotice", "forms_app.registration",
                    "forms_app.assistant", "forms_app.villagecommittee", "forms_app.auditentry", "page"}


def _edit_route(key):
    if key == "page":
        return "admin/pages/<int:page_id>/edit/"
    app, model = key.split(".")
    return f"admin/snippets/{app}/{model}/edit/<int:pk>/"


@pytest.mark.django_db
def test_editing_sessions(world, clients, banned):
    """A ping answers like the object's edit form: 200 where the role may edit it, else 404 as for a
    missing object (never who else is editing); another office's records are 404 for everyone."""
    failures = []
    for key in sorted(SESSION_SUBJECTS):
        app, model = ("wagtailcore", "page") if key == "page" else key.split(".")
        rule = table.rule_for(_edit_route(key))
        subjects = world.get(key) + [("other-office", obj) for obj in world.foreign.get(key, [])]
        for label, obj in subjects:
            url = reverse("wagtailadmin_editing_sessions:ping", args=(app, model, obj.pk, 0))
            for role in ROLES:
                response = clients[role].post(url)
                got = outcome(response)
                edit = rule.expect(role, label) if label != "other-office" or role == "anonymous" else "404"
                want = edit if edit in ("200", "login") else "404"
                named = leaks.leaked(response, banned[role])
                if named:
                    failures.append(f"LEAK {role} {url} names: {', '.join(named)}")
                if got != want:
                    failures.append(f"{role:9} {label:12} {url}: expected {want}, got {got}")
    assert not failures, "\n".join(failures)


@pytest.mark.django_db
def test_editing_session_release_touches_only_ones_own(world, clients):
    person = world.first("forms_app.supervisee", "A")
    ping = reverse("wagtailadmin_editing_sessions:ping", args=("forms_app", "supervisee", person.pk, 0))
    session_id = clients["staff"].post(ping).json()["session_id"]
    release = reverse("wagtailadmin_editing_sessions:release", args=(session_id,))
    for role in ROLES:
        if role != "staff":
            want = "login" if role == "anonymous" else "200"
            assert outcome(clients[role].post(release)) == want, role
    assert EditingSession.objects.filter(pk=session_id).exists()
