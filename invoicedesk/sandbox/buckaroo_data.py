"""The Buckaroo sandbox's deterministic dataset: Credit Management invoices of a dozen Dutch,
Norwegian and Danish customers, as ``InvoiceInfoResponseInvoice`` JSON objects.

Each :class:`DemoInvoice` keeps the figures it was built from (so tests compare the client's
result with the sandbox's own numbers) and its wire form. The wire form varies the way Buckaroo's
own docs and SDKs do: most objects say ``CustomerID``/``ID``/``Datetime``/``CMStatus``, some
``CustomerId``/``Id``/``DateTime``/``CmStatus``; timestamps carry 5 or 7 fractional digits and
some carry no offset (Amsterdam time).
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
CENT = Decimal("0.01")
SAMPLE_KEY = "EFD023706C6D4F1CAC8E461FB269E583"


@dataclass(frozen=True)
class Customer:
    id: str
    name: str
    country: str  # NL, NO, DK
    local_currency: str


CUSTOMERS = (
    Customer("C-1001", "Bakkerij De Vries B.V.", "NL", "EUR"),
    Customer("C-1002", "Van den Berg Installatietechniek", "NL", "EUR"),
    Customer("C-1003", "Koffiebranderij Jansen", "NL", "EUR"),
    Customer("C-1004", "Bloemenhandel Bakker", "NL", "EUR"),
    Customer("C-1005", "Fietsenmakerij Visser", "NL", "EUR"),
    Customer("C-1006", "Tandartspraktijk Smit & Mulder", "NL", "EUR"),
    Customer("C-1007", "Fjellstua Hansen AS", "NO", "NOK"),
    Customer("C-1008", "Nordlys Regnskap AS", "NO", "NOK"),
    Customer("C-1009", "Berg & Johansen Bygg AS", "NO", "NOK"),
    Customer("C-1010", "Nielsen Tømrer ApS", "DK", "DKK"),
    Customer("C-1011", "Sørensens Café I/S", "DK", "DKK"),
    Customer("C-1012", "Jensens Blomster ApS", "DK", "DKK"),
)

# (description, unit price in EUR, VAT rate %)
PRODUCTS = (
    ("Koffiebonen Espresso 1 kg", Decimal("18.95"), Decimal(9)),
    ("Stroopwafels doos 24 st.", Decimal("12.50"), Decimal(9)),
    ("Onderhoud cv-ketel", Decimal("89.00"), Decimal(21)),
    ("Boeket seizoensbloemen", Decimal("34.95"), Decimal(9)),
    ("Fietsonderhoud groot", Decimal("79.00"), Decimal(21)),
    ("Gebitsreiniging", Decimal("65.00"), Decimal(0)),
    ("Regnskapsbistand per time", Decimal("95.00"), Decimal(21)),
    ("Tømrerarbejde per time", Decimal("62.50"), Decimal(21)),
    ("Smørrebrød catering", Decimal("145.00"), Decimal(9)),
    ("Webhosting jaarabonnement", Decimal("119.00"), Decimal(21)),
    ("Brunost 1 kg", Decimal("21.40"), Decimal(9)),
    ("Montage zonnepanelen", Decimal("450.00"), Decimal(21)),
)

# what one EUR is in the other currencies the demo uses (rounded, for realistic figures)
RATES = {"EUR": Decimal(1), "NOK": Decimal("11.5"), "DKK": Decimal("7.46"),
         "SEK": Decimal("11.3"), "GBP": Decimal("0.86"), "USD": Decimal("1.08")}  # fmt: skip
PAYMENT_METHODS = (
    ("C021", "iDEAL"),
    ("C090", "Bancontact"),
    ("V043", "PayPal"),
    ("C004", "SEPA Direct Debit"),
    ("T001", "Transfer"),
)


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class DemoInvoice:
    """One invoice: the figures it was built from, and its JSON (``wire``, PascalCase)."""

    key: str
    number: str
    customer_id: str
    currency: str
    invoice_date: dt.date
    due_date: dt.date
    amount_debit: Decimal
    amount_vat: Decimal
    amount_credit: Decimal
    amount_paid: Decimal
    #: the payment state the generator intended: "paid", "partially_paid" or "unpaid"
    state: str
    credit_notes: int = 0
    transactions: int = 0
    refunds: int = 0
    wire: dict[str, Any] = field(default_factory=dict)


@dataclass
class BuckarooDataset:
    invoices: list[DemoInvoice]
    customers: tuple[Customer, ...] = CUSTOMERS

    def __post_init__(self) -> None:
        self._by_key = {inv.key.upper(): inv for inv in self.invoices}

    def by_key(self, key: str) -> DemoInvoice | None:
        return self._by_key.get(key.upper())

    def customer_ids(self) -> list[str]:
        return [c.id for c in self.customers]

    def find(self, key: str, number: str, customer_id: str) -> list[DemoInvoice]:
        """Invoices matching every non-empty field (case-insensitive, like SQL Server)."""
        candidates = self.invoices
        if key:
            candidates = [inv] if (inv := self.by_key(key)) else []
        return [
            inv
            for inv in candidates
            if (not number or inv.number.casefold() == number.casefold())
            and (not customer_id or inv.customer_id.casefold() == customer_id.casefold())
        ]


# ---- wire helpers ----------------------------------------------------------------------------


def stamp(local: dt.datetime, digits: int | None, offset: bool = True) -> str:
    """Amsterdam wall time as Buckaroo writes it: ``2022-08-22T14:33:56.26112+02:00``."""
    text = local.strftime("%Y-%m-%dT%H:%M:%S")
    if digits:
        text += "." + f"{local.microsecond:06d}{local.microsecond % 7}"[:digits]
    if offset:
        z = local.replace(tzinfo=AMSTERDAM).strftime("%z")
        text += f"{z[:3]}:{z[3:]}"
    return text


def midnight(day: dt.date, offset: bool = True) -> str:
    return stamp(dt.datetime.combine(day, dt.time()), None, offset)


_DOTNET = {"CustomerID": "CustomerId", "ID": "Id", "Datetime": "DateTime", "CMStatus": "CmStatus",
           "CreatedDatetime": "CreatedDateTime", "StatusDatetime": "StatusDateTime"}  # fmt: skip


def dotnet_casing(value: Any) -> Any:
    """The spelling of Buckaroo's .NET SDK models (``CustomerId``, ``Id``, ``DateTime``...)."""
    if isinstance(value, dict):
        return {_DOTNET.get(k, k): dotnet_casing(v) for k, v in value.items()}
    if isinstance(value, list):
        return [dotnet_casing(v) for v in value]
    return value


