"""One fixture world shared by every test of the module, and one logged-in client per role.

The world is built once inside a transaction that is rolled back at the end, so the few thousand
requests share it and nothing leaks into other test modules.
"""

import copy

import pytest
from django.db import transaction
from django.test import Client, override_settings

from tests.access.world import ROLES, build


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    jobs_dir = tmp_path_factory.mktemp("job-files")  # other test runs clean the shared job folder
    with django_db_blocker.unblock(), override_settings(JOB_FILES_DIR=jobs_dir):
        with transaction.atomic():
            w = build()
            yield w
            transaction.set_rollback(True)


@pytest.fixture(scope="module")
def _logged_in(world, django_db_blocker):
    """role -> (client, its cookies right after logging in): each role logs in once per module. The session
    row is written inside the module's transaction, so when a test logs its caller out (admin/logout/
    deletes the row) the test's rollback brings the row back."""
    out = {}
    with django_db_blocker.unblock():
        for role in ROLES:
            client = Client(raise_request_exception=False)  # a 500 is an outcome like any other
            if role != "anonymous":
                client.force_login(world.users[role])
            out[role] = (client, copy.deepcopy(client.cookies))
    return out


@pytest.fixture
def clients(_logged_in):
    """role -> a client holding only its login cookie: what an earlier test's requests set (a logout's
    new empty session, messages) is dropped, as a new client per test would."""
    out = {}
    for role, (client, cookies) in _logged_in.items():
        client.cookies = copy.deepcopy(cookies)
        out[role] = client
    return out
