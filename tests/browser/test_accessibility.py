"""The public pages pass axe-core's WCAG 2.1 A/AA rules in Debian's Chromium: on a 390 px phone and a
1366 px desktop, in the normal look and in 长者模式 (high contrast, large type), with no sideways scroll.

axe-core comes from npm (package.json; `make browser-deps` installs it) and is injected by Playwright.
"""

from pathlib import Path

import pytest

from policies.models import PolicyPage
from versions.models import PolicyVersion

from .helpers import SLOW

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']"
RUN_AXE = f"""async () => (await axe.run(document, {{runOnly: {{type: 'tag', values: {WCAG}}}}})).violations
  .map(v => v.id + ' (' + v.nodes.length + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')
  + ' ' + ((n.any[0] || n.all[0] || {{}}).message || '')).join(' | '))"""
ELDER = "localStorage.setItem('cc-contrast', 'high'); localStorage.setItem('cc-font-size', 'large');"


def _public_paths():
    amended = PolicyVersion.objects.filter(number=2).first().page_id
    document = PolicyPage.objects.live().filter(disclosure="proactive").exclude(pk=amended).first()
    return ["/", "/policies/", PolicyPage.objects.get(pk=amended).url, document.url, document.url + "print/",
            "/policies/units/", "/policies/units/sifasuo/", "/search/?q=社区矫正", "/search/?q=没有这样的词语",
            "/sitemap/", f"/versions/{amended}/", f"/versions/{amended}/1/",
            f"/versions/{amended}/compare/?from=1&to=2", "/no-such-page/"]


def test_public_pages_have_no_wcag_violations_on_phone_and_desktop_normal_and_elder(live_server, chromium, demo):
    if not AXE.exists():
        pytest.fail(f"axe-core is missing ({AXE}): run `make browser-deps` (make test does it)")
    axe = AXE.read_text()
    paths = _public_paths()
    found = []
    for width in (390, 1366):
        for elder in (False, True):
            context = chromium.new_context(viewport={"width": width, "height": 900}, locale="zh-CN")
            # axe before each page's own scripts, through the devtools protocol: the site's CSP (no inline
            # script) stays in force and is checked like everything else.
            context.add_init_script(axe)
            if elder:
                context.add_init_script(ELDER)
            tab = context.new_page()
            tab.set_default_timeout(SLOW)
            errors = []  # a missing favicon or a failing script is a console error on every page
            tab.on("response", lambda r: r.status >= 400 and not r.url.endswith("/no-such-page/")
                   and errors.append(f"{r.status} {r.url}"))
            tab.on("console", lambda m: m.type == "error" and not m.text.startswith("Failed to load resource")
                   and errors.append(m.text))
            tab.goto(live_server.url + "/")
            assert tab.evaluate("document.documentElement.classList.contains('high-contrast')") == elder
            for path in paths:
                tab.goto(live_server.url + path)
                where = f"{width}px {'长者模式' if elder else '普通'} {path}"
                found += [f"{where}: {v}" for v in tab.evaluate(RUN_AXE)]
                overflow = tab.evaluate("document.documentElement.scrollWidth") - width
                if overflow > 0:
                    found.append(f"{where}: 横向溢出 {overflow}px")
            found += [f"{width}px {'长者模式' if elder else '普通'}: {e}" for e in errors]
            context.close()
    assert not found, "\n".join(found)
