"""Fixtures shared by every app's tests: demo content and a real headless Chromium."""

import os
import shutil
from pathlib import Path

import pytest

OUTPUT = Path(__file__).parent / "test-output"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def _load_demo():
    from django.core.management import call_command

    with open(os.devnull, "w") as devnull:
        call_command("load_demo", "--quiet-logins", stdout=devnull)


def _for_the_module(django_db_blocker, load):
    """load()'s data for a module's tests, as setUpTestData makes it for a TestCase: inside a transaction
    rolled back after the module's last test. pytest-django's `db` runs each test in a savepoint within it,
    so what one test changes the next never sees. Such a module's tests must not be transactional
    (live_server, transactional_db), which would commit and flush inside that transaction."""
    from django.db import transaction

    with django_db_blocker.unblock():
        with transaction.atomic():
            yield load()
            transaction.set_rollback(True)


# The fixtures a module opts into with `pytestmark = pytest.mark.usefixtures(...)` to share its data.
MODULE_DATA = ("demo_module", "library_module")


@pytest.fixture
def demo(request, db):
    """The demo content as `make run` loads it: per test, or once per module where the module asks for
    `demo_module` (then this test runs in a savepoint on top of it, rolled back after it). A test that
    commits for real gets it copied back from the run's first load where the database allows
    (tests/demo_copy.py)."""
    if "demo_module" in request.fixturenames:
        return
    if request.node.get_closest_marker("transactional"):
        request.getfixturevalue("_demo_copy").load_or_copy_back()
    else:
        _load_demo()


@pytest.fixture(scope="session")
def _demo_copy(django_db_setup):
    from tests.demo_copy import DemoCopy

    copy = DemoCopy(_load_demo)
    yield copy
    copy.close()


@pytest.fixture(scope="module")
def demo_module(django_db_setup, django_db_blocker):
    """The demo loaded once for a module's tests (`_for_the_module`)."""
    yield from _for_the_module(django_db_blocker, _load_demo)


@pytest.fixture(autouse=True)
def _module_data_is_not_transactional(request):
    if not set(MODULE_DATA) & set(request.fixturenames):
        return
    if request.node.get_closest_marker("transactional"):  # set at collection: _is_transactional below
        pytest.fail("a transactional test cannot run on a module's shared data (demo_module, library_module): "
                    "leave its module without it")


@pytest.fixture(scope="session", autouse=True)
def _static_files_listed_once():
    """WhiteNoise lists and stats every static file (WHITENOISE_USE_FINDERS in the test settings) each time a
    middleware chain is built, and every test client builds one: ~50 ms for each of the ~4,000 clients of a
    run. The files do not change during a run, so the list is made once per process and configuration and
    each new middleware gets the same entries (the same StaticFile objects) that its own scan would make."""
    from django.conf import settings
    from whitenoise.middleware import WhiteNoiseMiddleware

    scan = WhiteNoiseMiddleware.add_files_from_finders
    listed = {}

    def add_files_from_finders(self):
        key = (self.static_prefix, self.max_age, self.allow_all_origins, self.charset, self.index_file,
               self.add_headers_function, repr([(name, getattr(settings, name)) for name in dir(settings)
                                                if name.startswith(("WHITENOISE_", "STATICFILES_"))]),
               tuple(settings.INSTALLED_APPS))
        if key not in listed:
            before = dict(self.files)
            scan(self)
            listed[key] = {url: f for url, f in self.files.items() if before.get(url) is not f}
        self.files.update(listed[key])

    WhiteNoiseMiddleware.add_files_from_finders = add_files_from_finders
    yield
    WhiteNoiseMiddleware.add_files_from_finders = scan


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Each test starts with empty caches: what they hold (rendered public pages, the holiday calendar)
    came from an earlier test's database, which has been rolled back."""
    from django.core.cache import caches

    from pagecache import fragments

    for cache in caches.all():
        cache.clear()
    fragments.forget_local()


@pytest.fixture(autouse=True)
def _live_server_gate(request):
    """Tests with a live server: no request reaches the database once the test is over (tests/liveserver.py)."""
    if "live_server" not in request.fixturenames:
        yield
        return
    from tests.liveserver import gate

    request.getfixturevalue("transactional_db")  # set up first, so flushed only after the gate has drained
    server_gate = gate(request.getfixturevalue("live_server"))
    server_gate.open()
    yield
    server_gate.close_and_drain()


