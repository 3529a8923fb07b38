"""Account dialogs: validation, test connection against the sandboxes, saving to the account
list and the keyring (off the GUI thread: slow, failing and cancelled keyring writes), weak
keyring, ConnectID browser sign-in, Buckaroo CSV import, settings."""

from __future__ import annotations

import importlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import keyring.backends.fail
import keyring.errors
import pytest
from memory_keyring import MemoryKeyring
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from invoicedesk.gui.dialogs import keyring_save
from invoicedesk.gui.dialogs.add_account import AddAccountDialog, unique_name
from invoicedesk.gui.dialogs.keyring_save import KeyringSave, SaveJob
from invoicedesk.gui.dialogs.login import ReloginDialog, relogin
from invoicedesk.gui.dialogs.provider_extras import BuckarooExtras, TelecomXExtras
from invoicedesk.gui.dialogs.tracked_invoices import TrackedInvoicesDialog, TrackedList
from invoicedesk.gui.i18n import install_translator
from invoicedesk.gui.settings import SettingsDialog
from invoicedesk.gui.workers import pending_tasks, start_task
from invoicedesk.providers import get_spec
from invoicedesk.providers.base import ProviderSpec
from invoicedesk.providers.errors import ProviderError
from invoicedesk.sandbox import DemoAccount
from invoicedesk.storage.accounts import Account, AccountError, AccountStore
from invoicedesk.storage.cache import InvoiceCache
from invoicedesk.storage.secrets import SecretStore
from invoicedesk.sync.engine import SyncEngine


@dataclass
class Env:
    accounts: AccountStore
    secrets: SecretStore
    engine: SyncEngine


def make_env(root: Path, secrets: SecretStore | None = None) -> Env:
    accounts = AccountStore(root / "config" / "accounts.json")
    store = secrets or SecretStore("invoicedesk/test")
    cache = InvoiceCache(root / "data" / "cache.sqlite3")
    return Env(accounts, store, SyncEngine(cache, accounts, store))


def require_spec(name: str) -> ProviderSpec:
    try:
        return get_spec(name)
    except ModuleNotFoundError as exc:
        pytest.skip(f"provider module invoicedesk.providers.{name} is not there yet ({exc})")


@contextmanager
def sandbox(name: str, **kwargs: object) -> Iterator[DemoAccount]:
    require_spec(name)
    try:
        module = importlib.import_module(f"invoicedesk.sandbox.{name}")
    except ModuleNotFoundError as exc:
        pytest.skip(f"sandbox module invoicedesk.sandbox.{name} is not there yet ({exc})")
    server = module.create(**kwargs).start()
    try:
        yield module.demo_account(server)
    finally:
        server.stop()


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    """As the app does at start: English, with its plural forms ("1 row", "3 rows")."""
    install_translator(qapp, "en")


@pytest.fixture
def env(tmp_path: Path, qtbot: QtBot) -> Iterator[Env]:
    yield make_env(tmp_path)
    # no background task may outlive its test
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=15000)


def open_dialog(
    qtbot: QtBot, env: Env, provider: str, open_url: Callable[[str], None] | None = None
) -> AddAccountDialog:
    require_spec(provider)
    dialog = AddAccountDialog(
        env.engine, env.accounts, env.secrets, provider=provider, open_url=open_url
    )
    qtbot.addWidget(dialog)
    assert dialog.provider_box.currentData() == provider
    return dialog


def fill(dialog: AddAccountDialog, **values: str) -> None:
    assert dialog.form is not None
    for key, value in values.items():
        dialog.form.set_value(key, value)


def fill_demo(dialog: AddAccountDialog, demo: DemoAccount, **override: str) -> None:
    fill(dialog, base_url=demo.base_url, **{**demo.options, **demo.secrets, **override})


def ok_enabled(dialog: AddAccountDialog) -> bool:
    return dialog.ok_button.isEnabled()


# ---- validation ----------------------------------------------------------------------------


