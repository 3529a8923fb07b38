"""The first window with no account: a first-run panel that leads somewhere, nothing to sync or
export offered; and the demo keeping its state in its throw-away profile."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, Signal
from pytestqt.qtbot import QtBot

from invoicedesk.gui.app import settings_dir
from invoicedesk.gui.context import AppContext
from invoicedesk.gui.main_window import MainWindow
from invoicedesk.storage.accounts import Account
from invoicedesk.storage.paths import Profile
from invoicedesk.storage.secrets import SecretStore


@pytest.fixture
def empty_context(profile_dir: Path, memory_keyring: object) -> Iterator[AppContext]:
    profile = Profile.at(profile_dir)
    context = AppContext.create(profile, SecretStore(profile.keyring_service), sync_process=False)
    yield context
    context.close()


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings, empty_context: AppContext) -> Iterator[MainWindow]:
    win = MainWindow(empty_context, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.is_loading, timeout=10_000)
    yield win
    win.shutdown()


def test_no_account_shows_the_first_run_panel_and_offers_no_sync_or_export(
    window: MainWindow,
) -> None:
    assert window.pages.currentWidget() is window.first_run
    assert window.first_run.isVisible() and not window.table.isVisible()
    assert set(window.first_run.provider_buttons) == {
        "sendregning",
        "telecomx",
        "buckaroo",
        "connectid",
    }
    for button in window.first_run.provider_buttons.values():
        assert button.accessibleName().startswith("Add a ")
        assert button.accessibleDescription()  # one line on what it needs
    assert "keyring" in window.first_run.secrets_label.text()
    assert not window.commands.sync.isEnabled()
    assert not window.commands.full_sync.isEnabled()
    assert not window.commands.export.isEnabled()


def test_a_provider_button_opens_the_add_dialog_for_it_then_the_table_shows(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import invoicedesk.gui.dialogs.add_account as add_account

    opened: list[str | None] = []
    context = window.context

    class FakeDialog(QObject):
        account_added = Signal(str)

        def __init__(self, *_args: object, provider: str | None = None, **_kw: object) -> None:
            super().__init__()
            opened.append(provider)

        def exec(self) -> int:
            context.accounts.add(Account("Butik", "buckaroo", "http://127.0.0.1:9"))
            return 1

    monkeypatch.setattr(add_account, "AddAccountDialog", FakeDialog)
    with qtbot.waitSignal(window.snapshot_shown, timeout=10_000):
        qtbot.mouseClick(window.first_run.provider_buttons["buckaroo"], Qt.MouseButton.LeftButton)
    assert opened == ["buckaroo"]
    assert window.pages.currentIndex() == 0  # an account now: the table, not the panel
    assert window.commands.sync.isEnabled()
    assert not window.commands.export.isEnabled()  # still nothing to export


def test_try_the_demo_starts_it_elsewhere(qtbot: QtBot, window: MainWindow) -> None:
    started: list[bool] = []
    window.first_run.start_demo = lambda: started.append(True)
    qtbot.mouseClick(window.first_run.demo_button, Qt.MouseButton.LeftButton)
    assert started == [True]
    assert not window.first_run.demo_button.isEnabled()


def test_the_demo_keeps_settings_and_logs_out_of_the_real_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real, demo = Profile.at(tmp_path / "real"), Profile.at(tmp_path / "demo")
    assert settings_dir(real, demo) == demo.config_dir
    assert settings_dir(real, None) == real.config_dir

    import invoicedesk.gui.app as app
    from invoicedesk.cli import main

    monkeypatch.setattr(app, "run_gui", lambda profile, demo, smoke_test, **_: 0)
    code = main(
        ["--profile-dir", str(tmp_path / "real"), "--demo"],
        stdin=io.StringIO(),
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    assert code == 0
    assert not (tmp_path / "real" / "logs").exists()
    assert not list((tmp_path / "real").rglob("*.log"))
