"""The account menu on the sidebar cards and in the menu bar: edit, rename, sync, disable/enable,
remove, driven as a user would (right-click, the Menu key, the dialogs)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import keyring.errors
import pytest
from memory_keyring import MemoryKeyring
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from invoicedesk.gui.context import AppContext
from invoicedesk.gui.dialogs.edit_account import EditAccountDialog, RenameAccountDialog
from invoicedesk.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings, gui_context: AppContext) -> Iterator[MainWindow]:
    win = MainWindow(gui_context, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.is_loading, timeout=10_000)
    asked: list[str] = []
    win.account_menu.show_menu = lambda _menu, _at: None  # offscreen Qt cannot pop up menus
    win.account_menu.confirm = lambda _parent, _title, text: asked.append(text) or True
    win.asked = asked  # type: ignore[attr-defined]
    yield win
    win.shutdown()


def reload_done(qtbot: QtBot, window: MainWindow, action: Callable[[], object]) -> None:
    with qtbot.waitSignal(window.snapshot_shown, timeout=10_000):
        action()


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def trigger(menu: QMenu, text: str) -> None:
    for action in menu.actions():
        if action.text().replace("&", "") == text:
            assert action.isEnabled(), text
            action.trigger()
            return
    raise AssertionError(f"{text} not in {menu_texts(menu)}")


def when_modal(handle: Callable[[QWidget], None]) -> None:
    """Handle the next modal dialog once it is open (exec() blocks the test meanwhile)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
        else:
            handle(dialog)

    QTimer.singleShot(0, poll)


def test_right_click_and_the_menu_key_open_the_account_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    card = window.sidebar.cards["Webshop"]
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Menu)
    menu = window.account_menu.last_menu
    assert menu is not None
    assert menu_texts(menu) == ["Edit…", "Rename…", "Sync this account", "Disable", "Remove…"]
    assert window.sidebar.selected() == "Webshop"
    # the menu bar's Account menu acts on the selected account
    window.account_menu.bar_menu.aboutToShow.emit()
    assert menu_texts(window.account_menu.bar_menu)[0] == "Edit…"
    assert card.accessibleName().startswith("Account Webshop")


def test_disable_greys_the_card_and_leaves_its_invoices_out(
    qtbot: QtBot, window: MainWindow
) -> None:
    before = window.model.rowCount()
    webshop = sum(1 for a in window.model.table.account if a == "Webshop")
    assert webshop > 0
    menu = window.account_menu.build("Webshop")
    reload_done(qtbot, window, lambda: trigger(menu, "Disable"))
    assert window.model.rowCount() == before - webshop
    card = window.sidebar.cards["Webshop"]
    assert card.property("accountDisabled") is True
    assert not card.name_label.isEnabled()
    assert "Disabled" in card.state_label.text()
    assert not window.context.accounts.get("Webshop").enabled
    menu = window.account_menu.build("Webshop")
    assert "Enable" in menu_texts(menu)
    sync = next(a for a in menu.actions() if a.text().replace("&", "") == "Sync this account")
    assert not sync.isEnabled()  # a disabled account is not synced
    assert "Webshop" not in [a.name for a in window.context.accounts.all() if a.enabled]
    reload_done(qtbot, window, lambda: trigger(window.account_menu.build("Webshop"), "Enable"))
    assert window.model.rowCount() == before
    assert card.property("accountDisabled") is False


def test_sync_this_account_syncs_only_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[list[str]] = []
    monkeypatch.setattr(window, "sync_all", lambda full=False, names=None: started.append(names))
    trigger(window.account_menu.build("Reseller"), "Sync this account")
    assert started == [["Reseller"]]


