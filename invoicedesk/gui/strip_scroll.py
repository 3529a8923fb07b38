"""A strip under the table (totals, aging) that scrolls sideways on a narrow window instead of
squeezing its figures until they are cut off; as tall as its content, hidden with it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class StripScroller(QScrollArea):
    def __init__(self, strip: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{strip.objectName()}Scroller")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the strip's own buttons take the focus
        self.setWidget(strip)
        self.setVisible(not strip.isHidden())
        strip.installEventFilter(self)

    def _height(self) -> int:
        strip = self.widget()
        if strip is None:
            return 0
        height = strip.sizeHint().height()
        if strip.minimumSizeHint().width() > self.viewport().width():
            height += self.horizontalScrollBar().sizeHint().height()
        return height

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.HideToParent:
            self.hide()
        elif kind == QEvent.Type.ShowToParent:
            self.show()
        elif kind == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # the scroll bar may have come or gone
