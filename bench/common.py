"""What the benchmark modules share: a throw-away database of their own."""

import os
from contextlib import contextmanager


@contextmanager
def throwaway_database():
    """A fresh test database (SQLite in memory; on PostgreSQL cc_bench_<pid>, created and migrated) for one
    benchmark, destroyed afterwards.

    Benchmarks never touch the dev database; each module runs in its own process (bench/__main__.py).
    """
    import django

    django.setup()
    from django.db import connections
    from django.test.utils import (
        setup_databases,
        setup_test_environment,
        teardown_databases,
        teardown_test_environment,
    )

    for connection in connections.all():
        if connection.vendor != "sqlite":  # on a shared server: a name of this run's own
            connection.settings_dict["TEST"]["NAME"] = f"cc_bench_{os.getpid()}"
    setup_test_environment()
    old = setup_databases(verbosity=0, interactive=False)
    try:
        yield
    finally:
        teardown_databases(old, verbosity=0)
        teardown_test_environment()
