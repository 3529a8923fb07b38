"""The Telecom X sandbox's records: customers, invoice lines, invoices and their totals, and the
well-known ids of the seed doc. Plain data; :mod:`telecomx_data` generates them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

VAT_RATE = Decimal(25)
CENT = Decimal("0.01")

TELECOMX_ID = "54463e0a3fc6ea5378000001"  # Telecom X itself (the admin's customer)
RESELLER_ID = "54463e5a3fc6ea53780080a1"  # "our" reseller
RESELLER_EMPLOYEE_ID = "54463ed73fc6ea53780080d0"  # from the login page's example
OTHER_RESELLER_ID = "5446400b3fc6ea53780091b2"  # another reseller: its invoices give 403
SAMPLE_INVOICE_ID = "54a978806d30733986cfa817"
SAMPLE_CUSTOMER_ID = "54463ed73fc6ea53780080cf"


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Customer:
    id: str
    name: str
    reseller_id: str | None
    email: str
    vat_number: str
    street: str
    zip: str
    city: str
    phone: str
    security: str = "NONE"


@dataclass(frozen=True)
class LineRecord:
    product: str
    product_code: str
    #: texts by language ("da", "en")
    name: Mapping[str, str]
    description: Mapping[str, str]
    units: Decimal
    type: str
    unit_price: Decimal
    unit_wholesale: Decimal | None
    unit_cost: Decimal | None
    vat_exempt: bool = False
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    #: an included (free) product, shown only with ``showIncludedProducts=true``
    included: bool = False


@dataclass(frozen=True)
class Totals:
    sub_total: Decimal
    vat: Decimal
    total: Decimal


def totals(lines: tuple[LineRecord, ...], price: str) -> Totals | None:
    """Totals over one price column ("unit_price", "unit_wholesale", "unit_cost")."""
    amounts: list[tuple[Decimal, bool]] = []
    for line in lines:
        unit: Decimal | None = getattr(line, price)
        if unit is None:
            return None
        amounts.append((line.units * unit, line.vat_exempt))
    sub_total = money(sum((a for a, _ in amounts), Decimal(0)))
    taxable = sum((a for a, exempt in amounts if not exempt), Decimal(0))
    vat = money(taxable * VAT_RATE / 100)
    return Totals(sub_total, vat, sub_total + vat)


@dataclass(frozen=True)
class InvoiceRecord:
    id: str
    customer_id: str
    reseller_id: str
    #: None: not yet numbered (sent as ``invoiceNumber: -1``)
    number: str | None
    sent: bool
    period: bool
    invoice_date: dt.date
    due_date: dt.date
    paid: bool
    headline: Mapping[str, str]
    lines: tuple[LineRecord, ...]
    price: Totals = field(init=False)
    wholesale: Totals | None = field(init=False)
    cost: Totals | None = field(init=False)

    def __post_init__(self) -> None:
        price = totals(self.lines, "unit_price")
        assert price is not None
        object.__setattr__(self, "price", price)
        object.__setattr__(self, "wholesale", totals(self.lines, "unit_wholesale"))
        object.__setattr__(self, "cost", totals(self.lines, "unit_cost"))


@dataclass
class Dataset:
    customers: dict[str, Customer]
    #: every invoice, newest first (the order ``GET /invoice`` answers in)
    invoices: list[InvoiceRecord]
    by_id: dict[str, InvoiceRecord]

    def of_reseller(self, reseller_id: str) -> list[InvoiceRecord]:
        return [i for i in self.invoices if i.reseller_id == reseller_id]
