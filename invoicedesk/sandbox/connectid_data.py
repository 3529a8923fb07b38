"""Deterministic dataset of the ConnectID sandbox: the product catalogue and :func:`generate`,
which makes one record per invoice (:class:`InvoiceRec`) with its offers, lines and reminders,
the seed page's sample among them. The records are in :mod:`connectid_records`; the JSON shapes
the real API sends are rendered from them in :mod:`connectid_wire`.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from invoicedesk.sandbox.connectid_records import (
    CENT,
    PRIMARY_CUSTOMER,
    SECONDARY_CUSTOMER,
    Dataset,
    InvoiceRec,
    LineRec,
    OfferRec,
    Product,
    ReminderRec,
    q2,
)
from invoicedesk.sandbox.connectid_wire import (
    OSLO,
    client_list_item,
    details,
    epoch_ms,
    hotel_url,
    reminder_lines,
    reminder_list_item,
    user_list_item,
)

#: the records and the wire shapes lived in this module before connectid_records and
#: connectid_wire; their names stay importable from here
__all__ = [
    "CENT",
    "OSLO",
    "PRIMARY_CUSTOMER",
    "PRODUCTS",
    "SECONDARY_CUSTOMER",
    "Dataset",
    "InvoiceRec",
    "LineRec",
    "OfferRec",
    "Product",
    "ReminderRec",
    "client_list_item",
    "details",
    "epoch_ms",
    "generate",
    "hotel_url",
    "q2",
    "reminder_lines",
    "reminder_list_item",
    "seed_sample",
    "user_list_item",
]
_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"

PRODUCTS = (
    Product("TOTT", "Totens Blad", "FTOTT", "NOK", Decimal(0), Decimal("329.00")),
    Product("CO27409", "Weekly Magazine", "5646903690", "NOK", Decimal(25), Decimal("84.54")),
    Product("HADAV", "Hadeland Avis", "HADEL", "NOK", Decimal(0), Decimal("389.00")),
    Product("FJORDH", "Fjordbladet helg", "FJORD", "NOK", Decimal(0), Decimal("149.00")),
    Product(
        "VLPDIG",
        "Vestlandsposten digital",
        "VLPOST",
        "NOK",
        Decimal(0),
        Decimal("199.00"),
        printed=False,
    ),
    Product("NORDUK", "Nordlys Ukeblad", "5646903690", "NOK", Decimal(25), Decimal("112.50")),
    Product("GRANNE", "Grannar på Vestlandet", "VLPOST", "NOK", Decimal(0), Decimal("95.00")),
    Product("SVDAG", "Sundsvalls Dagblad", "SVDAG", "SEK", Decimal(6), Decimal("279.00")),
    Product("JYUGE", "Jyllands Ugeavis", "JYUGE", "DKK", Decimal(0), Decimal("169.00")),
    Product("HETWB", "Het Weekblad", "HETWB", "EUR", Decimal(9), Decimal("24.95"), printed=False),
)
_WEIGHTS = (14, 12, 12, 10, 10, 8, 8, 3, 3, 2)
_FEE = {
    "NOK": Decimal("35.00"),
    "SEK": Decimal("60.00"),
    "DKK": Decimal("100.00"),
    "EUR": Decimal("15.00"),
}
_COMPANY_START = {
    "FTOTT": 8,
    "5646903690": 7435301,
    "HADEL": 210044,
    "FJORD": 88120,
    "VLPOST": 5120077,
    "SVDAG": 300120,
    "JYUGE": 44012,
    "HETWB": 990101,
}


def _token(rng: random.Random) -> str:
    return "".join(rng.choice(_B36) for _ in range(28))


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    for dom in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, dom)
        except ValueError:
            continue
    raise ValueError(day)


def seed_sample(today: dt.date) -> InvoiceRec:
    """The seed page's sample (invoice 7, FTOTT, 110), dated relative to today. Its one defect,
    ``partiallyPaid`` with ``paidAmount`` 0, is fixed with a part payment of 40."""
    issued = today - dt.timedelta(days=45)
    year = dt.date(issued.year, 1, 1)
    product = PRODUCTS[0]
    lines = [
        LineRec("TOTT", "TOTEN TEST", Decimal(50), Decimal(10), year, _add_months(year, 5)),
        LineRec("PORTO", "Porto til utland", Decimal(50), Decimal(10)),
    ]
    return InvoiceRec(
        company="FTOTT",
        number=7,
        customer=PRIMARY_CUSTOMER,
        product=product,
        invoice_date=issued,
        due_date=issued,
        status="partiallyPaid",
        paid_amount=Decimal(40),
        offers=[OfferRec(1, "1234567", lines)],
        pdf="seedsample7ftott",
        description="Toten testprodukt",
        period_from=year,
        period_to=dt.date(year.year + 1, 1, 1),
        url_style="www.invoicehotel.no",
    )


def generate(today: dt.date, size: int = 300, seed: int = 20180117) -> Dataset:
    """``size`` invoices for the primary customer (the seed sample among them) plus a few for a
    second customer (client mode), all dated within the last 23 months."""
    rng = random.Random(seed)
    drafts: list[tuple[dt.date, int, Product]] = []
    for n in range(max(0, size - 1)):
        drafts.append(
            (
                today - dt.timedelta(days=rng.randint(0, 690)),
                PRIMARY_CUSTOMER,
                rng.choices(PRODUCTS, _WEIGHTS)[0],
            )
        )
        if n % 20 == 0:
            drafts.append(
                (
                    today - dt.timedelta(days=rng.randint(0, 690)),
                    SECONDARY_CUSTOMER,
                    rng.choices(PRODUCTS[:6])[0],
                )
            )
    drafts.sort(key=lambda d: (d[0], d[1], d[2].code))
    counters = dict(_COMPANY_START)
    invoices = [seed_sample(today)] if size > 0 else []
    for issued, customer, product in drafts:
        number = counters[product.company]
        counters[product.company] += 1
        invoices.append(_invoice(rng, today, issued, customer, product, number))
    invoices.sort(key=lambda r: (r.invoice_date, r.company, r.number))
    return Dataset(invoices)


def _invoice(
    rng: random.Random,
    today: dt.date,
    issued: dt.date,
    customer: int,
    product: Product,
    number: int,
) -> InvoiceRec:
    months = rng.choice((1, 1, 3, 3, 6, 12))
    start = issued + dt.timedelta(days=14)
    end = _add_months(start, months)
    ident = str(rng.randint(1000000, 9999999))
    offers = [OfferRec(1, ident, _lines(rng, product, months, start, end))]
    if rng.random() < 0.07:  # an alternative offer: half the period
        alt = max(1, months // 2)
        offers.append(OfferRec(2, ident, _lines(rng, product, alt, start, _add_months(start, alt))))
    due = issued + dt.timedelta(days=rng.choice((10, 14, 14, 14, 20, 30)))
    rec = InvoiceRec(
        company=product.company,
        number=number,
        customer=customer,
        product=product,
        invoice_date=issued,
        due_date=due,
        status="notPaid",
        paid_amount=Decimal(0),
        offers=offers,
        pdf=_token(rng),
        invoice_type="finalInvoice" if rng.random() < 0.03 else "invoice",
        description=f"{product.name} {months} mnd"[:40],
        period_from=start,
        period_to=end,
        payment_method=rng.choice("AAAGEK"),
        url_style=rng.choices(("http", "bare"), (85, 15))[0],
        string_amount_in_details=rng.random() < 0.1,
        currency_in_details=product.currency != "NOK" or rng.random() > 0.1,
        clock_time=dt.time(0, 30) if rng.random() < 0.2 else dt.time(12, 0),
    )
    total = rec.amount
    roll = rng.random()
    if due >= today:
        if roll < 0.15:
            rec.status, rec.paid_amount = "paid", total
            rec.payment_date = issued + dt.timedelta(days=rng.randint(0, (today - issued).days))
        return rec
    if 0.12 <= roll < 0.72:  # paid on time
        rec.status, rec.paid_amount = "paid", total
        rec.payment_date = min(today, due - dt.timedelta(days=rng.randint(0, 5)))
        return rec
    if 0.72 <= roll < 0.82:
        rec.status = "partiallyPaid"
        part = (total * Decimal(rng.choice((25, 40, 50, 60))) / 100).quantize(Decimal(1))
        rec.paid_amount = min(max(part, Decimal(1)), total - Decimal(1))
    late = roll < 0.12
    _remind(rng, today, rec, late)
    if late:  # reminded, then paid in full
        paid_on = (rec.reminders[-1].date if rec.reminders else due) + dt.timedelta(days=3)
        rec.status, rec.paid_amount = "paid", total
        rec.payment_date = min(today, paid_on)
    return rec


def _lines(
    rng: random.Random, product: Product, months: int, start: dt.date, end: dt.date
) -> list[LineRec]:
    label = f"{product.name.upper()} {months} MND"[:40]
    lines = [LineRec(product.code, label, product.monthly * months, product.vat, start, end)]
    if product.printed and product.currency == "NOK" and rng.random() < 0.3:
        lines.append(LineRec("PORTO", "Porto", Decimal("19.00") * months, Decimal(25)))
    if rng.random() < 0.1:
        lines.append(LineRec("RABATT", "Lojalitetsrabatt", Decimal("-50.00"), product.vat))
    return lines


def _remind(rng: random.Random, today: dt.date, rec: InvoiceRec, late: bool) -> None:
    outstanding = rec.amount - rec.paid_amount
    fee = _FEE[rec.currency]
    first = rec.due_date + dt.timedelta(days=14)
    if first > today:
        return
    rec.reminders.append(
        ReminderRec(
            1, first, first + dt.timedelta(days=14), outstanding, fee, "reminder", _token(rng)
        )
    )
    second = first + dt.timedelta(days=21)
    if not late and second <= today and rng.random() < 0.6:
        rec.reminders.append(
            ReminderRec(
                2,
                second,
                second + dt.timedelta(days=14),
                outstanding,
                fee * 2,
                "collectionWarning",
                _token(rng),
            )
        )
