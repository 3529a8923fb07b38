"""What follows a reload comes one piece per pass of the event loop, with timers (input) between
pieces; background workers wait at their pause points while the GUI thread is busy; a table
shown during a sync is warmed once the round is over, not at each account's end."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, QTimer
from pytestqt.qtbot import QtBot

from invoicedesk import pause_point
from invoicedesk.gui import gui_first
from invoicedesk.gui.context import AppContext
from invoicedesk.gui.follow_ups import FollowUps
from invoicedesk.gui.main_window import MainWindow
from invoicedesk.gui.rows import RowTable
from invoicedesk.storage.accounts import Account
from invoicedesk.sync.engine import AccountResult


def test_pieces_run_in_order_one_per_pass_with_timers_between(qtbot: QtBot) -> None:
    follow = FollowUps()
    seen: list[str] = []
    ticks = QTimer()
    ticks.setInterval(0)
    ticks.timeout.connect(lambda: seen.append("tick"))
    follow.when_done("last", lambda: seen.append("last"))
    follow.then("a", lambda: seen.append("a-old"))
    follow.then("b", lambda: seen.append("b"))
    follow.then("a", lambda: seen.append("a"))  # a newer "a" replaces the waiting one, in place
    ticks.start()
    qtbot.waitUntil(lambda: "last" in seen, timeout=5000)
    ticks.stop()
    pieces = [s for s in seen if s != "tick"]
    assert pieces == ["a", "b", "last"]
    first, second, third = (seen.index(p) for p in pieces)
    assert "tick" in seen[first:second] and "tick" in seen[second:third]  # a timer between


def test_settle_runs_everything_and_stop_drops_the_rest(qtbot: QtBot) -> None:
    follow = FollowUps()
    seen: list[str] = []
    follow.then("a", lambda: seen.append("a"))
    follow.when_done("z", lambda: seen.append("z"))
    follow.settle()
    assert seen == ["a", "z"] and not follow.pending
    follow.then("b", lambda: seen.append("b"))
    follow.stop()
    qtbot.wait(50)
    assert seen == ["a", "z"] and not follow.pending


@pytest.fixture
def window(qtbot: QtBot, gui_context: AppContext, settings: QSettings) -> Iterator[MainWindow]:
    window = MainWindow(gui_context, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.is_loading, timeout=10_000)
    yield window
    window.shutdown()


@pytest.fixture
def patient_gate(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """The gate installed, waiting up to a minute (so a test sees it wait, not time out)."""
    gui_first.GuiFirst.ensure()
    monkeypatch.setattr(gui_first, "MAX_WAIT_S", 60.0)


def test_a_worker_waits_while_the_gui_thread_is_busy(qtbot: QtBot, patient_gate: None) -> None:
    qtbot.wait(20)  # the event loop ran and woke: the GUI thread is busy from here
    done = threading.Event()
    worker = threading.Thread(target=lambda: (pause_point.pause(), done.set()))
    worker.start()
    time.sleep(0.3)  # busy, outside the event loop
    assert not done.is_set()
    qtbot.waitUntil(done.is_set, timeout=5000)  # the loop goes idle: the worker goes on
    worker.join(5)


def test_the_gui_thread_itself_never_waits_at_a_pause_point(patient_gate: None) -> None:
    started = time.perf_counter()
    pause_point.pause()
    assert time.perf_counter() - started < 1


def test_waiting_for_the_workers_opens_their_pause_points(
    qtbot: QtBot, patient_gate: None, window: MainWindow
) -> None:
    passed: list[int] = []

    def job(_job: object) -> None:
        for n in range(5):
            pause_point.pause()
            passed.append(n)

    qtbot.wait(20)
    window.runner.submit(job)
    started = time.perf_counter()
    assert window.runner.shutdown(timeout_ms=20_000)  # the GUI thread waits for the pool
    assert passed == [0, 1, 2, 3, 4]
    assert time.perf_counter() - started < 10  # not five waits of a minute


def test_tables_shown_during_a_sync_are_warmed_once_the_round_ends(
    qtbot: QtBot,
    window: MainWindow,
    gui_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warmed: list[tuple[int, bool]] = []
    original = RowTable.warm_up

    def warm_up(table: RowTable) -> None:
        warmed.append((id(table), window.sync.busy))
        original(table)

    monkeypatch.setattr(RowTable, "warm_up", warm_up)
    release = threading.Event()

    def slow_sync(account: Account, **_kwargs: object) -> AccountResult:
        if account.name != "Regnskap AS":
            release.wait(10)  # the others end after the first one's reload is shown
        return AccountResult(account.name, account.provider, "ok")

    window.reload()  # a table warmed with the spy in place, before any sync
    qtbot.waitUntil(lambda: bool(warmed) and not window.runner.pending, timeout=10_000)
    warmed.clear()  # the first table, before any sync
    monkeypatch.setattr(gui_context.sync_engine, "sync_account", slow_sync)
    shown: list[int] = []
    window.snapshot_shown.connect(lambda: shown.append(id(window.model.table)))
    window.sync_all()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)  # the first account's reload
    qtbot.wait(200)
    assert warmed == []  # not while the sync runs
    with qtbot.waitSignal(window.sync.all_finished, timeout=10_000):
        release.set()
    qtbot.waitUntil(lambda: bool(warmed), timeout=10_000)
    qtbot.waitUntil(lambda: not window.is_loading and not window.runner.pending, timeout=10_000)
    assert warmed == [(id(window.model.table), False)]  # the last table only, after the round
    assert window.model.table._haystacks is not None
