#!/usr/bin/env python3
"""Extract the UI strings of invoicedesk/gui/**/*.py (and the marked messages of the Qt-free
layers) into the .ts files and compile the .qm files.

    .venv/bin/python scripts/update_translations.py          # update .ts, compile .qm
    .venv/bin/python scripts/update_translations.py --check  # exit 1 if a .qm is out of date

Idempotent: lupdate merges into the existing .ts files, so translations are kept (strings that
disappear from the code are kept as "vanished" and come back if the string does). English is the
source language; invoicedesk_en.ts holds only the plural forms ("%n row(s)" -> "1 row" /
"2 rows"), which this script fills in itself when the source follows the "(s)" pattern.

Translate new strings with Qt Linguist (``pyside6-linguist``) or by editing the .ts files, then
run this script again.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "invoicedesk"
GUI = PACKAGE / "gui"
TRANSLATIONS = GUI / "translations"
LANGUAGES = ("nb", "da", "nl")
PLURAL_ONLY = ("en",)
#: Qt's own widget texts (file dialog, standard buttons, context menus) in a language Qt ships
#: no qtbase_<code>.qm for: written by hand, only compiled here (gui/i18n.py loads them)
QT_OWN = ("qtbase_nb",)


def tool(name: str) -> str:
    """pyside6-<name> next to this interpreter (the venv), else on PATH."""
    local = Path(sys.executable).with_name(f"pyside6-{name}")
    if local.exists():
        return str(local)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[Path]:
    """Every GUI module, and every module of the Qt-free layers that marks its messages with
    ``QT_TRANSLATE_NOOP`` (invoicedesk.domain.text): provider, sync and storage errors."""
    gui = [p for p in GUI.rglob("*.py") if "__pycache__" not in p.parts]
    marked = [
        p
        for p in PACKAGE.rglob("*.py")
        if "__pycache__" not in p.parts
        and GUI not in p.parents
        and "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8")
    ]
    return sorted(gui + marked)


def run(args: list[str]) -> None:
    result = subprocess.run(args, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        sys.exit(f"{Path(args[0]).name} failed with exit code {result.returncode}")


def lupdate(ts: Path, plural_only: bool, drop_vanished: bool = False) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(str(p) for p in sources()))
    try:
        args = [tool("lupdate"), "-silent", "-locations", "relative", f"@{listing.name}"]
        if plural_only:
            args.append("-pluralonly")
        if drop_vanished:
            args.append("-no-obsolete")
        run([*args, "-ts", str(ts)])
    finally:
        Path(listing.name).unlink()


def fill_english_plurals(ts: Path) -> list[str]:
    """Singular/plural English forms from "(s)" sources; returns the sources left undone."""
    text = ts.read_text(encoding="utf-8")
    undone: list[str] = []

    def fill(match: re.Match[str]) -> str:
        source = html.unescape(match.group("source"))
        if "(s)" not in source:
            undone.append(source)
            return match.group(0)
        one = source.replace("(s)", "")
        many = source.replace("(s)", "s")
        forms = "".join(
            f"\n            <numerusform>{escape(form)}</numerusform>" for form in (one, many)
        )
        return f"{match.group('head')}<translation>{forms}\n        </translation>"

    pattern = re.compile(
        # [^<]*: a source never spans into the next message (a finished one before it)
        r"(?P<head><source>(?P<source>[^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)"
        r'<translation type="unfinished">.*?</translation>',
        re.S,
    )
    new = pattern.sub(fill, text)
    if new != text:
        ts.write_text(new, encoding="utf-8")
    return undone


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def lrelease(ts: Path, qm: Path) -> None:
    run([tool("lrelease"), "-silent", "-removeidentical", str(ts), "-qm", str(qm)])


def unfinished(ts: Path) -> int:
    return ts.read_text(encoding="utf-8").count('<translation type="unfinished"')


def compiled() -> list[Path]:
    """Every .ts this script compiles: ours per language, then Qt's own we write."""
    ours = [TRANSLATIONS / f"invoicedesk_{code}.ts" for code in (*PLURAL_ONLY, *LANGUAGES)]
    return ours + [TRANSLATIONS / f"{name}.ts" for name in QT_OWN]


def check() -> int:
    stale = []
    for ts in compiled():
        qm = ts.with_suffix(".qm")
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / qm.name
            lrelease(ts, fresh)
            if not qm.exists() or qm.read_bytes() != fresh.read_bytes():
                stale.append(qm.name)
    if stale:
        print(f"out of date: {', '.join(stale)}; run scripts/update_translations.py")
        return 1
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that .qm files are fresh")
    parser.add_argument("--no-extract", action="store_true", help="compile only (no lupdate)")
    parser.add_argument(
        "--drop-vanished",
        action="store_true",
        help="forget translations of strings no longer in the code (kept by default)",
    )
    options = parser.parse_args()
    if options.check:
        return check()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for code in (*PLURAL_ONLY, *LANGUAGES):
        ts = TRANSLATIONS / f"invoicedesk_{code}.ts"
        if not options.no_extract:
            lupdate(ts, plural_only=code in PLURAL_ONLY, drop_vanished=options.drop_vanished)
        if code in PLURAL_ONLY:
            for source in fill_english_plurals(ts):
                print(f"{ts.name}: write the English plural forms of {source!r} by hand")
        lrelease(ts, ts.with_suffix(".qm"))
        todo = unfinished(ts)
        print(f"{ts.name}: {todo} unfinished" if todo else f"{ts.name}: complete")
    for name in QT_OWN:
        ts = TRANSLATIONS / f"{name}.ts"
        lrelease(ts, ts.with_suffix(".qm"))
        todo = unfinished(ts)
        print(f"{ts.name}: {todo} unfinished" if todo else f"{ts.name}: complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
