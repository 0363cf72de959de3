"""Settings of the fault tests' subprocesses: a real database worker (not the ImmediateBackend of the
test settings), a short lease, and the database and job folder the test gives in the environment."""

import os

from config.settings.test import *  # noqa: F401,F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
JOB_LEASE_SECONDS = 3
JOB_FILES_DIR = os.environ["JOB_FILES_DIR"]
