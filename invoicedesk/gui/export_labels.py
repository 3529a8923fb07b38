"""What a person reads in an export from the window: the table's column titles as headers and
status, kind and direction as the table's words, all in the window's language. (The CLI keeps
the contract's keys and values; JSON from the window too, being data rather than a sheet.)"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from invoicedesk.domain import Direction, Kind, Status
from invoicedesk.export import CSV_COLUMNS, Labels
from invoicedesk.gui import columns as col
from invoicedesk.gui.formatting import direction_label, kind_label, status_label

#: lupdate finds translate("Context", "text") calls
translate = QCoreApplication.translate


def window_labels() -> Labels:
    """Built in the GUI thread (the translator in use), handed to the export's worker."""
    titles = col.column_titles()
    headers = {
        "provider": titles[col.COL_PROVIDER],
        "account": titles[col.COL_ACCOUNT],
        "id": translate("ExportLabels", "ID"),
        "number": titles[col.COL_NUMBER],
        "kind": translate("ExportLabels", "Kind"),
        "direction": titles[col.COL_DIRECTION],
        "customer": titles[col.COL_CUSTOMER],
        "customer_number": translate("ExportLabels", "Customer number"),
        "issue_date": titles[col.COL_ISSUE_DATE],
        "due_date": titles[col.COL_DUE_DATE],
        "currency": titles[col.COL_CURRENCY],
        "net": titles[col.COL_NET],
        "vat": titles[col.COL_VAT],
        "total": titles[col.COL_TOTAL],
        "paid_amount": titles[col.COL_PAID],
        "outstanding": titles[col.COL_OUTSTANDING],
        "fees": translate("ExportLabels", "Reminder fees"),
        "days_overdue": titles[col.COL_DAYS_OVERDUE],
        "status": titles[col.COL_STATUS],
    }
    words = {
        "kind": {kind.value: kind_label(kind) for kind in Kind},
        "direction": {direction.value: direction_label(direction) for direction in Direction},
        "status": {status.value: status_label(status) for status in Status},
    }
    return Labels(
        tuple(headers[column] for column in CSV_COLUMNS),
        words,
        translate("ExportLabels", "Invoices"),
    )
