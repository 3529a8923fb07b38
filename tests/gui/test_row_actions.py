"""Several rows selected: their count and sums in the status bar, Ctrl+C as tab-separated text,
and the right-click menu's actions."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from invoicedesk.gui import columns as c
from invoicedesk.gui.context import AppContext
from invoicedesk.gui.main_window import MainWindow
from invoicedesk.gui.totals import totals_by_currency


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings, gui_context: AppContext) -> Iterator[MainWindow]:
    opened: list[str] = []
    win = MainWindow(gui_context, settings, open_url=lambda url: opened.append(url.toString()))
    win.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.is_loading, timeout=10_000)
    win.rows.show_menu = lambda _menu, _at: None  # offscreen Qt cannot pop up menus
    yield win
    win.shutdown()


def texts(menu: QMenu) -> dict[str, bool]:
    return {a.text(): a.isEnabled() for a in menu.actions() if not a.isSeparator()}


def test_ctrl_a_selects_all_and_the_status_bar_sums_per_direction_and_currency(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    count = window.model.rowCount()
    assert len(window.rows.selected_positions()) == count
    label = window.rows.label.text()
    assert label.startswith(f"{count} rows selected")
    # the same figures as the domain's totals, per direction and currency
    expected = totals_by_currency(window.model.visible_rows())
    for group in expected:
        assert window.formats.money(group.outstanding, group.currency) in label


def test_shift_click_selects_a_range_and_sums_only_it(qtbot: QtBot, window: MainWindow) -> None:
    table = window.table
    first = table.visualRect(window.model.index(0, c.COL_CUSTOMER)).center()
    third = table.visualRect(window.model.index(2, c.COL_CUSTOMER)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, third
    )
    assert window.rows.selected_positions() == [0, 1, 2]
    rows = [window.model.row_at(i) for i in range(3)]
    groups = totals_by_currency(rows)
    label = window.rows.label.text()
    assert label.startswith("3 rows selected")
    assert all(window.formats.money(g.outstanding, g.currency) in label for g in groups)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert not window.rows.label.isVisible()  # one row: nothing to sum


def test_ctrl_c_copies_tab_separated_rows_with_a_header(qtbot: QtBot, window: MainWindow) -> None:
    window.table.selectRow(0)
    window.table.selectionModel().select(
        window.model.index(1, 0),
        window.table.selectionModel().SelectionFlag.Select
        | window.table.selectionModel().SelectionFlag.Rows,
    )
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 3
    header = lines[0].split("\t")
    assert "Customer" in header and "Total" in header
    first = lines[1].split("\t")
    assert len(first) == len(header)
    row = window.model.row_at(0)
    assert row is not None and row.customer in first
    assert "Copied 2 rows" in window.statusBar().currentMessage()


def test_the_context_menu_opens_links_shows_the_account_and_copies_the_number(
    window: MainWindow,
) -> None:
    position = next(
        p
        for p in range(window.model.rowCount())
        if (r := window.model.row_at(p)) is not None and r.provider == "sendregning"
    )
    window.table.selectRow(position)
    menu = window.rows.popup(window.table.mapToGlobal(window.table.rect().center()))
    enabled = texts(menu)
    assert list(enabled) == [
        "Copy",
        "Copy number",
        "Open PDF",
        "Open payment link",
        "Show in account",
        "Export selection…",
    ]
    assert enabled["Open PDF"]
    # the PDF goes to the window's document actions (download, keep, open), not a browser
    assert window.rows.open_pdf == window.documents.open_pdf
    asked: list[object] = []
    window.rows.open_pdf = asked.append
    next(a for a in menu.actions() if a.text() == "Open PDF").trigger()
    invoice = window.context.cache.load(*window.model.row_at(position).key)
    assert asked == [invoice] and window.opened == []  # type: ignore[attr-defined]
    next(a for a in menu.actions() if a.text() == "Copy number").trigger()
    assert QGuiApplication.clipboard().text() == window.model.row_at(position).number
    next(a for a in menu.actions() if a.text() == "Show in account").trigger()
    assert window.filter_bar.selected_account() == window.model.row_at(0).account
    assert all(
        window.model.row_at(p).account == invoice.account for p in range(window.model.rowCount())
    )


def test_export_selection_exports_exactly_the_selected_rows(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported: list[list[tuple[str, str, str]]] = []
    monkeypatch.setattr(
        window.exporter, "export", lambda _w, keys, _d: exported.append(list(keys)) or True
    )
    window.table.selectRow(1)
    menu = window.rows.popup(window.table.mapToGlobal(window.table.rect().center()))
    next(a for a in menu.actions() if a.text() == "Export selection…").trigger()
    assert exported == [[window.model.row_at(1).key]]
    assert Decimal
    assert isinstance(QUrl(), QUrl)
