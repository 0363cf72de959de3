#!/usr/bin/env python3
"""List Wagtail admin strings that have no Simplified Chinese translation.

For every Wagtail app catalogue (django.po and djangojs.po) the msgids present in the
``en`` catalogue but missing, empty or fuzzy in ``zh_Hans`` are listed. Entries already
translated in the project's own catalogue (``locale/zh_Hans/LC_MESSAGES``, which
LOCALE_PATHS puts ahead of the app catalogues) count as translated unless
``--ignore-project`` is given, so the script shows what is still left to do.

    .venv/bin/python scripts/missing_translations.py            # summary + the strings
    .venv/bin/python scripts/missing_translations.py --summary  # counts only
    .venv/bin/python scripts/missing_translations.py --po djangojs > todo.po

Exit status is 1 when something is missing, so CI or a Wagtail upgrade can notice.
Pure standard library: no polib/babel needed.
"""

from __future__ import annotations

import argparse
import ast
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT_LOCALE = ROOT / "locale" / "zh_Hans" / "LC_MESSAGES"
TARGET = "zh_Hans"


@dataclass
class Entry:
    msgid: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    references: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)

    @property
    def translated(self) -> bool:
        return "fuzzy" not in self.flags and bool(self.msgstr) and all(self.msgstr.values())


def _unquote(text: str) -> str:
    # PO strings use C escapes, which a Python string literal reads the same way.
    return ast.literal_eval(text.strip())


def parse_po(path: Path) -> list[Entry]:
    """Parse a .po file into entries (obsolete ``#~`` entries and the header are dropped)."""
    entries: list[Entry] = []
    current = Entry()
    target: tuple[str, int] | None = None  # which field a continuation line extends
    seen_msgid = False

    def finish() -> None:
        nonlocal current, seen_msgid, target
        if seen_msgid and current.msgid:
            entries.append(current)
        current, seen_msgid, target = Entry(), False, None

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#~"):
            continue
        if line.startswith("#"):
            if seen_msgid:  # a comment starts the next entry
                finish()
            if line.startswith("#,"):
                current.flags.update(f.strip() for f in line[2:].split(","))
            elif line.startswith("#:"):
                current.references.extend(line[2:].split())
            continue
        if line.startswith('"'):
            if target is None:
                raise ValueError(f"{path}: continuation line without a keyword: {raw!r}")
            name, index = target
            value = _unquote(line)
            if name == "msgstr":
                current.msgstr[index] += value
            else:
                setattr(current, name, (getattr(current, name) or "") + value)
            continue
        keyword, _, rest = line.partition(" ")
        if keyword == "msgctxt":
            if seen_msgid:
                finish()
            current.msgctxt, target = _unquote(rest), ("msgctxt", 0)
        elif keyword == "msgid":
            if seen_msgid:
                finish()
            current.msgid, target, seen_msgid = _unquote(rest), ("msgid", 0), True
        elif keyword == "msgid_plural":
            current.msgid_plural, target = _unquote(rest), ("msgid_plural", 0)
        elif keyword.startswith("msgstr"):
            index = int(keyword[7:-1]) if keyword.startswith("msgstr[") else 0
            current.msgstr[index] = _unquote(rest)
            target = ("msgstr", index)
        else:
            raise ValueError(f"{path}: unexpected line: {raw!r}")
    finish()
    return entries


def wagtail_dir() -> Path:
    import wagtail

    return Path(wagtail.__file__).resolve().parent


def catalogues(base: Path) -> list[tuple[str, Path]]:
    """(app label, en .po path) for every Wagtail catalogue, sorted by app."""
    found = []
    for en_po in sorted(base.rglob("locale/en/LC_MESSAGES/*.po")):
        app = en_po.parents[3].relative_to(base.parent).as_posix().replace("/", ".")
        found.append((app, en_po))
    return found


def missing(en_po: Path, project: dict[str, dict]) -> list[Entry]:
    zh_po = en_po.parents[2] / TARGET / "LC_MESSAGES" / en_po.name
    zh = {e.key: e for e in parse_po(zh_po)} if zh_po.exists() else {}
    ours = project.get(en_po.stem, {})
    result = []
    for entry in parse_po(en_po):
        done = zh.get(entry.key)
        if done is not None and done.translated:
            continue
        mine = ours.get(entry.key)
        if mine is not None and mine.translated:
            continue
        result.append(entry)
    return result


def project_catalogues(ignore: bool) -> dict[str, dict]:
    if ignore:
        return {}
    result = {}
    for domain in ("django", "djangojs"):
        path = PROJECT_LOCALE / f"{domain}.po"
        if path.exists():
            result[domain] = {e.key: e for e in parse_po(path)}
    return result


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def format_entry(entry: Entry, app: str) -> str:
    lines = [f"#. {app}"]
    if entry.references:
        lines.append("#: " + " ".join(entry.references[:3]))
    flags = sorted(f for f in entry.flags if f and f != "fuzzy")
    if flags:
        lines.append("#, " + ", ".join(flags))
    if entry.msgctxt is not None:
        lines.append(f"msgctxt {_quote(entry.msgctxt)}")
    lines.append(f"msgid {_quote(entry.msgid)}")
    if entry.msgid_plural is not None:
        lines.append(f"msgid_plural {_quote(entry.msgid_plural)}")
        lines.append('msgstr[0] ""')
    else:
        lines.append('msgstr ""')
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--summary", action="store_true", help="print counts only")
    parser.add_argument("--po", choices=["django", "djangojs"], help="print the missing entries of one domain as PO")
    parser.add_argument("--ignore-project", action="store_true", help="do not count the project's locale/ as translated")
    args = parser.parse_args(argv)

    project = project_catalogues(args.ignore_project)
    total = 0
    seen: set[tuple[str, tuple]] = set()  # one msgid shared by two apps needs one project entry
    for app, en_po in catalogues(wagtail_dir()):
        if args.po and en_po.stem != args.po:
            continue
        entries = [e for e in missing(en_po, project) if (en_po.stem, e.key) not in seen]
        seen.update((en_po.stem, e.key) for e in entries)
        total += len(entries)
        if args.po:
            for entry in entries:
                print(format_entry(entry, app), end="\n\n")
            continue
        en_count = len(parse_po(en_po))
        print(f"{app:40} {en_po.name:13} {en_count:5} msgids, {len(entries):4} missing")
        if not args.summary:
            for entry in entries:
                ctx = f"[{entry.msgctxt}] " if entry.msgctxt else ""
                print(f"    {ctx}{entry.msgid!r}")
    if not args.po:
        print(f"total missing: {total}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
