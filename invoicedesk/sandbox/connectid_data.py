"""Deterministic dataset of the ConnectID sandbox and the JSON shapes the real API sends.

One record per invoice (:class:`InvoiceRec`) with its offers, lines and reminders; the three wire
shapes (user-mode list item, client-mode list item, details) are rendered from it with the quirks
of the official samples: epoch milliseconds in client mode and in ``reminders[]``, string
``invoiceAmount`` and string ``invoiceNumber`` in ``invoices[]``, ``incltime``, ``desc[]``,
``invoiceLineInfo`` vs ``invoiceLineInfoList``, ``invoiceHotelUrl`` with or without a scheme.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

OSLO = ZoneInfo("Europe/Oslo")
CENT = Decimal("0.01")
PRIMARY_CUSTOMER = 563457
SECONDARY_CUSTOMER = 771204
_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True)
class Product:
    code: str
    name: str
    company: str
    currency: str
    vat: Decimal  # percent
    monthly: Decimal
    printed: bool = True


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


# ---- generation ---------------------------------------------------------------------------------


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


# ---- wire shapes --------------------------------------------------------------------------------


def epoch_ms(day: dt.date, at: dt.time) -> int:
    return int(dt.datetime.combine(day, at, OSLO).timestamp()) * 1000


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def hotel_url(rec: InvoiceRec, token: str, host: str) -> str:
    if rec.url_style == "http":
        return f"http://{host}/invoice/view/{token}"
    if rec.url_style == "bare":
        return f"{host}/invoice/view/{token}"
    return rec.url_style


def _payment_code(rec: InvoiceRec) -> str:
    return {"notPaid": "0", "paid": "1", "partiallyPaid": "2"}[rec.status]


def _drop_none(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v is not None}


def user_list_item(rec: InvoiceRec, host: str) -> dict[str, Any]:
    """An ``invoices[]`` entry: dates as strings, string invoiceNumber and invoiceAmount."""
    return _drop_none(
        {
            "customerNumber": rec.customer,
            "product": rec.product.code,
            "invoiceOfferCount": str(len(rec.offers)),
            "productName": rec.product.name,
            "amount": sum(1 for _ in rec.offers[0].lines),
            "invoiceDate": rec.invoice_date.isoformat(),
            "invoiceNumber": str(rec.number),
            "companyCode": rec.company,
            "paymentDate": _iso(rec.payment_date),
            "dueDate": rec.due_date.isoformat(),
            "paymentStatus": _payment_code(rec),
            "invoiceAmount": f"{rec.amount:.2f}",
            "paidAmount": rec.paid_amount,
            "paymentMethod": rec.payment_method,
            "invoiceHotelUrl": hotel_url(rec, rec.pdf, host),
            "invoiceStatus": "Invoiced",
        }
    )


def reminder_list_item(rec: InvoiceRec, reminder: ReminderRec, host: str) -> dict[str, Any]:
    """A ``reminders[]`` entry: integer invoiceNumber, epoch-ms dates, no companyCode."""
    return _drop_none(
        {
            "invoiceNumber": rec.number,
            "product": rec.product.code,
            "fromTime": _iso(rec.period_from),
            "includeTime": _iso(rec.period_to),
            "reminderDate": epoch_ms(reminder.date, rec.clock_time),
            "amount": reminder.amount,
            "dueDate": epoch_ms(reminder.due_date, rec.clock_time),
            "reminderNumber": reminder.number,
            "reminderType": reminder.type,
            "invoiceHotelUrl": hotel_url(rec, reminder.pdf, host),
        }
    )


def client_list_item(rec: InvoiceRec, host: str) -> dict[str, Any]:
    """A ``clientInvoiceInfoList`` entry: epoch ms, invoiceId, desc[], incltime, invoiceLineInfo."""
    at = rec.clock_time
    return _drop_none(
        {
            "invoiceId": str(rec.number),
            "invoiceDate": epoch_ms(rec.invoice_date, at),
            "invoiceOfferCount": str(len(rec.offers)),
            "customerNumber": rec.customer,
            "product": rec.product.code,
            "productName": rec.product.name,
            "amount": len(rec.offers[0].lines),
            "companyCode": rec.company,
            "paymentStatus": _payment_code(rec),
            "invoiceAmount": rec.amount,
            "paidAmount": rec.paid_amount,
            "paymentMethod": rec.payment_method,
            "invoiceHotelUrl": hotel_url(rec, rec.pdf, host),
            "paymentDate": epoch_ms(rec.payment_date, at) if rec.payment_date else None,
            "dueDate": epoch_ms(rec.due_date, at),
            "desc": [rec.description or rec.product.name],
            "period": 1,
            "periodUnit": "E",
            "fromTime": _iso(rec.period_from),
            "incltime": _iso(rec.period_to),
            "invoiceLineInfo": [
                {
                    "productCode": line.product_code,
                    "invoiceAmount": line.net,
                    "invoiceVatAmount": line.vat,
                    "invoiceVatPercent": line.vat_percent,
                }
                for line in rec.offers[0].lines
            ],
        }
    )


def _line_json(line: LineRec) -> dict[str, Any]:
    return _drop_none(
        {
            "productCode": line.product_code,
            "invoiceAmount": line.net,
            "invoiceVatAmount": line.vat,
            "invoiceVatPercent": line.vat_percent,
            "description": line.description,
            "fromTime": _iso(line.period_from),
            "includeTime": _iso(line.period_to),
        }
    )


def details(rec: InvoiceRec, reminder: ReminderRec | None, host: str) -> dict[str, Any]:
    """``invoiceInfoWithDetail`` of the invoice, or of one of its reminders."""
    if reminder is not None:
        return _reminder_details(rec, reminder, host)
    amount: Any = rec.amount
    if rec.string_amount_in_details:
        amount = f"{rec.amount:.2f}"
    return _drop_none(
        {
            "invoiceNumber": rec.number,
            "companyCode": rec.company,
            "invoiceOfferCount": len(rec.offers),
            "invoiceDate": rec.invoice_date.isoformat(),
            "invoicePaymentStatus": rec.status,
            "invoiceAmount": amount,
            "invoiceCurrency": rec.currency if rec.currency_in_details else None,
            "invoiceHotelUrl": hotel_url(rec, rec.pdf, host),
            "invoiceDueDate": rec.due_date.isoformat(),
            "invoiceType": rec.invoice_type,
            "paidAmount": rec.paid_amount,
            "description": rec.description,
            "fromTime": _iso(rec.period_from),
            "includeTime": _iso(rec.period_to),
            "invoiceOfferInfo": [
                {
                    "offerNumber": offer.number,
                    "invoiceAmount": offer.net,
                    "invoiceVatAmount": offer.vat,
                    "customerIdentification": offer.customer_identification,
                    "invoiceLineInfoList": [_line_json(line) for line in offer.lines],
                }
                for offer in rec.offers
            ],
        }
    )


def reminder_lines(rec: InvoiceRec, reminder: ReminderRec) -> list[LineRec]:
    return [
        LineRec("SALDO", f"Utestående faktura {rec.number}", reminder.outstanding, Decimal(0)),
        LineRec("PURREGEBYR", "Purregebyr", reminder.fee, Decimal(0)),
    ]


def _reminder_details(rec: InvoiceRec, reminder: ReminderRec, host: str) -> dict[str, Any]:
    lines = reminder_lines(rec, reminder)
    return {
        "invoiceNumber": rec.number,
        "companyCode": rec.company,
        "invoiceOfferCount": 1,
        "invoiceDate": reminder.date.isoformat(),
        "invoicePaymentStatus": "paid" if rec.paid else "notPaid",
        "invoiceAmount": reminder.amount,
        "invoiceCurrency": rec.currency,
        "invoiceHotelUrl": hotel_url(rec, reminder.pdf, host),
        "invoiceDueDate": reminder.due_date.isoformat(),
        "invoiceType": "reminderInvoice",
        "paidAmount": reminder.amount if rec.paid else Decimal("0.00"),
        "description": f"Purring {reminder.number}: {rec.product.name}"[:40],
        "invoiceOfferInfo": [
            {
                "offerNumber": 1,
                "invoiceAmount": reminder.amount,
                "invoiceVatAmount": Decimal(0),
                "customerIdentification": rec.offers[0].customer_identification,
                "invoiceLineInfoList": [_line_json(line) for line in lines],
            }
        ],
    }
