"""What the benchmark modules share: a throw-away database of their own."""

from contextlib import contextmanager


@contextmanager
def throwaway_database():
    """A fresh test database (test_<NAME>, migrated) for one benchmark, destroyed afterwards.

    Benchmarks never touch the dev database; each module runs in its own process (bench/__main__.py).
    """
    import django

    django.setup()
    from django.test.utils import (
        setup_databases,
        setup_test_environment,
        teardown_databases,
        teardown_test_environment,
    )

    setup_test_environment()
    old = setup_databases(verbosity=0, interactive=False)
    try:
        yield
    finally:
        teardown_databases(old, verbosity=0)
        teardown_test_environment()
