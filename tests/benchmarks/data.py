"""Invoices like real ones for the 100,000-row benchmarks: four providers, several accounts, each
provider's customers, products, VAT rates, invoice numbers, terms and currencies drawn as its
sandbox draws them (NOK/DKK/EUR/SEK), more recent invoices than old, old ones mostly paid, every
status, unnumbered Telecom X drafts, credit notes, lines. Seeded, so every run (and the baseline
inside it) sees the same cache."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from invoicedesk.domain import Address, Invoice, Kind, Line, Party, PaymentState, quantize
from invoicedesk.providers.base import FetchedInvoice
from invoicedesk.sandbox import buckaroo_data, connectid_data, sendregning_data, telecomx_customers
from invoicedesk.storage.cache import InvoiceCache

TODAY = dt.date(2026, 11, 22)

_ACCOUNTS = (
    ("sendregning", "Regnskap AS", "NOK"),
    ("sendregning", "Fjordbyrå", "NOK"),
    ("telecomx", "Reseller DK", "DKK"),
    ("buckaroo", "Webshop NL", "EUR"),
    ("connectid", "Aviser", "NOK"),
)
# Customers, products, numbers, terms and currencies as each provider's sandbox makes them
# (invoicedesk/sandbox/*_data.py), widened with generated names of the same kind: a business
# has hundreds of customers, the sandboxes a dozen each.
_NO_FIRST = ("Kari", "Ola", "Ingrid", "Lars", "Mette", "Håkon", "Silje", "Eirik", "Nora", "Bjørn")
_NO_LAST = (
    "Nordmann",
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Berg",
    "Haugen",
    "Dahl",
    "Øvrebø",
    "Solberg",
    "Bakke",
    "Lie",
    "Moen",
    "Strand",
    "Eide",
    "Lunde",
)
_NO_TRADES = (
    "Regnskap",
    "Bygg",
    "Elektro",
    "Rørlegger",
    "Bakeri",
    "Transport",
    "Eiendom",
    "Tannlegekontor",
    "Frisør",
    "Maling",
    "Fiskeeksport",
    "Design",
)
_NO_TOWNS = (
    ("0154", "OSLO"),
    ("5013", "BERGEN"),
    ("7011", "TRONDHEIM"),
    ("9008", "TROMSØ"),
    ("4612", "KRISTIANSAND"),
    ("8006", "BODØ"),
    ("6004", "ÅLESUND"),
    ("2609", "LILLEHAMMER"),
)
_NO_STREETS = ("Storgata", "Kirkegata", "Strandkaien", "Kongens gate", "Sjøgata", "Munkegata")
_NL_FIRST = ("Pieter", "Femke", "Sanne", "Daan", "Lotte", "Bram", "Anouk", "Joost")
_NL_LAST = ("de Vries", "Jansen", "Bakker", "Visser", "Smit", "Mulder", "de Jong", "van Dijk")
_NL_TRADES = (
    "Bakkerij",
    "Koffiebranderij",
    "Fietsenmakerij",
    "Bloemenhandel",
    "Installatietechniek",
    "Tandartspraktijk",
    "Schildersbedrijf",
    "Webdesign",
)


def _street(rng: random.Random) -> str:
    return f"{rng.choice(_NO_STREETS)} {rng.randint(1, 120)}"


def _norwegian(rng: random.Random) -> tuple[str, str, str]:
    """(name, zip, town) of a Norwegian customer: the sandbox's own or one like them."""
    if rng.random() < 0.3:
        name, _n, _s, zip_, town = rng.choice(sendregning_data.CUSTOMERS)
        return name, zip_, town
    zip_, town = rng.choice(_NO_TOWNS)
    if rng.random() < 0.4:
        return f"{rng.choice(_NO_FIRST)} {rng.choice(_NO_LAST)}", zip_, town
    form = rng.choice(("AS", "AS", "ANS", "DA", ""))
    return f"{rng.choice(_NO_LAST)} {rng.choice(_NO_TRADES)} {form}".strip(), zip_, town


def _danish(rng: random.Random) -> tuple[str, str, str]:
    if rng.random() < 0.3:
        name, _s, zip_, town = rng.choice(telecomx_customers._NAMED + telecomx_customers.OTHER)
        return name, zip_, town
    zip_, town = rng.choice(telecomx_customers._TOWNS)
    trade, surname = (
        rng.choice(telecomx_customers._TRADES),
        rng.choice(telecomx_customers._SURNAMES),
    )
    return f"{surname}s {trade} {rng.choice(('ApS', 'A/S', 'I/S', ''))}".strip(), zip_, town


def _dutch(rng: random.Random) -> tuple[str, str]:
    """(name, currency) of a Buckaroo shop's customer: mostly Dutch, some Nordic."""
    if rng.random() < 0.3:
        c = rng.choice(buckaroo_data.CUSTOMERS)
        return c.name, c.local_currency
    if rng.random() < 0.5:
        return f"{rng.choice(_NL_FIRST)} {rng.choice(_NL_LAST)}", "EUR"
    return f"{rng.choice(_NL_TRADES)} {rng.choice(_NL_LAST)}", "EUR"


