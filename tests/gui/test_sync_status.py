"""The status bar's sync progress: never Qt's busy indicator (its animation repaints the window
60 times a second for the whole sync); while a total is unknown it counts finished accounts."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from invoicedesk.gui.sync_status import SyncStatus


def test_an_unknown_total_counts_finished_accounts_instead_of_a_busy_animation(
    qtbot: QtBot,
) -> None:
    status = SyncStatus()
    qtbot.addWidget(status)
    status.show()
    status.set_running(True, 4)
    status.set_progress(120, None)
    bar = status.progress
    assert (bar.minimum(), bar.maximum(), bar.value()) == (0, 4, 0)  # not (0, 0): busy
    status.set_running(True, 3)  # one account finished
    status.set_progress(300, None)
    assert (bar.maximum(), bar.value()) == (4, 1)
    status.set_progress(300, 1000)  # every total known: the items
    assert (bar.maximum(), bar.value()) == (1000, 300)
    status.set_running(False)
    status.set_running(True, 2)  # a new round
    status.set_progress(0, None)
    assert (bar.maximum(), bar.value()) == (2, 0)


def test_a_sync_starting_does_not_change_the_status_bar_height(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("rows"))
    status = SyncStatus()
    window.statusBar().addPermanentWidget(status)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    idle = window.centralWidget().height()
    status.set_running(True, 4)
    qtbot.wait(20)
    assert window.centralWidget().height() == idle  # the table keeps its place


def test_progress_is_painted_with_the_rest_of_the_pass_not_at_once(qtbot: QtBot) -> None:
    """QProgressBar.setValue paints the bar synchronously, in the middle of whatever the GUI
    thread is doing; the bar's paint waits for the pass's other paints instead."""
    from PySide6.QtCore import QEvent, QObject

    class Paints(QObject):
        count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    status = SyncStatus()
    qtbot.addWidget(status)
    status.show()
    qtbot.waitExposed(status)
    status.set_running(True, 2)
    status.set_progress(0, 1000)
    qtbot.wait(20)  # the bar painted once at 0
    paints = Paints()
    status.progress.installEventFilter(paints)
    status.set_progress(500, 1000)  # half the bar: Qt repaints it at once
    assert status.progress.value() == 500
    assert paints.count == 0
    qtbot.waitUntil(lambda: paints.count == 1, timeout=2000)  # painted in the next pass
