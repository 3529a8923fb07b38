"""The ConnectID sandbox's records: products, invoices with their offers, lines and reminders, and
the dataset that holds them, plus the two well-known customer numbers. Plain data:
:mod:`connectid_data` generates them, :mod:`connectid_wire` renders them as the API sends them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
PRIMARY_CUSTOMER = 563457
SECONDARY_CUSTOMER = 771204


@dataclass(frozen=True)
class Product:
    code: str
    name: str
    company: str
    currency: str
    vat: Decimal  # percent
    monthly: Decimal
    printed: bool = True


def q2(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class LineRec:
    product_code: str
    description: str | None
    net: Decimal
    vat_percent: Decimal
    period_from: dt.date | None = None
    period_to: dt.date | None = None

    @property
    def vat(self) -> Decimal:
        return q2(self.net * self.vat_percent / 100)


@dataclass
class OfferRec:
    number: int
    customer_identification: str
    lines: list[LineRec]

    @property
    def net(self) -> Decimal:
        return sum((line.net for line in self.lines), Decimal(0))

    @property
    def vat(self) -> Decimal:
        return sum((line.vat for line in self.lines), Decimal(0))


@dataclass
class ReminderRec:
    number: int
    date: dt.date
    due_date: dt.date
    outstanding: Decimal
    fee: Decimal
    type: str
    pdf: str

    @property
    def amount(self) -> Decimal:
        return self.outstanding + self.fee


@dataclass
class InvoiceRec:
    company: str
    number: int
    customer: int
    product: Product
    invoice_date: dt.date
    due_date: dt.date
    status: str  # paid | notPaid | partiallyPaid
    paid_amount: Decimal
    offers: list[OfferRec]
    pdf: str
    invoice_type: str = "invoice"
    description: str | None = None
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    payment_date: dt.date | None = None
    payment_method: str = "A"
    reminders: list[ReminderRec] = field(default_factory=list)
    #: quirks: "http" | "bare" | a literal URL; details amount as string; currency left out
    url_style: str = "http"
    string_amount_in_details: bool = False
    currency_in_details: bool = True
    #: Oslo wall-clock time behind the epoch-millisecond dates (00:30 is the day before in UTC)
    clock_time: dt.time = dt.time(12, 0)

    @property
    def id(self) -> str:
        return f"{self.company}/{self.number}"

    @property
    def currency(self) -> str:
        return self.product.currency

    @property
    def amount(self) -> Decimal:
        """Top-level invoiceAmount: the first offer including VAT."""
        return self.offers[0].net + self.offers[0].vat

    @property
    def paid(self) -> bool:
        return self.status == "paid"


@dataclass
class Dataset:
    invoices: list[InvoiceRec]

    def by_key(self, company: str, number: int) -> InvoiceRec | None:
        for rec in self.invoices:
            if rec.company == company and rec.number == number:
                return rec
        return None

    def for_customer(self, customer: int) -> list[InvoiceRec]:
        return [rec for rec in self.invoices if rec.customer == customer]

    def customers(self) -> set[int]:
        return {rec.customer for rec in self.invoices}

    def by_pdf(self, token: str) -> tuple[InvoiceRec, ReminderRec | None] | None:
        for rec in self.invoices:
            if rec.pdf == token:
                return rec, None
            for reminder in rec.reminders:
                if reminder.pdf == token:
                    return rec, reminder
        return None

    def reminders(self) -> Iterator[tuple[InvoiceRec, ReminderRec]]:
        for rec in self.invoices:
            for reminder in rec.reminders:
                yield rec, reminder
