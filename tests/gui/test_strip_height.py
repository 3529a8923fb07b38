"""The totals strip and the aging panel keep one height however many currency lines they hold,
so the table above them does not jump when a filter or a sync changes the currencies."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from invoicedesk.gui.context import AppContext
from invoicedesk.gui.main_window import MainWindow

from .test_main_window import open_window as open_window
from .test_main_window import window as window


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_the_table_keeps_its_height_when_the_currency_lines_change(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1200, 800)
    _settle()
    lines_before = len(window.totals.groups)
    height = window.table.height()
    assert lines_before > 1
    qtbot.keyClicks(window.filter_bar.search, "fjordkraft")  # one invoice: one currency line
    qtbot.waitUntil(lambda: len(window.totals.groups) == 1, timeout=3000)
    _settle()
    assert window.table.height() == height
    window.filter_bar.search.clear()
    qtbot.waitUntil(lambda: len(window.totals.groups) == lines_before, timeout=3000)
    _settle()
    assert window.table.height() == height


def test_more_lines_than_the_strip_shows_scroll_inside_it(
    qtbot: QtBot, window: MainWindow, gui_context: AppContext
) -> None:
    from decimal import Decimal

    from invoicedesk.gui.totals import CurrencyTotals

    window.resize(1200, 800)
    _settle()
    height = window.table.height()
    many = [
        CurrencyTotals(c, 1, Decimal(1), Decimal(1))
        for c in ("AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH")
    ]
    window.totals.show_totals(many)
    _settle()
    assert window.table.height() == height
    scroller = window.totals.parentWidget().parentWidget()
    assert scroller.verticalScrollBar().maximum() > 0  # the rest is a scroll away