def test_sendregning_ok_only_when_valid(qtbot: QtBot, env: Env) -> None:
    dialog = open_dialog(qtbot, env, "sendregning")
    assert dialog.form is not None
    assert not ok_enabled(dialog)
    assert "Password" in dialog.hint.text()
    fill(dialog, originator_id="12345", password="secret")
    email = dialog.form.rows["username"]
    assert email.line is not None
    qtbot.keyClicks(email.line, "bookkeeper@")
    email.line.editingFinished.emit()
    assert not ok_enabled(dialog)
    assert email.error_label.isVisibleTo(dialog)
    assert "e-mail" in email.error_label.text()
    qtbot.keyClicks(email.line, "example.no")
    assert ok_enabled(dialog)
    assert email.error_label.text() == ""
    fill(dialog, password="")
    assert not ok_enabled(dialog)
    assert "Password" in dialog.hint.text()


def test_secrets_are_masked_and_bad_urls_refused(qtbot: QtBot, env: Env) -> None:
    dialog = open_dialog(qtbot, env, "sendregning")
    assert dialog.form is not None
    password = dialog.form.rows["password"].line
    assert password is not None and password.echoMode() == password.EchoMode.Password
    fill(dialog, originator_id="1", username="a@example.no", password="x")
    assert ok_enabled(dialog)
    fill(dialog, base_url="ftp://example.no")
    assert not ok_enabled(dialog)
    fill(dialog, base_url="http://127.0.0.1:8080/api")
    assert ok_enabled(dialog)
    assert dialog.form.draft().account.base_url == "http://127.0.0.1:8080/api"


def test_account_name_must_be_usable_and_unique(qtbot: QtBot, env: Env) -> None:
    require_spec("sendregning")
    env.accounts.add(Account("SendRegning", "sendregning", None, {"originator_id": "1"}))
    dialog = open_dialog(qtbot, env, "sendregning")
    fill(dialog, originator_id="1", username="a@example.no", password="x")
    assert dialog.form is not None and dialog.form.value("name") == "SendRegning 2"
    assert ok_enabled(dialog)
    fill(dialog, name="SendRegning")
    assert not ok_enabled(dialog)
    assert "exists already" in " ".join(dialog.form.problems())
    fill(dialog, name="bad/name")
    assert not ok_enabled(dialog)
    assert unique_name("MediaConnect/ConnectID", set()) == "MediaConnect ConnectID"


def test_telecomx_password_or_token(qtbot: QtBot, env: Env) -> None:
    dialog = open_dialog(qtbot, env, "telecomx")
    assert dialog.form is not None
    extras = dialog.form.extras
    assert isinstance(extras, TelecomXExtras)
    fill(dialog, username="me@example.dk")
    assert not ok_enabled(dialog)  # the password is missing
    fill(dialog, password="pw")
    assert ok_enabled(dialog)
    assert dialog.form.draft().secrets == {"username": "me@example.dk", "password": "pw"}
    extras.use_token.setChecked(True)
    assert not ok_enabled(dialog)  # now the token is needed, the password is not
    fill(dialog, token="tok-123")
    assert ok_enabled(dialog)
    assert dialog.form.draft().secrets == {"token": "tok-123"}


# ---- test connection and saving ------------------------------------------------------------


def test_connection_success_keeps_the_window_responsive(qtbot: QtBot, env: Env) -> None:
    with sandbox("sendregning", latency=0.4) as demo:
        dialog = open_dialog(qtbot, env, "sendregning")
        fill_demo(dialog, demo)
        ticks: list[float] = []
        timer = QTimer(dialog)
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start(20)
        started = time.monotonic()
        dialog.test.button.click()
        assert time.monotonic() - started < 0.3  # the click returned before the answer came
        assert dialog.test.running()
        assert "Testing" in dialog.test.result.text()
        qtbot.waitUntil(lambda: not dialog.test.running(), timeout=10000)
        assert dialog.test.result.text().startswith("✓")
        assert "SendRegning" in dialog.test.result.text()
        assert len(ticks) >= 5  # the GUI thread kept handling events meanwhile


