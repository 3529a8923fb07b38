"""The "Test connection" button with its result line, shared by the add-account and log-in-again
dialogs. Runs SyncEngine.test_connection in the thread pool; the window stays responsive."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from invoicedesk.gui.dialogs.account_form import Draft
from invoicedesk.gui.dialogs.errors import describe_error
from invoicedesk.gui.theme import text_style
from invoicedesk.gui.workers import start_task
from invoicedesk.sync.engine import SyncEngine


class ConnectionTest(QWidget):
    """``finished(ok)`` when a test ends. ``result`` is the text shown (plain text)."""

    finished = Signal(bool)

    def __init__(
        self,
        engine: SyncEngine,
        draft: Callable[[], Draft],
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.draft = draft
        self.pool = pool
        self._running = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(
            QCoreApplication.translate("ConnectionTest", "Test connection"), self
        )
        self.button.setObjectName("test_connection")
        self.button.clicked.connect(self.start)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumSize(80, 12)
        self.progress.setVisible(False)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignVCenter)
        self.result = QLabel(self)
        self.result.setObjectName("test_result")
        self.result.setAccessibleName(
            QCoreApplication.translate("ConnectionTest", "Connection test result")
        )
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result, 1)

    def running(self) -> bool:
        return self._running

    def set_ready(self, ready: bool) -> None:
        self.button.setEnabled(ready and not self.running())

    @Slot()
    def start(self) -> None:
        if self.running():
            return
        draft = self.draft()
        engine = self.engine
        self._running = True
        self.button.setEnabled(False)
        self.progress.setVisible(True)
        self.result.setStyleSheet("")
        self.result.setText(QCoreApplication.translate("ConnectionTest", "Testing the connection…"))
        start_task(
            lambda: engine.test_connection(draft.account, draft.secrets),
            self._succeeded,
            self._failed,
            pool=self.pool,
        )

    def forget(self) -> None:
        """The form changed: an earlier result no longer says anything about it."""
        if not self.running():
            self.result.clear()

    def _done(self) -> None:
        self._running = False
        self.progress.setVisible(False)
        self.button.setEnabled(True)

    def _succeeded(self, summary: object) -> None:
        self._done()
        self.result.setStyleSheet(text_style("ok"))
        self.result.setText(
            # the provider's summary says "Connected as …" itself: not "Connected: Connected"
            QCoreApplication.translate("ConnectionTest", "✓ {summary}").format(summary=str(summary))
        )
        self.finished.emit(True)

    def _failed(self, error: object) -> None:
        self._done()
        self.result.setStyleSheet(text_style("error"))
        self.result.setText("✗ " + describe_error(error))
        self.finished.emit(False)
