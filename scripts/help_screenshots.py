"""Take the 使用帮助 page's pictures: each role's start page, from a running `make run` (demo data).

    make run                                   # in one terminal (or any server with the demo loaded)
    .venv/bin/python scripts/help_screenshots.py http://127.0.0.1:8000

Logs in as each demo user through the login form in Debian's Chromium (Playwright), typing the two-factor
code the demo's authenticator would show where the role must use one (read from the same database: run it
with the server's DATABASE_URL), photographs the start page's own panel at a small size and writes
static/help/<role>.png (home/templates/home/admin/help.html).
"""

import os
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "static" / "help"
CHROMIUM = "/usr/bin/chromium"
# The start page's own panel, by the id of its section; the committee roles' start page is all of <main>.
RECORDS_PANEL, EDITOR_PANEL, WHOLE_PAGE = "#cc-start-section", "#cc-editor-section", "main"


def _shoot(page, selector, path):
    """The panel; <main> (which fills the window below its content) down to its lowest text only."""
    if selector != "main":
        page.locator(selector).screenshot(path=path, scale="css")
        return
    clip = page.evaluate("""(selector) => {
        const panel = document.querySelector(selector), box = panel.getBoundingClientRect();
        const leaves = [...panel.querySelectorAll("*")].filter(e => !e.children.length && e.getClientRects().length);
        const bottom = Math.max(...leaves.map(e => e.getBoundingClientRect().bottom), box.top);
        return {x: box.left, y: box.top, width: box.width, height: Math.min(box.bottom, bottom + 24) - box.top};
    }""", selector)
    page.screenshot(path=path, scale="css", clip=clip)


def main(base_url):
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    # Playwright's sync API runs an event loop; this one-user script reads the devices between its steps.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    import django

    django.setup()
    from django.contrib.auth import get_user_model

    from accounts.totp import current_code
    from accounts.two_factor import confirmed_device
    from home import roles
    from home.demo import DEMO_USERS
    from home.help import GUIDES  # role -> picture name

    panels = {roles.OFFICE_HEAD: RECORDS_PANEL, roles.OFFICE_STAFF: RECORDS_PANEL,
              roles.VILLAGE_STAFF: RECORDS_PANEL, roles.POLICY_EDITOR: EDITOR_PANEL}
    # Each role's last demo user (the village staff: village_b) logs in.
    logins = {role: (name, password) for name, password, _label, role in DEMO_USERS if role in GUIDES}
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        for role, picture in GUIDES.items():
            username, password = logins[role]
            panel = panels.get(role, WHOLE_PAGE)
            context = browser.new_context(viewport={"width": 1400, "height": 2400}, locale="zh-CN")
            page = context.new_page()
            page.goto(f"{base_url}/admin/login/")
            page.fill("input[name=username]", username)
            page.fill("input[name=password]", password)
            page.click("button[type=submit]")
            page.wait_for_url(lambda url: "/admin/login/" not in url)
            if "/admin/two-factor/verify/" in page.url:
                device = confirmed_device(get_user_model().objects.get(username=username))
                page.fill("input[name=otp_token]", current_code(device))
                page.click("button[type=submit]")
            page.wait_for_url(f"{base_url}/admin/")
            _shoot(page, panel, str(OUT / f"{picture}.png"))
            context.close()
            print(OUT / f"{picture}.png")
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8000")