def test_rename_moves_cache_and_keyring(qtbot: QtBot, window: MainWindow) -> None:
    context = window.context
    context.secrets.set("Reseller", {"token": "t-123"})
    count = context.cache.count("Reseller")
    assert count > 0

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, RenameAccountDialog)
        dialog.name_edit.setText("Webshop")  # taken
        assert not dialog.ok_button.isEnabled() and "exists" in dialog.error.text()
        dialog.name_edit.setText("bad/name")
        assert not dialog.ok_button.isEnabled() and dialog.error.text()
        dialog.name_edit.setText("Telecom Kontor")
        assert dialog.ok_button.isEnabled() and dialog.error.text() == ""
        dialog.ok_button.click()

    when_modal(rename)
    reload_done(qtbot, window, lambda: trigger(window.account_menu.build("Reseller"), "Rename…"))
    assert "Telecom Kontor" in window.sidebar.cards and "Reseller" not in window.sidebar.cards
    assert context.cache.count("Telecom Kontor") == count and context.cache.count("Reseller") == 0
    assert context.secrets.get("Telecom Kontor") == {"token": "t-123"}
    assert context.secrets.get("Reseller") == {}
    assert "Renamed" in window.statusBar().currentMessage()


def test_remove_asks_then_says_what_it_removed(qtbot: QtBot, window: MainWindow) -> None:
    context = window.context
    context.secrets.set("Webshop", {"secret_key": "s"})
    count = context.cache.count("Webshop")
    reload_done(qtbot, window, lambda: trigger(window.account_menu.build("Webshop"), "Remove…"))
    assert f"{count} cached invoices" in window.asked[-1]  # type: ignore[attr-defined]
    assert "Webshop" not in window.sidebar.cards
    assert context.cache.count("Webshop") == 0 and context.secrets.get("Webshop") == {}
    message = window.statusBar().currentMessage()
    assert "keyring entry" in message and f"{count} cached invoices" in message


def test_remove_cancelled_keeps_everything(window: MainWindow) -> None:
    window.account_menu.confirm = lambda *_: False
    trigger(window.account_menu.build("Webshop"), "Remove…")
    assert window.context.accounts.get("Webshop")
    assert window.context.cache.count("Webshop") > 0


def test_edit_validates_like_add_and_saves_options_and_secrets(
    qtbot: QtBot, window: MainWindow
) -> None:
    context = window.context
    context.secrets.set("Reseller", {"username": "ole@example.dk", "password": "old"})
    seen: dict[str, object] = {}

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, EditAccountDialog)
        form = dialog.form
        assert form.rows["username"].value() == "ole@example.dk"  # the login is shown
        assert form.rows["password"].value() == ""  # a password never is
        assert dialog.save_button.isEnabled()
        form.set_value("currency", "kroner")
        form.rows["currency"].touch()
        assert not dialog.save_button.isEnabled()
        seen["error"] = form.rows["currency"].error_label.text()
        form.set_value("currency", "NOK")
        form.set_value("password", "new-secret")
        assert dialog.save_button.isEnabled()
        dialog.save_button.click()

    when_modal(edit)
    reload_done(qtbot, window, lambda: window.sidebar.edit_requested.emit("Reseller"))
    assert "currency code" in str(seen["error"])
    assert context.accounts.get("Reseller").options["currency"] == "NOK"
    assert context.secrets.get("Reseller") == {
        "username": "ole@example.dk",
        "password": "new-secret",
    }
    assert context.cache.count("Reseller") > 0  # same login: the cache stays
    assert window.asked == []  # type: ignore[attr-defined]


def test_a_changed_server_asks_before_dropping_the_cache(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window, "sync_all", lambda full=False, names=None: [])
    context = window.context
    count = context.cache.count("Reseller")
    answers = [False, True]
    window.account_menu.confirm = lambda _p, _t, text: (window.asked.append(text), answers.pop(0))[
        1
    ]  # type: ignore[attr-defined]

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, EditAccountDialog)
        dialog.form.set_value("base_url", "https://api.other.example")
        dialog.save_button.click()  # checked in the pool, asked, "Cancel": nothing written
        qtbot.waitUntil(lambda: bool(window.asked) and dialog.save_button.isEnabled())  # type: ignore[attr-defined]
        assert dialog.isVisible()
        assert context.accounts.get("Reseller").base_url == "http://127.0.0.1:9"
        dialog.save_button.click()  # asked again, "Yes"

    when_modal(edit)
    reload_done(qtbot, window, lambda: trigger(window.account_menu.build("Reseller"), "Edit…"))
    assert f"{count} cached invoices" in window.asked[0]  # type: ignore[attr-defined]
    assert context.accounts.get("Reseller").base_url == "https://api.other.example"
    assert context.cache.count("Reseller") == 0


