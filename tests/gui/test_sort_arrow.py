"""The header's sort arrow points the way the rows go (down: newest first), drawn, not assumed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHeaderView

from invoicedesk.gui.invoice_model import COL_CUSTOMER
from invoicedesk.gui.main_window import MainWindow

from .test_main_window import open_window, window  # noqa: F401  (fixtures)


def arrow_ink_by_row(header: QHeaderView, column: int) -> list[int]:
    """How many pixels the sort arrow adds to each pixel row of its section (a left-aligned
    title stays where it is without the arrow: only the arrow differs)."""
    header.setSortIndicatorShown(True)
    with_arrow = header.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    header.setSortIndicatorShown(False)
    without = header.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    header.setSortIndicatorShown(True)
    ratio = with_arrow.devicePixelRatio()
    left = int(header.sectionViewportPosition(column) * ratio)
    right = int(left + header.sectionSize(column) * ratio)
    return [
        sum(1 for x in range(left, right) if with_arrow.pixel(x, y) != without.pixel(x, y))
        for y in range(with_arrow.height())
    ]


def points_down(ink: list[int]) -> bool:
    rows = [y for y, n in enumerate(ink) if n]
    assert len(rows) >= 3, "no sort arrow was drawn"
    top, bottom = rows[0], rows[-1]
    middle = (top + bottom) / 2
    upper = sum(n for y, n in enumerate(ink) if top <= y < middle)
    lower = sum(n for y, n in enumerate(ink) if middle < y <= bottom)
    assert upper != lower
    return upper > lower  # a ▼ is widest at the top


def test_newest_first_shows_an_arrow_pointing_down(window: MainWindow) -> None:  # noqa: F811
    header = window.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder  # the default sort
    dates = [window.model.row_at(r).issue_date for r in range(window.model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    assert points_down(arrow_ink_by_row(header, header.sortIndicatorSection()))


def test_a_to_z_shows_an_arrow_pointing_up(window: MainWindow) -> None:  # noqa: F811
    window.table.sortByColumn(COL_CUSTOMER, Qt.SortOrder.AscendingOrder)
    header = window.table.horizontalHeader()
    assert not points_down(arrow_ink_by_row(header, COL_CUSTOMER))
    window.table.sortByColumn(COL_CUSTOMER, Qt.SortOrder.DescendingOrder)
    assert points_down(arrow_ink_by_row(header, COL_CUSTOMER))
