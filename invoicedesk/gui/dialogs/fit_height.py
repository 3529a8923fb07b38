"""Dialogs that grow when their wrapped texts do.

A dialog's layout tells its window how small it may get, but not for wrapped text: a word-wrapped
label's height depends on its width, which the minimum size of a label (and so of the window)
leaves out. So when a dialog shows a longer message or a second line ("Still waiting for the
keyring…", an error, the browser sign-in's hints) after it was first shown, the layout squeezes
the text and cuts it. :func:`keep_fitting` gives every wrapped label of the dialog the height its
text needs at the width it has, whenever the dialog's layout or size changes; the window then
grows as its minimum size does, as Qt grows any window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget


class _FitHeight(QObject):
    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the layout has handled a LayoutRequest or Resize before the event filters see it, so
        # the labels have their new widths
        kind = event.type()
        dialog = getattr(self, "_dialog", None)  # None while the dialog is being torn down
        if dialog is None or kind not in (
            QEvent.Type.LayoutRequest,
            QEvent.Type.Resize,
            QEvent.Type.Show,
        ):
            return False
        if watched is dialog:
            for label in dialog.findChildren(QLabel):
                if label.wordWrap() and not label.property(_WATCHED):
                    label.setProperty(_WATCHED, True)
                    label.installEventFilter(self)
                fit_label(label)
        elif isinstance(watched, QLabel):
            fit_label(watched)
        return False


_WATCHED = "fitHeightWatched"


def fit_label(label: QLabel) -> None:
    """A wrapped label at least as tall as its text at its width."""
    if not label.wordWrap() or not label.isVisible() or label.width() <= 0:
        return
    if label.textFormat() == Qt.TextFormat.RichText:
        return
    need = label.heightForWidth(label.width()) if label.text() else 0
    if need >= 0 and label.minimumHeight() != need:
        label.setMinimumHeight(need)


def keep_fitting(dialog: QWidget) -> None:
    """From now on the dialog's wrapped labels are never cut at the bottom: the dialog grows
    to give them the height they need."""
    dialog.installEventFilter(_FitHeight(dialog))
