"""Background work: one QRunnable adapter around Qt-free code, results back on the GUI thread.

As Dangerzone's ``RunnerThread`` adapts its Qt-free ``Runner``: a :class:`Job` runs a plain
function in a :class:`~PySide6.QtCore.QThreadPool` and reports through its own
:class:`JobSignals`, a QObject that lives in the GUI thread; the worker thread emits private
signals that are queued to that object, which re-emits them there, so every progress report,
result, error and the final ``finished`` arrive on the GUI thread, in order. The signals object is
kept alive in a module-level set until it has delivered, so it is never destroyed from a worker
thread. Two ways in, one mechanism:

* :func:`start_task` (the dialogs): the failure callback gets the exception object; connect bound
  methods of QObjects (a dialog's slots), so a receiver deleted before the outcome arrives is
  simply skipped by Qt.
* :class:`JobRunner` (the window): callbacks by job, errors as one line of text, progress, cancel
  and shutdown; after :meth:`JobRunner.shutdown` nothing more is called back.

:class:`SyncController` runs the :class:`~invoicedesk.sync.engine.SyncEngine` one account per job,
never two syncs of one account at a time, each with its own :class:`CancelToken`.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from invoicedesk.gui.error_text import describe
from invoicedesk.providers.base import Progress
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.storage.accounts import Account
from invoicedesk.sync.engine import AccountResult

log = logging.getLogger(__name__)

_LIVE: set[JobSignals] = set()
_IDS = itertools.count(1)


class JobSignals(QObject):
    """One job's reports on the GUI thread: ``progress(value)`` any number of times, then
    ``succeeded(result)`` or ``failed(exception)``, then ``finished()``. Create it on the GUI
    thread (a :class:`Job` does)."""

    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(object)
    finished = Signal()
    # emitted from the worker thread; queued to the relays below on this object's (GUI) thread
    _reported = Signal(object)
    _done = Signal(bool, object)

    def __init__(self) -> None:
        super().__init__()
        self._reported.connect(self._relay_progress)
        self._done.connect(self._deliver)
        _LIVE.add(self)

    @Slot(object)
    def _relay_progress(self, value: object) -> None:
        self.progress.emit(value)

    @Slot(bool, object)
    def _deliver(self, ok: bool, payload: object) -> None:
        try:
            if ok:
                self.succeeded.emit(payload)
            else:
                self.failed.emit(payload)
        finally:
            try:
                self.finished.emit()
            finally:
                _LIVE.discard(self)
                self.deleteLater()


class Job(QRunnable):
    """Runs ``work(job)`` on a pool thread; ``work`` may call :meth:`report` with progress and
    should check :attr:`cancel` between steps. Construct it on the GUI thread."""

    def __init__(self, work: Callable[[Job], Any]) -> None:
        super().__init__()
        self.job_id = next(_IDS)
        self.cancel = CancelToken()
        self.signals = JobSignals()
        self._work = work
        self.setAutoDelete(True)

    def report(self, value: object) -> None:
        self.signals._reported.emit(value)

    def run(self) -> None:
        try:
            result = self._work(self)
        except BaseException as exc:  # handed to the GUI thread, never lost in a thread
            if not isinstance(exc, Exception):
                log.warning("background job %d stopped by %s", self.job_id, type(exc).__name__)
            self.signals._done.emit(False, exc)
        else:
            self.signals._done.emit(True, result)


def start_task(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Any], None],
    *,
    pool: QThreadPool | None = None,
) -> JobSignals:
    """Run ``work()`` in ``pool`` (default: the global pool); ``on_success(result)`` or
    ``on_failure(exception)`` follows on the GUI thread. Connect bound methods of QObjects (a
    dialog's slots) so a receiver deleted before the outcome arrives is simply skipped."""
    job = Job(lambda _job: work())
    job.signals.succeeded.connect(on_success)
    job.signals.failed.connect(on_failure)
    (pool or QThreadPool.globalInstance()).start(job)
    return job.signals


def pending_tasks() -> int:
    """How many started jobs have not delivered yet (tests wait for zero)."""
    return len(_LIVE)


def describe_failure(exc: BaseException) -> str:
    """The one line a :class:`JobRunner` hands its ``on_error``."""
    return describe(exc) or type(exc).__name__


class TaskPool(Protocol):
    """What a :class:`JobRunner` needs from a pool (tests may run jobs synchronously)."""

    def start(self, runnable: QRunnable, priority: int = ...) -> None: ...

    def waitForDone(self, msecs: int = ...) -> bool: ...


@dataclass
class _Callbacks:
    on_result: Callable[[Any], None] | None
    on_error: Callable[[str], None] | None
    on_progress: Callable[[Any], None] | None
    job: Job


class JobRunner(QObject):
    """Starts jobs on a pool, tracks them until they finish and calls back on the GUI thread
    (through its own slots, so a runner deleted with its window calls back nobody)."""

    def __init__(
        self,
        pool: TaskPool | None = None,
        *,
        max_threads: int = 2,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if pool is None:
            own = QThreadPool(self)
            own.setMaxThreadCount(max_threads)
            pool = own
        self._pool = pool
        self._jobs: dict[JobSignals, _Callbacks] = {}

    def submit(
        self,
        work: Callable[[Job], Any],
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
    ) -> Job:
        job = Job(work)
        self._jobs[job.signals] = _Callbacks(on_result, on_error, on_progress, job)
        job.signals.succeeded.connect(self._on_succeeded)
        job.signals.failed.connect(self._on_failed)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        self._pool.start(job)
        return job

    @property
    def pending(self) -> int:
        return len(self._jobs)

    def cancel_all(self) -> None:
        for callbacks in self._jobs.values():
            callbacks.job.cancel.cancel()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel everything and wait for the pool: call before the window goes away."""
        self.cancel_all()
        done = self._pool.waitForDone(timeout_ms)
        self._jobs.clear()
        return done

    def _callbacks(self) -> _Callbacks | None:
        sender = self.sender()
        return self._jobs.get(sender) if isinstance(sender, JobSignals) else None

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        callbacks = self._callbacks()
        if callbacks is not None and callbacks.on_result is not None:
            callbacks.on_result(result)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        assert isinstance(error, BaseException)
        log.error("background job failed", exc_info=error)  # reported, never lost in a thread
        callbacks = self._callbacks()
        if callbacks is not None and callbacks.on_error is not None:
            callbacks.on_error(describe_failure(error))

    @Slot(object)
    def _on_progress(self, value: object) -> None:
        callbacks = self._callbacks()
        if callbacks is not None and callbacks.on_progress is not None:
            callbacks.on_progress(value)

    @Slot()
    def _on_finished(self) -> None:
        sender = self.sender()
        if isinstance(sender, JobSignals):
            self._jobs.pop(sender, None)


class AccountSyncer(Protocol):
    """The part of :class:`~invoicedesk.sync.engine.SyncEngine` the controller uses."""

    def sync_account(
        self,
        account: Account,
        *,
        full: bool = ...,
        cancel: CancelToken | None = ...,
        progress: Callable[[str, Progress], None] | None = ...,
    ) -> AccountResult: ...


class SyncController(QObject):
    """Runs account syncs in the background, one per account at a time, with cancel."""

    account_started = Signal(str)
    account_progress = Signal(str, object)  # account name, Progress
    account_finished = Signal(object)  # AccountResult
    all_finished = Signal()

    def __init__(
        self, engine: AccountSyncer, runner: JobRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._runner = runner
        self._running: dict[str, Job] = {}
        self._progress: dict[str, Progress] = {}

    @property
    def running(self) -> frozenset[str]:
        return frozenset(self._running)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def start(self, accounts: Iterable[Account], *, full: bool = False) -> list[str]:
        """Start a sync of each account not syncing already; returns the names started."""
        started = []
        for account in accounts:
            if account.name in self._running:
                continue
            job = self._runner.submit(
                self._work(account, full),
                on_result=self._finished,
                on_error=self._error_handler(account),
                on_progress=self._progress_handler(account.name),
            )
            self._running[account.name] = job
            self._progress[account.name] = Progress(0, None)
            started.append(account.name)
            self.account_started.emit(account.name)
        return started

    def cancel(self, name: str | None = None) -> None:
        for account, job in self._running.items():
            if name is None or account == name:
                job.cancel.cancel()

    def overall_progress(self) -> tuple[int, int | None]:
        """Done and total over the running syncs (total None while any total is unknown)."""
        done = sum(p.done for p in self._progress.values())
        totals = [p.total for p in self._progress.values()]
        if not totals or any(t is None for t in totals):
            return done, None
        return done, sum(t for t in totals if t is not None)

    def _work(self, account: Account, full: bool) -> Callable[[Job], AccountResult]:
        engine = self._engine

        def work(job: Job) -> AccountResult:
            return engine.sync_account(
                account, full=full, cancel=job.cancel, progress=lambda _name, p: job.report(p)
            )

        return work

    def _error_handler(self, account: Account) -> Callable[[str], None]:
        return lambda message: self._failed(account, message)

    def _progress_handler(self, name: str) -> Callable[[object], None]:
        return lambda progress: self._progressed(name, progress)

    def _progressed(self, name: str, progress: object) -> None:
        if name in self._running and isinstance(progress, Progress):
            self._progress[name] = progress
            self.account_progress.emit(name, progress)

    def _finished(self, result: object) -> None:
        assert isinstance(result, AccountResult)
        self._done(result)

    def _failed(self, account: Account, message: str) -> None:
        self._done(AccountResult(account.name, account.provider, "error", message))

    def _done(self, result: AccountResult) -> None:
        self._running.pop(result.account, None)
        self._progress.pop(result.account, None)
        self.account_finished.emit(result)
        if not self._running:
            self._progress.clear()
            self.all_finished.emit()
