"""What a claim is worth and where it stands: the one rule for direction, outstanding, status,
what counts in a total, and how old an open claim is. Every view (table, filters, totals strip,
aging, detail pane, export, CLI) asks these functions; none works it out on its own.

A *claim* is one document that can be owed: an invoice or a credit note. A draft is shown but
counts in no owed or overdue figure; a reminder is an event of its invoice, never a claim.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

from invoicedesk.domain.model import Direction, Invoice, Kind, PaymentState, Status
from invoicedesk.domain.money import quantize

#: the account option that overrides a provider's default direction
DIRECTION_OPTION = "direction"

#: aging buckets, in order: days past due 0 or less, 1-30, 31-60, 61-90, more than 90
AGING_BUCKETS = ("not_due", "1-30", "31-60", "61-90", "over_90")


def account_direction(provider: str, options: Mapping[str, str]) -> Direction:
    """An account's direction: its ``direction`` option, else the provider's default
    (ConnectID user mode shows the signed-in company's own bills: payable; everything else is
    invoices the business sent: receivable). An unknown option value raises ``ValueError``."""
    explicit = (options.get(DIRECTION_OPTION) or "").strip().lower()
    if explicit:
        return Direction(explicit)
    if provider == "connectid" and (options.get("mode") or "user").strip().lower() == "user":
        return Direction.PAYABLE
    return Direction.RECEIVABLE


def claim_outstanding(invoice: Invoice) -> Decimal | None:
    """What is still owed on the claim, once: the provider's own balance where it gives one,
    else total minus paid (rounded to the currency), plus reminder fees the provider says the
    debtor owes. A paid claim owes nothing; None when nothing is known (no total, no balance)."""
    if invoice.payment is PaymentState.PAID:
        return quantize(Decimal(0), invoice.currency)
    base = invoice.outstanding
    if base is None:
        if invoice.total is None:
            return None
        base = quantize(invoice.total - paid_amount(invoice), invoice.currency)
    return base + invoice.fees if invoice.fees else base


def paid_amount(invoice: Invoice) -> Decimal:
    """The paid amount; computed (rounded) when the provider only says paid or unpaid."""
    if invoice.paid_amount is not None:
        return invoice.paid_amount
    if invoice.payment is PaymentState.PAID and invoice.total is not None:
        return quantize(invoice.total, invoice.currency)
    return quantize(Decimal(0), invoice.currency)


def days_past_due(due_date: dt.date | None, today: dt.date) -> int | None:
    """Days from the due date to ``today`` (provider-local calendar dates); None without a due
    date. 0 is due today, negative is not yet due."""
    return None if due_date is None else (today - due_date).days


def counts(kind: Kind, payment: PaymentState, owes: bool) -> bool:
    """Does the claim count in owed, overdue and aging figures? Not a draft, not paid, and an
    outstanding figure other than zero (``owes``)."""
    return kind is not Kind.DRAFT and payment is not PaymentState.PAID and owes


def claim_status(kind: Kind, payment: PaymentState, owes: bool, days_past: int | None) -> Status:
    """The one status rule. Draft and paid come first; a counted claim past its due date is
    overdue whether or not part of it is paid ("Overdue · partly paid"); otherwise the payment
    state."""
    if kind is Kind.DRAFT:
        return Status.DRAFT
    if payment is PaymentState.PAID:
        return Status.PAID
    if counts(kind, payment, owes) and days_past is not None and days_past > 0:
        return Status.OVERDUE
    if payment is PaymentState.PARTIALLY_PAID:
        return Status.PARTIALLY_PAID
    return Status.UNPAID


def days_overdue(status: Status, days_past: int | None) -> int | None:
    """Days overdue of an overdue claim; None for every other status."""
    return days_past if status is Status.OVERDUE else None


def aging_bucket(days_past: int | None) -> str:
    """The aging bucket of a counted claim (no due date, or 0 days or less: not yet due)."""
    if days_past is None or days_past <= 0:
        return "not_due"
    if days_past <= 30:
        return "1-30"
    if days_past <= 60:
        return "31-60"
    if days_past <= 90:
        return "61-90"
    return "over_90"


def invoice_status(invoice: Invoice, today: dt.date) -> Status:
    """:func:`claim_status` of a whole invoice."""
    owed = claim_outstanding(invoice)
    return claim_status(
        invoice.kind,
        invoice.payment,
        bool(owed),
        days_past_due(invoice.due_date, today),
    )


def export_status(status: Status) -> str:
    """The export contract's status word: paid, partially_paid, unpaid or overdue (a draft is
    unpaid there; its ``kind`` says draft)."""
    return Status.UNPAID.value if status is Status.DRAFT else status.value