def _line(
    rng: random.Random,
    description: str,
    code: str | None,
    qty: Decimal,
    price: Decimal,
    vat_rate: Decimal,
    currency: str,
) -> Line:
    net = quantize(qty * price, currency)
    vat = quantize(net * vat_rate / 100, currency)
    return Line(description, code, qty, "stk", price, None, vat_rate, net, vat, net + vat)


def invoices(n: int, seed: int = 20261122) -> Iterator[Invoice]:
    rng = random.Random(seed)
    numbers: dict[str, int] = {}
    for i in range(n):
        provider, account, currency = _ACCOUNTS[i % len(_ACCOUNTS)]
        # more recent invoices than old ones, up to about four years back
        issue = TODAY - dt.timedelta(days=int(rng.triangular(0, 1500, 0)))
        numbers[account] = numbers.get(account, 0) + 1
        seq = numbers[account]
        lines: list[Line] = []
        kid = None
        if provider == "sendregning":
            name, zip_, town = _norwegian(rng)
            number = str(10000 + seq)
            due = issue + dt.timedelta(days=rng.choice((14, 14, 14, 10, 30)))
            for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 4))):
                code, text, price, vat = rng.choice(sendregning_data.PRODUCTS)
                qty = Decimal(rng.choice((1, 1, 1, 2, 3, 5, 7.5, 10))).quantize(Decimal("0.1"))
                lines.append(_line(rng, text, code, qty, price, Decimal(vat), currency))
            kid = f"{rng.randint(10**9, 10**10 - 1)}"
        elif provider == "telecomx":
            name, zip_, town = _danish(rng)
            number = "-1" if rng.random() < 0.02 else str(200000 + seq)  # drafts are unnumbered
            due = issue + dt.timedelta(days=rng.choice((8, 14, 30)))
            for _ in range(rng.randint(1, 5)):  # a phone bill: a subscription and usage
                text = rng.choice(
                    (
                        "Mobilabonnement",
                        "Data 20 GB",
                        "Opkald udland",
                        "SMS",
                        "Fastnet",
                        "Telefonsvarer (inkluderet)",
                        "Roaming EU",
                    )
                )
                price = Decimal(rng.randint(0, 39900)) / 100
                lines.append(_line(rng, text, None, Decimal(1), price, Decimal(25), currency))
        elif provider == "buckaroo":
            name, currency = _dutch(rng)
            zip_, town = f"{rng.randint(1000, 9999)} {rng.choice('ABCDEFGHJK')}X", "Utrecht"
            number = f"INV-{issue.year}-{seq:04d}"
            due = issue + dt.timedelta(days=rng.choice((14, 30)))
            for _ in range(rng.randint(1, 3)):
                text, eur, vat = rng.choice(buckaroo_data.PRODUCTS)
                price = quantize(eur * buckaroo_data.RATES[currency], currency)
                lines.append(
                    _line(rng, text, None, Decimal(rng.randint(1, 6)), price, vat, currency)
                )
        else:
            product = rng.choice(connectid_data.PRODUCTS)
            currency = product.currency
            name = f"{rng.choice(_NO_FIRST)} {rng.choice(_NO_LAST)}"
            zip_, town = rng.choice(_NO_TOWNS)
            number = str(seq)
            due = issue + dt.timedelta(days=14)
            months = Decimal(rng.choice((1, 1, 3, 6, 12)))
            lines.append(
                _line(
                    rng, product.name, product.code, months, product.monthly, product.vat, currency
                )
            )
        net = sum((line.net or Decimal(0) for line in lines), Decimal(0))
        vat_sum = sum((line.vat or Decimal(0) for line in lines), Decimal(0))
        total = net + vat_sum
        # older invoices are mostly settled; recent ones often still open
        age = (TODAY - issue).days
        open_share = 0.45 if age < 60 else 0.12 if age < 365 else 0.04
        roll = rng.random()
        if roll < open_share * 0.75:
            payment, paid = PaymentState.UNPAID, Decimal("0.00")
        elif roll < open_share:
            payment, paid = PaymentState.PARTIALLY_PAID, quantize(total / 3, currency)
        else:
            payment, paid = PaymentState.PAID, total
        credit = rng.random() < 0.03
        customer = Party(
            name=name if rng.random() > 0.01 else None,
            number=str(rng.randint(1000, 99999)),
            email=f"post@{name.split()[0].lower().strip('&')}.example"
            if rng.random() < 0.8
            else None,
            address=Address((_street(rng),), zip_, town),
        )
        yield Invoice(
            provider=provider,
            account=account,
            id=f"{provider[:2]}-{i}",
            number=number,
            kind=Kind.CREDIT_NOTE if credit else Kind.INVOICE,
            currency=currency,
            payment=payment,
            customer=customer,
            issue_date=issue if rng.random() > 0.002 else None,
            due_date=due,
            net=-net if credit else net,
            vat=-vat_sum if credit else vat_sum,
            total=-total if credit else total,
            paid_amount=paid,
            outstanding=total - paid,
            provider_overdue=provider == "sendregning"
            and payment is not PaymentState.PAID
            and due < TODAY,
            description=f"{lines[0].description} {issue:%m/%Y}" if rng.random() < 0.7 else None,
            kid=kid,
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