def test_edit_refuses_a_bad_sendregning_account_number(qtbot: QtBot, window: MainWindow) -> None:
    result: dict[str, object] = {}

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, EditAccountDialog)
        dialog.form.set_value("originator_id", "abc")
        dialog.form.rows["originator_id"].touch()
        result["enabled"] = dialog.save_button.isEnabled()
        result["error"] = dialog.form.rows["originator_id"].error_label.text()
        dialog.reject()

    when_modal(edit)
    window.account_menu.edit("Regnskap AS")  # the keyring is read in the pool, then it opens
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    assert result == {"enabled": False, "error": "Digits only, e.g. 12345."}


def test_error_line_keeps_its_place(qtbot: QtBot, window: MainWindow) -> None:
    positions: list[int] = []

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, EditAccountDialog)
        row = dialog.form.rows["originator_id"]
        below = dialog.form.rows["password"]
        positions.append(below.mapTo(dialog, QPoint(0, 0)).y())
        dialog.form.set_value("originator_id", "abc")
        row.touch()
        QApplication.processEvents()
        positions.append(below.mapTo(dialog, QPoint(0, 0)).y())
        dialog.reject()

    when_modal(edit)
    window.account_menu.edit("Regnskap AS")
    qtbot.waitUntil(lambda: len(positions) == 2, timeout=5000)
    assert positions[0] == positions[1]


class WaitingKeyring:
    """Wraps the test keyring: get_password waits until released (an unlock prompt open on the
    desktop) and notes the thread it was called on."""

    def __init__(self, backend: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
        self.released = threading.Event()
        self.threads: list[threading.Thread] = []
        read = backend.get_password

        def get_password(service: str, username: str) -> str | None:
            self.threads.append(threading.current_thread())
            if not self.released.wait(10):
                raise keyring.errors.KeyringError("the test never released the keyring")
            return read(service, username)

        monkeypatch.setattr(backend, "get_password", get_password)


@pytest.mark.parametrize("action", ["edit", "log in again"])
def test_the_keyring_is_read_in_the_pool_before_the_dialog_opens(
    qtbot: QtBot,
    window: MainWindow,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    action: str,
) -> None:
    from invoicedesk.gui.dialogs.login import ReloginDialog

    window.context.secrets.set("Reseller", {"username": "ole@example.dk", "password": "pw"})
    waiting = WaitingKeyring(memory_keyring, monkeypatch)
    synced: list[object] = []
    monkeypatch.setattr(window, "sync_all", lambda full=False, names=None: synced.append(names))
    kind, start = {
        "edit": (EditAccountDialog, lambda: window.account_menu.edit("Reseller")),
        "log in again": (ReloginDialog, lambda: window.sidebar.relogin_requested.emit("Reseller")),
    }[action]
    shown: list[str] = []

    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, kind)
        shown.append(dialog.form.rows["username"].value())
        dialog.reject()

    when_modal(handle)
    start()  # returns at once: the keyring waits for its unlock prompt
    qtbot.waitUntil(lambda: bool(waiting.threads), timeout=5000)
    assert waiting.threads[0] is not threading.main_thread()
    assert window.cursor().shape() == Qt.CursorShape.BusyCursor
    assert "unlock the keyring" in window.statusBar().currentMessage()
    assert QApplication.activeModalWidget() is None
    start()  # a second click while it waits: no second read
    qtbot.wait(50)  # the event loop runs meanwhile
    assert len(waiting.threads) == 1
    waiting.released.set()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == ["ole@example.dk"]  # the dialog opened with what was read
    assert window.cursor().shape() != Qt.CursorShape.BusyCursor
    assert synced == []  # cancelled: nothing stored, nothing synced


def test_an_unreadable_keyring_opens_edit_with_its_problem_said(
    qtbot: QtBot,
    window: MainWindow,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(_service: str, _username: str) -> str | None:
        raise keyring.errors.KeyringError("the collection is locked")

    monkeypatch.setattr(memory_keyring, "get_password", refuse)
    seen: dict[str, object] = {}

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, EditAccountDialog)
        seen["ok"], seen["message"] = dialog.keyring_ok, dialog.message.text()
        dialog.reject()

    when_modal(edit)
    window.account_menu.edit("Reseller")
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen["ok"] is False
    assert "the collection is locked" in str(seen["message"])
