"""Every URL of the project, requested as every role against both committees' objects.

The expected outcome of each (URL pattern, role, object) is written down in table.py; a URL pattern
with no rule there fails `test_every_url_has_a_rule`, naming it. Independently of the table, a village
user must never get 200 on the other committee's record or on a minor's.
"""

import json
import os
from urllib.parse import urlsplit

import pytest

from tests.access import table
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


def test_every_url_has_a_rule():
    missing = [str(p) for p in PATTERNS if table.rule_for(p.route) is None]
    assert not missing, "URL patterns without an entry in tests/access/table.py:\n" + "\n".join(missing)


def test_every_rule_is_used():
    """A rule matching no URL any more is stale (the view was renamed or removed)."""
    stale = [r.route for r in table.RULES if not any(r.matches(p.route) for p in PATTERNS)]
    assert not stale, f"rules in tests/access/table.py that match no URL: {stale}"


@pytest.mark.django_db
@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.route for p in PATTERNS])
def test_access(pattern, world, clients):
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
            got = outcome(clients[role].get(target.url))
            seen[f"{target.label} {role}"] = got
            want = rule.expect(role, target.label) if rule else "(no rule)"
            if _leaks(role, target.label, got):
                failures.append(f"LEAK {role} got 200 on {target.label}'s {target.url}")
            elif got != want:
                failures.append(f"{role:9} {target.label:10} {target.url}: expected {want}, got {got}")
    if dump:
        with open(dump, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"route": pattern.route, "name": pattern.name, "seen": seen},
                                ensure_ascii=False) + "\n")
    assert not failures, f"{pattern} (rule {rule and rule.route!r}):\n" + "\n".join(failures)