def test_connection_failure_shows_the_provider_message(qtbot: QtBot, env: Env) -> None:
    with sandbox("sendregning") as demo:
        dialog = open_dialog(qtbot, env, "sendregning")
        fill_demo(dialog, demo, password="wrong-password")
        assert dialog.form is not None
        draft = dialog.form.draft()
        with pytest.raises(ProviderError) as expected:
            env.engine.test_connection(draft.account, draft.secrets)
        with qtbot.waitSignal(dialog.test.finished, timeout=10000) as finished:
            dialog.test.button.click()
        assert finished.args == [False]
        assert dialog.test.result.text() == "✗ " + expected.value.describe()
        assert env.accounts.all() == []  # testing saves nothing


def test_save_writes_account_and_keyring(qtbot: QtBot, env: Env) -> None:
    with sandbox("sendregning") as demo:
        dialog = open_dialog(qtbot, env, "sendregning")
        fill_demo(dialog, demo, name="Regnskap AS")
        with qtbot.waitSignal(dialog.account_added) as added:
            dialog.ok_button.click()
    assert added.args == ["Regnskap AS"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = env.accounts.get("Regnskap AS")
    assert saved.provider == "sendregning"
    assert saved.base_url == demo.base_url
    assert saved.options == demo.options
    assert env.secrets.get("Regnskap AS") == demo.secrets
    assert "password" not in env.accounts.path.read_text()


def test_the_same_login_twice_is_refused_in_the_dialog(qtbot: QtBot, env: Env) -> None:
    with sandbox("sendregning") as demo:
        first = open_dialog(qtbot, env, "sendregning")
        fill_demo(first, demo, name="Regnskap AS")
        with qtbot.waitSignal(first.account_added):
            first.ok_button.click()
        second = open_dialog(qtbot, env, "sendregning")
        fill_demo(second, demo, name="Regnskap igjen", direction="payable")
        with qtbot.waitSignal(second.saving.failed, timeout=5000):
            second.ok_button.click()
    assert second.message.isVisibleTo(second)
    text = second.message.text()
    assert "“Regnskap AS”" in text and "twice" in text
    assert second.result() != QDialog.DialogCode.Accepted
    assert [a.name for a in env.accounts.all()] == ["Regnskap AS"]
    assert env.secrets.get("Regnskap igjen") == {}  # nothing written for the refused one


def test_the_direction_option_is_saved(qtbot: QtBot, env: Env) -> None:
    with sandbox("sendregning") as demo:
        dialog = open_dialog(qtbot, env, "sendregning")
        fill_demo(dialog, demo, name="Innkjøp", direction="payable")
        with qtbot.waitSignal(dialog.account_added):
            dialog.ok_button.click()
    assert env.accounts.get("Innkjøp").options["direction"] == "payable"


def test_weak_keyring_is_refused_with_its_message(qtbot: QtBot, tmp_path: Path) -> None:
    env = make_env(
        tmp_path, SecretStore("invoicedesk/test", backend=keyring.backends.fail.Keyring())
    )
    dialog = open_dialog(qtbot, env, "sendregning")
    assert dialog.keyring_warning.isVisibleTo(dialog)  # said up front, not only on save
    assert "keyring" in dialog.keyring_warning.text()
    fill(dialog, originator_id="1", username="a@example.no", password="x")
    assert dialog.form is not None and dialog.form.is_valid()
    # a valid form, but nothing can be stored: the action stays disabled, the error shows once
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # even when forced, nothing is stored
    with qtbot.waitSignal(dialog.saving.failed, timeout=5000):
        pass
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.message.isVisibleTo(dialog)  # the warning above says it; not twice
    assert env.accounts.all() == []


# ---- saving off the GUI thread -------------------------------------------------------------


class SlowKeyring(MemoryKeyring):
    """Once ``blocking`` is set, set_password waits for ``released``: a keyring that shows an
    unlock prompt, or a slow D-Bus."""

    def __init__(self) -> None:
        super().__init__()
        self.blocking = threading.Event()
        self.entered = threading.Event()
        self.released = threading.Event()
        self.sets = 0

    def set_password(self, service: str, username: str, password: str) -> None:
        self.sets += 1
        if self.blocking.is_set():
            self.entered.set()
            if not self.released.wait(10):
                raise keyring.errors.KeyringError("the test never released the keyring")
        super().set_password(service, username, password)


class RefusingKeyring(MemoryKeyring):
    """set_password raises ``error`` while it is set."""

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error: Exception | None = error

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.error is not None:
            raise self.error
        super().set_password(service, username, password)


@pytest.fixture
def slow(tmp_path: Path, qtbot: QtBot) -> Iterator[tuple[Env, SlowKeyring]]:
    backend = SlowKeyring()
    yield make_env(tmp_path, SecretStore("invoicedesk/test", backend=backend)), backend
    backend.released.set()  # also when the test failed while the keyring blocked
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=15000)


