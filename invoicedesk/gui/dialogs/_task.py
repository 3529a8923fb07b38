"""Run one callable in a QThreadPool and hand its result (or exception) back on the GUI thread.

The dialogs' own small adapter (the main window has its own in ``gui/workers.py``). The pattern is
Dangerzone's ``RunnerThread``: the work is Qt-free, a QRunnable runs it, and a signals QObject that
lives on the GUI thread delivers the outcome by a queued signal. The signals object is kept alive
in a module-level set until it has delivered, so it is never destroyed from a worker thread and a
dialog closed meanwhile simply receives nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_LIVE: set[TaskSignals] = set()


class TaskSignals(QObject):
    """``succeeded(result)`` or ``failed(exception)``, emitted once, on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    # emitted from the worker thread; queued to _deliver on the GUI thread
    _done = Signal(bool, object)

    def __init__(self) -> None:
        super().__init__()
        self._done.connect(self._deliver)

    @Slot(bool, object)
    def _deliver(self, ok: bool, payload: object) -> None:
        try:
            if ok:
                self.succeeded.emit(payload)
            else:
                self.failed.emit(payload)
        finally:
            _LIVE.discard(self)
            self.deleteLater()


class Task(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: TaskSignals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            if not isinstance(exc, Exception):
                log.warning("background task stopped by %s", type(exc).__name__)
            self._signals._done.emit(False, exc)
        else:
            self._signals._done.emit(True, result)


def start_task(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Any], None],
    *,
    pool: QThreadPool | None = None,
) -> TaskSignals:
    """Run ``work()`` in ``pool`` (default: the global pool). Connect bound methods of QObjects
    (a dialog's slots) so a receiver deleted before the result arrives is simply skipped."""
    signals = TaskSignals()
    signals.succeeded.connect(on_success)
    signals.failed.connect(on_failure)
    _LIVE.add(signals)
    (pool or QThreadPool.globalInstance()).start(Task(work, signals))
    return signals


def pending_tasks() -> int:
    """How many started tasks have not delivered yet (tests wait for zero)."""
    return len(_LIVE)
