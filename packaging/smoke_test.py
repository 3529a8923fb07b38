"""Smoke-test an installed (frozen) invoicedesk: ``invoicedesk --smoke-test`` must exit 0, say it
passed, and write nothing on stderr except the allowed lines below.

    python3 packaging/smoke_test.py [--app invoicedesk] [--languages system,nb,da,nl]

Standard library only: it runs with any python3, next to the .deb, without the app's venv.
``--smoke-test`` starts the demo (all four sandboxes in-process, a throw-away profile), opens the
main window offscreen, syncs every demo account and exits 0 once the table shows invoices from
all of them (1 on a failure or after 60 s). It runs once per language: ``system`` as the
environment says, then with LANGUAGE=nb/da/nl, which loads each translation and the Babel locale
data the frozen build keeps for it.

Times are taken here, from the moment the process is started until each line arrives:
"window shown" is the main window showing the (empty) demo cache, "invoices shown" the table
after the demo sync. For the cold start with a cache of invoices see measure_start.py.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field

#: stderr lines that do not fail the smoke test, each with the reason it is harmless
ALLOWED_STDERR: list[tuple[re.Pattern[str], str]] = [
    # Qt's four-line notice when the environment has no UTF-8 locale (LANG unset as in CI
    # shells and `env -i`, or naming a locale that is not generated). Qt then uses C.UTF-8;
    # invoicedesk reads and writes UTF-8 explicitly and picks its language from LANGUAGE/LANG
    # names, not from the C library locale, so nothing changes for it.
    (
        re.compile(r'^Detected locale "[^"]*" with character encoding "[^"]*", which is not UTF-8'),
        "Qt: no UTF-8 locale in the environment",
    ),
    (
        re.compile(r'^Qt depends on a UTF-8 locale, and has switched to "C\.UTF-8" instead\.$'),
        "Qt: no UTF-8 locale in the environment",
    ),
    (
        re.compile(r"^If this causes problems, reconfigure your locale\. See the locale\(1\) man"),
        "Qt: no UTF-8 locale in the environment",
    ),
    (re.compile(r"^for more information\.$"), "Qt: no UTF-8 locale in the environment"),
]  # fmt: skip

TIMEOUT_S = 90  # the app gives up by itself after 60 s


@dataclass
class Run:
    label: str
    returncode: int | None = None
    stdout: list[tuple[float, str]] = field(default_factory=list)
    stderr: list[tuple[float, str]] = field(default_factory=list)
    elapsed: float = 0.0

    def first(self, prefix: str) -> tuple[float, str] | None:
        return next(((t, line) for t, line in self.stdout if line.startswith(prefix)), None)


def run_once(app: str, label: str, extra_env: dict[str, str]) -> Run:
    env = {**os.environ, "INVOICEDESK_STARTUP_REPORT": "1", **extra_env}
    result = Run(label)
    start = time.monotonic()
    proc = subprocess.Popen(  # noqa: S603 (the app under test, as named on the command line)
        [app, "--smoke-test"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        encoding="utf-8",
        errors="replace",
    )

    def pump(stream: object, into: list[tuple[float, str]]) -> None:
        for line in stream:  # type: ignore[attr-defined]
            into.append((time.monotonic() - start, line.rstrip("\n")))

    readers = [
        threading.Thread(target=pump, args=(proc.stdout, result.stdout), daemon=True),
        threading.Thread(target=pump, args=(proc.stderr, result.stderr), daemon=True),
    ]
    for reader in readers:
        reader.start()
    try:
        result.returncode = proc.wait(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    for reader in readers:
        reader.join(timeout=5)
    result.elapsed = time.monotonic() - start
    return result


def check(run: Run) -> list[str]:
    problems = []
    if run.returncode is None:
        problems.append(f"did not exit within {TIMEOUT_S} s (killed)")
    elif run.returncode != 0:
        problems.append(f"exit code {run.returncode}, expected 0")
    if not run.first("smoke test passed"):
        problems.append("no 'smoke test passed' line on stdout")
    unexpected = [
        line for _t, line in run.stderr if not any(p.match(line) for p, _why in ALLOWED_STDERR)
    ]
    if unexpected:
        problems.append("unexpected stderr:\n    " + "\n    ".join(unexpected))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", default="invoicedesk", help="the command to test")
    parser.add_argument(
        "--languages",
        default="system,nb,da,nl",
        help="comma-separated: 'system' (the environment as is) and/or nb, da, nl, en",
    )
    args = parser.parse_args(argv)
    app = shutil.which(args.app)
    if not app:
        print(f"smoke_test: '{args.app}' not found on PATH", file=sys.stderr)
        return 1
    print(f"smoke test of {app} -> {os.path.realpath(app)}")
    failed = False
    for language in [part.strip() for part in args.languages.split(",") if part.strip()]:
        extra = {} if language == "system" else {"LANGUAGE": language, "LANG": "C.UTF-8"}
        run = run_once(app, language, extra)
        window = run.first("startup: main window shown")
        passed = run.first("smoke test passed")
        times = ", ".join(
            part
            for part in (
                f"window shown {window[0]:.2f} s" if window else "",
                f"invoices shown {passed[0]:.2f} s" if passed else "",
                f"exit {run.elapsed:.2f} s",
            )
            if part
        )
        problems = check(run)
        status = "ok" if not problems else "FAILED"
        print(f"  [{language}] {status}: {times}; {passed[1] if passed else ''}".rstrip("; "))
        if run.stderr and not problems:
            print(f"    ({len(run.stderr)} allowed stderr lines)")
        for problem in problems:
            print(f"    {problem}")
            failed = True
        if problems:
            for _t, line in run.stdout:
                print(f"    stdout: {line}")
    print("smoke test: " + ("FAILED" if failed else "passed"))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
