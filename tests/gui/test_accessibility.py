"""Screen readers and keyboards: every focusable widget has an accessible name (combo boxes by
their label, not their value), F6 moves between the panes, Tab leaves the table, Esc clears
the search only from the search, and the settings, PDF and payment link have shortcuts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QDialog, QWidget
from pytestqt.qtbot import QtBot

from invoicedesk.gui.context import AppContext
from invoicedesk.gui.dialogs.add_account import AddAccountDialog
from invoicedesk.gui.dialogs.edit_account import EditAccountDialog, Stores
from invoicedesk.gui.main_window import MainWindow
from invoicedesk.gui.settings import SettingsDialog
from invoicedesk.providers import available_specs


def unnamed(root: QWidget) -> list[str]:
    """Focusable, visible widgets a screen reader would announce without a name (or a combo
    box announced by its current value only)."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox):
            continue  # the spin box's own line edit: the spin box is what is announced
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        by_value = (
            isinstance(widget, QComboBox)
            and not widget.accessibleName()
            and name == widget.currentText()
        )
        if not name.strip() or by_value:
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} ({name!r})")
    return problems


@pytest.fixture
def window(qtbot: QtBot, gui_context: AppContext, settings: QSettings) -> Iterator[MainWindow]:
    opened: list[QUrl] = []
    win = MainWindow(gui_context, settings, open_url=lambda url: bool(opened.append(url) or 1))
    win.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitUntil(lambda: not win.is_loading, timeout=10_000)
    win.table.setCurrentIndex(win.model.index(0, 0))
    qtbot.waitUntil(lambda: win.detail.invoice is not None, timeout=5000)
    yield win
    win.shutdown()


def test_every_focusable_widget_of_the_window_has_a_name(window: MainWindow) -> None:
    assert unnamed(window) == []


@pytest.mark.parametrize("provider", [spec.name for spec in available_specs()])
def test_every_field_of_the_add_account_dialog_has_a_name(
    qtbot: QtBot, gui_context: AppContext, provider: str
) -> None:
    dialog = AddAccountDialog(
        gui_context.engine, gui_context.accounts, gui_context.secrets, provider=provider
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []
    password = [w for w in dialog.findChildren(QWidget) if "password" in w.objectName()]
    for field in password:  # the field a blind user must not miss
        assert field.accessibleName()


def test_edit_account_and_settings_dialogs_name_every_field(
    qtbot: QtBot, gui_context: AppContext, settings: QSettings
) -> None:
    dialogs: list[QDialog] = [SettingsDialog(settings)]
    stores = Stores(gui_context.accounts, gui_context.secrets, gui_context.cache)
    for account in gui_context.accounts.all():
        dialogs.append(EditAccountDialog(account, gui_context.engine, stores))
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed(dialog) == [], dialog.windowTitle()


def _key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def test_f6_moves_between_the_panes_and_tab_leaves_the_table(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(lambda: window.table.hasFocus())
    _key(qtbot, Qt.Key.Key_Tab)
    assert not window.table.hasFocus()  # Tab no longer walks the cells for ever
    seen = []
    window.table.setFocus()
    for _ in range(4):
        _key(qtbot, Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    assert window.detail.pdf_button in seen or window.detail in seen
    assert window.sidebar.all_button in seen
    assert window.filter_bar.search in seen
    assert window.table in seen
    _key(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is seen[-2]


def test_esc_clears_the_search_only_from_the_search(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    search = window.filter_bar.search
    search.setFocus()
    qtbot.keyClicks(search, "Kunde")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    assert search.text() == "Kunde"
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""


def test_shortcuts_for_settings_pdf_and_payment_link(qtbot: QtBot, window: MainWindow) -> None:
    assert "Ctrl+," in [k.toString() for k in window.commands.settings.shortcuts()]
    window.activateWindow()
    window.table.setFocus()
    assert window.detail.pdf_button is not None and window.detail.pdf_button.isEnabled()
    # Open PDF downloads the provider's PDF in the background (gui/documents.py): the shortcut
    # asks for it exactly as the button does
    with qtbot.waitSignal(window.detail.pdf_requested, timeout=3000) as asked:
        qtbot.keyClick(
            window.table,
            Qt.Key.Key_O,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert asked.args == [window.detail.invoice]
    assert window.detail.pay_button is not None
    if window.detail.pay_button.isEnabled():
        qtbot.keyClick(
            window.table,
            Qt.Key.Key_P,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert window.opened  # type: ignore[attr-defined]


def test_an_inverted_date_range_is_refused_beside_the_fields(window: MainWindow) -> None:
    from PySide6.QtCore import QDate

    from invoicedesk.gui.row_filter import DatePreset

    bar = window.filter_bar
    bar.preset.setCurrentIndex(bar.preset.findData(DatePreset.CUSTOM.value))
    bar.date_from.setDate(QDate(2025, 3, 1))
    bar.date_to.setDate(QDate(2025, 1, 1))
    assert bar.range_error.isVisible()
    flt = bar.current_filter()
    assert flt.date_from is None and flt.date_to is None  # not an empty table
    assert window.model.rowCount() > 0
    assert bar.date_from.displayFormat() == "dd/MM/yyyy"  # as English (en_GB) writes dates
    bar.date_to.setDate(QDate(2025, 4, 1))
    assert not bar.range_error.isVisible()


def test_an_empty_view_says_the_filters_hide_everything(qtbot: QtBot, window: MainWindow) -> None:
    window.filter_bar.search.setText("no such invoice anywhere")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=5000)
    texts = window.detail.widget().findChildren(QWidget)
    assert any("No invoice matches" in getattr(w, "text", lambda: "")() for w in texts)
