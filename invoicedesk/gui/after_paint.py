"""Run something once a widget has painted: background work that would compete with the first
paint of new data (for the GIL) starts after it instead."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], object] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, callback)  # once this paint is done
            self.deleteLater()
        return False


def after_next_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call ``callback`` on the GUI thread right after ``widget`` next paints (or when it is
    hidden: at once)."""
    if not widget.isVisible():
        QTimer.singleShot(0, callback)
        return
    _AfterPaint(widget, callback)
