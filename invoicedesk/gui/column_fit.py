"""How the invoice table's columns fit the width it has: every column at least as wide as its
title (with the sort arrow) in the current language, and an order in which the money and status
columns come first, so that on a small screen (1024×700) they are the ones in view and the
provider, account, direction, net and VAT columns are the ones scrolled off."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView

from invoicedesk.gui import columns as c

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
#: the customer column never shrinks below this to make room
MIN_CUSTOMER = 140


def title_width(header: QHeaderView, column: int) -> int:
    title = str(header.model().headerData(column, header.orientation()) or "")
    return header.fontMetrics().horizontalAdvance(title) + TITLE_PADDING + SORT_ARROW


def default_width(header: QHeaderView, column: int) -> int:
    return max(c.DEFAULT_WIDTHS[column], title_width(header, column))


def apply_default_order(header: QHeaderView) -> None:
    for position, column in enumerate(DEFAULT_ORDER):
        header.moveSection(header.visualIndex(column), position)


def widen_to_titles(header: QHeaderView) -> None:
    """No shown column narrower than its title (a restored state from another language)."""
    for column in range(header.count()):
        if column == c.COL_CUSTOMER or header.isSectionHidden(column):
            continue
        need = title_width(header, column)
        if header.sectionSize(column) < need:
            header.resizeSection(column, need)
