"""Background work: results arrive on the GUI thread, cancel is honoured, one sync per account."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from invoicedesk.gui.workers import Job, JobRunner, SyncController, pending_tasks, start_task
from invoicedesk.providers.base import Progress
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import Cancelled
from invoicedesk.storage.accounts import Account
from invoicedesk.sync.engine import AccountResult


@pytest.fixture
def runner(qtbot: QtBot) -> JobRunner:
    job_runner = JobRunner(max_threads=4)
    yield job_runner
    job_runner.shutdown()


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, runner: JobRunner) -> None:
    seen: dict[str, object] = {}

    def work(_job: Job) -> int:
        seen["worker"] = QThread.currentThread()
        return 42

    def on_result(value: object) -> None:
        seen["value"] = value
        seen["delivered"] = QThread.currentThread()

    runner.submit(work, on_result=on_result)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["delivered"] is QApplication.instance().thread()
    assert seen["worker"] is not QApplication.instance().thread()
    qtbot.waitUntil(lambda: runner.pending == 0)


def test_errors_and_progress_are_delivered(qtbot: QtBot, runner: JobRunner) -> None:
    progress: list[object] = []
    errors: list[str] = []

    def work(job: Job) -> None:
        job.report(1)
        job.report(2)
        raise ValueError("the cache is locked")

    runner.submit(work, on_error=errors.append, on_progress=progress.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors == ["the cache is locked"]
    assert progress == [1, 2]


class FakeEngine:
    """Reports progress, then waits for cancel (or a release) like a long provider sync."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.calls: list[str] = []

    def sync_account(
        self,
        account: Account,
        *,
        full: bool = False,
        cancel: CancelToken | None = None,
        progress: Callable[[str, Progress], None] | None = None,
    ) -> AccountResult:
        assert cancel is not None and progress is not None
        self.calls.append(account.name)
        progress(account.name, Progress(10, 40, "page 1"))
        self.started.set()
        try:
            for _ in range(500):
                if self.release.is_set():
                    return AccountResult(account.name, account.provider, "ok", added=40)
                cancel.sleep(0.01)
        except Cancelled:
            return AccountResult(account.name, account.provider, "cancelled", "cancelled")
        return AccountResult(account.name, account.provider, "error", "timed out")


def test_sync_reports_progress_and_honours_cancel(qtbot: QtBot, runner: JobRunner) -> None:
    engine = FakeEngine()
    controller = SyncController(engine, runner)
    account = Account("main", "sendregning")
    with qtbot.waitSignal(controller.account_progress, timeout=5000) as progress:
        assert controller.start([account]) == ["main"]
    assert progress.args[0] == "main" and progress.args[1] == Progress(10, 40, "page 1")
    assert controller.overall_progress() == (10, 40)
    assert controller.busy
    results: list[AccountResult] = []
    controller.account_finished.connect(results.append)
    with qtbot.waitSignal(controller.all_finished, timeout=5000):
        controller.cancel()
    assert [r.state for r in results] == ["cancelled"]
    assert not controller.busy


def test_one_sync_per_account_at_a_time(qtbot: QtBot, runner: JobRunner) -> None:
    engine = FakeEngine()
    controller = SyncController(engine, runner)
    first, second = Account("a", "telecomx"), Account("b", "buckaroo")
    assert controller.start([first]) == ["a"]
    assert controller.start([first, second]) == ["b"]  # "a" is running already
    assert controller.running == {"a", "b"}
    results: list[AccountResult] = []
    controller.account_finished.connect(results.append)
    with qtbot.waitSignal(controller.all_finished, timeout=5000):
        engine.release.set()
    assert sorted(r.account for r in results) == ["a", "b"]
    assert all(r.ok for r in results)
    assert sorted(engine.calls) == ["a", "b"]


def test_a_crashing_sync_becomes_an_error_result(qtbot: QtBot, runner: JobRunner) -> None:
    class Broken:
        def sync_account(self, account: Account, **_kwargs: object) -> AccountResult:
            raise RuntimeError("boom")

    controller = SyncController(Broken(), runner)  # type: ignore[arg-type]
    with qtbot.waitSignal(controller.account_finished, timeout=5000) as finished:
        controller.start([Account("x", "connectid")])
    assert finished.args[0].state == "error" and finished.args[0].message == "boom"
    assert not controller.busy


def test_shutdown_cancels_and_waits(qtbot: QtBot) -> None:
    runner = JobRunner(max_threads=2)
    stopped = threading.Event()

    def work(job: Job) -> None:
        with pytest.raises(Cancelled):
            while True:
                job.cancel.sleep(0.01)
        stopped.set()

    runner.submit(work)
    assert runner.shutdown(5000)
    assert stopped.is_set()


def test_shutdown_calls_back_nobody(qtbot: QtBot) -> None:
    runner = JobRunner(max_threads=2)
    seen: list[object] = []

    def work(job: Job) -> None:
        while True:
            job.cancel.sleep(0.01)

    runner.submit(work, on_result=seen.append, on_error=seen.append)
    assert runner.shutdown(5000)
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)  # the outcome was delivered
    assert seen == [] and runner.pending == 0


def test_a_task_receiver_deleted_meanwhile_receives_nothing(qtbot: QtBot) -> None:
    """The dialogs' way in: Qt's receiver tracking drops a deleted dialog's slots."""
    release = threading.Event()
    seen: list[object] = []

    class Receiver(QObject):
        def got(self, value: object) -> None:
            seen.append(value)

    receiver = Receiver()
    start_task(lambda: release.wait(5) and 1, receiver.got, receiver.got)
    with qtbot.waitSignal(receiver.destroyed, timeout=5000):
        receiver.deleteLater()
    release.set()
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)
    assert seen == []
