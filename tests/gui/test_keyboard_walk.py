"""The whole errand by keyboard only, on the real window over a demo sandbox: add an account
(Ctrl+N, Tab between the fields), sync (F5), find an overdue invoice (Ctrl+F, Tab to the status,
arrow keys, F6 to the table), open its PDF (Ctrl+Shift+O) and export the view (Ctrl+E)."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from invoicedesk.gui.context import AppContext
from invoicedesk.gui.main_window import MainWindow
from invoicedesk.storage.paths import Profile

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("invoicedesk.sandbox.sendregning") is None,
    reason="no SendRegning sandbox",
)

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """A key press where the keyboard is (the focused widget), as a user's would be."""
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 30) -> None:
    """Press Tab until ``target`` has the focus: it must be reachable by Tab."""
    for _ in range(limit):
        if target.hasFocus():
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert target.hasFocus(), f"Tab never reaches {target.objectName() or target}"


def choose(qtbot: QtBot, combo: QComboBox, data: str) -> None:
    """Pick an entry of a focused combo box with the arrow keys."""
    assert combo.hasFocus()
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        press(qtbot, Qt.Key.Key_Down)
    assert combo.currentData() == data


def test_add_sync_find_open_and_export_by_keyboard(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    from invoicedesk.demo import DemoEnvironment
    from invoicedesk.gui.dialogs.add_account import AddAccountDialog
    from invoicedesk.sandbox import demo_account

    opened: list[QUrl] = []
    exported = tmp_path / "overdue.csv"

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    def ask_path(_parent: QWidget, _caption: str, _suggested: str, filters: str) -> tuple[str, str]:
        return str(exported), filters.split(";;")[0]  # the CSV filter

    with DemoEnvironment(
        tmp_path / "demo", sizes={"sendregning": 40}, providers=("sendregning",)
    ) as demo:
        server = demo.servers["sendregning"]
        account = demo_account("sendregning", server)
        # a first run: no account yet, the sandbox is the provider's server
        demo.accounts.remove(account.name)
        demo.secrets.delete(account.name)
        context = AppContext.create(
            Profile.at(demo.root),
            demo.secrets,
            demo=True,
            accounts=demo.accounts,
            today=dt.date.today,
        )
        window = MainWindow(context, settings, open_url=open_url, ask_path=ask_path)
        qtbot.addWidget(window)
        try:
            window.show()
            window.activateWindow()
            qtbot.waitActive(window)
            qtbot.waitUntil(lambda: not window.is_loading, timeout=10_000)
            assert window.pages.currentIndex() == 1  # the first-run panel
            window.first_run.setFocus()

            # ---- add the account: Ctrl+N, then only keys in the dialog ----------------------
            problems: list[str] = []

            def fill_dialog() -> None:
                dialog = QApplication.activeModalWidget()
                try:
                    assert isinstance(dialog, AddAccountDialog), dialog
                    qtbot.waitUntil(
                        lambda: (
                            QApplication.focusWidget() is not None and focused().window() is dialog
                        ),
                        timeout=5000,
                    )
                    tab_to(qtbot, dialog.provider_box)
                    choose(qtbot, dialog.provider_box, "sendregning")
                    assert dialog.form is not None
                    rows = dialog.form.rows
                    values = {**account.options, **account.secrets}
                    for key, value in values.items():
                        line = rows[key].line
                        assert line is not None
                        tab_to(qtbot, line)
                        qtbot.keyClicks(line, value)
                    tab_to(qtbot, dialog.form.advanced_toggle)
                    press(qtbot, Qt.Key.Key_Space)  # show the advanced settings
                    base = rows["base_url"].line
                    assert base is not None
                    tab_to(qtbot, base)
                    press(qtbot, Qt.Key.Key_A, CTRL)
                    qtbot.keyClicks(base, account.base_url)
                    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=5000)
                    press(qtbot, Qt.Key.Key_Return)  # the dialog's default button: Add account
                    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
                except BaseException as exc:  # reported below; never leave the dialog open
                    problems.append(repr(exc))
                    if isinstance(dialog, AddAccountDialog) and dialog.isVisible():
                        dialog.done(0)

            QTimer.singleShot(0, fill_dialog)
            press(qtbot, Qt.Key.Key_N, CTRL)
            assert problems == []
            assert [a.name for a in demo.accounts.all()] == ["SendRegning"]
            # the new account syncs at once; F5 syncs again
            qtbot.waitUntil(
                lambda: (
                    not window.sync.busy
                    and not window.is_loading
                    and window.pages.currentIndex() == 0
                ),
                timeout=30_000,
            )
            window.activateWindow()
            qtbot.waitActive(window)
            qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
            with qtbot.waitSignal(window.sync.all_finished, timeout=30_000):
                press(qtbot, Qt.Key.Key_F5)
            qtbot.waitUntil(
                lambda: not window.is_loading and window.model.rowCount() > 0, timeout=10_000
            )
            assert window.pages.currentIndex() == 0

            # ---- find an overdue invoice: Ctrl+F, Tab to the status, arrows, F6 --------------
            press(qtbot, Qt.Key.Key_F, CTRL)
            assert window.filter_bar.search.hasFocus()
            tab_to(qtbot, window.filter_bar.status)
            choose(qtbot, window.filter_bar.status, "overdue")
            press(qtbot, Qt.Key.Key_F6)
            assert window.table.hasFocus()
            overdue = window.model.rowCount()
            assert overdue > 0
            press(qtbot, Qt.Key.Key_Home, CTRL)  # the first row
            first = window.model.row_at(0)
            qtbot.waitUntil(
                lambda: (
                    window.detail.invoice is not None and window.detail.invoice.key == first.key
                ),
                timeout=5000,
            )
            assert first.status.value == "overdue"
            assert first.due_date is not None and first.due_date < dt.date.today()

            # ---- open its PDF: Ctrl+Shift+O ---------------------------------------------------
            with qtbot.waitSignal(window.documents.opened, timeout=15_000):
                press(qtbot, Qt.Key.Key_O, CTRL_SHIFT)
            assert len(opened) == 1 and opened[0].toLocalFile().endswith(".pdf")
            assert Path(opened[0].toLocalFile()).read_bytes().startswith(b"%PDF")

            # ---- export the view: Ctrl+E --------------------------------------------------------
            with qtbot.waitSignal(window.exporter.finished, timeout=15_000):
                press(qtbot, Qt.Key.Key_E, CTRL)
            with exported.open(encoding="utf-8-sig", newline="") as file:
                lines = list(csv.reader(file, delimiter=","))
            assert len(lines) == 1 + overdue
        finally:
            window.shutdown()
            context.close()
