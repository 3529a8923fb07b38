"""How the invoice table's columns fit the width it has: every column at least as wide as its
title (with the sort arrow) and as its longest word of the interface (a status, a direction,
"not yet numbered") in the current language, and an order in which the money and status columns
come first, so that on a small screen (1024×700) they are the ones in view and the
provider, account, direction, net and VAT columns are the ones scrolled off."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle

from invoicedesk.domain import Direction, PaymentState, Status
from invoicedesk.gui import columns as c
from invoicedesk.gui.formatting import direction_label, not_numbered_label, status_label

#: the default left-to-right order
DEFAULT_ORDER = (
    c.COL_NUMBER,
    c.COL_CUSTOMER,
    c.COL_DUE_DATE,
    c.COL_CURRENCY,
    c.COL_TOTAL,
    c.COL_OUTSTANDING,
    c.COL_STATUS,
    c.COL_DAYS_OVERDUE,
    c.COL_ISSUE_DATE,
    c.COL_PAID,
    c.COL_NET,
    c.COL_VAT,
    c.COL_PROVIDER,
    c.COL_ACCOUNT,
    c.COL_DIRECTION,
)
#: room beside a title: the section's padding and the sort indicator
TITLE_PADDING = 14
SORT_ARROW = 18
#: the customer column does not shrink below this to make room for the columns after it
MIN_CUSTOMER = 140
#: ... but down to this to keep the status column in view (1024×700 in nl): a name cut short
#: shows whole in its tooltip
LEAST_CUSTOMER = 88


def title_width(header: QHeaderView, column: int) -> int:
    title = str(header.model().headerData(column, header.orientation()) or "")
    return header.fontMetrics().horizontalAdvance(title) + TITLE_PADDING + SORT_ARROW


def _statuses() -> list[tuple[str, bool]]:
    """Every status the column can show, and whether it is bold (the overdue ones are)."""
    shown = [(status_label(s), s is Status.OVERDUE) for s in Status]
    shown.append((status_label(Status.OVERDUE, PaymentState.PARTIALLY_PAID), True))
    shown.append((status_label(Status.UNPAID, None, 0), False))
    shown.append((status_label(Status.PARTIALLY_PAID, None, 0), False))
    return shown


#: the interface's own words a column shows: (text, bold, italic), and whether an icon precedes
WORDS: dict[int, tuple[Callable[[], list[tuple[str, bool]]], bool, bool]] = {
    c.COL_STATUS: (_statuses, False, True),
    c.COL_DIRECTION: (lambda: [(direction_label(d), False) for d in Direction], False, False),
    c.COL_NUMBER: (lambda: [(not_numbered_label(), False)], True, False),
}


def content_width(header: QHeaderView, column: int) -> int:
    """The width of the column's longest interface word in this language, as the view draws
    it: the style's text margins on either side, the status icon before it."""
    words = WORDS.get(column)
    view = header.parentWidget()
    if words is None or view is None:
        return 0
    texts, italic, icon = words
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    widest = 0
    for text, bold in texts():
        font = QFont(view.font())
        font.setBold(bold)
        font.setItalic(italic)
        widest = max(widest, QFontMetrics(font).horizontalAdvance(text))
    if icon:
        size = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
        widest += size + margin
    return widest + 2 * margin


def default_width(header: QHeaderView, column: int) -> int:
    return max(c.DEFAULT_WIDTHS[column], title_width(header, column), content_width(header, column))


def customer_width(header: QHeaderView, room: int) -> int:
    """The customer column's width in a viewport ``room`` wide, until the user sizes it: the
    spare width; on a narrow table, :data:`MIN_CUSTOMER`, or less where the columns up to
    the status column would not fit otherwise."""
    others = sum(
        header.sectionSize(col)
        for col in range(header.count())
        if col != c.COL_CUSTOMER and not header.isSectionHidden(col)
    )
    spare = room - others
    if spare >= MIN_CUSTOMER:
        return spare
    return max(min(MIN_CUSTOMER, room - first_view_width(header)), LEAST_CUSTOMER)


def first_view_width(header: QHeaderView) -> int:
    """The width of the shown columns left of the status column and it, but the customer's."""
    last = header.visualIndex(c.COL_STATUS)
    return sum(
        header.sectionSize(column)
        for column in range(header.count())
        if column != c.COL_CUSTOMER
        and not header.isSectionHidden(column)
        and header.visualIndex(column) <= last
    )


def apply_default_order(header: QHeaderView) -> None:
    for position, column in enumerate(DEFAULT_ORDER):
        header.moveSection(header.visualIndex(column), position)


def widen_to_titles(header: QHeaderView) -> None:
    """No shown column narrower than its title or its interface words (a restored state from
    another language)."""
    for column in range(header.count()):
        if column == c.COL_CUSTOMER or header.isSectionHidden(column):
            continue
        need = max(title_width(header, column), content_width(header, column))
        if header.sectionSize(column) < need:
            header.resizeSection(column, need)