SR_FORM = {"originator_id": "1", "username": "a@example.no", "password": "x"}


def test_save_waits_for_a_slow_keyring_without_freezing(
    qtbot: QtBot, slow: tuple[Env, SlowKeyring], monkeypatch: pytest.MonkeyPatch
) -> None:
    env, backend = slow
    monkeypatch.setattr(keyring_save, "SLOW_MS", 100)
    dialog = open_dialog(qtbot, env, "sendregning")
    fill(dialog, name="Regnskap AS", **SR_FORM)
    added: list[str] = []
    dialog.account_added.connect(added.append)
    ticks: list[float] = []
    timer = QTimer(dialog)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    backend.blocking.set()
    started = time.monotonic()
    dialog.ok_button.click()
    assert time.monotonic() - started < 1  # the click returned while the keyring blocks
    assert backend.entered.wait(5)
    assert dialog.saving.isVisibleTo(dialog)
    assert dialog.saving.status.text() == "Saving to the keyring…"
    assert not dialog.ok_button.isEnabled() and not dialog.test.button.isEnabled()
    assert dialog.form is not None and not dialog.form.isEnabled()
    ticks.clear()
    qtbot.waitUntil(lambda: "unlock" in dialog.saving.status.text(), timeout=5000)
    qtbot.wait(200)
    assert len(ticks) >= 5  # the GUI thread kept handling events meanwhile
    dialog.accept()  # a second submit (Enter, a double click) is ignored
    assert env.accounts.all() == []  # not before its secrets are stored
    assert added == [] and dialog.result() != QDialog.DialogCode.Accepted
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        backend.released.set()
    assert added == ["Regnskap AS"]
    assert backend.sets == 1
    assert env.secrets.get("Regnskap AS") == {"username": "a@example.no", "password": "x"}
    assert env.accounts.get("Regnskap AS").options == {"originator_id": "1"}
    assert not dialog.saving.isVisibleTo(dialog)


@pytest.mark.parametrize(
    "error",
    [keyring.errors.KeyringLocked("the collection is locked"), OSError("D-Bus call timed out")],
    ids=["keyring-error", "other-exception"],
)
def test_keyring_failure_on_save_keeps_the_dialog_open(
    qtbot: QtBot, tmp_path: Path, error: Exception
) -> None:
    backend = RefusingKeyring(error)
    env = make_env(tmp_path, SecretStore("invoicedesk/test", backend=backend))
    dialog = open_dialog(qtbot, env, "sendregning")
    fill(dialog, name="Regnskap AS", **SR_FORM)
    with qtbot.waitSignal(dialog.saving.failed, timeout=5000):
        dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.isVisibleTo(dialog)
    text = dialog.message.text()
    assert text.startswith("Not saved: the keyring")
    assert str(error) in text  # what went wrong …
    assert "unlocked" in text and "save again" in text  # … and what to do
    assert env.accounts.all() == [] and backend.store == {}
    assert not dialog.saving.isVisibleTo(dialog)
    assert dialog.ok_button.isEnabled() and dialog.form is not None and dialog.form.isEnabled()
    backend.error = None  # the user unlocked the keyring: saving again works
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.ok_button.click()
    assert env.secrets.get("Regnskap AS")["password"] == "x"
    assert [a.name for a in env.accounts.all()] == ["Regnskap AS"]
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)


