"""The sort arrow points the way the rows go: down while the newest (largest, latest) come first.

Qt's header asks the style for ``SortUp`` when the order is descending, and Fusion and Windows
then draw an arrow pointing up while the rows go down; many people read that as the opposite of
what the table shows. A proxy style on the header swaps the two for the arrow it draws, and
nothing else (the header's sort state and saved settings keep Qt's meaning)."""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)

_UP = QStyleOptionHeader.SortIndicator.SortUp
_DOWN = QStyleOptionHeader.SortIndicator.SortDown


class HeaderArrowStyle(QProxyStyle):
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            flipped = QStyleOptionHeader(option)
            if option.sortIndicator == _UP:
                flipped.sortIndicator = _DOWN
            elif option.sortIndicator == _DOWN:
                flipped.sortIndicator = _UP
            option = flipped
        super().drawPrimitive(element, option, painter, widget)


def point_arrow_with_order(header: QHeaderView) -> None:
    """Give ``header`` the style that draws its arrow in the direction of the rows."""
    style = HeaderArrowStyle()  # on the application's style, whichever it is
    style.setParent(header)
    header.setStyle(style)
