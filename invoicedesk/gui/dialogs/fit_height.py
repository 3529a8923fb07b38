"""Dialogs that grow when their wrapped texts do.

A dialog's layout tells its window how small it may get, but not for wrapped text: a word-wrapped
label's height depends on its width, which the minimum size of a label (and so of the window)
leaves out. So when a dialog shows a longer message or a second line ("Still waiting for the
keyring…", an error, the browser sign-in's hints) after it was first shown, the layout squeezes
the text and cuts it. :class:`FittingDialog` gives every wrapped label of the dialog the height its
text needs at the width it has, whenever the dialog's layout or size changes; the window then
grows as its minimum size does, as Qt grows any window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QLabel


class FittingDialog(QDialog):
    """A dialog whose wrapped labels are never cut at the bottom: it grows to give them the
    height they need. (Its own event handler, not an event filter: a filter is still called
    while the dialog is being destroyed, and PySide crashed wrapping the half-destroyed dialog.)"""

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # the layout has handled a LayoutRequest or Resize by now: the labels have their widths
        if event.type() in _FIT_ON:
            for label in self.findChildren(QLabel):
                fit_label(label)
        return handled


_FIT_ON = (QEvent.Type.LayoutRequest, QEvent.Type.Resize, QEvent.Type.Show)


def fit_label(label: QLabel) -> None:
    """A wrapped label at least as tall as its text at its width."""
    if not label.wordWrap() or not label.isVisible() or label.width() <= 0:
        return
    if label.textFormat() == Qt.TextFormat.RichText:
        return
    need = label.heightForWidth(label.width()) if label.text() else 0
    if need >= 0 and label.minimumHeight() != need:
        label.setMinimumHeight(need)
