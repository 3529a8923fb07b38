"""Saved views in the window's sidebar: save the current filters under a name, show them again,
rename, reorder, delete, remembered across windows; due-date presets filter on the due date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from invoicedesk.domain import Status
from invoicedesk.gui.context import AppContext
from invoicedesk.gui.row_filter import DatePreset, StatusChoice
from invoicedesk.gui.saved_views import SavedViews

from .conftest import TODAY
from .test_main_window import OpenWindow, open_window  # noqa: F401 (fixture)


def _names(answers: list[str]):
    def ask(_parent, _title, _label, _text):
        return answers.pop(0) if answers else None

    return ask


def test_a_saved_view_brings_back_every_filter(
    qtbot: QtBot,
    open_window: OpenWindow,  # noqa: F811 (the fixture imported above)
    gui_context: AppContext,
    settings: QSettings,
) -> None:
    window = open_window(gui_context)
    bar, panel = window.filter_bar, window.saved_views
    panel._ask = _names(["Overdue NOK customers", "Paid"])
    bar.status.setCurrentIndex(bar.status.findData(StatusChoice.OVERDUE.value))
    bar.direction.setCurrentIndex(bar.direction.findData("receivable"))
    bar.set_preset(DatePreset.THIS_YEAR)
    bar.date_field.setCurrentIndex(bar.date_field.findData("due"))
    bar.search.setText("kunde")
    qtbot.waitUntil(lambda: bar.current_filter().text == "kunde")
    wanted = bar.current_filter()
    panel.buttons["save"].click()
    # something else on screen, then a second view
    bar.clear_search()
    bar.status.setCurrentIndex(bar.status.findData(StatusChoice.PAID.value))
    bar.set_preset(DatePreset.ALL)
    panel.buttons["save"].click()
    assert panel.names() == ["Overdue NOK customers", "Paid"]
    panel.list.setCurrentRow(0)
    panel._activate(panel.list.item(0))
    flt = bar.current_filter()
    assert flt == wanted
    assert flt.statuses == {Status.OVERDUE} and flt.direction == "receivable"
    assert flt.date_field == "due" and flt.date_from == dt.date(TODAY.year, 1, 1)
    visible = window.model.visible_indexes()
    table = window.model.table
    assert visible and all(table.status[i] is Status.OVERDUE for i in visible)
    assert all("kunde" in table.haystacks[i] for i in visible)
    # reorder, rename, delete; remembered by the next window
    panel.list.setCurrentRow(1)
    panel.buttons["up"].click()
    assert panel.names() == ["Paid", "Overdue NOK customers"]
    assert not panel.buttons["up"].isEnabled() and panel.buttons["down"].isEnabled()
    panel._ask = _names(["Settled"])
    panel.buttons["rename"].click()
    assert panel.names() == ["Settled", "Overdue NOK customers"]
    panel.list.setCurrentRow(1)
    panel.buttons["delete"].click()
    assert panel.names() == ["Settled"]
    assert [name for name, _ in SavedViews(settings).all()] == ["Settled"]
    window.shutdown()
    again = open_window(gui_context)
    assert again.saved_views.names() == ["Settled"]


def test_a_cancelled_name_saves_nothing(open_window: OpenWindow, gui_context: AppContext) -> None:  # noqa: F811
    window = open_window(gui_context)
    window.saved_views._ask = _names([])
    window.saved_views.buttons["save"].click()
    assert window.saved_views.names() == []
    assert not window.saved_views.buttons["delete"].isEnabled()


def test_due_presets_filter_on_the_due_date(
    open_window: OpenWindow,  # noqa: F811
    gui_context: AppContext,
) -> None:
    window = open_window(gui_context)
    bar, table = window.filter_bar, window.model.table
    bar.set_preset(DatePreset.DUE_NEXT_14_DAYS)
    flt = bar.current_filter()
    assert flt.date_field == "due" and flt.date_from == TODAY
    assert not bar.date_field.isVisibleTo(bar)
    low, high = TODAY.isoformat(), (TODAY + dt.timedelta(days=14)).isoformat()
    expected = {
        i for i in range(len(table)) if table.due_date[i] and low <= table.due_date[i] <= high
    }
    assert set(window.model.visible_indexes()) == expected
    bar.set_preset(DatePreset.OVERDUE_OVER_30)
    visible = window.model.visible_indexes()
    assert visible
    assert all(table.status[i] is Status.OVERDUE and table.days_past[i] > 30 for i in visible)
    assert len(visible) == sum(
        1
        for i in range(len(table))
        if table.status[i] is Status.OVERDUE and table.days_past[i] > 30
    )
