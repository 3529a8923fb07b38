"""The gate behind :mod:`invoicedesk.pause_point`: a worker at a pause point waits while the GUI
thread is handling events (between the event dispatcher's ``awake`` and ``aboutToBlock``), for
:data:`MAX_WAIT_S` at most, so a GUI thread that is busy for long, or waits for the workers
itself, slows them down but never stops them."""

from __future__ import annotations

import threading

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QObject
from shiboken6 import isValid

from invoicedesk import pause_point

#: the longest a worker waits at one pause point
MAX_WAIT_S = 0.05


class GuiFirst(QObject):
    _installed: GuiFirst | None = None

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._gui_thread = threading.get_ident()
        self._idle = threading.Event()
        self._idle.set()
        dispatcher = QAbstractEventDispatcher.instance(app.thread())
        if dispatcher is not None:
            dispatcher.aboutToBlock.connect(self._idle.set)
            dispatcher.awake.connect(self._idle.clear)
        self.destroyed.connect(lambda: pause_point.install(None))
        pause_point.install(self._wait)

    @classmethod
    def ensure(cls) -> None:
        """Install the gate for this application (once; called on the GUI thread)."""
        app = QCoreApplication.instance()
        installed = cls._installed
        if app is None:
            return
        if installed is None or not isValid(installed) or installed.parent() is not app:
            cls._installed = GuiFirst(app)

    def _wait(self) -> None:
        if threading.get_ident() != self._gui_thread:
            self._idle.wait(MAX_WAIT_S)