def test_account_list_failure_removes_the_secrets_again(
    qtbot: QtBot, env: Env, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, env, "sendregning")
    fill(dialog, name="Regnskap AS", **SR_FORM)

    def refuse(account: Account, *, replace: bool = False) -> None:
        assert memory_keyring.store  # the secrets were stored first
        raise AccountError("the account list could not be written: disk full")

    monkeypatch.setattr(env.accounts, "add", refuse)
    with qtbot.waitSignal(dialog.saving.failed, timeout=5000):
        dialog.ok_button.click()
    assert dialog.message.text() == "the account list could not be written: disk full"
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert memory_keyring.store == {}  # no secrets without their account


def test_cancel_while_saving_leaves_nothing_behind(
    qtbot: QtBot, slow: tuple[Env, SlowKeyring]
) -> None:
    env, backend = slow
    dialog = open_dialog(qtbot, env, "sendregning")
    fill(dialog, name="Regnskap AS", **SR_FORM)
    added: list[str] = []
    dialog.account_added.connect(added.append)
    backend.blocking.set()
    dialog.ok_button.click()
    assert backend.entered.wait(5)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected  # closes at once
    backend.released.set()  # the write completes after all …
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)
    assert backend.sets == 1
    assert backend.store == {}  # … and was undone
    assert env.accounts.all() == [] and added == []


# ---- ConnectID ---------------------------------------------------------------------------


def browser_that_follows_redirects(url: str) -> None:
    """Stands in for the system browser: the sandbox approves at once and redirects to the
    app's loopback listener."""

    def visit() -> None:
        httpx.get(url, follow_redirects=True, timeout=10)

    threading.Thread(target=visit, daemon=True).start()


def test_connectid_browser_sign_in_then_save(qtbot: QtBot, env: Env) -> None:
    with sandbox("connectid") as demo:
        dialog = open_dialog(qtbot, env, "connectid", open_url=browser_that_follows_redirects)
        assert dialog.form is not None
        assert not {"access_token", "refresh_token", "expires_at"} & set(dialog.form.rows)
        fill(dialog, base_url=demo.base_url, name="Abonnement", **demo.options)
        fill(dialog, client_secret=demo.secrets["client_secret"])
        assert not ok_enabled(dialog)  # not signed in yet
        signin = dialog.form.extras.signin  # type: ignore[attr-defined]
        assert signin.button.isEnabled()
        with qtbot.waitSignal(signin.signed_in, timeout=15000):
            signin.button.click()
            assert "Waiting for the browser" in signin.status.text()
        assert ok_enabled(dialog)
        with qtbot.waitSignal(dialog.test.finished, timeout=10000) as tested:
            dialog.test.button.click()
        assert tested.args == [True], dialog.test.result.text()
        with qtbot.waitSignal(dialog.accepted, timeout=5000):
            dialog.ok_button.click()
    stored = env.secrets.get("Abonnement")
    assert stored["access_token"] and stored["refresh_token"]
    assert stored["client_secret"] == demo.secrets["client_secret"]
    assert env.accounts.get("Abonnement").options["client_id"] == demo.options["client_id"]


def test_connectid_sign_in_can_be_cancelled(qtbot: QtBot, env: Env) -> None:
    with sandbox("connectid") as demo:
        opened: list[str] = []
        dialog = open_dialog(qtbot, env, "connectid", open_url=opened.append)
        fill(dialog, base_url=demo.base_url, **demo.options)
        signin = dialog.form.extras.signin  # type: ignore[union-attr]
        signin.button.click()
        qtbot.waitUntil(lambda: bool(opened), timeout=10000)
        assert opened[0].startswith(demo.options["authorize_url"])
        assert signin.link.isVisibleTo(dialog) and signin.address.text() == opened[0]
        signin.copy_button.click()  # the address to paste into a browser
        assert QGuiApplication.clipboard().text() == opened[0]
        signin.cancel_button.click()
        qtbot.waitUntil(lambda: not signin.busy(), timeout=10000)
        assert "cancelled" in signin.status.text()
        assert not ok_enabled(dialog)


