"""A strip under the table (totals, aging) that scrolls sideways on a narrow window instead of
squeezing its figures until they are cut off, and keeps one height however many currency lines
it holds (a heading and ``lines`` lines; more scroll), so the table above never jumps when a
filter or a sync changes the number of currencies. Hidden with its strip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class StripScroller(QScrollArea):
    def __init__(self, strip: QWidget, lines: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setObjectName(f"{strip.objectName()}Scroller")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the strip's own buttons take the focus
        self.setWidget(strip)
        self.setVisible(not strip.isHidden())
        strip.installEventFilter(self)

    def _height(self) -> int:
        strip = self.widget()
        if strip is None:
            return 0
        layout = strip.layout()
        margins = layout.contentsMargins() if layout is not None else None
        edges = margins.top() + margins.bottom() if margins is not None else 0
        line = strip.line_height() if hasattr(strip, "line_height") else 0
        if not line:
            line = strip.fontMetrics().height() + 2
        height = edges + (self._lines + 1) * line  # a heading and the lines, whatever they hold
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
