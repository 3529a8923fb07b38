"""Attention without opening the app: a tray icon (where the desktop has one) whose tooltip and
menu give the digest ("Owed to you: 3 overdue NOK 12 400 · 2 due this week"), Sync now and
Show; one desktop notification after a sync that found payments or newly overdue claims (a
setting); closing the window can keep the app in the tray (a setting, off by default).

The digest is counted from the table's columns with the domain's figures (status, counted,
outstanding); the tray and the notifier are injectable, so tests need no real tray."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from invoicedesk.domain import Direction, Status
from invoicedesk.domain.changes import CREDITED, OVERDUE, PAID, PART_PAID
from invoicedesk.domain.periods import DatePreset, preset_range
from invoicedesk.gui import auto_sync
from invoicedesk.gui.formatting import Formats
from invoicedesk.gui.rows import RowTable
from invoicedesk.sync.engine import AccountResult

translate = QCoreApplication.translate


def digest_text(table: RowTable, formats: Formats, today: dt.date) -> str:
    """What is owed to the business: overdue claims (count and sum per currency) and claims
    due this week; "Nothing overdue" when there is none."""
    receivable = Direction.RECEIVABLE.value
    # the overdue figures are the totals strip's (made once per table, in the loading worker)
    lines = [g for g in table.totals() if g.direction == receivable and g.overdue_count]
    overdue_count = sum(g.overdue_count for g in lines)
    overdue = {g.currency: g.overdue for g in lines}
    week_start, week_end = preset_range(DatePreset.DUE_THIS_WEEK, today)
    low = max(today, week_start or today).isoformat()
    high = (week_end or today).isoformat()
    due_soon = sum(
        1
        for due, counted, direction, status in zip(
            table.due_date, table.counted, table.direction, table.status, strict=True
        )
        if counted
        and direction == receivable
        and status is not Status.OVERDUE
        and due
        and low <= due[:10] <= high
    )
    parts = []
    if overdue_count:
        sums = ", ".join(formats.money(overdue[c], c) for c in sorted(overdue))
        parts.append(
            translate("tray", "%1 overdue %2").replace("%1", str(overdue_count)).replace("%2", sums)
        )
    if due_soon:
        parts.append(translate("tray", "%1 due this week").replace("%1", str(due_soon)))
    if not parts:
        return translate("tray", "Owed to you: nothing overdue")
    return translate("tray", "Owed to you: %1").replace("%1", " · ".join(parts))


def notification_text(results: Iterable[AccountResult]) -> str | None:
    """One notification for a sync round that found payments or newly overdue claims; None
    when it found neither."""
    paid = overdue = 0
    for result in results:
        paid += sum(result.digest.get(k, 0) for k in (PAID, PART_PAID, CREDITED))
        overdue += result.digest.get(OVERDUE, 0)
    parts = []
    if paid:
        parts.append(translate("tray", "%1 paid or credited").replace("%1", str(paid)))
    if overdue:
        parts.append(translate("tray", "%1 now overdue").replace("%1", str(overdue)))
    return " · ".join(parts) if parts else None


class TrayIcon(Protocol):
    def setToolTip(self, text: str) -> None: ...

    def setContextMenu(self, menu: QMenu) -> None: ...

    def showMessage(self, title: str, text: str) -> None: ...

    def show(self) -> None: ...

    def hide(self) -> None: ...


TrayFactory = Callable[[QObject], "TrayIcon | None"]


def system_tray(parent: QObject) -> TrayIcon | None:
    """A real tray icon, or None where the desktop has no tray (e.g. offscreen)."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    icon = QApplication.windowIcon()
    tray = QSystemTrayIcon(icon if not icon.isNull() else QIcon.fromTheme("mail-mark-read"), parent)
    return tray


class Background(QObject):
    """Auto-sync, the tray and the notification, wired to the main window."""

    def __init__(self, window: Any, tray_factory: TrayFactory = system_tray) -> None:
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self.tray = tray_factory(self)
        self.menu = QMenu()
        self.digest_action = QAction(self.menu)
        self.digest_action.setEnabled(False)
        self.sync_action = QAction(translate("tray", "Sync now"), self.menu)
        self.show_action = QAction(translate("tray", "Show invoicedesk"), self.menu)
        self.quit_action = QAction(translate("tray", "Quit"), self.menu)
        for action in (self.digest_action, self.sync_action, self.show_action, self.quit_action):
            self.menu.addAction(action)
        self.sync_action.triggered.connect(lambda: window.sync_all())
        self.show_action.triggered.connect(self.show_window)
        self.quit_action.triggered.connect(self.quit)
        self.notices: list[tuple[str, str]] = []
        if isinstance(self.tray, QSystemTrayIcon):
            self.tray.activated.connect(lambda _reason: self.show_window())
        if self.tray is not None:
            self.tray.setContextMenu(self.menu)
            self.tray.show()
        cache = window.context.cache

        def last_sync(name: str) -> dt.datetime | None:
            state = cache.account_state(name)
            return state.last_attempt if state else None

        self.auto = auto_sync.AutoSync(
            self.settings,
            lambda: [a.name for a in window.context.accounts.all()] if self.accounts_ok() else [],
            last_sync,
            lambda names: window.sync_all(names=names),
            parent=self,
        )
        self._quitting = False

    def accounts_ok(self) -> bool:
        try:
            self.window.context.accounts.all()
        except Exception:  # the window reports a broken account list itself
            return False
        return True

    def update_digest(self) -> str:
        text = digest_text(
            self.window.model.table, self.window.formats, self.window.context.today()
        )
        self.digest_action.setText(text)
        if self.tray is not None:
            self.tray.setToolTip(f"invoicedesk\n{text}")
        return text

    def account_finished(self, result: object) -> None:
        if isinstance(result, AccountResult) and result.state != "cancelled":
            self.auto.finished(result.account, result.ok)

    def round_finished(self, results: list[AccountResult]) -> None:
        if not auto_sync.notify_enabled(self.settings):
            return
        text = notification_text(results)
        if text is None:
            return
        title = translate("tray", "invoicedesk: what the sync found")
        self.notices.append((title, text))
        if self.tray is not None:
            self.tray.showMessage(title, text)

    def keeps_running(self) -> bool:
        """Closing the window hides it instead (the setting is on and there is a tray)."""
        return (
            not self._quitting and self.tray is not None and auto_sync.close_to_tray(self.settings)
        )

    def show_window(self) -> None:
        self.window.showNormal()
        if QApplication.platformName() != "offscreen":  # which cannot raise a window
            self.window.raise_()
            self.window.activateWindow()

    def quit(self) -> None:
        self._quitting = True
        self.window.close()
        if self.tray is not None:
            self.tray.hide()


def install(
    window: Any, tray_factory: Callable[[QObject], TrayIcon | None] | None = None
) -> Background:
    background = Background(window, tray_factory or system_tray)
    window.snapshot_shown.connect(background.update_digest)
    window.sync.account_finished.connect(background.account_finished)
    window.sync.all_finished.connect(lambda: background.round_finished(list(window._round)))
    if not window.context.demo:
        window.warmed_up.connect(background.auto.begin)
    return background
