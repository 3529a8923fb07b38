"""Sync without F5: on start when an account's last sync is older than the interval (a setting,
default 60 minutes), then on that interval while the app runs. An account syncing already is
never started again (the sync controller refuses it); a failing account backs off, doubling its
wait up to a day. The settings this module and the tray read live here too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer

INTERVAL_KEY = "sync/interval_minutes"
NOTIFY_KEY = "sync/notify"
CLOSE_TO_TRAY_KEY = "window/close_to_tray"
DEFAULT_INTERVAL_MINUTES = 60
#: the longest a failing account waits between tries
MAX_BACKOFF = dt.timedelta(hours=24)
#: how often the timer looks whether an account is due
CHECK_MS = 60_000


def interval_minutes(settings: QSettings) -> int:
    """The automatic sync interval in minutes; 0 turns automatic syncs off."""
    try:
        value = int(str(settings.value(INTERVAL_KEY, DEFAULT_INTERVAL_MINUTES)))
    except ValueError:
        return DEFAULT_INTERVAL_MINUTES
    return max(0, value)


def notify_enabled(settings: QSettings) -> bool:
    return str(settings.value(NOTIFY_KEY, "true")).lower() in ("true", "1")


def close_to_tray(settings: QSettings) -> bool:
    return str(settings.value(CLOSE_TO_TRAY_KEY, "false")).lower() in ("true", "1")


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class AutoSync(QObject):
    """Decides which accounts are due and asks ``start(names)`` to sync them.

    ``last_sync(name)`` gives an account's last attempt (None: never); ``now`` is injectable.
    """

    def __init__(
        self,
        settings: QSettings,
        accounts: Callable[[], Sequence[str]],
        last_sync: Callable[[str], dt.datetime | None],
        start: Callable[[list[str]], Any],
        *,
        now: Callable[[], dt.datetime] = _utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._accounts = accounts
        self._last_sync = last_sync
        self._start = start
        self._now = now
        self._failures: dict[str, int] = {}
        self._retry_at: dict[str, dt.datetime] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    def begin(self) -> None:
        """Look once now (sync on start when due), then every minute."""
        self.check()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def due(self) -> list[str]:
        minutes = interval_minutes(self._settings)
        if minutes == 0:
            return []
        now = self._now()
        interval = dt.timedelta(minutes=minutes)
        names = []
        for name in self._accounts():
            retry = self._retry_at.get(name)
            if retry is not None:
                if now >= retry:
                    names.append(name)
                continue
            last = self._last_sync(name)
            if last is None or now - last >= interval:
                names.append(name)
        return names

    def check(self) -> list[str]:
        names = self.due()
        if names:
            self._start(names)
        return names

    def finished(self, name: str, ok: bool) -> None:
        """A sync of ``name`` ended: a success clears its back-off, a failure doubles it."""
        if ok:
            self._failures.pop(name, None)
            self._retry_at.pop(name, None)
            return
        failures = self._failures.get(name, 0) + 1
        self._failures[name] = failures
        base = dt.timedelta(minutes=max(interval_minutes(self._settings), 1))
        wait = min(base * 2 ** (failures - 1), MAX_BACKOFF)
        self._retry_at[name] = self._now() + wait

    def retry_at(self, name: str) -> dt.datetime | None:
        return self._retry_at.get(name)
