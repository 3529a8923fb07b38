"""A warning over the window that does not block the caller: the event loop goes on (a worker's
result may arrive meanwhile) and the user reads it and closes it. For failures that must be seen
where the user acted, not only as a line in the status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

#: shows (heading, text) to the user over ``parent``; tests may replace it
Warn = Callable[[QWidget | None, str, str], None]


def show_warning(
    parent: QWidget | None, heading: str, text: str, object_name: str = "warning"
) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning, heading, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName(object_name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Notice", "OK"))
    box.open()  # window-modal, without a nested event loop