# ---- generator -------------------------------------------------------------------------------


class _Builder:
    def __init__(self, rng: random.Random, today: dt.date) -> None:
        self.rng = rng
        self.today = today

    def hex32(self) -> str:
        return f"{self.rng.getrandbits(128):032X}"

    def moment(self, day: dt.date) -> dt.datetime:
        """A working-hours moment on ``day`` (Amsterdam wall time) with microseconds."""
        seconds = self.rng.randint(8 * 3600, 18 * 3600)
        return dt.datetime.combine(day, dt.time()) + dt.timedelta(
            seconds=seconds, microseconds=self.rng.randint(0, 999_999)
        )

    def status(self, success: bool, when: dt.datetime, offset: bool) -> dict[str, Any]:
        return {
            "Success": success,
            "Code": "190" if success else "490",
            "Message": "Success" if success else "Failed",
            "Datetime": stamp(when, 7 if offset else None, offset),
        }

    def transaction(
        self,
        inv_number: str,
        customer: Customer,
        currency: str,
        amount: Decimal,
        day: dt.date,
        *,
        success: bool = True,
        refunds: tuple[Decimal, ...] = (),
    ) -> dict[str, Any]:
        code, label = self.rng.choice(PAYMENT_METHODS)
        created = self.moment(min(day, self.today))
        offset = self.rng.random() > 0.2
        refund_objs = []
        for i, refund in enumerate(refunds):
            when = created + dt.timedelta(days=2 + i, hours=1)
            refund_objs.append(
                {
                    "ID": self.hex32(),
                    "Amount": refund,
                    "RefundDate": stamp(when, 5),
                    "Status": self.status(True, when + dt.timedelta(seconds=4), offset),
                }
            )
        return {
            "ID": self.hex32(),
            "Type": code,
            "TypeDescription": label,
            "Test": False,
            "Currency": currency,
            "AmountDebit": amount,
            "AmountCredit": Decimal("0.00"),
            "AmountRefundable": cents(amount - sum(refunds, Decimal(0))) if success else CENT * 0,
            "Description": f"Factuur {inv_number} - {customer.name}",
            "CreatedDatetime": stamp(created, 5),
            "Status": self.status(success, created + dt.timedelta(seconds=5), offset),
            "Refunds": refund_objs,
        }