@pytest.fixture(scope="session", autouse=True)
def _force_login_includes_second_factor():
    """`client.force_login` stands for a completed login, which for a user with two-factor login
    (accounts/two_factor.py) ends with a verified device: give them one and mark the session as the
    code step does. Tests of the login itself post the password and a real code instead. For the whole
    session, so that module-scoped fixtures (tests/access's logged-in clients) log in the same way."""
    from django.test.client import ClientMixin

    original = ClientMixin.force_login

    def force_login(self, user, backend=None):
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from accounts.two_factor import confirmed_device, requires_two_factor

        original(self, user, backend)
        device = confirmed_device(user)
        if device is None and requires_two_factor(user):
            device = TOTPDevice.objects.create(user=user, name="测试", confirmed=True)
        if device is not None:
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()

    ClientMixin.force_login = force_login
    yield
    ClientMixin.force_login = original


def _load_library():
    from home.demo import ensure_site
    from policies.demo import load_library, load_units

    ensure_site()
    load_units()
    return load_library()


@pytest.fixture
def library(request, db):
    """An empty 政策文件 library with the member units, as policies.demo makes it (no seeds): per test, or
    once per module where the module asks for `library_module` (each test then reads it afresh, so what an
    earlier test did to the Python object is not carried over)."""
    if "library_module" not in request.fixturenames:
        return _load_library()
    from policies.models import PolicyLibraryPage

    return PolicyLibraryPage.objects.get(pk=request.getfixturevalue("library_module").pk)


@pytest.fixture(scope="module")
def library_module(django_db_setup, django_db_blocker):
    """The library made once for a module's tests (`_for_the_module`)."""
    yield from _for_the_module(django_db_blocker, _load_library)


@pytest.fixture(scope="session")
def _playwright():
    # Playwright's sync API runs an event loop; Django must still allow ORM calls in tests.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def chromium(_playwright):
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian chromium is missing: run `make browser-deps` (make test does it)")
    browser = _playwright.chromium.launch(
        executable_path=CHROMIUM,
        headless=True,
        args=[
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    )
    yield browser
    browser.close()


@pytest.fixture
def page(chromium, request):
    """A fresh browser tab; screenshots of each step go to test-output/<test name>/: what the window shows, or
    with full_page=True the whole page (a filled-in form). Whole pages of long documents cost Chromium seconds
    of CPU each and show nothing more about the step."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    tab = context.new_page()
    folder = OUTPUT / request.node.name
    folder.mkdir(parents=True, exist_ok=True)
    steps = {"n": 0}

    def shot(name, full_page=False):
        steps["n"] += 1
        tab.screenshot(path=str(folder / f"{steps['n']:02d}-{name}.png"), full_page=full_page)

    tab.shot = shot
    # The Content-Security-Policy (config/settings/security.py) is on in tests: whatever it blocks fails the test.
    refused = []
    tab.on("console", lambda msg: refused.append(msg.text) if "Content Security Policy" in msg.text else None)
    yield tab
    context.close()
    assert not refused, "blocked by the Content-Security-Policy:\n" + "\n".join(refused)


# Tests that commit for real flush the database when they end, the migrations' data (Wagtail's root page…)
# included. One process runs them last (pytest-django orders them so); pytest-xdist hands out whole files
# in any order, so `make test` runs them in a second pass of their own, selected by this marker.
_TRANSACTIONAL_FIXTURES = {"transactional_db", "live_server", "django_db_reset_sequences",
                           "django_db_serialized_rollback"}


def _is_transactional(item):
    marker = item.get_closest_marker("django_db")
    if marker is not None and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])):
        return True
    if _TRANSACTIONAL_FIXTURES & set(getattr(item, "fixturenames", ())):
        return True
    from django.test import TestCase, TransactionTestCase

    cls = getattr(item, "cls", None)
    return bool(cls and issubclass(cls, TransactionTestCase) and not issubclass(cls, TestCase))


def pytest_collection_modifyitems(items):
    for item in items:
        if _is_transactional(item):
            item.add_marker(pytest.mark.transactional)
