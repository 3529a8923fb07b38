"""The Telecom X sandbox's deterministic dataset: resellers, their customers and invoices.

Everything comes from ``random.Random(seed)`` and dates are relative to ``today``, so two
sandboxes built with the same arguments hold the same invoices. Figures are ``Decimal`` and the
invoice totals follow the seed doc: ``subTotal = Σ units × unitPrice`` (rounded to øre), ``vat``
25 % of the non-exempt part, ``total = subTotal + vat``; likewise for wholesale and cost.
The seed doc's sample invoice (``54a978806d30733986cfa817``, 1 January 2015) is always included.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from decimal import Decimal

from invoicedesk.sandbox.telecomx_catalogue import CALLS, NUMBERS
from invoicedesk.sandbox.telecomx_customers import OTHER, Ids, reseller_customers
from invoicedesk.sandbox.telecomx_customers import customer as new_customer
from invoicedesk.sandbox.telecomx_lines import (
    _one_off_lines,
    _period_lines,
    _plan,
    add_months,
    month_end,
)
from invoicedesk.sandbox.telecomx_records import (
    OTHER_RESELLER_ID,
    RESELLER_EMPLOYEE_ID,
    RESELLER_ID,
    SAMPLE_CUSTOMER_ID,
    SAMPLE_INVOICE_ID,
    TELECOMX_ID,
    Customer,
    Dataset,
    InvoiceRecord,
    LineRecord,
    Totals,
)

#: recent period invoices left as drafts (unsent, invoiceNumber -1); the seed sample is another
DRAFTS = 3

__all__ = [
    "DRAFTS",
    "OTHER_RESELLER_ID",
    "RESELLER_EMPLOYEE_ID",
    "RESELLER_ID",
    "SAMPLE_CUSTOMER_ID",
    "SAMPLE_INVOICE_ID",
    "TELECOMX_ID",
    "Customer",
    "Dataset",
    "InvoiceRecord",
    "LineRecord",
    "Totals",
    "build",
]


def sample_invoice() -> InvoiceRecord:
    """The seed doc's example, with its trailing commas fixed (RESELLER view, no cost)."""
    calls_da = "SIP konto: {} - kald: {} - tid: {} - periode: 01-12-2014 - 31-12-2014"
    calls_en = "SIP account: {} - calls: {} - time: {} - period: 01-12-2014 - 31-12-2014"

    def line(
        pid: str,
        code: str,
        name: tuple[str, str],
        text: tuple[str, str],
        units: int,
        kind: str,
        price: str,
        wholesale: str,
    ) -> LineRecord:
        return LineRecord(
            pid,
            code,
            {"da": name[0], "en": name[1]},
            {"da": text[0], "en": text[1]},
            Decimal(units),
            kind,
            Decimal(price),
            Decimal(wholesale),
            None,
        )

    calls = ("Samtaler", "Calls")
    lines = (
        line(
            NUMBERS.id,
            "NUM01",
            ("Nummerleje", "Number rental"),
            (
                "1 numre - Periode: 01-11-2014 - 31-03-2015",
                "1 numbers - Period: 01-11-2014 - 31-03-2015",
            ),
            5,
            "MONTHS",
            "25",
            "20",
        ),
        line(
            CALLS.id,
            "FORBRUG1",
            calls,
            (
                calls_da.format("Hovedkonto", 544, "25:34:05"),
                calls_en.format("Main account", 544, "25:34:05"),
            ),
            1,
            "UNITS",
            "792.22",
            "398.18",
        ),
        line(
            CALLS.id,
            "FORBRUG1",
            calls,
            (calls_da.format("Fax", 15, "00:11:47"), calls_en.format("Fax", 15, "00:11:47")),
            1,
            "UNITS",
            "3.54",
            "1.63",
        ),
    )
    return InvoiceRecord(
        id=SAMPLE_INVOICE_ID,
        customer_id=SAMPLE_CUSTOMER_ID,
        reseller_id=RESELLER_ID,
        number=None,
        sent=False,
        period=True,
        invoice_date=dt.date(2015, 1, 1),
        due_date=dt.date(2015, 1, 8),
        paid=False,
        headline={"da": "Periode faktura", "en": "Period invoice"},
        lines=lines,
    )