def _lines(b: _Builder, currency: str) -> tuple[Decimal, Decimal, list[str]]:
    net = Decimal(0)
    vat = Decimal(0)
    names = []
    for _ in range(b.rng.randint(1, 4)):
        name, price, rate = b.rng.choice(PRODUCTS)
        qty = b.rng.randint(1, 6)
        line_net = cents(price * RATES[currency] * qty)
        net += line_net
        vat += cents(line_net * rate / 100)
        names.append(f"{qty}× {name}")
    return net, vat, names


def _state_for(b: _Builder, due: dt.date) -> str:
    r = b.rng.random()
    if due >= b.today:
        return "paid" if r < 0.25 else "partially_paid" if r < 0.35 else "unpaid"
    return "paid" if r < 0.62 else "partially_paid" if r < 0.74 else "unpaid"


def _invoice(b: _Builder, seq: int, forced: str | None) -> DemoInvoice:
    rng = b.rng
    # the first dozen go round the customers, so every demo customer has invoices
    index = seq - 1000 if seq - 1000 < len(CUSTOMERS) else rng.randrange(len(CUSTOMERS))
    customer = CUSTOMERS[index]
    currency = "EUR"
    if rng.random() < 0.07:
        currency = customer.local_currency if customer.local_currency != "EUR" else "GBP"
    if forced == "foreign":
        currency = "SEK"
    issued = b.today - dt.timedelta(days=rng.randint(0, 420))
    if forced in ("overdue", "credited", "refunded", "failed"):
        issued = b.today - dt.timedelta(days=rng.randint(60, 200))
    if forced == "not_due":
        issued = b.today - dt.timedelta(days=2)
    due = issued + dt.timedelta(days=rng.choice((14, 14, 30)))
    net, vat, names = _lines(b, currency)
    debit = net + vat
    state = {
        "paid": "paid", "partially_paid": "partially_paid", "overdue": "unpaid",
        "not_due": "unpaid", "credited": "paid", "refunded": "paid", "failed": "unpaid",
        "foreign": "partially_paid",
    }.get(forced or "", "") or _state_for(b, due)  # fmt: skip
    number = f"INV-{issued.year}-{seq:04d}"
    credit_notes: list[dict[str, Any]] = []
    credit = Decimal("0.00")
    credit_vat = Decimal("0.00")
    if forced in ("credited", "refunded") or (forced is None and rng.random() < 0.08):
        share = Decimal(1) if forced == "credited" else Decimal(rng.randint(10, 40)) / 100
        credit, credit_vat = cents(debit * share), cents(vat * share)
        credit_notes.append(
            {
                "Number": f"CN-{issued.year}-{seq:04d}",
                "Amount": credit,
                "AmountVat": credit_vat,
                "Description": f"Creditnota: {names[0]}",
            }
        )
    owed = debit - credit
    transactions: list[dict[str, Any]] = []
    pay_day = issued + dt.timedelta(days=rng.randint(1, 20))
    if forced == "failed" or (forced is None and rng.random() < 0.1):
        transactions.append(b.transaction(number, customer, currency, owed, pay_day, success=False))
    refunds: tuple[Decimal, ...] = ()
    if state == "paid" and owed > 0:
        refund_path = credit > 0 and (forced == "refunded" or rng.random() < 0.5)
        if refund_path:  # paid in full first, the credit refunded afterwards
            half = cents(credit / 2)
            refunds = (half, credit - half) if rng.random() < 0.5 else (credit,)
        amount = debit if refund_path else owed
        transactions.append(
            b.transaction(number, customer, currency, amount, pay_day, refunds=refunds)
        )
    elif state == "partially_paid":
        part = cents(owed * Decimal(rng.randint(20, 80)) / 100)
        transactions.append(b.transaction(number, customer, currency, part, pay_day))
    paid = sum(
        (t["AmountDebit"] for t in transactions if t["Status"]["Success"]), Decimal(0)
    ) - sum(refunds, Decimal(0))
    paid = cents(paid)
    reminders = 0
    if state != "paid" and due < b.today:
        reminders = min(3, 1 + (b.today - due).days // 14)
    created = b.moment(issued)
    status_moment = b.moment(min(pay_day, b.today)) if transactions else created
    wire: dict[str, Any] = {
        "Key": b.hex32(),
        "Number": number,
        "CustomerID": customer.id,
        "CreditManagement": True,
        "Test": False,
        "Status": {
            "CMStatus": 4 if state == "paid" else (2 if reminders else 1),
            "Running": state != "paid",
            "RemindersSent": reminders,
            "AgencyStatusAsString": "sent" if reminders >= 3 else "unsent",
            "AgencyUpdates": (
                [
                    {
                        "Date": stamp(b.moment(due + dt.timedelta(days=42)), 5),
                        "Type": "Incasso",
                        "Status": "Overgedragen aan incassobureau",
                    }
                ]
                if reminders >= 3
                else []
            ),
        },
        "Paid": state == "paid",
        "Paylink": None if state == "paid" else f"/Paylink/{seq:04d}{rng.getrandbits(48):012x}",
        "Currency": currency,
        "AmountDebit": debit,
        "AmountCredit": credit,
        "AmountVat": vat,
        "AmountCreditVat": credit_vat,
        "AmountPaid": paid,
        "SurchargeAmount": Decimal("0.00"),
        "MaxReminderLevel": 3,
        "InvoiceDate": midnight(issued, offset=seq % 9 != 4),
        "DueDate": midnight(due),
        "CreatedDatetime": stamp(created, 5),
        "StatusDatetime": stamp(status_moment, 7),
        "EstimatedNextStepDate": (
            None if state == "paid" else midnight(max(due, b.today) + dt.timedelta(days=7))
        ),
        "CreditNotes": credit_notes,
        "Transactions": transactions,
        "Order": f"ORD-{40000 + seq}" if rng.random() < 0.7 else None,
    }
    if forced == "failed":
        wire["Paylink"] = "ideal://pay/" + number  # not http(s): the client must drop it
    if seq % 7 == 3:
        wire = dotnet_casing(wire)
    return DemoInvoice(
        key=wire["Key"],
        number=number,
        customer_id=customer.id,
        currency=currency,
        invoice_date=issued,
        due_date=due,
        amount_debit=debit,
        amount_vat=vat,
        amount_credit=credit,
        amount_paid=paid,
        state=state,
        credit_notes=len(credit_notes),
        transactions=len(transactions),
        refunds=len(refunds),
        wire=wire,
    )


def sample_invoice(b: _Builder) -> DemoInvoice:
    """The seed doc's full sample shape (two agency updates, two credit notes, two transactions
    with two refunds each) with real, consistent values: paid in full, then 121.00 credited and
    refunded."""
    customer = CUSTOMERS[0]
    issued = b.today - dt.timedelta(days=75)
    due = issued + dt.timedelta(days=14)
    created = dt.datetime.combine(issued, dt.time(14, 33, 56, 261120))
    d = Decimal
    transactions = [
        b.transaction("INV-2022-0042", customer, "EUR", d("300.00"), issued + dt.timedelta(days=3),
                      refunds=(d("30.25"), d("30.25"))),
        b.transaction("INV-2022-0042", customer, "EUR", d("305.00"), issued + dt.timedelta(days=9),
                      refunds=(d("30.25"), d("30.25"))),
    ]  # fmt: skip
    wire: dict[str, Any] = {
        "Key": SAMPLE_KEY,
        "Number": "INV-2022-0042",
        "CustomerID": customer.id,
        "CreditManagement": True,
        "Test": True,
        "Status": {
            "CMStatus": 1,
            "Running": False,
            "RemindersSent": 1,
            "AgencyStatusAsString": "unsent",
            "AgencyUpdates": [
                {
                    "Date": stamp(created + dt.timedelta(days=20), 5),
                    "Type": "Herinnering",
                    "Status": "Verstuurd",
                },
                {
                    "Date": stamp(created + dt.timedelta(days=30), 5),
                    "Type": "Aanmaning",
                    "Status": "Ingetrokken",
                },
            ],
        },
        "Paid": True,
        "Paylink": None,
        "Currency": "EUR",
        "AmountDebit": d("605.00"),
        "AmountCredit": d("121.00"),
        "AmountVat": d("105.00"),
        "AmountCreditVat": d("21.00"),
        "AmountPaid": d("484.00"),
        "SurchargeAmount": d("0.0"),
        "MaxReminderLevel": 3,
        "InvoiceDate": midnight(issued),
        "DueDate": midnight(due),
        "CreatedDatetime": stamp(created, 5),
        "StatusDatetime": stamp(created + dt.timedelta(days=12, hours=1), 7),
        "EstimatedNextStepDate": midnight(due + dt.timedelta(days=14)),
        "CreditNotes": [
            {
                "Number": "CN-2022-0007",
                "Amount": d("60.50"),
                "AmountVat": d("10.50"),
                "Description": "Creditnota: 2× Stroopwafels doos 24 st. beschadigd",
            },
            {
                "Number": "CN-2022-0008",
                "Amount": d("60.50"),
                "AmountVat": d("10.50"),
                "Description": "Creditnota: korting trouwe klant",
            },
        ],
        "Transactions": transactions,
        "Order": "ORD-881",
    }
    return DemoInvoice(
        key=SAMPLE_KEY, number="INV-2022-0042", customer_id=customer.id, currency="EUR",
        invoice_date=issued, due_date=due, amount_debit=d("605.00"), amount_vat=d("105.00"),
        amount_credit=d("121.00"), amount_paid=d("484.00"), state="paid", credit_notes=2,
        transactions=2, refunds=4, wire=wire,
    )  # fmt: skip


#: invoices built first, so every kind exists whatever the size
FORCED = ("paid", "partially_paid", "overdue", "not_due", "credited", "refunded", "failed",
          "foreign")  # fmt: skip


@functools.lru_cache(maxsize=8)
def generate(size: int, today: dt.date, seed: int = 3) -> BuckarooDataset:
    """The dataset (cached: servers only read it, and tests start many servers)."""
    builder = _Builder(random.Random(seed), today)
    invoices = [sample_invoice(builder)]
    seq = 1000
    while len(invoices) < size:
        forced = FORCED[seq - 1000] if seq - 1000 < len(FORCED) else None
        invoices.append(_invoice(builder, seq, forced))
        seq += 1
    return BuckarooDataset(invoices)