def test_connectid_sign_in_says_what_may_have_happened_when_the_browser_stays_away(
    qtbot: QtBot, env: Env
) -> None:
    """The provider shows an error page instead of redirecting back: the dialog does not wait
    five minutes without a word."""
    with sandbox("connectid") as demo:
        opened: list[str] = []
        dialog = open_dialog(qtbot, env, "connectid", open_url=opened.append)
        fill(dialog, base_url=demo.base_url, **demo.options)
        signin = dialog.form.extras.signin  # type: ignore[union-attr]
        signin.hint_timer.setInterval(200)  # (45 s in the app)
        signin.button.click()
        qtbot.waitUntil(lambda: bool(opened), timeout=10000)  # the browser never comes back
        qtbot.waitUntil(lambda: "error page" in signin.status.text(), timeout=5000)
        assert "Cancel" in signin.status.text() and signin.cancel_button.isVisibleTo(dialog)
        assert signin.busy()
        signin.cancel_button.click()
        qtbot.waitUntil(lambda: not signin.busy(), timeout=10000)
        assert not signin.hint_timer.isActive()


# ---- log in again ------------------------------------------------------------------------


def test_relogin_stores_new_password(qtbot: QtBot, env: Env) -> None:
    with sandbox("sendregning") as demo:
        account = Account("SR", "sendregning", demo.base_url, dict(demo.options))
        env.accounts.add(account)
        env.secrets.set("SR", {**demo.secrets, "password": "old-and-wrong"})
        dialog = ReloginDialog(account, env.engine, env.secrets)
        qtbot.addWidget(dialog)
        assert dialog.form.value("username") == demo.secrets["username"]  # kept
        assert dialog.form.value("password") == ""  # never shown again
        assert not dialog.save_button.isEnabled()
        dialog.form.set_value("password", demo.secrets["password"])
        with qtbot.waitSignal(dialog.test.finished, timeout=10000) as tested:
            dialog.test.button.click()
        assert tested.args == [True]
        with qtbot.waitSignal(dialog.accepted, timeout=5000):
            dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert env.secrets.get("SR") == demo.secrets


def test_relogin_connectid_signs_in_with_the_browser(qtbot: QtBot, env: Env) -> None:
    with sandbox("connectid") as demo:
        account = Account("CID", "connectid", demo.base_url, dict(demo.options))
        env.secrets.set("CID", {"client_secret": demo.secrets["client_secret"]})
        dialog = ReloginDialog(
            account, env.engine, env.secrets, open_url=browser_that_follows_redirects
        )
        qtbot.addWidget(dialog)
        assert dialog.browser and not dialog.save_button.isVisibleTo(dialog)
        with qtbot.waitSignal(dialog.accepted, timeout=15000):
            dialog.form.extras.signin.button.click()  # type: ignore[attr-defined]
    stored = env.secrets.get("CID")
    assert stored["access_token"] and stored["client_secret"] == demo.secrets["client_secret"]


# exec() shows the dialog; the offscreen platform warns when a shown window's size hints change
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_relogin_cancelled_stores_nothing(qtbot: QtBot, env: Env) -> None:
    require_spec("buckaroo")
    account = Account("B", "buckaroo", None, {"website_key": "abc"})
    env.secrets.set("B", {"secret_key": "old"})

    def cancel_it() -> None:
        dialog = next(w for w in qtbot_top_levels() if isinstance(w, ReloginDialog))
        dialog.form.set_value("secret_key", "new")
        dialog.reject()

    QTimer.singleShot(0, cancel_it)
    assert relogin(account, env.engine, env.secrets, None) is False
    assert env.secrets.get("B") == {"secret_key": "old"}