def _paid(rng: random.Random, invoice_date: dt.date, today: dt.date) -> bool:
    age = (today - invoice_date).days
    if age > 60:
        return rng.random() < 0.96
    if age > 8:
        return rng.random() < 0.6
    return rng.random() < 0.15


def _invoices(
    rng: random.Random, ids: Ids, customers: list[Customer], count: int, today: dt.date
) -> Iterator[tuple[Customer, bool, dt.date, tuple[LineRecord, ...]]]:
    """(customer, period?, date, lines), newest month first, until ``count`` are made."""
    plans = {c.id: _plan(rng) for c in customers}
    made = 0
    month = today.replace(day=1)
    while True:
        for customer in customers:
            if made >= count:
                return
            yield customer, True, month, _period_lines(rng, plans[customer.id], month)
            made += 1
            if made < count and rng.random() < 0.08:
                last = min(month_end(month), today)
                day = month + dt.timedelta(days=rng.randint(0, (last - month).days))
                yield customer, False, day, _one_off_lines(rng)
                made += 1
        month = add_months(month, -1)


def build(size: int, today: dt.date, seed: int = 2015) -> Dataset:
    """``size`` invoices of the reseller (the seed sample included), plus a few of another."""
    rng = random.Random(seed)
    ids = Ids(rng)
    ours = reseller_customers(ids, rng, 30)
    others = [new_customer(ids, rng, *c, OTHER_RESELLER_ID) for c in OTHER]
    specials = [
        Customer(
            RESELLER_ID,
            "Nordlys Telecom ApS",
            TELECOMX_ID,
            "kontakt@nordlystelecom.dk",
            "DK31415926",
            "Sydhavnsgade 8",
            "2450",
            "København SV",
            "+45 70 20 30 40",
        ),
        Customer(
            OTHER_RESELLER_ID,
            "Øresund Kommunikation A/S",
            TELECOMX_ID,
            "info@oresundkom.dk",
            "DK27182818",
            "Amager Strandvej 50",
            "2300",
            "København S",
            "+45 70 50 60 70",
        ),
        Customer(
            TELECOMX_ID,
            "Telecom X ApS",
            None,
            "info@telecomx.dk",
            "DK11223344",
            "Lautrupvang 1",
            "2750",
            "Ballerup",
            "+45 70 70 70 70",
        ),
    ]
    customers = {c.id: c for c in [*specials, *ours, *others]}
    raw: list[tuple[Customer, bool, dt.date, tuple[LineRecord, ...]]] = []
    raw.extend(_invoices(rng, ids, ours, max(0, size - 1), today))
    raw.extend(_invoices(rng, ids, others, max(6, size // 20), today))
    raw.sort(key=lambda r: r[2])  # numbers grow with the date
    invoices = [sample_invoice()]
    number = 10_001
    # The newest few period invoices of our reseller wait for the accounting system: unsent and
    # unnumbered (-1) drafts; everything else is sent and numbered (numbers grow with the date).
    ours_period = [n for n, r in enumerate(raw) if r[1] and r[0].reseller_id == RESELLER_ID]
    drafts = set(ours_period[-DRAFTS:]) if DRAFTS else set()
    for n, (customer, period, day, lines) in enumerate(raw):
        draft = n in drafts
        if draft:
            text: str | None = None
        else:
            text = str(number)
            number += 1
        order = rng.randint(4000, 9999)
        headline = (
            {"da": "Periode faktura", "en": "Period invoice"}
            if period
            else {"da": f"Ordre {order}", "en": f"Order {order}"}
        )
        paid = _paid(rng, day, today)
        invoices.append(
            InvoiceRecord(
                id=ids.new(day),
                customer_id=customer.id,
                reseller_id=customer.reseller_id or "",
                number=text,
                sent=not draft,
                period=period,
                invoice_date=day,
                due_date=day + dt.timedelta(days=8 if period else 14),
                paid=paid and not draft,
                headline=headline,
                lines=lines,
            )
        )
    invoices.sort(key=lambda i: (i.invoice_date, i.id), reverse=True)
    return Dataset(customers, invoices, {i.id: i for i in invoices})
