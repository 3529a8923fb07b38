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
from dataclasses import dataclass
from decimal import Decimal

from invoicedesk.sandbox.telecomx_customers import OTHER, Ids, reseller_customers
from invoicedesk.sandbox.telecomx_customers import customer as new_customer
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
    money,
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


# ---- catalogue -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Product:
    id: str
    code: str
    da: str
    en: str
    type: str
    price: Decimal
    wholesale: Decimal
    cost: Decimal
    vat_exempt: bool = False


# id | code | Danish name | English name | unit type | price | wholesale | cost [| exempt]
_CATALOGUE = """
548ecd936b34cd1826f3ff2b|NUM01|Nummerleje|Number rental|MONTHS|25|20|12
54917e9940c67b6c3dd05a8c|FORBRUG1|Samtaler|Calls|UNITS|0|0|0
54a0c1f23e9d1b0a5c7e4411|MOB50|Mobilabonnement 50 GB|Mobile plan 50 GB|MONTHS|149|95|61
54a0c1f23e9d1b0a5c7e4412|IN4010|Internet VDSL 40/10Mbit|Internet VDSL 40/10Mbit|MONTHS|399|279|190
54a0c1f23e9d1b0a5c7e4413|FIB1000|Fiber 1000/1000 Mbit|Fibre 1000/1000 Mbit|MONTHS|549|389|260
54a0c1f23e9d1b0a5c7e4414|OMST1|Omstillingsbruger|Switchboard user|MONTHS|79|49|30
54a0c1f23e9d1b0a5c7e4415|SIP01|SIP-trunk kanal|SIP trunk channel|MONTHS|39|25|15
54a0c1f23e9d1b0a5c7e4416|UDL01|Udlandsopkald|International calls|MIN|1.95|0.95|0.55
54a0c1f23e9d1b0a5c7e4417|DATA1|Ekstra data|Extra data|MB|0.10|0.04|0.02
54a0c1f23e9d1b0a5c7e4418|SMS01|SMS|Text messages|UNITS|0.25|0.12|0.07
54a0c1f23e9d1b0a5c7e4419|VM01|Telefonsvarer (inkluderet)|Voicemail (included)|MONTHS|0|0|0
54a0c1f23e9d1b0a5c7e441a|UDLAEG|Udlæg: gebyr for nummerflytning|Outlay: porting fee|UNITS|50|50|50|x
54a0c1f23e9d1b0a5c7e441b|OPRET|Oprettelse af forbindelse|Connection set-up|UNITS|499|299|199
54a0c1f23e9d1b0a5c7e441c|TEKN|Teknikerbesøg|Technician visit|HOURS|650|450|300
54a0c1f23e9d1b0a5c7e441d|KORSEL|Kørsel|Mileage|KM|3.73|3.73|3.73
54a0c1f23e9d1b0a5c7e441e|ZYX01|Router Zyxel VMG8825|Router Zyxel VMG8825|UNITS|899|640|480
"""


def _catalogue() -> dict[str, Product]:
    products = {}
    for row in _CATALOGUE.strip().splitlines():
        pid, code, da, en, kind, price, wholesale, cost, *exempt = row.split("|")
        products[code] = Product(
            pid,
            code,
            da,
            en,
            kind,
            Decimal(price),
            Decimal(wholesale),
            Decimal(cost),
            bool(exempt),
        )
    return products


_PRODUCTS = _catalogue()
NUMBERS, CALLS, MOBILE, VDSL = (_PRODUCTS[c] for c in ("NUM01", "FORBRUG1", "MOB50", "IN4010"))
FIBRE, PBX_USER, SIP_TRUNK = (_PRODUCTS[c] for c in ("FIB1000", "OMST1", "SIP01"))
ABROAD, EXTRA_DATA, SMS, VOICEMAIL = (_PRODUCTS[c] for c in ("UDL01", "DATA1", "SMS01", "VM01"))
OUTLAY, SETUP, TECHNICIAN = (_PRODUCTS[c] for c in ("UDLAEG", "OPRET", "TEKN"))
MILEAGE, ROUTER = _PRODUCTS["KORSEL"], _PRODUCTS["ZYX01"]

SUBSCRIPTIONS = (MOBILE, VDSL, FIBRE, PBX_USER, SIP_TRUNK)

# ---- customers -----------------------------------------------------------------------------


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def month_end(first: dt.date) -> dt.date:
    return add_months(first, 1) - dt.timedelta(days=1)


def _period_text(first: dt.date, last: dt.date) -> str:
    return f"{first:%d-%m-%Y} - {last:%d-%m-%Y}"


