"""The GUI-thread stall benchmark, in a fresh process (nothing made earlier in the benchmark, a
TLS context, imported modules, locale data, is there to help): the window syncs every account
(full) while a 5 ms timer ticks on the GUI thread; the longest gap between two ticks is the
longest the GUI could not react. Baseline: the same timer with the window idle.

``python gui_process.py ACCOUNTS_JSON [IDLE_SECONDS]`` (demo accounts by sandbox name; how long
to time the idle window, default 2) prints one JSON object.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for benchmarks.*

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.profiles import Setup, StallRun, make_profile
from invoicedesk.gui.app import keep_startup_objects_out_of_gc
from invoicedesk.gui.context import AppContext
from invoicedesk.gui.main_window import MainWindow
from invoicedesk.sandbox import DemoAccount

INTERVAL_MS = 5


def run_loop(seconds: float, until: Callable[[], bool] = lambda: False) -> None:
    """Run the event loop until ``until()`` or ``seconds`` have passed."""
    end = time.perf_counter() + seconds
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(20)
    check.timeout.connect(lambda: loop.quit() if until() or time.perf_counter() > end else None)
    check.start()
    loop.exec()
    check.stop()


def gaps(ticks: list[float]) -> list[float]:
    return [b - a for a, b in itertools.pairwise(ticks)] or [0.0]


def gui_stall(setup: Setup, settings_path: Path, idle_seconds: float = 2.0) -> StallRun:
    context = AppContext.create(setup.profile, setup.secrets, accounts=setup.accounts)
    window = MainWindow(context, QSettings(str(settings_path), QSettings.Format.IniFormat))
    keep_startup_objects_out_of_gc(window)  # as the app does
    ticks: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    try:
        window.show()
        run_loop(5.0, lambda: not window.is_loading)
        run_loop(0.5)  # the background warm-up after the first paint starts...
        run_loop(30, lambda: not window.runner.pending)  # ...and ends before anyone clicks
        timer.start()
        run_loop(idle_seconds)
        idle = gaps(ticks)
        ticks.clear()
        finished: list[float] = []
        window.sync.all_finished.connect(lambda: finished.append(time.perf_counter()))
        started = time.perf_counter()
        window.sync_all(full=True)
        run_loop(600, lambda: bool(finished))
        run_loop(30, lambda: not window.is_loading and not window.runner.pending)
        timer.stop()
        if not finished:
            raise RuntimeError("the sync in the window did not finish")
        during = gaps(ticks)
        return StallRun(
            max(during) * 1000,
            statistics.quantiles(during, n=100, method="inclusive")[98] * 1000
            if len(during) > 1
            else 0.0,
            max(idle) * 1000,
            finished[0] - started,
            window.model.rowCount(),
        )
    finally:
        window.shutdown()
        window.close()
        context.close()


def main() -> None:
    accounts_file = Path(sys.argv[1])
    demo = {
        name: DemoAccount(**values)
        for name, values in json.loads(accounts_file.read_text()).items()
    }
    app = QApplication([sys.argv[0]])
    setup = make_profile(accounts_file.parent / "profile", demo)
    idle = float(sys.argv[2]) if len(sys.argv) > 2 else 2.0
    result = gui_stall(setup, accounts_file.parent / "gui.ini", idle)
    app.processEvents()
    print(json.dumps(dataclasses.asdict(result)), flush=True)


if __name__ == "__main__":
    main()
