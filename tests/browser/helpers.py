"""What the walk-throughs share: a patient timeout, logging in through the form (password, then the
two-factor code where the account has one), opening a PDF link."""

import io
import re
from urllib.parse import urljoin

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from pypdf import PdfReader

from accounts.totp import current_code
from accounts.two_factor import confirmed_device

from playwright.sync_api import expect

# The machine running the suite may be busy; auto-waiting gets this long before a step fails.
SLOW = 30_000
expect.set_options(timeout=SLOW)

PASSWORDS = {
    "editor": "editor-demo-2026",
    "staff": "staff-demo-2026",
    "head": "head-demo-2026",
    "village_a": "village-a-demo-2026",
    "village_b": "village-b-demo-2026",
    "director": "director-demo-2026",
    "leader": "leader-demo-2026",
    "liaison": "liaison-demo-2026",
}


def login(page, live_server, username):
    """Log in on the admin login form as one of the demo users, a fresh session; someone who logged in
    earlier in the test gets their own session back instead, as at their own computer. Logging in again
    would need a new two-factor code, and a code is accepted once: the third login of a user within one
    30-second step waited for the next step (accounts/totp.py)."""
    if not hasattr(page, "sessions"):
        page.sessions, page.user = {}, None  # username -> that person's cookies; who is logged in now
    sessions, cookies = page.sessions, page.context.cookies()
    if _session(cookies):
        sessions[page.user] = cookies  # as they are now (a test may clear them meanwhile: then kept no more)
    else:
        sessions.pop(page.user, None)
    page.context.clear_cookies()
    back = False
    if username in sessions:
        theirs = sessions.pop(username)
        page.context.add_cookies(theirs)
        page.goto(live_server.url + "/admin/")
        back = page.url == live_server.url + "/admin/" and _session(page.context.cookies()) == _session(theirs)
    # Not logged in yet in this test, or that session is gone. The session is saved (and its cookie sent) on
    # every request: an answer to someone's request still on its way when the cookies were cleared can put
    # their cookie back, and the next login through the form then replaces their session.
    if not back:
        page.context.clear_cookies()
        page.goto(live_server.url + "/admin/login/")
        field(page, "用户名").fill(username)
        page.get_by_label(re.compile(r"^\s*(密码|Password)")).fill(PASSWORDS[username])
        page.get_by_role("button", name="登录").click()
        second_factor(page, live_server, username)
    page.wait_for_url(live_server.url + "/admin/")
    expect(page.locator("main")).to_be_visible()
    page.user = username


def _session(cookies):
    """The session cookie's value among `cookies`, or None."""
    return next((c["value"] for c in cookies if c["name"] == settings.SESSION_COOKIE_NAME), None)


def second_factor(page, live_server, username):
    """After the password: when the admin asks for the two-factor code (or its setup), type the code an
    authenticator app would show, computed from the device's key."""
    steps = {live_server.url + reverse(name) for name in ("accounts_two_factor_verify", "accounts_two_factor_setup")}
    admin = live_server.url + "/admin/"
    page.wait_for_url(lambda url: url == admin or url.split("?")[0] in steps)
    if page.url == admin:
        return
    user = get_user_model().objects.get(username=username)
    device = confirmed_device(user) or TOTPDevice.objects.get(user=user, confirmed=False)
    field(page, "验证码").fill(current_code(device))
    page.get_by_role("button", name=re.compile("^验证并")).click()
    page.wait_for_url(lambda url: url.split("?")[0] not in steps)


def open_pdf(page, link):
    """Click a link to a PDF (same tab or a new one) and check what the browser received.

    Chromium shows the PDF in its viewer, whose page is not the file, so the bytes are fetched again
    with the same session, as 另存为 would; returns the text of the PDF (pypdf) for assertions.
    """
    url = urljoin(page.url, link.get_attribute("href"))
    with page.context.expect_event("response", lambda r: r.url == url) as caught:
        link.click()
    response = caught.value
    assert response.status == 200, f"{url} answered {response.status}"
    assert response.headers["content-type"] == "application/pdf"
    data = page.context.request.get(url).body()
    assert data[:5] == b"%PDF-"
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def menu(page, group, item):
    """Open an item of a sidebar menu group (e.g. 社区矫正工作 → 协助工作通知单)."""
    page.get_by_role("button", name=group).click()
    page.get_by_role("link", name=item, exact=True).click()


def save(page, listing):
    """Save the form (保存) and land on the listing, e.g. "forms_app/registration"."""
    page.get_by_role("button", name="保存").click()
    page.wait_for_url(f"**/admin/snippets/{listing}/")


def start_adding(page, live_server, username, item, record):
    """Log in, open 社区矫正工作 → item and click 添加 record (a fresh record's form)."""
    page.set_default_timeout(SLOW)
    login(page, live_server, username)
    menu(page, "社区矫正工作", item)
    page.get_by_role("link", name=f"添加 {record}").click()


def field(scope, label):
    """The form field labelled exactly `label` (Wagtail appends a * to required fields' labels)."""
    return scope.get_by_label(re.compile(rf"^\s*{re.escape(label)}\s*\*?\s*$"))


def fill_date(page, label, day):
    """Type a date into Wagtail's date field, then click that day in the calendar it opens (which closes it).

    The calendar reads the field's text when the field is left, and when it opens (100 ms after a focus or
    click): a click before typing raced the typing (on a busy machine it read the old text and showed today's
    month, where the typed day never became current), and a click after it could find the calendar that
    timer opened lying over the field. So the text is typed, the field left (the calendar takes the typed
    day) and focused again, which opens the calendar unless that timer already has."""
    box = field(page, label)
    box.fill(day.isoformat())
    box.blur()
    box.focus()
    calendar = page.locator(".xdsoft_datetimepicker:visible")
    cell = calendar.locator(f'td.xdsoft_date[data-date="{day.day}"][data-month="{day.month - 1}"]'
                            f'[data-year="{day.year}"]')
    expect(cell).to_have_class(re.compile(r"\bxdsoft_current\b"))
    cell.click()
    expect(calendar).to_have_count(0)
    expect(box).to_have_value(day.isoformat())


def choose(page, label, name, exact=True):
    """Pick a record in a Wagtail chooser: open it, search by name, click the result (whose title
    is `name`, or contains it when not `exact`)."""
    page.get_by_role("button", name=f"选择 {label}").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_placeholder("输入姓名或名称检索").fill(name)
    dialog.get_by_role("link", name=name, exact=exact).click()
    expect(dialog).to_be_hidden()


def open_notice(page, title):
    """From the notice listing, open a notice's 查看 (inspect) view, where its workflow buttons are."""
    menu(page, "社区矫正工作", "协助工作通知单")
    page.get_by_role("button", name=f"“{title}”的更多选项").click()
    page.get_by_role("link", name="查看", exact=True).click()
    page.wait_for_url("**/inspect/*/")