def _line(
    product: Product,
    units: Decimal,
    da: str,
    en: str,
    first: dt.date | None = None,
    last: dt.date | None = None,
    *,
    price: Decimal | None = None,
    wholesale: Decimal | None = None,
    cost: Decimal | None = None,
    included: bool = False,
) -> LineRecord:
    return LineRecord(
        product=product.id,
        product_code=product.code,
        name={"da": product.da, "en": product.en},
        description={"da": da, "en": en},
        units=units,
        type=product.type,
        unit_price=product.price if price is None else price,
        unit_wholesale=product.wholesale if wholesale is None else wholesale,
        unit_cost=product.cost if cost is None else cost,
        vat_exempt=product.vat_exempt,
        period_from=first,
        period_to=last,
        included=included,
    )


@dataclass(frozen=True)
class _Plan:
    numbers: int
    subscriptions: tuple[tuple[Product, int], ...]
    usage: int  # typical monthly call charge in øre


def _plan(rng: random.Random) -> _Plan:
    subs = [(p, rng.randint(1, 8)) for p in rng.sample(SUBSCRIPTIONS, rng.randint(1, 3))]
    return _Plan(rng.randint(1, 12), tuple(subs), rng.randint(2_000, 60_000))


def _period_lines(rng: random.Random, plan: _Plan, month: dt.date) -> tuple[LineRecord, ...]:
    last = month_end(month)
    used_from = add_months(month, -1)
    used_to = month_end(used_from)
    period = _period_text(month, last)
    usage_period = _period_text(used_from, used_to)
    lines = [
        _line(
            NUMBERS,
            Decimal(plan.numbers),
            f"{plan.numbers} numre - Periode: {period}",
            f"{plan.numbers} numbers - Period: {period}",
            month,
            last,
        )
    ]
    for product, count in plan.subscriptions:
        lines.append(
            _line(product, Decimal(count), f"Periode: {period}", f"Period: {period}", month, last)
        )
    calls = rng.randint(20, 900)
    seconds = calls * rng.randint(40, 260)
    duration = f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    price = money(Decimal(plan.usage) * Decimal(rng.randint(60, 140)) / 10_000)
    wholesale = money(price * Decimal("0.5"))
    lines.append(
        _line(
            CALLS,
            Decimal(1),
            f"SIP konto: Hovedkonto - kald: {calls} - tid: {duration} - periode: {usage_period}",
            f"SIP account: Main account - calls: {calls} - time: {duration}"
            f" - period: {usage_period}",
            used_from,
            used_to,
            price=price,
            wholesale=wholesale,
            cost=money(wholesale * 6 / 10),
        )
    )
    if rng.random() < 0.3:
        minutes = Decimal(rng.randint(10, 3000)) / 10
        lines.append(
            _line(
                ABROAD,
                minutes,
                f"Udlandsopkald - periode: {usage_period}",
                f"International calls - period: {usage_period}",
                used_from,
                used_to,
            )
        )
    if rng.random() < 0.2:
        lines.append(
            _line(
                EXTRA_DATA,
                Decimal(rng.randint(100, 5000)),
                f"Ekstra data - periode: {usage_period}",
                f"Extra data - period: {usage_period}",
                used_from,
                used_to,
            )
        )
    if rng.random() < 0.15:  # two lines of one product and period: groupInvoiceLines merges them
        for account_da, account_en in (("Hovedkonto", "Main account"), ("Salg", "Sales")):
            lines.append(
                _line(
                    SMS,
                    Decimal(rng.randint(5, 400)),
                    f"SIP konto: {account_da} - periode: {usage_period}",
                    f"SIP account: {account_en} - period: {usage_period}",
                    used_from,
                    used_to,
                )
            )
    if rng.random() < 0.25:
        lines.append(
            _line(
                VOICEMAIL,
                Decimal(1),
                f"Periode: {period}",
                f"Period: {period}",
                month,
                last,
                included=True,
            )
        )
    if rng.random() < 0.05:
        lines.append(
            _line(OUTLAY, Decimal(1), "Nummerflytning til Telecom X", "Number porting to Telecom X")
        )
    return tuple(lines)


def _one_off_lines(rng: random.Random) -> tuple[LineRecord, ...]:
    lines = [_line(SETUP, Decimal(1), "Oprettelse", "Set-up")]
    if rng.random() < 0.6:
        hours = rng.choice(
            [Decimal(1), Decimal("1.5"), Decimal(2), Decimal("2.25"), Decimal("3.5")]
        )
        lines.append(
            _line(
                TECHNICIAN,
                hours,
                "Installation hos kunden",
                "Installation at the customer's premises",
            )
        )
        km = Decimal(rng.randint(30, 1500)) / 10
        lines.append(
            _line(MILEAGE, km, "Kørsel til og fra kunden", "Travel to and from the customer")
        )
    if rng.random() < 0.5:
        lines.append(_line(ROUTER, Decimal(rng.randint(1, 2)), "Udstyr", "Equipment"))
    return tuple(lines)


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
