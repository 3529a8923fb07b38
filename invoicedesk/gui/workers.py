"""Background work: QRunnable adapters around Qt-free code, results back on the GUI thread.

As Dangerzone's ``RunnerThread`` adapts its Qt-free ``Runner``: a :class:`Job` runs a plain
function in a :class:`~PySide6.QtCore.QThreadPool` and reports through a signals QObject that lives
in the GUI thread, so every result, error and progress report arrives there by queued connection.
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

from invoicedesk.providers.base import Progress
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.storage.accounts import Account
from invoicedesk.sync.engine import AccountResult

log = logging.getLogger(__name__)


class JobSignals(QObject):
    """Lives in the GUI thread; a job emits these from its worker thread (queued delivery)."""

    succeeded = Signal(int, object)
    failed = Signal(int, str)
    progress = Signal(int, object)
    finished = Signal(int)


class Job(QRunnable):
    """Runs ``work(job)`` on a pool thread; ``work`` may call :meth:`report` with progress and
    should check :attr:`cancel` between steps."""

    def __init__(self, job_id: int, work: Callable[[Job], Any], signals: JobSignals) -> None:
        super().__init__()
        self.job_id = job_id
        self.cancel = CancelToken()
        self._work = work
        self._signals = signals

    def report(self, value: object) -> None:
        self._signals.progress.emit(self.job_id, value)

    def run(self) -> None:
        try:
            result = self._work(self)
        except Exception as exc:  # reported to the GUI, never lost in a thread
            log.exception("background job %d failed", self.job_id)
            self._signals.failed.emit(self.job_id, str(exc) or type(exc).__name__)
        else:
            self._signals.succeeded.emit(self.job_id, result)
        finally:
            self._signals.finished.emit(self.job_id)


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
    """Starts jobs on a pool, keeps them alive until they finish and calls back on the GUI
    thread."""

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
        self._signals = JobSignals()
        self._signals.succeeded.connect(self._on_succeeded)
        self._signals.failed.connect(self._on_failed)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._ids = itertools.count(1)
        self._jobs: dict[int, _Callbacks] = {}

    def submit(
        self,
        work: Callable[[Job], Any],
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
    ) -> Job:
        job = Job(next(self._ids), work, self._signals)
        self._jobs[job.job_id] = _Callbacks(on_result, on_error, on_progress, job)
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

    @Slot(int, object)
    def _on_succeeded(self, job_id: int, result: object) -> None:
        callbacks = self._jobs.get(job_id)
        if callbacks is not None and callbacks.on_result is not None:
            callbacks.on_result(result)

    @Slot(int, str)
    def _on_failed(self, job_id: int, message: str) -> None:
        callbacks = self._jobs.get(job_id)
        if callbacks is not None and callbacks.on_error is not None:
            callbacks.on_error(message)

    @Slot(int, object)
    def _on_progress(self, job_id: int, value: object) -> None:
        callbacks = self._jobs.get(job_id)
        if callbacks is not None and callbacks.on_progress is not None:
            callbacks.on_progress(value)

    @Slot(int)
    def _on_finished(self, job_id: int) -> None:
        self._jobs.pop(job_id, None)


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
