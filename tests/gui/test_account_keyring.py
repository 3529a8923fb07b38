"""Edit, Rename and Remove write (or delete) keyring entries in the thread pool: a keyring that
waits for its unlock prompt leaves the window responsive, and one that refuses leaves the account
as it was (settings, keyring entry, cached invoices), with a clear, translated error."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import keyring
import keyring.errors
import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from invoicedesk.gui.context import AppContext
from invoicedesk.gui.dialogs.edit_account import (
    EditAccountDialog,
    RenameAccountDialog,
    Stores,
)
from invoicedesk.gui.i18n import install_translator
from invoicedesk.gui.main_window import MainWindow
from invoicedesk.gui.workers import pending_tasks
from invoicedesk.storage.memory_keyring import MemoryKeyring


class GateKeyring(MemoryKeyring):
    """A keyring whose writes and deletes wait at a gate (an unlock prompt the user has not
    answered) while ``blocking`` is set, or raise ``error`` while it is set."""

    def __init__(self) -> None:
        super().__init__()
        self.blocking = threading.Event()
        self.entered = threading.Event()
        self.released = threading.Event()
        self.error: Exception | None = None
        self.calls: list[str] = []

    def _gate(self, what: str) -> None:
        self.calls.append(what)
        if self.error is not None:
            raise self.error
        if self.blocking.is_set():
            self.entered.set()
            if not self.released.wait(10):
                raise keyring.errors.KeyringError("the test never released the keyring")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._gate(f"set {username}")
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._gate(f"delete {username}")
        super().delete_password(service, username)


@pytest.fixture
def gate(gui_context: AppContext, qtbot: QtBot) -> Iterator[GateKeyring]:
    backend = GateKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    gui_context.secrets.set("Reseller", {"username": "ole@example.dk", "password": "old"})
    gui_context.secrets.set("Webshop", {"secret_key": "s"})
    backend.calls.clear()
    yield backend
    backend.error = None
    backend.released.set()  # also when the test failed while the keyring blocked
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=15_000)
    keyring.set_keyring(previous)


def ticking(qtbot: QtBot, parent: QDialog | MainWindow) -> list[float]:
    """Timestamps of a 20 ms timer on the GUI thread: it only ticks while that thread is free."""
    ticks: list[float] = []
    timer = QTimer(parent)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    return ticks


def stores_of(context: AppContext) -> Stores:
    return Stores(context.accounts, context.secrets, context.cache)


def edit_dialog(qtbot: QtBot, context: AppContext, name: str = "Reseller") -> EditAccountDialog:
    dialog = EditAccountDialog(
        context.accounts.get(name), context.engine, stores_of(context), confirm=lambda *_: True
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# ---- Edit --------------------------------------------------------------------------------------


def test_edit_waits_for_a_blocked_keyring_with_the_window_responsive(
    qtbot: QtBot, gui_context: AppContext, gate: GateKeyring
) -> None:
    dialog = edit_dialog(qtbot, gui_context)
    dialog.form.set_value("currency", "NOK")
    dialog.form.set_value("password", "new-secret")
    ticks = ticking(qtbot, dialog)
    assert dialog.save_button.isEnabled(), dialog.message.text()
    gate.blocking.set()
    started = time.monotonic()
    dialog.save_button.click()
    assert time.monotonic() - started < 1  # the click returned although the keyring blocks
    qtbot.waitUntil(gate.entered.is_set, timeout=5000)
    ticks.clear()
    qtbot.wait(300)
    assert len(ticks) >= 5  # the GUI thread kept handling events meanwhile
    assert dialog.saving.isVisibleTo(dialog)
    assert dialog.saving.status.text() == "Saving to the keyring…"
    assert not dialog.save_button.isEnabled() and not dialog.form.isEnabled()
    assert "currency" not in gui_context.accounts.get("Reseller").options  # not before its secret
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        gate.released.set()
    assert gui_context.accounts.get("Reseller").options["currency"] == "NOK"
    assert gui_context.secrets.get("Reseller")["password"] == "new-secret"


def test_edit_refused_by_the_keyring_changes_nothing(
    qtbot: QtBot, gui_context: AppContext, gate: GateKeyring
) -> None:
    before = gui_context.accounts.get("Reseller")
    cached = gui_context.cache.count("Reseller")
    dialog = edit_dialog(qtbot, gui_context)
    dialog.form.set_value("currency", "NOK")
    dialog.form.set_value("password", "new-secret")
    gate.error = keyring.errors.KeyringLocked("the collection is locked")
    with qtbot.waitSignal(dialog.saving.failed, timeout=5000):
        dialog.save_button.click()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    text = dialog.message.text()
    assert dialog.message.isVisibleTo(dialog)
    assert text.startswith("Not saved: the keyring") and "the collection is locked" in text
    assert "unlocked" in text and "save again" in text
    assert gui_context.accounts.get("Reseller") == before
    assert gui_context.cache.count("Reseller") == cached
    gate.error = None
    assert gui_context.secrets.get("Reseller")["password"] == "old"
    assert dialog.save_button.isEnabled() and dialog.form.isEnabled()


def test_edit_puts_the_secret_back_when_the_account_list_cannot_be_written(
    qtbot: QtBot, gui_context: AppContext, gate: GateKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    from invoicedesk.storage.accounts import AccountError

    def refuse(*_args: object) -> None:
        raise AccountError("the account list could not be written: disk full")

    monkeypatch.setattr(gui_context.accounts, "update", refuse)
    dialog = edit_dialog(qtbot, gui_context)
    dialog.form.set_value("password", "new-secret")
    with qtbot.waitSignal(dialog.saving.failed, timeout=5000):
        dialog.save_button.click()
    assert "disk full" in dialog.message.text()
    assert gui_context.secrets.get("Reseller")["password"] == "old"


# ---- Rename ------------------------------------------------------------------------------------


def rename_dialog(qtbot: QtBot, context: AppContext) -> RenameAccountDialog:
    dialog = RenameAccountDialog(context.accounts.get("Reseller"), stores_of(context))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Telecom Kontor")
    return dialog


def test_rename_waits_for_a_blocked_keyring_with_the_window_responsive(
    qtbot: QtBot, gui_context: AppContext, gate: GateKeyring
) -> None:
    count = gui_context.cache.count("Reseller")
    dialog = rename_dialog(qtbot, gui_context)
    ticks = ticking(qtbot, dialog)
    gate.blocking.set()
    dialog.ok_button.click()
    qtbot.waitUntil(gate.entered.is_set, timeout=5000)
    ticks.clear()
    qtbot.wait(300)
    assert len(ticks) >= 5
    assert dialog.saving.isVisibleTo(dialog) and not dialog.ok_button.isEnabled()
    assert not dialog.name_edit.isEnabled()
    assert [a.name for a in gui_context.accounts.all()].count("Reseller") == 1
    dialog.reject()  # Cancel while the keyring blocks: the worker undoes its write
    assert not dialog.isVisible()
    gate.released.set()
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)
    assert gui_context.accounts.get("Reseller")
    assert gui_context.secrets.get("Reseller")["password"] == "old"
    assert gui_context.secrets.get("Telecom Kontor") == {}
    assert gui_context.cache.count("Reseller") == count


@pytest.mark.parametrize("failing", ["set", "delete"])
def test_rename_refused_by_the_keyring_changes_nothing(
    qtbot: QtBot, gui_context: AppContext, gate: GateKeyring, failing: str
) -> None:
    count = gui_context.cache.count("Reseller")
    dialog = rename_dialog(qtbot, gui_context)
    if failing == "delete":  # the new entry is written, the old one cannot be deleted

        def delete_fails(service: str, username: str) -> None:
            if username == "Reseller":
                raise keyring.errors.KeyringError("D-Bus call timed out")
            MemoryKeyring.delete_password(gate, service, username)

        gate.delete_password = delete_fails  # type: ignore[method-assign]
    else:
        gate.error = keyring.errors.KeyringLocked("the collection is locked")
    with qtbot.waitSignal(dialog.saving.failed, timeout=5000):
        dialog.ok_button.click()
    assert dialog.isVisible() and dialog.message.isVisibleTo(dialog)
    assert "keyring" in dialog.message.text()
    assert dialog.ok_button.isEnabled() and dialog.name_edit.isEnabled()
    gate.error = None
    names = [a.name for a in gui_context.accounts.all()]
    assert "Reseller" in names and "Telecom Kontor" not in names
    assert gui_context.cache.count("Reseller") == count
    assert gui_context.secrets.get("Reseller")["password"] == "old"
    assert gui_context.secrets.get("Telecom Kontor") == {}


# ---- Remove ------------------------------------------------------------------------------------


@pytest.fixture
def window(
    qtbot: QtBot, settings: QSettings, gui_context: AppContext, gate: GateKeyring
) -> Iterator[MainWindow]:
    win = MainWindow(gui_context, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.is_loading, timeout=10_000)
    win.account_menu.confirm = lambda *_: True
    warned: list[tuple[str, str]] = []
    win.account_menu.warn = lambda _parent, heading, text: warned.append((heading, text))
    win.warned = warned  # type: ignore[attr-defined]
    yield win
    gate.released.set()
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=15_000)
    win.shutdown()


def enabled_actions(window: MainWindow, name: str) -> dict[str, bool]:
    menu = window.account_menu.build(name)
    return {a.text().replace("&", ""): a.isEnabled() for a in menu.actions() if a.text()}


def test_remove_waits_for_a_blocked_keyring_with_the_window_responsive(
    qtbot: QtBot, window: MainWindow, gate: GateKeyring
) -> None:
    context = window.context
    count = context.cache.count("Webshop")
    ticks = ticking(qtbot, window)
    gate.blocking.set()
    started = time.monotonic()
    window.account_menu.remove("Webshop")
    assert time.monotonic() - started < 1
    qtbot.waitUntil(gate.entered.is_set, timeout=5000)
    ticks.clear()
    qtbot.wait(300)
    assert len(ticks) >= 5  # the window stays responsive
    assert window.cursor().shape() == Qt.CursorShape.BusyCursor
    assert "Removing “Webshop”" in window.statusBar().currentMessage()
    assert not any(enabled_actions(window, "Webshop").values())
    assert not enabled_actions(window, "Reseller")["Remove…"]  # one removal at a time
    assert enabled_actions(window, "Reseller")["Edit…"]
    assert context.accounts.get("Webshop")  # nothing gone before the keyring answered
    with qtbot.waitSignal(window.snapshot_shown, timeout=10_000):
        gate.released.set()
    assert "Webshop" not in [a.name for a in context.accounts.all()]
    assert context.cache.count("Webshop") == 0 and context.secrets.get("Webshop") == {}
    message = window.statusBar().currentMessage()
    assert "keyring entry" in message and f"{count} cached invoices" in message
    assert window.cursor().shape() != Qt.CursorShape.BusyCursor
    assert window.warned == []  # type: ignore[attr-defined]


def test_remove_refused_by_the_keyring_changes_nothing_and_says_so(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, gate: GateKeyring
) -> None:
    context = window.context
    count = context.cache.count("Webshop")
    gate.error = keyring.errors.KeyringLocked("the collection is locked")
    window.account_menu.remove("Webshop")
    qtbot.waitUntil(lambda: bool(window.warned), timeout=5000)  # type: ignore[attr-defined]
    [(heading, text)] = window.warned  # type: ignore[attr-defined]
    assert heading == "Account not removed"
    assert "“Webshop” was not removed; nothing was changed." in text
    assert "the collection is locked" in text and "unlocked" in text
    assert "was not removed" in window.statusBar().currentMessage()
    gate.error = None
    assert context.accounts.get("Webshop") and context.cache.count("Webshop") == count
    assert context.secrets.get("Webshop") == {"secret_key": "s"}
    assert window.cursor().shape() != Qt.CursorShape.BusyCursor
    assert all(enabled_actions(window, "Webshop").values())
    # the same in Norwegian: a translated heading and text
    gate.error = keyring.errors.KeyringLocked("the collection is locked")
    install_translator(qapp, "nb")
    try:
        window.account_menu.remove("Webshop")
        qtbot.waitUntil(lambda: len(window.warned) == 2, timeout=5000)  # type: ignore[attr-defined]
    finally:
        install_translator(qapp, "en")
    heading, text = window.warned[1]  # type: ignore[attr-defined]
    assert heading != "Account not removed" and "nothing was changed" not in text
