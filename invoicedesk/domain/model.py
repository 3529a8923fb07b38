"""The invoice model every provider maps into. Frozen, Qt-free, I/O-free.

A field the provider does not give stays ``None``: nothing is invented. Amounts are the
provider's own figures (``Decimal`` exactly as sent); figures the app has to compute are rounded
half-up to the currency's minor unit and say so in their docstring.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from invoicedesk.domain.facts import Fact


class Kind(StrEnum):
    """What a document is. A reminder is no kind: it is an event of its invoice
    (:attr:`Invoice.reminders`)."""

    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"
    #: not sent or not numbered yet: shown, but in no owed or overdue figure
    DRAFT = "draft"


class Direction(StrEnum):
    """Whose money it is: invoices this business sent (owed to it) or bills it received."""

    RECEIVABLE = "receivable"
    PAYABLE = "payable"


class PaymentState(StrEnum):
    """What the provider says about payment; ``Status`` adds the due date and today."""

    PAID = "paid"
    PARTIALLY_PAID = "partially_paid"
    UNPAID = "unpaid"


class Status(StrEnum):
    """A claim's status as of a day: see :func:`invoicedesk.domain.claims.claim_status`."""

    PAID = "paid"
    PARTIALLY_PAID = "partially_paid"
    UNPAID = "unpaid"
    OVERDUE = "overdue"
    DRAFT = "draft"


@dataclass(frozen=True, slots=True)
class Address:
    lines: tuple[str, ...] = ()
    postcode: str | None = None
    city: str | None = None
    country: str | None = None

    def as_text(self) -> str:
        parts = [*self.lines]
        town = " ".join(p for p in (self.postcode, self.city) if p)
        if town:
            parts.append(town)
        if self.country:
            parts.append(self.country)
        return "\n".join(parts)


@dataclass(frozen=True, slots=True)
class Party:
    name: str | None = None
    number: str | None = None
    email: str | None = None
    organisation_number: str | None = None
    address: Address | None = None


@dataclass(frozen=True, slots=True)
class Line:
    description: str | None = None
    product_code: str | None = None
    quantity: Decimal | None = None
    unit: str | None = None
    unit_price: Decimal | None = None
    discount_percent: Decimal | None = None
    vat_rate: Decimal | None = None
    net: Decimal | None = None
    vat: Decimal | None = None
    total: Decimal | None = None
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    # Telecom X, visible only to reseller/admin logins.
    unit_wholesale: Decimal | None = None
    unit_cost: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Offer:
    """ConnectID: an invoice holds one or more (alternative) offers, each with its lines."""

    number: str | None = None
    net: Decimal | None = None
    vat: Decimal | None = None
    total: Decimal | None = None
    customer_reference: str | None = None
    lines: tuple[Line, ...] = ()


@dataclass(frozen=True, slots=True)
class CreditNote:
    number: str | None = None
    date: dt.date | None = None
    net: Decimal | None = None
    vat: Decimal | None = None
    total: Decimal | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class Refund:
    id: str | None = None
    amount: Decimal | None = None
    date: dt.date | None = None
    success: bool | None = None
    message: str | None = None


@dataclass(frozen=True, slots=True)
class Transaction:
    """Buckaroo: a payment (or other transaction) against the invoice, with its refunds."""

    id: str | None = None
    type: str | None = None
    description: str | None = None
    date: dt.date | None = None
    currency: str | None = None
    amount_debit: Decimal | None = None
    amount_credit: Decimal | None = None
    amount_refundable: Decimal | None = None
    success: bool | None = None
    status_code: str | None = None
    status_message: str | None = None
    refunds: tuple[Refund, ...] = ()


@dataclass(frozen=True, slots=True)
class Reminder:
    """A reminder sent for its invoice: an event, never a claim of its own."""

    number: str | None = None
    date: dt.date | None = None
    due_date: dt.date | None = None
    #: what the reminder asks for (the provider's figure, fee included where it says so)
    amount: Decimal | None = None
    type: str | None = None
    link: str | None = None
    #: the reminder fee, where the provider gives or implies one
    fee: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Invoice:
    provider: str
    account: str
    id: str
    number: str | None
    kind: Kind
    currency: str
    payment: PaymentState
    customer: Party | None = None
    issue_date: dt.date | None = None
    due_date: dt.date | None = None
    net: Decimal | None = None
    vat: Decimal | None = None
    total: Decimal | None = None
    paid_amount: Decimal | None = None
    #: the provider's own balance of the claim (fees not included); see ``claims``
    outstanding: Decimal | None = None
    #: reminder fees the provider says the debtor owes, on top of ``outstanding``
    fees: Decimal | None = None
    #: the provider itself listed the invoice as overdue (SendRegning's ``due`` list)
    provider_overdue: bool = False
    description: str | None = None
    our_reference: str | None = None
    your_reference: str | None = None
    order_reference: str | None = None
    kid: str | None = None
    delivery_address: Address | None = None
    lines: tuple[Line, ...] = ()
    offers: tuple[Offer, ...] = ()
    credit_notes: tuple[CreditNote, ...] = ()
    transactions: tuple[Transaction, ...] = ()
    reminders: tuple[Reminder, ...] = ()
    pdf_url: str | None = None
    pay_url: str | None = None
    #: a credit note: the number of the invoice it credits, where the provider says
    credits_invoice: str | None = None
    #: receivable (sent by this business) or payable (received); set from the account
    direction: Direction = Direction.RECEIVABLE
    #: provider-specific facts for the detail pane (typed; the GUI names and formats them)
    facts: tuple[Fact, ...] = field(default=())

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.provider, self.account, self.id)

    @property
    def customer_name(self) -> str | None:
        return self.customer.name if self.customer else None

    @property
    def customer_number(self) -> str | None:
        return self.customer.number if self.customer else None

    @property
    def customer_label(self) -> str | None:
        """What the table shows: the customer's name where the document gives one, else the
        number."""
        if self.customer is None:
            return None
        return self.customer.name or self.customer.number
