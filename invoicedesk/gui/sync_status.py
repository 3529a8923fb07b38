"""The status bar's sync corner: a progress bar and a Cancel button while syncs run."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from invoicedesk.gui.dialogs.plurals import plurals
from invoicedesk.sync.engine import AccountResult

translate = QCoreApplication.translate


class SyncStatus(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.label = QLabel()
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setFixedWidth(180)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelSyncButton")
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(8)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        #: accounts in this round of syncs and how many still run (the bar while no total is known)
        self._round = self._running = 0
        # the status bar as high without a sync as with one: the window does not jump (and
        # relayout and repaint everything) when a sync starts
        self.setMinimumHeight(layout.sizeHint().height())
        self.set_running(False)

    def set_running(self, running: bool, accounts: int = 0) -> None:
        self._running = accounts if running else 0
        self._round = max(self._round, accounts) if running else 0
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.label.setVisible(running)
        if running:
            self.label.setText(
                self.tr("Syncing 1 account…")
                if accounts == 1
                else self.tr("Syncing %1 accounts…").replace("%1", str(accounts))
            )
        else:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)

    def set_progress(self, done: int, total: int | None) -> None:
        # No busy indicator while a total is unknown: its animation repaints the window 60 times
        # a second for the whole sync (docs/profiles/gui-stall-during-sync.txt, round 5). The
        # bar counts the accounts finished instead, until the totals are known.
        if total is None or total <= 0:
            done, total = self._round - self._running, max(self._round, 1)
        # Only real changes: re-setting the range re-lays out the bar, work the GUI thread
        # should not repeat for every batch a sync reports.
        if (self.progress.minimum(), self.progress.maximum()) != (0, total):
            self.progress.setRange(0, total)
        if self.progress.value() != min(done, total):
            # setValue paints the bar at once, in the middle of the pass (4-5 ms of CPU under
            # load, docs/profiles/gui-stall-during-sync.txt); with updates off it only asks for
            # a paint, made with the pass's others
            self.progress.setUpdatesEnabled(False)
            self.progress.setValue(min(done, total))
            self.progress.setUpdatesEnabled(True)

    def set_cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))


def round_summary(results: list[AccountResult]) -> str:
    """The status bar's line once a sync round ends: cancelled, or what came, and how many
    accounts need attention (a cancel is not a failure)."""
    ok = [r for r in results if r.ok]
    failed = sum(r.state in ("error", "needs_login") for r in results)
    if any(r.state == "cancelled" for r in results):
        text = translate("MainWindow", "Sync cancelled; everything fetched so far is kept")
    else:
        text = (
            translate("MainWindow", "Sync finished: %1 new, %2 changed, %3 gone")
            .replace("%1", str(sum(r.added for r in ok)))
            .replace("%2", str(sum(r.changed for r in ok)))
            .replace("%3", str(sum(r.removed for r in ok)))
        )
    if failed:
        text += " · " + plurals().need_attention(failed)
    return text
