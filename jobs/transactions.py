"""The transaction a job's work writes in, safe beside its lease Keeper on SQLite.

SQLite allows one writer. A deferred transaction (Django's default BEGIN) that has read and then tries
to write while the Keeper thread holds the write lock gets "database is locked" at once: SQLite refuses
the upgrade instead of waiting, to avoid a deadlock. BEGIN IMMEDIATE takes the write lock at the start,
so the work never has to upgrade; the Keeper's renewals wait (or are skipped) until the work commits.
django-tasks-db does the same with EXCLUSIVE for claiming tasks (django_tasks_db.utils); IMMEDIATE
still lets the status pages read meanwhile. Other databases: a plain atomic block.
"""

from contextlib import contextmanager

from django.db import transaction


@contextmanager
def writing(using=None):
    connection = transaction.get_connection(using)
    if connection.vendor != "sqlite":
        with transaction.atomic(using=using):
            yield
        return
    if not hasattr(connection, "transaction_mode"):
        connection.get_connection_params()  # sets transaction_mode from the OPTIONS
    before = connection.transaction_mode
    connection.transaction_mode = "IMMEDIATE"
    try:
        with transaction.atomic(using=using):
            yield
    finally:
        connection.transaction_mode = before
