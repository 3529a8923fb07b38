"""Synthetic but realistic invoices for the 100,000-row benchmarks: four providers, several
accounts, NOK/DKK/EUR, every status, unnumbered Telecom X invoices, credit notes, lines. Seeded,
so every run (and the baseline inside it) sees the same cache."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from invoicedesk.domain import Address, Invoice, Kind, Line, Party, PaymentState, quantize
from invoicedesk.providers.base import FetchedInvoice
from invoicedesk.storage.cache import InvoiceCache

TODAY = dt.date(2026, 11, 22)

_ACCOUNTS = (
    ("sendregning", "Regnskap AS", "NOK"),
    ("sendregning", "Fjordbyrå", "NOK"),
    ("telecomx", "Reseller DK", "DKK"),
    ("buckaroo", "Webshop NL", "EUR"),
    ("connectid", "Aviser", "NOK"),
)
_FIRST = ("Kari", "Ola", "Mette", "Søren", "Anne", "Jan", "Pieter", "Femke", "Lars", "Ingrid")
_LAST = ("Nordmann", "Hansen", "Jensen", "de Vries", "Bakker", "Øvrebø", "Sørensen", "Dahl")
_FIRMS = ("Fjordkraft", "Bergen Bygg", "Aarhus Tømrer", "Utrecht Koffie", "Nordlys", "Havn")
_FORMS = ("AS", "ApS", "B.V.", "ANS", "")
_WORDS = ("Rådgivning", "Abonnement", "Konsulenttimer", "Lisens", "Fakturagebyr", "Reise")


def _customer(rng: random.Random) -> Party:
    if rng.random() < 0.5:
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    else:
        name = f"{rng.choice(_FIRMS)} {rng.choice(_FORMS)} {rng.randint(1, 400)}".strip()
    return Party(
        name=name if rng.random() > 0.05 else None,
        number=str(rng.randint(1000, 99999)),
        email=f"faktura{rng.randint(1, 999)}@example.no",
        address=Address((f"Gate {rng.randint(1, 99)}",), f"{rng.randint(1000, 9999)}", "Bergen"),
    )


def invoices(n: int, seed: int = 20261122) -> Iterator[Invoice]:
    rng = random.Random(seed)
    for i in range(n):
        provider, account, currency = _ACCOUNTS[i % len(_ACCOUNTS)]
        issue = TODAY - dt.timedelta(days=rng.randint(0, 1500))
        due = issue + dt.timedelta(days=rng.choice((8, 14, 30)))
        lines = []
        for _ in range(rng.randint(1, 4)):
            qty = Decimal(rng.randint(1, 20))
            price = Decimal(rng.randint(500, 250000)) / 100
            net = quantize(qty * price, currency)
            vat = quantize(net * Decimal("0.25"), currency)
            lines.append(
                Line(
                    rng.choice(_WORDS),
                    f"P{rng.randint(1, 60)}",
                    qty,
                    "stk",
                    price,
                    None,
                    Decimal(25),
                    net,
                    vat,
                    net + vat,
                )
            )
        net = sum((line.net or Decimal(0) for line in lines), Decimal(0))
        vat = sum((line.vat or Decimal(0) for line in lines), Decimal(0))
        total = net + vat
        roll = rng.random()
        if roll < 0.6:
            payment, paid = PaymentState.PAID, total
        elif roll < 0.7:
            payment, paid = PaymentState.PARTIALLY_PAID, quantize(total / 3, currency)
        else:
            payment, paid = PaymentState.UNPAID, Decimal("0.00")
        credit = rng.random() < 0.03
        number = str(100000 + i)
        if provider == "telecomx" and rng.random() < 0.02:
            number = "-1"
        elif provider == "buckaroo":
            number = f"WEB-{i}"
        yield Invoice(
            provider=provider,
            account=account,
            id=f"{provider[:2]}-{i}",
            number=number,
            kind=Kind.CREDIT_NOTE if credit else Kind.INVOICE,
            currency=currency,
            payment=payment,
            customer=_customer(rng),
            issue_date=issue if rng.random() > 0.002 else None,
            due_date=due,
            net=-net if credit else net,
            vat=-vat if credit else vat,
            total=-total if credit else total,
            paid_amount=paid,
            outstanding=total - paid,
            provider_overdue=provider == "sendregning"
            and payment is not PaymentState.PAID
            and due < TODAY,
            description=f"{rng.choice(_WORDS)} {issue:%B %Y}" if rng.random() < 0.7 else None,
            kid=f"{rng.randint(10**9, 10**10 - 1)}" if provider == "sendregning" else None,
            lines=tuple(lines),
        )


def fill_cache(path: Path, n: int, batch: int = 2000) -> None:
    """A cache at ``path`` holding ``n`` synthetic invoices (stored as a sync would store them)."""
    cache = InvoiceCache(path)
    try:
        for account in {a for _, a, _ in _ACCOUNTS}:
            provider = next(p for p, a, _ in _ACCOUNTS if a == account)
            cache.set_account_state(account, provider, "ok", success=True)
        sync_id = cache.begin_sync("bench", "bench", True)
        pending: list[FetchedInvoice] = []
        for invoice in invoices(n):
            pending.append(FetchedInvoice(invoice, {"id": invoice.id}))
            if len(pending) >= batch:
                cache.store_batch(sync_id, pending)
                pending = []
        if pending:
            cache.store_batch(sync_id, pending)
    finally:
        cache.close()
