"""Shared by the importer tests: the seed files and the round-trip check."""

import re
from pathlib import Path

from home.demo import ensure_site, load_users
from policies.demo import load_library
from policies.importer import text

SEEDS = Path(__file__).resolve().parent.parent / "seed_documents"
SEED_000 = SEEDS / "000_ef1fc470f50ef23f.txt"
SEED_001 = SEEDS / "001_cf18d2b64d1ed7e8.txt"
SEED_003 = SEEDS / "003_7c7ffcf2df212b56.txt"
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def editor_world():
    """The browser tests' world: the site, the demo users and the policy library."""
    ensure_site()
    load_users()
    load_library()


def log_in_as_editor(page, live_server):
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "editor-demo-2026")
    page.click("button[type=submit]")


def han(text):
    return HAN.findall(text)


def is_subsequence(needle, haystack):
    it = iter(haystack)
    return all(c in it for c in needle)


def first_missing(needle, haystack):
    """Index in `needle` of the first character not found in order in `haystack` (for messages)."""
    j = 0
    for i, c in enumerate(needle):
        while j < len(haystack) and haystack[j] != c:
            j += 1
        if j == len(haystack):
            return i
        j += 1
    return None


def source_body(raw, doc, skip_before=0):
    """The source's Chinese characters minus what the importer reported removing (artefacts,
    web chrome, unplaced lines, spam when dropped) and minus lines before `skip_before`."""
    removed = {n["line"] for n in doc["repairs"]}
    for w in doc["warnings"]:
        if w["code"] in ("web_chrome", "unplaced"):
            removed |= set(range(w["line"], (w.get("last_line") or w["line"]) + 1))
    lines = text.normalise(raw).split("\n")  # the importer's line numbering
    kept = []
    for number, line in enumerate(lines, start=1):
        if number < skip_before or number in removed:
            continue
        kept.append(line)
    return "\n".join(kept)
