"""``invoicedesk --demo``: from process start to every demo account synced and shown.

Measured with ``--smoke-test`` (the demo window offscreen, which exits once every demo account
has synced and the table shows the invoices), from starting the process to the line it prints
then; each account syncs in a sync process of its own, as in the app. Baseline, same run: the
same demo syncs without a window in one process (``demo_process.py``), also from process start
to its line ``synced N``.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from . import children
from .report import Figure

GOAL_S = 2.5


def _timed(command: list[str], expect: str) -> float:
    """Seconds from starting ``command`` to the line starting with ``expect`` (not to its exit:
    closing the window and its sync processes is not part of the wait)."""
    started = time.perf_counter()
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=children.env(),
        cwd=children.cwd(),
    ) as process:
        assert process.stdout is not None
        seen = None
        for line in process.stdout:
            if line.startswith(expect) and seen is None:
                seen = time.perf_counter() - started
        _out, err = process.communicate(timeout=120)
    if process.returncode != 0 or seen is None:
        raise RuntimeError(f"{command[1:]} failed (exit {process.returncode}):\n{err[-3000:]}")
    return seen


def run(repeats: int) -> list[Figure]:
    app = [sys.executable, "-m", "invoicedesk", "--smoke-test"]
    baseline = [sys.executable, str(Path(__file__).with_name("demo_process.py"))]
    apps, bases = [], []
    for _ in range(max(repeats, 1)):  # alternated, so both see the machine's same moments
        apps.append(_timed(app, "smoke test passed"))
        bases.append(_timed(baseline, "synced"))
    value, base = statistics.median(apps), statistics.median(bases)
    return [
        Figure(
            "`--demo` start to all four demo accounts synced and shown",
            value,
            "s",
            f"≤ {GOAL_S} s",
            value <= GOAL_S,
            f"the same demo syncs without a window, one process (`demo_process.py`): {base:.2f} s",
            f"median of {len(apps)} (`invoicedesk --smoke-test`, process start to its line "
            f"'smoke test passed'; "
            f"runs {', '.join(f'{t:.2f}' for t in apps)} s); each account syncs in a sync "
            "process of its own",
        )
    ]
