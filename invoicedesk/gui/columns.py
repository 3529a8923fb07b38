"""The invoice table's columns: ``COL_*`` constants, titles and which ones hold amounts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

#: lupdate finds translate("Context", "text") calls
translate = QCoreApplication.translate

COL_PROVIDER = 0
COL_ACCOUNT = 1
COL_DIRECTION = 2
COL_NUMBER = 3
COL_CUSTOMER = 4
COL_ISSUE_DATE = 5
COL_DUE_DATE = 6
COL_CURRENCY = 7
COL_NET = 8
COL_VAT = 9
COL_TOTAL = 10
COL_PAID = 11
COL_OUTSTANDING = 12
COL_DAYS_OVERDUE = 13
COL_STATUS = 14
COLUMN_COUNT = 15

AMOUNT_COLUMNS = frozenset({COL_NET, COL_VAT, COL_TOTAL, COL_PAID, COL_OUTSTANDING})
#: right-aligned like amounts
NUMBER_COLUMNS = AMOUNT_COLUMNS | {COL_DAYS_OVERDUE}
DATE_COLUMNS = frozenset({COL_ISSUE_DATE, COL_DUE_DATE})

#: sensible first-run widths in pixels (the header state remembers the user's own)
DEFAULT_WIDTHS = {
    COL_PROVIDER: 90,
    COL_ACCOUNT: 110,
    COL_DIRECTION: 92,
    COL_NUMBER: 118,
    COL_CUSTOMER: 190,
    COL_ISSUE_DATE: 82,
    COL_DUE_DATE: 82,
    COL_CURRENCY: 62,
    COL_NET: 88,
    COL_VAT: 76,
    COL_TOTAL: 92,
    COL_PAID: 88,
    COL_OUTSTANDING: 96,
    COL_DAYS_OVERDUE: 60,
    COL_STATUS: 150,
}


def column_titles() -> list[str]:
    return [
        translate("InvoiceTableModel", "Provider"),
        translate("InvoiceTableModel", "Account"),
        translate("InvoiceTableModel", "Direction"),
        translate("InvoiceTableModel", "Number"),
        translate("InvoiceTableModel", "Customer"),
        translate("InvoiceTableModel", "Issued"),
        translate("InvoiceTableModel", "Due"),
        translate("InvoiceTableModel", "Currency"),
        translate("InvoiceTableModel", "Net"),
        translate("InvoiceTableModel", "VAT"),
        translate("InvoiceTableModel", "Total"),
        translate("InvoiceTableModel", "Paid"),
        translate("InvoiceTableModel", "Outstanding"),
        translate("InvoiceTableModel", "Days overdue"),
        translate("InvoiceTableModel", "Status"),
    ]
