"""Deterministic SendRegning dataset: Norwegian customers, NOK mostly, a mix of paid, partly paid,
unpaid and overdue invoices and some credit notes, plus the seed doc's sample invoice."""

from __future__ import annotations

import datetime as dt
import json
import random
from decimal import ROUND_HALF_UP, Decimal
from importlib import resources
from typing import Any

CUSTOMERS = [
    ("Kari Nordmann", "p23", "Karl Johans gate 1", "0154", "OSLO"),
    ("Fjordkraft Regnskap AS", "k101", "Strandkaien 4", "5013", "BERGEN"),
    ("Trondheim Bakeri AS", "k102", "Munkegata 12", "7011", "TRONDHEIM"),
    ("Hansen & Dahl Elektro", "k103", "Storgata 33", "9008", "TROMSØ"),
    ("Sørlandet Båtservice", "k104", "Kystveien 7", "4612", "KRISTIANSAND"),
    ("Nilsen Tannlegekontor", "k105", "Kongens gate 2", "3211", "SANDEFJORD"),
    ("Aurora Design ANS", "k106", "Nedre Slottsgate 9", "0157", "OSLO"),
    ("Lillehammer Sportsutleie", "k107", "Storgata 60", "2609", "LILLEHAMMER"),
    ("Bodø Rørlegger AS", "k108", "Sjøgata 21", "8006", "BODØ"),
    ("Ålesund Fiskeeksport AS", "k109", "Apotekergata 5", "6004", "ÅLESUND"),
]
PRODUCTS = [
    ("KONS", "Konsulenttimer", Decimal("1150.00"), 25),
    ("REGN", "Regnskapsføring, månedlig", Decimal("2400.00"), 25),
    ("LØNN", "Lønnskjøring per ansatt", Decimal("185.00"), 25),
    ("BOK", "Fagbok: Norsk regnskapsskikk", Decimal("649.00"), 0),
    ("MAT", "Lunsjservering", Decimal("129.50"), 15),
    ("REISE", "Reisekostnader", Decimal("842.75"), 25),
    ("LIS", "Programvarelisens, årlig", Decimal("3990.00"), 25),
]
CENT = Decimal("0.01")


def _q(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def seed_invoice() -> dict[str, Any]:
    text = resources.files("invoicedesk.sandbox").joinpath("fixtures/sendregning_seed.json")
    data: list[dict[str, Any]] = json.loads(text.read_text("utf-8"), parse_float=Decimal)
    return data[0]


def generate(size: int, today: dt.date, seed: int = 7) -> list[dict[str, Any]]:
    """``size`` invoices (the seed sample included), newest numbers last."""
    rng = random.Random(seed)
    invoices = [seed_invoice()]
    for i in range(max(0, size - 1)):
        number = 1000 + i
        name, customer_number, street, zip_code, city = CUSTOMERS[i % len(CUSTOMERS)]
        issue = today - dt.timedelta(days=rng.randint(0, 720))
        due = issue + dt.timedelta(days=rng.choice((10, 14, 14, 30)))
        items: list[dict[str, Any]] = []
        for n in range(rng.randint(1, 4)):
            code, text, price, rate = rng.choice(PRODUCTS)
            qty = (
                Decimal(rng.choice((1, 1, 2, 3, 5, 7, 10)))
                if code != "KONS"
                else Decimal(rng.randint(2, 30)) / 2
            )
            discount = Decimal(rng.choice((0, 0, 0, 5, 10)))
            net = _q(qty * price * (100 - discount) / 100)
            total = _q(net * (100 + rate) / 100)
            items.append(
                {
                    "number": n + 1,
                    "quantity": qty,
                    "productCode": code,
                    "description": text,
                    "unitPrice": price,
                    "discount": discount,
                    "taxRate": rate,
                    "total": total,
                    "totalWithoutTax": net,
                }
            )
        credit = rng.random() < 0.04
        total = sum((it["total"] for it in items), Decimal(0))
        tax = sum((it["total"] - it["totalWithoutTax"] for it in items), Decimal(0))
        if credit:
            for it in items:
                it["total"], it["totalWithoutTax"] = -it["total"], -it["totalWithoutTax"]
            total, tax, balance = -total, -tax, Decimal(0)
        else:
            roll = rng.random()
            age = (today - due).days
            # Old invoices are mostly settled; recent ones often still open.
            if age > 60:
                paid_share, partial_share = 0.92, 0.03
            elif age > 0:
                paid_share, partial_share = 0.5, 0.1
            else:
                paid_share, partial_share = 0.2, 0.05
            if roll < paid_share:
                balance = Decimal(0)
            elif roll < paid_share + partial_share:
                balance = _q(total * Decimal(rng.choice((25, 40, 50))) / 100)
            else:
                balance = total
        invoice: dict[str, Any] = {
            "number": number,
            "credit": credit,
            "orderNumber": f"order_{rng.randint(100, 999)}",
            "invoiceDate": issue.isoformat(),
            "dueDate": due.isoformat(),
            "orderDate": (issue - dt.timedelta(days=rng.randint(1, 20))).isoformat(),
            "ourReference": rng.choice(("Ola Nordmann", "Ingrid Berg", "Per Hansen")),
            "yourReference": name.split()[0],
            "kid": f"{number:08d}{rng.randint(10, 99)}",
            "accountNumber": "70760530598",
            "currency": "NOK" if rng.random() < 0.9 else "EUR",
            "tax": tax,
            "total": total,
            "currentBalance": balance,
            "invoiceText": "Takk for handelen!" if rng.random() < 0.5 else "",
            "deliveryAddress": {
                "address": street,
                "zip": zip_code,
                "city": city,
                "country": "NORGE",
            },
            "originator": {"name": "Demo Regnskap AS", "organisationNumber": "911919911"},
            "recipient": {
                "number": 1 + i % len(CUSTOMERS),
                "customerNumber": customer_number,
                "name": name,
                "email": f"faktura@{customer_number}.example.no",
                "address": {
                    "address1": street,
                    "address2": "",
                    "zip": zip_code,
                    "city": city,
                    "country": "NORGE",
                },
                "organisationNumber": f"9{rng.randint(10**7, 10**8 - 1)}",
            },
            "items": items,
            "international": None,
            "_links": {},
        }
        if credit:
            invoice["creditedInvoiceNumber"] = max(1000, number - rng.randint(1, 30))
        invoices.append(invoice)
    _credit_real_invoices(invoices)
    for invoice in invoices:
        n = invoice["number"]
        if n % 17 == 0:  # some without a PDF link, to exercise "no PDF"
            invoice["_links"] = {}
        else:
            invoice["_links"] = {
                "self": {"uri": f"/invoices/{n}"},
                "pdf": {"uri": f"/download/i/{n}/t{n * 7919 % 100000:05d}"},
            }
    return invoices


def _credit_real_invoices(invoices: list[dict[str, Any]]) -> None:
    """Every credit note credits an invoice of the dataset (not another credit note): the nearest
    earlier invoice when the drawn number is a credit note or outside the dataset."""
    by_number = {i["number"]: i for i in invoices}
    for invoice in invoices:
        credited = invoice.get("creditedInvoiceNumber")
        if credited is None:
            continue
        candidates = [
            n
            for n, other in by_number.items()
            if n <= credited and n != invoice["number"] and not other.get("credit")
        ]
        if candidates:
            invoice["creditedInvoiceNumber"] = max(candidates)
