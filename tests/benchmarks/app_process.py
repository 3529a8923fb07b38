"""The app in a process of its own, on a prepared profile: open the window to a painted table,
then sort by every column and type in the search box, timing each step on the GUI thread. Peak
RSS is the process's own (VmHWM, see :func:`rss_mb`): nothing else the benchmark holds counts.

``python app_process.py PROFILE_DIR [--open-only]`` prints one JSON object.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import datetime as dt  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from invoicedesk.gui import main_window as main_window_module  # noqa: E402
from invoicedesk.gui.columns import COL_ISSUE_DATE  # noqa: E402
from invoicedesk.gui.context import AppContext  # noqa: E402
from invoicedesk.gui.main_window import MainWindow  # noqa: E402
from invoicedesk.storage.memory_keyring import MemoryKeyring  # noqa: E402
from invoicedesk.storage.paths import Profile  # noqa: E402
from invoicedesk.storage.secrets import SecretStore  # noqa: E402

TODAY = dt.date(2026, 11, 22)
SEARCH = "nordmann"
FIRST_CHARACTERS = ("7", "a")


class PaintWatch(QObject):
    """Counts paint events of the table's viewport."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def wait_for_paint(app: QApplication, watch: PaintWatch, since: int, timeout: float = 30) -> None:
    end = time.perf_counter() + timeout
    while watch.paints <= since:
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the table did not paint")


def rss_mb() -> float:
    """This process's own peak RSS: VmHWM where Linux gives it (``ru_maxrss`` carries over the
    peak of the process that started this one across exec, and the benchmark itself holds a
    100,000-invoice sync by then)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


PHASES: dict[str, float] = {}


def _timed_load_snapshot(*args: object, **kwargs: object) -> object:
    """The window's cache read, timed (it runs in a worker)."""
    started = time.perf_counter()
    snapshot = _load_snapshot(*args, **kwargs)
    PHASES.setdefault("load_started", started)
    PHASES.setdefault("load_finished", time.perf_counter())
    return snapshot


_load_snapshot = main_window_module.load_snapshot
main_window_module.load_snapshot = _timed_load_snapshot  # type: ignore[assignment]


def main() -> None:
    profile_dir = Path(sys.argv[1])
    open_only = "--open-only" in sys.argv
    imported = time.perf_counter()
    app = QApplication([sys.argv[0]])
    settings = QSettings(str(profile_dir / "bench-gui.ini"), QSettings.Format.IniFormat)
    result: dict[str, object] = {"rss_before_open_mb": rss_mb()}

    opened = time.perf_counter()
    profile = Profile.at(profile_dir)
    context = AppContext.create(
        profile, SecretStore(profile.keyring_service, backend=MemoryKeyring()), today=lambda: TODAY
    )
    window = MainWindow(context, settings)
    PHASES["window_built"] = time.perf_counter()
    watch = PaintWatch()
    window.table.viewport().installEventFilter(watch)
    shown = []
    # the paint count when the cache's rows went into the model: the first paint after it is the
    # painted table (snapshot_shown comes an event-loop turn later, possibly after that paint)
    filled: list[int] = []
    window.model.modelReset.connect(
        lambda: filled.append(watch.paints) if window.model.rowCount() and not filled else None
    )
    window.snapshot_shown.connect(lambda: shown.append(watch.paints))
    window.snapshot_shown.connect(lambda: PHASES.setdefault("snapshot_shown", time.perf_counter()))
    window.show()
    end = time.perf_counter() + 60
    # an empty profile shows the first-run panel instead of the table: nothing to paint there
    while not shown or (
        window.pages.currentIndex() == 0 and (not filled or watch.paints <= filled[0])
    ):
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the window did not show the cache")
    painted = time.perf_counter()
    result.update(
        rows=window.model.rowCount(),
        open_s=painted - opened,
        process_to_painted_s=painted - STARTED,
        imports_s=imported - STARTED,
        phases_s={name: round(moment - opened, 4) for name, moment in PHASES.items()},
    )
    # A user takes a moment before the first click: the background warm-up (search text,
    # totals index) starts after the first paint and is done by then.
    settle = time.perf_counter() + 0.5
    while time.perf_counter() < settle or window.runner.pending:
        app.processEvents()
        time.sleep(0.005)

    if not open_only:
        sorts: dict[str, float] = {}
        for column in range(window.model.columnCount()):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                since = watch.paints
                started = time.perf_counter()
                window.table.sortByColumn(column, order)
                wait_for_paint(app, watch, since)
                sorts[f"{column}{'d' if order == Qt.SortOrder.DescendingOrder else 'a'}"] = (
                    time.perf_counter() - started
                )
        result["sort_s"] = sorts
        window.table.sortByColumn(COL_ISSUE_DATE, Qt.SortOrder.DescendingOrder)
        app.processEvents()
        keystrokes: list[tuple[str, float, int]] = []
        texts = [SEARCH[:n] for n in range(1, len(SEARCH) + 1)]
        texts += [SEARCH[:n] for n in range(len(SEARCH) - 1, -1, -1)]
        # first characters that most rows match (digits are in every amount and number)
        texts += [text for first in FIRST_CHARACTERS for text in (first, "")]
        for text in texts:
            since = watch.paints
            started = time.perf_counter()
            window.filter_bar.search.setText(text)
            window.filter_bar._emit()  # what the search box's debounce timer calls
            wait_for_paint(app, watch, since)
            keystrokes.append((text, time.perf_counter() - started, window.model.rowCount()))
        result["keystrokes"] = keystrokes
    result["peak_rss_mb"] = rss_mb()
    window.shutdown()
    window.close()
    context.close()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
