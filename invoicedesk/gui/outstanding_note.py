"""The detail pane's line that explains a claim's outstanding when it is not simply Total − Paid
(a credit note, reminder fees, or the provider's own balance)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from invoicedesk.domain import Invoice, claim_outstanding, paid_amount
from invoicedesk.gui.formatting import Formats


def outstanding_note(invoice: Invoice, fmt: Formats) -> str | None:
    """None when Outstanding equals Total − Paid (or either is unknown)."""
    owed = claim_outstanding(invoice)
    if owed is None or invoice.total is None:
        return None
    simple = invoice.total - paid_amount(invoice)
    if owed == simple:
        return None
    cur = invoice.currency
    reasons = []
    base = owed - (invoice.fees or Decimal(0))
    if base != simple:
        credited = sum((c.total or Decimal(0) for c in invoice.credit_notes), Decimal(0))
        if credited:
            reasons.append(
                QCoreApplication.translate("OutstandingNote", "credited %1").replace(
                    "%1", fmt.money(credited, cur)
                )
            )
        else:
            reasons.append(
                QCoreApplication.translate(
                    "OutstandingNote", "the provider's own balance is %1"
                ).replace("%1", fmt.money(base, cur))
            )
    if invoice.fees:
        reasons.append(
            QCoreApplication.translate("OutstandingNote", "reminder fees %1 are owed too").replace(
                "%1", fmt.money(invoice.fees, cur)
            )
        )
    return (
        QCoreApplication.translate(
            "OutstandingNote", "Outstanding %1 is not Total − Paid (%2): %3."
        )
        .replace("%1", fmt.money(owed, cur))
        .replace("%2", fmt.money(simple, cur))
        .replace("%3", "; ".join(reasons))
    )
