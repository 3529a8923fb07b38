"""Auto-sync (due accounts, interval, back-off), the tray digest and menu, the one notification
after a sync, close-to-tray, and their settings; the tray is injected (offscreen has none)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from invoicedesk.domain import Direction, Status
from invoicedesk.gui import auto_sync
from invoicedesk.gui.auto_sync import AutoSync
from invoicedesk.gui.context import AppContext
from invoicedesk.gui.formatting import Formats
from invoicedesk.gui.main_window import MainWindow
from invoicedesk.gui.settings import SettingsDialog
from invoicedesk.gui.tray import digest_text, notification_text
from invoicedesk.sync.engine import AccountResult

from .conftest import TODAY

NOW = dt.datetime(2026, 12, 5, 8, 0, tzinfo=dt.UTC)


class FakeTray:
    def __init__(self, _parent: object) -> None:
        self.tooltip = ""
        self.messages: list[tuple[str, str]] = []
        self.menu = None
        self.visible = False

    def setToolTip(self, text: str) -> None:
        self.tooltip = text

    def setContextMenu(self, menu) -> None:
        self.menu = menu

    def showMessage(self, title: str, text: str) -> None:
        self.messages.append((title, text))

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False


def test_due_accounts_interval_and_back_off(settings: QSettings) -> None:
    settings.setValue(auto_sync.INTERVAL_KEY, 60)
    now = [NOW]
    last = {"fresh": NOW - dt.timedelta(minutes=59), "stale": NOW - dt.timedelta(minutes=61)}
    started: list[list[str]] = []
    auto = AutoSync(
        settings,
        lambda: ["fresh", "stale", "never"],
        last.get,
        started.append,
        now=lambda: now[0],
    )
    assert auto.check() == ["stale", "never"] and started == [["stale", "never"]]
    # a failing account waits the interval, then twice it, ... up to a day
    auto.finished("never", ok=False)
    assert auto.retry_at("never") == NOW + dt.timedelta(minutes=60)
    auto.finished("never", ok=False)
    assert auto.retry_at("never") == NOW + dt.timedelta(minutes=120)
    for _ in range(20):
        auto.finished("never", ok=False)
    assert auto.retry_at("never") == NOW + dt.timedelta(hours=24)
    last["stale"] = last["fresh"] = NOW  # both synced at 8:00
    now[0] = NOW + dt.timedelta(minutes=59)
    assert auto.due() == []  # not yet an hour; "never" backs off
    now[0] = NOW + dt.timedelta(hours=25)
    assert auto.due() == ["fresh", "stale", "never"]
    auto.finished("never", ok=True)
    assert auto.retry_at("never") is None
    settings.setValue(auto_sync.INTERVAL_KEY, 0)  # off
    assert auto.due() == []


def test_the_window_syncs_on_start_when_due_and_never_one_account_twice(
    qtbot: QtBot, gui_context: AppContext, settings: QSettings
) -> None:
    settings.setValue(auto_sync.INTERVAL_KEY, 60)
    window = MainWindow(gui_context, settings, tray_factory=FakeTray)
    qtbot.addWidget(window)
    starts: list[list[str] | None] = []
    window.sync_all = lambda full=False, names=None: starts.append(names) or []  # type: ignore[method-assign]
    window.show()
    qtbot.waitUntil(lambda: bool(starts), timeout=10_000)
    # "Regnskap AS" and "Reseller" were tried just now (the fixture); the others never
    assert sorted(starts[0] or []) == ["Mediehuset", "Webshop"]
    assert window.background.auto.timer.isActive()
    window.shutdown()
    # the sync controller itself refuses an account that is syncing already
    assert window.sync.start([]) == []


def test_tray_digest_menu_and_one_notification(
    qtbot: QtBot, gui_context: AppContext, settings: QSettings
) -> None:
    window = MainWindow(gui_context, settings, tray_factory=FakeTray)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.is_loading and len(window.model.table) > 0)
    background = window.background
    tray = background.tray
    assert isinstance(tray, FakeTray) and tray.visible and tray.menu is background.menu
    text = background.update_digest()
    table = window.model.table
    overdue = [
        i
        for i in range(len(table))
        if table.status[i] is Status.OVERDUE
        and table.counted[i]
        and table.direction[i] == Direction.RECEIVABLE.value
    ]
    assert text.startswith(f"Owed to you: {len(overdue)} overdue ")
    assert tray.tooltip.endswith(text)
    assert [a.text() for a in background.menu.actions()] == [
        text,
        "Sync now",
        "Show invoicedesk",
        "Quit",
    ]
    # one notification for a round with payments and newly overdue claims, none without
    results = [
        AccountResult("a", "sendregning", "ok", digest={"paid": 2, "new": 1}),
        AccountResult("b", "telecomx", "ok", digest={"overdue": 1, "part_paid": 1}),
    ]
    background.round_finished(results)
    assert tray.messages == [
        ("invoicedesk: what the sync found", "3 paid or credited · 1 now overdue")
    ]
    background.round_finished([AccountResult("a", "sendregning", "ok", digest={"new": 4})])
    assert len(tray.messages) == 1
    settings.setValue(auto_sync.NOTIFY_KEY, False)
    background.round_finished(results)
    assert len(tray.messages) == 1
    # closing keeps the app in the tray only when asked to
    assert not background.keeps_running()
    settings.setValue(auto_sync.CLOSE_TO_TRAY_KEY, True)
    window.close()
    assert not window.isVisible() and not window._closed
    background.show_action.trigger()
    assert window.isVisible()
    background.quit_action.trigger()
    assert window._closed and not tray.visible


def test_digest_text_counts_overdue_sums_and_due_this_week(gui_context: AppContext) -> None:
    from invoicedesk.gui.rows import RowTable

    table = RowTable.from_columns(gui_context.cache.table_columns(), TODAY)
    text = digest_text(table, Formats("nb"), TODAY)
    assert text.startswith("Owed to you: ")
    assert digest_text(RowTable(), Formats("en"), TODAY) == "Owed to you: nothing overdue"
    assert notification_text([AccountResult("a", "x", "ok", digest={"amended": 3})]) is None


def test_settings_dialog_keeps_interval_notifications_and_tray(
    qtbot: QtBot, settings: QSettings
) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.interval.value() == 0 and dialog.notify.isChecked()
    assert not dialog.close_to_tray.isChecked()  # off by default
    dialog.interval.setValue(30)
    dialog.notify.setChecked(False)
    dialog.close_to_tray.setChecked(True)
    dialog.accept()
    assert auto_sync.interval_minutes(settings) == 30
    assert not auto_sync.notify_enabled(settings) and auto_sync.close_to_tray(settings)
    fresh = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    fresh.remove(auto_sync.INTERVAL_KEY)
    assert auto_sync.interval_minutes(fresh) == 60  # the default