def test_relogin_save_waits_for_a_slow_keyring(qtbot: QtBot, slow: tuple[Env, SlowKeyring]) -> None:
    env, backend = slow
    require_spec("buckaroo")
    account = Account("B", "buckaroo", None, {"website_key": "abc"})
    env.secrets.set("B", {"secret_key": "old"})
    dialog = ReloginDialog(account, env.engine, env.secrets)
    qtbot.addWidget(dialog)
    dialog.form.set_value("secret_key", "new")
    backend.blocking.set()
    dialog.save_button.click()
    assert backend.entered.wait(5)
    assert dialog.saving.isVisibleTo(dialog) and "keyring" in dialog.saving.status.text()
    assert not dialog.save_button.isEnabled() and not dialog.form.isEnabled()
    assert dialog.result() != QDialog.DialogCode.Accepted
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        backend.released.set()
    assert env.secrets.get("B") == {"secret_key": "new"}


def test_relogin_closed_while_saving_puts_the_old_secrets_back(
    qtbot: QtBot, slow: tuple[Env, SlowKeyring]
) -> None:
    env, backend = slow
    require_spec("buckaroo")
    account = Account("B", "buckaroo", None, {"website_key": "abc"})
    env.secrets.set("B", {"secret_key": "old"})
    dialog = ReloginDialog(account, env.engine, env.secrets)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.set_value("secret_key", "new")
    backend.blocking.set()
    dialog.save_button.click()
    assert backend.entered.wait(5)
    assert dialog.close()  # the window's close button
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    backend.released.set()
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)
    assert backend.sets == 3  # the old secrets, the new ones, the old ones again
    assert env.secrets.get("B") == {"secret_key": "old"}


def test_relogin_keyring_failure_is_shown(qtbot: QtBot, tmp_path: Path) -> None:
    require_spec("buckaroo")
    backend = RefusingKeyring(keyring.errors.PasswordSetError("prompt dismissed"))
    env = make_env(tmp_path, SecretStore("invoicedesk/test", backend=backend))
    account = Account("B", "buckaroo", None, {"website_key": "abc"})
    dialog = ReloginDialog(account, env.engine, env.secrets)
    qtbot.addWidget(dialog)
    dialog.form.set_value("secret_key", "new")
    with qtbot.waitSignal(dialog.saving.failed, timeout=5000):
        dialog.save_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "prompt dismissed" in dialog.message.text() and "unlocked" in dialog.message.text()
    assert dialog.save_button.isEnabled() and backend.store == {}
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)


def qtbot_top_levels() -> list[object]:
    return list(QApplication.topLevelWidgets())


# ---- Buckaroo tracked invoices -----------------------------------------------------------

KEY_A = "A1B2C3D4E5F60718293A4B5C6D7E8F90"
KEY_B = "0F1E2D3C4B5A69788796A5B4C3D2E1F0"


def test_buckaroo_csv_import_reports_bad_lines(qtbot: QtBot, tmp_path: Path) -> None:
    csv_file = tmp_path / "tracked.csv"
    csv_file.write_text(
        "\ufeffKEY;Number;Customer_ID;Note\n"  # BOM, any case, semicolons, a column we ignore
        f"{KEY_A};2024-001;C1;\n"  # line 2: followed by its key
        ";2024-002;;\n"  # line 3: by number
        "not a key!;;;\n"  # line 4: bad key
        "\n"
        ";;C7;\n"  # line 6: by customer
        ";;;;extra\n"  # line 7: too many fields
        ";;;only a note\n",  # line 8: nothing to follow
        encoding="utf-8",
    )
    dialog = TrackedInvoicesDialog(TrackedList([("number", "2024-002")]))
    qtbot.addWidget(dialog)
    result = dialog.import_csv(csv_file)
    assert result is not None
    assert result.rows == 3
    assert [line for line, _ in result.bad_lines] == [4, 7, 8]
    text = dialog.import_result.text()
    assert "3 rows" in text and "tracked.csv" in text
    assert "line 4" in text and "line 7" in text and "line 8" in text
    assert "2 new" in text  # 2024-002 was there already
    assert dialog.tracked().as_options() == {
        "invoice_keys": KEY_A,
        "invoice_numbers": "2024-002",
        "customer_ids": "C7",
    }


