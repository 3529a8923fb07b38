"""The lines of the Telecom X sandbox's invoices: each customer's plan (its subscriptions and
usage), the monthly period invoice's lines (subscriptions for the month, usage of the month
before, the odd extra) and the lines of a one-off invoice (set-up, technician, equipment).
Deterministic from the caller's ``rng``; :mod:`telecomx_data` puts them on invoices."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from invoicedesk.sandbox.telecomx_catalogue import (
    ABROAD,
    CALLS,
    EXTRA_DATA,
    MILEAGE,
    NUMBERS,
    OUTLAY,
    ROUTER,
    SETUP,
    SMS,
    SUBSCRIPTIONS,
    TECHNICIAN,
    VOICEMAIL,
    Product,
)
from invoicedesk.sandbox.telecomx_records import LineRecord, money


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
