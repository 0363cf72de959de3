"""The role groups hold every permission home.roles lists as soon as `migrate` has run, with no later sync
(the test factories no longer sync them for each user they make)."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from home.roles import ROLE_PERMISSIONS

pytestmark = pytest.mark.django_db


def held():
    return {group.name: {f"{p.content_type.app_label}.{p.codename}"
                         for p in group.permissions.select_related("content_type")}
            for group in Group.objects.filter(name__in=ROLE_PERMISSIONS)}


def missing():
    """role -> the listed permissions its group lacks (Wagtail's own migrations grant a few more)."""
    groups = held()
    return {role: set(perms) - groups.get(role, set()) for role, perms in ROLE_PERMISSIONS.items()}


def test_the_migrated_database_grants_every_listed_permission():
    # the test database was just made by `migrate`: its post_migrate hook is all that has synced the roles
    assert missing() == {role: set() for role in ROLE_PERMISSIONS}


def test_migrate_again_grants_a_permission_taken_away():
    editor = Group.objects.get(name=next(iter(ROLE_PERMISSIONS)))
    editor.permissions.clear()
    assert missing()[editor.name] == set(ROLE_PERMISSIONS[editor.name])
    call_command("migrate", verbosity=0)
    assert missing()[editor.name] == set()
