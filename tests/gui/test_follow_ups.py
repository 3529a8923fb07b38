"""What follows a reload comes one piece per pass of the event loop, with timers (input) between
pieces; background workers give up the GIL at their pause points; a table shown during a sync
is warmed once the round is over, not at each account's end."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from invoicedesk import pause_point
from invoicedesk.gui import gui_first
from invoicedesk.gui.context import AppContext
from invoicedesk.gui.follow_ups import FollowUps
from invoicedesk.gui.main_window import MainWindow
from invoicedesk.gui.rows import RowTable
from invoicedesk.storage.accounts import Account
from invoicedesk.sync.engine import AccountResult

from .test_main_window import open_window, window  # noqa: F401  (fixtures)


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


def test_a_piece_with_more_to_do_runs_again_first_one_part_per_pass(qtbot: QtBot) -> None:
    follow = FollowUps()
    seen: list[str] = []
    parts = iter(["lines-1", "lines-2", "lines-3"])

    def lines() -> bool:
        seen.append(next(parts))
        return len(seen) < 3  # True: more to do

    follow.then("lines", lines)
    follow.then("show", lambda: seen.append("show"))
    follow.when_done("last", lambda: seen.append("last"))
    qtbot.waitUntil(lambda: "last" in seen, timeout=5000)
    assert seen == ["lines-1", "lines-2", "lines-3", "show", "last"]


def test_stop_drops_what_waits(qtbot: QtBot) -> None:
    follow = FollowUps()
    seen: list[str] = []
    follow.then("a", lambda: seen.append("a"))
    follow.when_done("z", lambda: seen.append("z"))
    follow.stop()  # the window closes
    follow.then("b", lambda: seen.append("b"))
    qtbot.wait(50)
    assert seen == [] and not follow.pending


def test_workers_give_up_the_gil_at_pause_points_and_the_gui_thread_never_waits(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811 (the fixture imported above)
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    qtbot.waitUntil(lambda: not window.runner.pending, timeout=10_000)  # the window's own
    slept: list[tuple[str, float]] = []
    monkeypatch.setattr(
        gui_first, "_sleep", lambda s: slept.append((threading.current_thread().name, s))
    )
    pause_point.pause()  # the GUI thread (the window installed the pause)
    assert slept == []
    worker = threading.Thread(target=pause_point.pause, name="test-worker")
    worker.start()
    worker.join(5)
    assert slept == [("test-worker", gui_first.YIELD_S)]
    table = window.model.table  # a table built in a worker pauses between its slices
    builder = threading.Thread(target=table._build_haystacks, name="test-builder")
    builder.start()
    builder.join(10)
    assert sum(name == "test-builder" for name, _ in slept) >= len(table) // 1024


def test_tables_shown_during_a_sync_are_warmed_once_the_round_ends(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811 (the fixture imported above)
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


def test_a_key_in_the_search_box_during_a_sync_warms_the_table_at_once(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811 (the fixture imported above)
    gui_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    qtbot.waitUntil(lambda: not window.runner.pending, timeout=10_000)
    release = threading.Event()

    def slow_sync(account: Account, **_kwargs: object) -> AccountResult:
        if account.name != "Regnskap AS":
            release.wait(10)
        return AccountResult(account.name, account.provider, "ok")

    monkeypatch.setattr(gui_context.sync_engine, "sync_account", slow_sync)
    shown: list[int] = []
    window.snapshot_shown.connect(lambda: shown.append(id(window.model.table)))
    try:
        window.sync_all()
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)  # the first account's reload
        qtbot.wait(200)
        assert window.sync.busy and window.model.table._haystacks is None  # not warmed
        built: list[str] = []
        original = RowTable._build_haystacks

        def build(table: RowTable) -> list[str]:
            built.append(threading.current_thread().name)
            return original(table)

        monkeypatch.setattr(RowTable, "_build_haystacks", build)
        # a key in the search box (Shift alone: no text, so no filter follows to build it)
        qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Shift)
        qtbot.waitUntil(lambda: window.model.table._haystacks is not None, timeout=10_000)
        assert built and built[0] != threading.main_thread().name  # in a worker
        assert window.sync.busy
    finally:
        with qtbot.waitSignal(window.sync.all_finished, timeout=10_000):
            release.set()