def test_buckaroo_csv_without_header_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    csv_file = tmp_path / "t.csv"
    csv_file.write_text("foo,bar\n1,2\n", encoding="utf-8")
    dialog = TrackedInvoicesDialog(TrackedList())
    qtbot.addWidget(dialog)
    assert dialog.import_csv(csv_file) is None
    assert "key, number and/or customer_id" in dialog.import_result.text()
    assert dialog.table.rowCount() == 0


def test_buckaroo_tracked_editing_and_options(qtbot: QtBot, env: Env) -> None:
    dialog = open_dialog(qtbot, env, "buckaroo")
    assert dialog.form is not None
    extras = dialog.form.extras
    assert isinstance(extras, BuckarooExtras)
    editor = TrackedInvoicesDialog(TrackedList())
    qtbot.addWidget(editor)
    editor.add_empty_row()
    editor.table.item(0, 1).setText("no good key")  # type: ignore[union-attr]
    assert not editor.button_box.button(editor.button_box.StandardButton.Ok).isEnabled()
    editor.table.item(0, 1).setText(KEY_B)  # type: ignore[union-attr]
    assert editor.button_box.button(editor.button_box.StandardButton.Ok).isEnabled()
    extras.set_tracked(editor.tracked())
    fill(dialog, website_key="WEBKEY", secret_key="s3cret", name="Shop")
    assert ok_enabled(dialog)
    draft = dialog.form.draft()
    assert draft.account.options == {
        "website_key": "WEBKEY",
        "environment": "live",
        "require_response_signature": "warn",
        "invoice_keys": KEY_B,
    }
    assert draft.secrets == {"secret_key": "s3cret"}


# ---- settings and the task adapter -------------------------------------------------------


def test_settings_store_the_language(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "system"
    dialog.language.setCurrentIndex(dialog.language.findData("da"))
    assert dialog.note.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.language_changed) as changed:
        dialog.accept()
    assert changed.args == ["da"]
    assert settings.value("ui/language") == "da"
    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.language.currentData() == "da"
    assert not again.note.isVisibleTo(again)


def test_task_delivers_result_and_exception_on_gui_thread(qtbot: QtBot) -> None:
    main = threading.get_ident()
    seen: list[tuple[str, object, int]] = []

    def boom() -> None:
        raise ValueError("nope")

    start_task(lambda: 42, lambda r: seen.append(("ok", r, threading.get_ident())), print)
    start_task(boom, print, lambda e: seen.append(("err", e, threading.get_ident())))
    qtbot.waitUntil(lambda: len(seen) == 2 and pending_tasks() == 0)
    kinds = dict((k, v) for k, v, _ in seen)
    assert kinds["ok"] == 42
    assert isinstance(kinds["err"], ValueError)
    assert all(thread == main for _, _, thread in seen)


def test_save_and_cancel_whichever_comes_first_wins(qtbot: QtBot) -> None:
    saver = KeyringSave(SecretStore("invoicedesk/test"))
    qtbot.addWidget(saver)
    reached, go_on = threading.Event(), threading.Event()
    commits: list[bool] = []

    def work(job: SaveJob) -> str:
        if commits:  # the second run: wait before the commit point
            reached.set()
            go_on.wait(5)
        commits.append(job.commit())
        if len(commits) == 1:  # the first run: wait after it
            reached.set()
            go_on.wait(5)
        return "done"

    # committed first: a cancel is refused and the result still arrives
    with qtbot.waitSignal(saver.saved, timeout=5000) as saved:
        saver.start(work)
        assert reached.wait(5)
        assert saver.cancel() is False and saver.busy()
        go_on.set()
    assert saved.args == ["done"] and commits == [True]
    # cancelled first: the work is told not to keep its write, and nothing is reported
    reached.clear()
    go_on.clear()
    with qtbot.assertNotEmitted(saver.saved), qtbot.assertNotEmitted(saver.failed):
        saver.start(work)
        assert reached.wait(5)
        assert saver.cancel() is True and not saver.busy()
        go_on.set()
        qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)
    assert commits == [True, False]
