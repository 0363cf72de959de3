"""One fixture world shared by every test of the module, and one logged-in client per role.

The world is built once inside a transaction that is rolled back at the end, so the few thousand
requests share it and nothing leaks into other test modules.
"""

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


@pytest.fixture
def clients(world):
    # Per test: a URL that logs its caller out (admin/logout/) must not log out the next test's client.
    out = {}
    for role in ROLES:
        client = Client(raise_request_exception=False)  # a 500 is an outcome like any other
        if role != "anonymous":
            client.force_login(world.users[role])
        out[role] = client
    return out
