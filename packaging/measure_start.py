"""Time the cold start of an installed (frozen) invoicedesk: from starting the process until the
main window shows the invoices of a cached profile.

    .venv/bin/python packaging/measure_start.py [--app invoicedesk] [--runs 5]

1. A profile with cached invoices is made with the development install (this venv): the four
   demo sandboxes, their demo accounts, one ``invoicedesk sync`` (382 invoices), sandboxes
   stopped. That is what a user's machine has after the first sync.
2. ``invoicedesk --profile-dir P`` is started offscreen with INVOICEDESK_STARTUP_REPORT=quit: it
   prints "startup: main window shown with N invoices" once the window has loaded the cache into
   its table, and exits. The time is taken here, from starting the process to that line.
3. Run 1 is cold: every file of the installed app is first dropped from the page cache
   (posix_fadvise DONTNEED after sync; system libraries such as libX11 stay cached, as on a
   desktop). Runs 2.. are warm; their median is reported too.
No display, network or keyring is needed (the window notes the missing keyring and goes on).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import keyring

from invoicedesk import cli
from invoicedesk.demo import DemoEnvironment


def make_profile(root: Path, per_provider: int | None) -> None:
    sizes = None
    if per_provider:
        sizes = dict.fromkeys(("sendregning", "telecomx", "buckaroo", "connectid"), per_provider)
    env = DemoEnvironment(root, sizes=sizes).start()
    previous = keyring.get_keyring()
    keyring.set_keyring(env.secrets.backend)  # the demo's in-memory secrets, for this sync only
    try:
        out, err = io.StringIO(), io.StringIO()
        code = cli.main(["--profile-dir", str(root), "sync"], stdout=out, stderr=err)
        if code != 0:
            raise SystemExit(f"measure_start: the sync failed ({code}): {err.getvalue().strip()}")
    finally:
        keyring.set_keyring(previous)
        env.stop()  # keeps root: the directory was given


def evict(folder: Path) -> int:
    """Drop the files under folder from the page cache; returns how many files (0: the platform
    cannot, e.g. Windows and macOS, where run 1 is then just the first run)."""
    if not hasattr(os, "posix_fadvise"):
        return 0
    os.sync()
    count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                count += 1
            finally:
                os.close(fd)
    return count


def start_once(app: str, profile: Path) -> tuple[float, str, float]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "INVOICEDESK_STARTUP_REPORT": "quit",
    }
    start = time.monotonic()
    proc = subprocess.Popen(  # noqa: S603 (the app under test, as named on the command line)
        [app, "--profile-dir", str(profile)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert proc.stdout is not None
    shown_at, line = 0.0, ""
    for raw in proc.stdout:
        if raw.startswith("startup: main window shown"):
            shown_at, line = time.monotonic() - start, raw.strip()
            break
    _rest, err = proc.communicate(timeout=60)
    if proc.returncode != 0 or not line:
        raise SystemExit(f"measure_start: {app} exited {proc.returncode}: {err.strip()}")
    return shown_at, line, time.monotonic() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", default="invoicedesk")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--invoices-per-provider",
        type=int,
        default=None,
        help="cache size per demo provider (default: the demo's own, 382 in all)",
    )
    args = parser.parse_args(argv)
    app = shutil.which(args.app)
    if not app:
        print(f"measure_start: '{args.app}' not found on PATH", file=sys.stderr)
        return 1
    app_dir = Path(os.path.realpath(app)).parent
    with tempfile.TemporaryDirectory(prefix="invoicedesk-start-") as tmp:
        profile = Path(tmp) / "profile"
        make_profile(profile, args.invoices_per_provider)
        shown: list[float] = []
        for run in range(args.runs):
            note = f"cold, {evict(app_dir)} files evicted" if run == 0 else "warm"
            at, line, total = start_once(app, profile)
            shown.append(at)
            print(
                f"  run {run + 1} ({note}): window shown {at:.2f} s, exit {total:.2f} s  [{line}]"
            )
    warm = f"; warm median {statistics.median(shown[1:]):.2f} s" if len(shown) > 1 else ""
    print(f"cold start (process start -> main window shown with invoices): {shown[0]:.2f} s{warm}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
