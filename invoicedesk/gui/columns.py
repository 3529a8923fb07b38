"""The invoice table's columns: ``COL_*`` constants, titles and which ones hold amounts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

#: lupdate finds translate("Context", "text") calls
translate = QCoreApplication.translate

COL_PROVIDER = 0
COL_ACCOUNT = 1
COL_NUMBER = 2
COL_CUSTOMER = 3
COL_ISSUE_DATE = 4
COL_DUE_DATE = 5
COL_CURRENCY = 6
COL_NET = 7
COL_VAT = 8
COL_TOTAL = 9
COL_PAID = 10
COL_STATUS = 11
COLUMN_COUNT = 12

AMOUNT_COLUMNS = frozenset({COL_NET, COL_VAT, COL_TOTAL, COL_PAID})
DATE_COLUMNS = frozenset({COL_ISSUE_DATE, COL_DUE_DATE})

#: sensible first-run widths in pixels (the header state remembers the user's own)
DEFAULT_WIDTHS = {
    COL_PROVIDER: 90,
    COL_ACCOUNT: 110,
    COL_NUMBER: 118,
    COL_CUSTOMER: 190,
    COL_ISSUE_DATE: 82,
    COL_DUE_DATE: 82,
    COL_CURRENCY: 62,
    COL_NET: 88,
    COL_VAT: 76,
    COL_TOTAL: 92,
    COL_PAID: 88,
    COL_STATUS: 110,
}


def column_titles() -> list[str]:
    return [
        translate("InvoiceTableModel", "Provider"),
        translate("InvoiceTableModel", "Account"),
        translate("InvoiceTableModel", "Number"),
        translate("InvoiceTableModel", "Customer"),
        translate("InvoiceTableModel", "Issued"),
        translate("InvoiceTableModel", "Due"),
        translate("InvoiceTableModel", "Currency"),
        translate("InvoiceTableModel", "Net"),
        translate("InvoiceTableModel", "VAT"),
        translate("InvoiceTableModel", "Total"),
        translate("InvoiceTableModel", "Paid"),
        translate("InvoiceTableModel", "Status"),
    ]
