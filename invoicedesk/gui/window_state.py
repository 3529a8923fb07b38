"""The main window's geometry, toolbar and splitter sizes in QSettings."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"


def restore_window(
    settings: QSettings, window: QMainWindow, splitters: Mapping[str, QSplitter]
) -> bool:
    """Restore what was saved; True when every splitter got its saved sizes back."""

    def value(key: str) -> QByteArray | None:
        stored = settings.value(key)
        return stored if isinstance(stored, QByteArray) and not stored.isEmpty() else None

    if (geometry := value(GEOMETRY_KEY)) is not None:
        window.restoreGeometry(geometry)
    if (state := value(STATE_KEY)) is not None:
        window.restoreState(state)
    restored = True
    for name, splitter in splitters.items():
        sizes = value(f"window/{name}")
        restored = sizes is not None and splitter.restoreState(sizes) and restored
    return restored


def save_window(
    settings: QSettings, window: QMainWindow, splitters: Mapping[str, QSplitter]
) -> None:
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState())
    for name, splitter in splitters.items():
        settings.setValue(f"window/{name}", splitter.saveState())
