"""The demo loaded once per run for the tests that commit for real, then copied back before each of them.

A transactional test (live server, worker threads) commits, so pytest-django flushes the whole database after
it, and the next test that wants the demo used to run `load_demo` again: ~1.8 s of CPU, about fifteen times
a run. On SQLite's in-memory test database the state right after the first load is kept as a second
in-memory database (sqlite3's backup API copies the pages: milliseconds) and copied back over the test
database whenever a later transactional test asks for the demo. Every such test still starts from exactly
what `load_demo` makes; what one test writes is flushed after it as before. Any other database (PostgreSQL)
loads the demo each time.
"""

import sqlite3

from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS, connections


class DemoCopy:
    def __init__(self, load):
        self.load = load
        self.copy = None

    def load_or_copy_back(self, alias=DEFAULT_DB_ALIAS):
        connection = connections[alias]
        if connection.in_atomic_block:  # the copy replaces the whole database: never inside a transaction
            raise RuntimeError("the demo copy is for transactional tests only")
        if connection.vendor != "sqlite" or not connection.is_in_memory_db():
            self.load()
            return
        connection.ensure_connection()
        if self.copy is None:
            self.load()
            self.copy = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(self.copy)
            return
        self.copy.backup(connection.connection)
        # the flush and its post_migrate made content types with other ids than the copy's
        ContentType.objects.clear_cache()

    def close(self):
        if self.copy is not None:
            self.copy.close()
            self.copy = None
