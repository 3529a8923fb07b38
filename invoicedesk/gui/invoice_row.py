"""One table row as an object, and the parsing of the cache's text it is made from. Qt-free."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from invoicedesk.domain import (
    Direction,
    Kind,
    PaymentState,
    Status,
    claim_status,
    counts,
    days_overdue,
)
from invoicedesk.gui.formatting import is_unnumbered

InvoiceKey = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    """One table row: the cached header of an invoice plus its status as of ``today``."""

    provider: str
    account: str
    id: str
    number: str | None
    kind: Kind
    customer: str | None
    issue_date: dt.date | None
    due_date: dt.date | None
    currency: str
    net: Decimal | None
    vat: Decimal | None
    total: Decimal | None
    paid: Decimal | None
    outstanding: Decimal | None
    payment: PaymentState
    provider_overdue: bool
    description: str | None
    direction: Direction
    fees: Decimal | None
    customer_number: str | None
    status: Status
    #: days from the due date to today (None without a due date; 0 or less: not yet due)
    days_past: int | None
    #: counts in owed, overdue and aging figures (``domain.counts``)
    counted: bool

    @property
    def key(self) -> InvoiceKey:
        return (self.provider, self.account, self.id)

    @property
    def days_overdue(self) -> int | None:
        return days_overdue(self.status, self.days_past)

    @property
    def unnumbered(self) -> bool:
        return is_unnumbered(self.provider, self.number)


_DATES: dict[str, dt.date | None] = {}


def parse_date(value: Any) -> dt.date | None:
    """An ISO date (the cache's text) as a date; None when missing or not a date. Cached: a
    table has a few thousand distinct dates at most."""
    if not value:
        return None
    text = str(value)[:10]
    try:
        return _DATES[text]
    except KeyError:
        pass
    try:
        parsed: dt.date | None = dt.date.fromisoformat(text)
    except ValueError:
        parsed = None
    if len(_DATES) < 100_000:
        _DATES[text] = parsed
    return parsed


def parse_amount(value: Any) -> Decimal | None:
    """The cache's decimal text as a Decimal; None when missing or not a number."""
    if value is None or value == "":
        return None
    try:
        return Decimal(value if isinstance(value, str) else str(value))
    except InvalidOperation:
        return None


_KINDS = {k.value: k for k in Kind}
_PAYMENTS = {p.value: p for p in PaymentState}
_DIRECTIONS = {d.value: d for d in Direction}


def owes(outstanding: Any) -> bool:
    """Is the cached outstanding text a figure other than zero?"""
    amount = parse_amount(outstanding)
    return bool(amount)


def days_between(due_text: Any, today: dt.date) -> int | None:
    due = parse_date(due_text)
    return None if due is None else (today - due).days


def state_of(
    kind_text: Any, payment_text: Any, owing: bool, days: int | None
) -> tuple[Status, bool]:
    """(status, counted) by the domain's rules."""
    kind = _KINDS.get(kind_text, Kind.INVOICE)
    payment = _PAYMENTS.get(payment_text, PaymentState.UNPAID)
    return claim_status(kind, payment, owing, days), counts(kind, payment, owing)
