"""Domain model: no Qt, no I/O."""

from invoicedesk.domain.model import (
    Address,
    CreditNote,
    Invoice,
    Kind,
    Line,
    Offer,
    Party,
    PaymentState,
    Refund,
    Reminder,
    Status,
    Transaction,
    derive_status,
    is_past_due,
)
from invoicedesk.domain.money import AmountError, Money, currency_exponent, quantize, to_decimal

__all__ = [
    "Address",
    "AmountError",
    "CreditNote",
    "Invoice",
    "Kind",
    "Line",
    "Money",
    "Offer",
    "Party",
    "PaymentState",
    "Refund",
    "Reminder",
    "Status",
    "Transaction",
    "currency_exponent",
    "derive_status",
    "is_past_due",
    "quantize",
    "to_decimal",
]
