"""The export contract's flat columns of one invoice (the first keys of the JSON contract, and
every column of CSV and XLSX), in the contract's words and strings. Qt-free."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from invoicedesk.domain import (
    Invoice,
    claim_outstanding,
    claim_status,
    days_overdue,
    days_past_due,
    export_status,
    paid_amount,
)

CSV_COLUMNS = (
    "provider",
    "account",
    "id",
    "number",
    "kind",
    "direction",
    "customer",
    "customer_number",
    "issue_date",
    "due_date",
    "currency",
    "net",
    "vat",
    "total",
    "paid_amount",
    "outstanding",
    "fees",
    "days_overdue",
    "status",
)
AMOUNT_COLUMNS = frozenset({"net", "vat", "total", "paid_amount", "outstanding", "fees"})


def amount(value: Decimal | None) -> str | None:
    """An amount as the contract writes it: plain decimal text (never an exponent), or None."""
    return None if value is None else format(value, "f")


def date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def flat_values(invoice: Invoice, today: dt.date) -> tuple[Any, ...]:
    """The flat columns of one invoice, in :data:`CSV_COLUMNS` order (None for none)."""
    # invoice_status's steps, with the outstanding figure made once for both
    outstanding = claim_outstanding(invoice)
    days_past = days_past_due(invoice.due_date, today)
    status = claim_status(invoice.kind, invoice.payment, bool(outstanding), days_past)
    return (
        invoice.provider,
        invoice.account,
        invoice.id,
        invoice.number,
        invoice.kind.value,
        invoice.direction.value,
        invoice.customer_label,
        invoice.customer_number,
        date(invoice.issue_date),
        date(invoice.due_date),
        invoice.currency,
        amount(invoice.net),
        amount(invoice.vat),
        amount(invoice.total),
        amount(paid_amount(invoice)),
        amount(outstanding),
        amount(invoice.fees),
        days_overdue(status, days_past),
        export_status(status),
    )
