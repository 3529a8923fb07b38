"""A filter asked for before a large table is warmed waits for the warm-up in a worker instead of
freezing the window while the GUI thread builds the search text."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from invoicedesk.gui.formatting import Formats
from invoicedesk.gui.invoice_model import InvoiceTableModel
from invoicedesk.gui.row_filter import RowFilter
from invoicedesk.gui.rows import RowTable
from invoicedesk.gui.search_wait import SearchWait
from invoicedesk.gui.workers import JobRunner

from .test_model import simple, table_of


@pytest.fixture
def table(tmp_path: Path) -> RowTable:
    return table_of(tmp_path, [simple(n) for n in range(40)])


def test_a_filter_waits_for_the_warm_up_in_a_worker_then_applies(
    qtbot: QtBot, table: RowTable, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = InvoiceTableModel(Formats("en"))
    model.set_table(table)
    runner = JobRunner(max_threads=1)
    release, threads = threading.Event(), []
    build = RowTable._build_haystacks

    def slow_build(self: RowTable) -> list[str]:
        threads.append(threading.current_thread())
        assert release.wait(10)  # a large table, or a busy machine
        return build(self)

    monkeypatch.setattr(RowTable, "_build_haystacks", slow_build)
    applied: list[RowFilter] = []

    def apply(flt: RowFilter) -> None:
        applied.append(flt)
        model.set_filter(flt)

    wait = SearchWait(model, runner, apply, hold_rows=10)
    wait.filter(RowFilter(text="1"))  # held: the search text is made in the worker
    wait.filter(RowFilter(text="12"))  # the newer filter replaces the held one
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    assert threads == [threads[0]] and threads[0] is not threading.main_thread()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.wait(60)  # the GUI thread runs meanwhile
    timer.stop()
    assert len(ticks) >= 3 and applied == [] and model.rowCount() == 40
    release.set()
    qtbot.waitUntil(lambda: bool(applied), timeout=5000)
    assert applied == [RowFilter(text="12")] and model.rowCount() == 1
    assert wait.held is None and table.ready_for(text=True)
    wait.filter(RowFilter())  # warmed (or no filter): at once
    assert applied[-1] == RowFilter() and model.rowCount() == 40
    runner.shutdown()


def test_small_tables_and_cleared_filters_are_applied_at_once(table: RowTable) -> None:
    model = InvoiceTableModel(Formats("en"))
    model.set_table(table)
    runner = JobRunner(max_threads=1)
    applied: list[RowFilter] = []
    SearchWait(model, runner, applied.append).filter(RowFilter(text="7"))  # 40 rows: no wait
    assert applied == [RowFilter(text="7")]
    wait = SearchWait(model, runner, applied.append, hold_rows=10)
    wait.filter(RowFilter())  # nothing to filter by: nothing to build
    assert applied[-1] == RowFilter() and wait.held is None
    runner.shutdown()


def test_a_filter_without_search_text_waits_only_for_the_totals(
    qtbot: QtBot, table: RowTable
) -> None:
    from invoicedesk.domain import Status

    model = InvoiceTableModel(Formats("en"))
    model.set_table(table)
    runner = JobRunner(max_threads=1)
    applied: list[RowFilter] = []
    wait = SearchWait(model, runner, applied.append, hold_rows=10)
    wait.filter(RowFilter(statuses=frozenset({Status.PAID})))
    assert applied == []  # the totals index is made in the worker first
    qtbot.waitUntil(lambda: bool(applied), timeout=5000)
    assert table.ready_for(text=False) and not table.ready_for(text=True)  # no search text
    runner.shutdown()
