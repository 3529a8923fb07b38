"""ConnectID (MediaConnect/Unite) wire data -> domain objects. Pure: no I/O.

Quirks handled here and nowhere else: amounts as numbers or strings; dates as ``YYYY-MM-DD`` or
epoch milliseconds (-> Europe/Oslo calendar date); invoice numbers as strings or numbers;
``incltime`` vs ``includeTime``; ``invoiceLineInfo`` vs ``invoiceLineInfoList``; ``desc[]`` vs
``description``; ``invoiceHotelUrl`` without a scheme or with plain ``http://``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from invoicedesk.domain import (
    Invoice,
    Kind,
    Line,
    Offer,
    Party,
    PaymentState,
    Reminder,
    quantize,
)
from invoicedesk.providers.base import JsonObject, opt_decimal, opt_str
from invoicedesk.providers.errors import ProviderDataError

PROVIDER = "connectid"
OSLO = ZoneInfo("Europe/Oslo")
DEFAULT_CURRENCY = "NOK"
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_HOST_PORT = re.compile(r"^[^/:@]+:\d+(/|$)")

_DETAIL_PAYMENT = {
    "paid": PaymentState.PAID,
    "notpaid": PaymentState.UNPAID,
    "partiallypaid": PaymentState.PARTIALLY_PAID,
}
# The list vocabulary is undocumented; "0" not paid, "1" paid, "2" partially paid (spec §6 guess).
_CODE_PAYMENT = {
    "0": PaymentState.UNPAID,
    "1": PaymentState.PAID,
    "2": PaymentState.PARTIALLY_PAID,
}

_LABELS: dict[str, dict[str, str]] = {
    "company": {"en": "Company", "nb": "Selskap", "da": "Selskab", "nl": "Bedrijf"},
    "product": {"en": "Product", "nb": "Produkt", "da": "Produkt", "nl": "Product"},
    "customer_number": {
        "en": "Customer number",
        "nb": "Kundenummer",
        "da": "Kundenummer",
        "nl": "Klantnummer",
    },
    "customer_id": {
        "en": "Customer identification",
        "nb": "Kundeidentifikasjon",
        "da": "Kundeidentifikation",
        "nl": "Klantidentificatie",
    },
    "offers": {
        "en": "Alternative offers",
        "nb": "Alternative tilbud",
        "da": "Alternative tilbud",
        "nl": "Alternatieve aanbiedingen",
    },
    "payment_method": {
        "en": "Payment method",
        "nb": "Betalingsmåte",
        "da": "Betalingsmåde",
        "nl": "Betaalmethode",
    },
    "invoice_status": {
        "en": "Invoice status",
        "nb": "Fakturastatus",
        "da": "Fakturastatus",
        "nl": "Factuurstatus",
    },
    "payment_status": {
        "en": "Payment status",
        "nb": "Betalingsstatus",
        "da": "Betalingsstatus",
        "nl": "Betaalstatus",
    },
    "payment_date": {
        "en": "Payment date",
        "nb": "Betalingsdato",
        "da": "Betalingsdato",
        "nl": "Betaaldatum",
    },
    "period": {"en": "Period", "nb": "Periode", "da": "Periode", "nl": "Periode"},
    "invoice_type": {
        "en": "Invoice type",
        "nb": "Fakturatype",
        "da": "Fakturatype",
        "nl": "Factuurtype",
    },
    "reminder_of": {
        "en": "Reminder of invoice",
        "nb": "Purring på faktura",
        "da": "Rykker for faktura",
        "nl": "Herinnering voor factuur",
    },
    "reminder_number": {
        "en": "Reminder number",
        "nb": "Purrenummer",
        "da": "Rykkernummer",
        "nl": "Herinneringsnummer",
    },
    "reminder_type": {
        "en": "Reminder type",
        "nb": "Purretype",
        "da": "Rykkertype",
        "nl": "Soort herinnering",
    },
}


def label(key: str, language: str) -> str:
    texts = _LABELS[key]
    return texts.get(language, texts["en"])


@dataclass(frozen=True, order=True)
class InvoiceKey:
    """What the details call needs; ``reminder`` 0 is the invoice itself."""

    company: str
    number: str
    reminder: int = 0

    @property
    def id(self) -> str:
        base = f"{self.company}/{self.number}"
        return f"{base}/r{self.reminder}" if self.reminder else base

    @classmethod
    def from_id(cls, invoice_id: str) -> InvoiceKey | None:
        parts = invoice_id.split("/")
        if len(parts) == 2 and all(parts):
            return cls(parts[0], parts[1])
        if len(parts) == 3 and all(parts) and parts[2][:1] == "r" and parts[2][1:].isdigit():
            return cls(parts[0], parts[1], int(parts[2][1:]))
        return None


# ---- scalar helpers -----------------------------------------------------------------------------


def wire_number(value: Any) -> str | None:
    """An invoice number sent as ``7435367`` or ``"7435367"`` -> ``"7435367"``."""
    if value is None or isinstance(value, (bool, dict, list)):
        return None
    if isinstance(value, Decimal):
        # 1E+999999999 is a valid JSON number; int() of it would never finish
        if value.adjusted() >= 30 or value != value.to_integral_value():
            return None
        value = int(value)
    text = str(value).strip()
    return text or None


def wire_int(value: Any) -> int | None:
    text = wire_number(value)
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        return None


def wire_date(obj: Mapping[str, Any], key: str, what: str) -> dt.date | None:
    """``YYYY-MM-DD`` or epoch milliseconds (the Oslo calendar date of that instant)."""
    value = obj.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, (bool, dict, list)):
        raise ProviderDataError(f"{what}: {key} is not a date")
    if isinstance(value, str) and value.strip().isdecimal() and len(value.strip()) > 8:
        text = value.strip()
        if len(text) > 20:
            raise ProviderDataError(f"{what}: {key} is not a date ({text[:30]}...)")
        value = int(text)
    if isinstance(value, (int, Decimal)):
        if isinstance(value, Decimal) and value.adjusted() >= 20:
            raise ProviderDataError(f"{what}: {key} is not a date ({str(value)[:30]})")
        number = int(value)
        try:
            seconds = number / 1000 if abs(number) >= 100_000_000_000 else number
            return dt.datetime.fromtimestamp(seconds, OSLO).date()
        except (OverflowError, OSError, ValueError):
            raise ProviderDataError(f"{what}: {key} is not a date ({str(number)[:30]})") from None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ProviderDataError(f"{what}: {key} is not a date: {value[:30]!r}") from None
    raise ProviderDataError(f"{what}: {key} is not a date")


def pdf_url(value: Any) -> str | None:
    """``invoiceHotelUrl`` as an https link: a missing scheme gets ``https://``, ``http://`` is
    upgraded. A loopback host (the local sandbox, which speaks plain HTTP) stays on http."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    had_scheme = "://" in text
    if not had_scheme:
        if _SCHEME.match(text) and not _HOST_PORT.match(text):
            return None  # javascript:, mailto:, ...
        text = "https://" + text.lstrip("/")
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 (raises on a malformed port)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if not host or scheme not in ("http", "https") or "@" in parts.netloc:
        return None
    if host in _LOOPBACK:
        return text if had_scheme else "http://" + text[len("https://") :]
    if scheme == "http":
        return "https://" + text[len("http://") :]
    return text


def _currency(detail: Mapping[str, Any] | None, what: str) -> str:
    value = opt_str(detail or {}, "invoiceCurrency")
    if value is None:
        return DEFAULT_CURRENCY
    code = value.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise ProviderDataError(f"{what}: invoiceCurrency is not a currency code: {value[:10]!r}")
    return code


def _sum(net: Decimal | None, vat: Decimal | None, currency: str) -> Decimal | None:
    if net is None or vat is None:
        return None
    return quantize(net + vat, currency)


def _text(obj: Mapping[str, Any]) -> str | None:
    """``description`` (details) or ``desc[]`` (client mode)."""
    text = opt_str(obj, "description")
    if text:
        return text
    desc = obj.get("desc")
    if isinstance(desc, list):
        parts = [str(p).strip() for p in desc if isinstance(p, (str, int)) and str(p).strip()]
        return "; ".join(parts) or None
    return opt_str(obj, "desc")


def _period_to(obj: Mapping[str, Any], what: str) -> dt.date | None:
    key = "includeTime" if obj.get("includeTime") not in (None, "") else "incltime"
    return wire_date(obj, key, what)


def _period_text(obj: Mapping[str, Any], what: str) -> str | None:
    start = wire_date(obj, "fromTime", what)
    end = _period_to(obj, what)
    if start is None and end is None:
        return None
    return f"{start.isoformat() if start else '…'} – {end.isoformat() if end else '…'}"


# ---- lines, offers, reminders -------------------------------------------------------------------


def parse_lines(items: Any, currency: str, what: str) -> tuple[Line, ...]:
    if items is None:
        return ()
    if not isinstance(items, list):
        raise ProviderDataError(f"{what}: the invoice lines are not a list")
    lines = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise ProviderDataError(f"{what}: line {n} is not an object")
        where = f"{what}, line {n}"
        net = opt_decimal(item, "invoiceAmount", f"{where} amount")
        vat = opt_decimal(item, "invoiceVatAmount", f"{where} VAT")
        lines.append(
            Line(
                description=_text(item),
                product_code=opt_str(item, "productCode"),
                vat_rate=opt_decimal(item, "invoiceVatPercent", f"{where} VAT rate"),
                net=net,
                vat=vat,
                total=_sum(net, vat, currency),
                period_from=wire_date(item, "fromTime", where),
                period_to=_period_to(item, where),
            )
        )
    return tuple(lines)


def _line_items(obj: Mapping[str, Any]) -> Any:
    if obj.get("invoiceLineInfoList") is not None:
        return obj.get("invoiceLineInfoList")
    return obj.get("invoiceLineInfo")


def parse_offers(items: Any, currency: str, what: str) -> tuple[Offer, ...]:
    if items is None:
        return ()
    if not isinstance(items, list):
        raise ProviderDataError(f"{what}: invoiceOfferInfo is not a list")
    offers = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise ProviderDataError(f"{what}: offer {n} is not an object")
        where = f"{what}, offer {n}"
        net = opt_decimal(item, "invoiceAmount", f"{where} amount")
        vat = opt_decimal(item, "invoiceVatAmount", f"{where} VAT")
        offers.append(
            Offer(
                number=wire_number(item.get("offerNumber")),
                net=net,
                vat=vat,
                total=_sum(net, vat, currency),
                customer_reference=opt_str(item, "customerIdentification"),
                lines=parse_lines(_line_items(item), currency, where),
            )
        )
    return tuple(offers)


def parse_reminder(item: Mapping[str, Any], what: str) -> Reminder:
    return Reminder(
        number=wire_number(item.get("reminderNumber")),
        date=wire_date(item, "reminderDate", what),
        due_date=wire_date(item, "dueDate", what),
        amount=opt_decimal(item, "amount", f"{what} amount"),
        type=opt_str(item, "reminderType"),
        link=pdf_url(item.get("invoiceHotelUrl")),
    )


def _payment(
    detail: Mapping[str, Any] | None, item: Mapping[str, Any] | None
) -> tuple[PaymentState, str | None]:
    """Payment state, preferring the details vocabulary; the raw value when it was not known."""
    raw = opt_str(detail or {}, "invoicePaymentStatus")
    if raw is not None:
        state = _DETAIL_PAYMENT.get(raw.strip().lower())
        return (state, None) if state else (PaymentState.UNPAID, raw)
    code = opt_str(item or {}, "paymentStatus")
    if code is not None:
        state = _CODE_PAYMENT.get(code.strip())
        return (state, None) if state else (PaymentState.UNPAID, code)
    return PaymentState.UNPAID, None


# ---- invoices -----------------------------------------------------------------------------------


def user_invoice(
    *,
    account: str,
    key: InvoiceKey,
    item: Mapping[str, Any] | None,
    detail: Mapping[str, Any] | None,
    reminders: Sequence[JsonObject] = (),
    parent: Mapping[str, Any] | None = None,
    language: str = "en",
) -> Invoice:
    """An invoice (``key.reminder == 0``) or a reminder document from its list item (``invoices[]``
    or ``reminders[]`` entry) and its details (``invoiceInfoWithDetail``), either may be absent.
    A reminder takes the customer number and product name from its ``parent`` list item."""
    what = f"ConnectID invoice {key.id}"
    d: Mapping[str, Any] = detail or {}
    i: Mapping[str, Any] = item or {}
    if parent:
        inherited = {k: parent[k] for k in ("customerNumber", "productName") if k in parent}
        i = {**inherited, **i}
    currency = _currency(d, what)
    offers = parse_offers(d.get("invoiceOfferInfo"), currency, what)
    first = offers[0] if offers else None
    payment, raw_status = _payment(d, i)
    is_reminder = key.reminder > 0
    invoice_type = opt_str(d, "invoiceType")
    kind = Kind.REMINDER if is_reminder or invoice_type == "reminderInvoice" else Kind.INVOICE
    date_key = "reminderDate" if is_reminder else "invoiceDate"
    total = opt_decimal(d, "invoiceAmount", f"{what} amount")
    if total is None:
        total = opt_decimal(i, "amount" if is_reminder else "invoiceAmount", f"{what} amount")
    customer_number = wire_number(i.get("customerNumber"))
    facts = _facts(key, d, i, offers, raw_status, language, what)
    return Invoice(
        provider=PROVIDER,
        account=account,
        id=key.id,
        number=key.number,
        kind=kind,
        currency=currency,
        payment=payment,
        customer=Party(number=customer_number) if customer_number else None,
        issue_date=wire_date(d, "invoiceDate", what) or wire_date(i, date_key, what),
        due_date=wire_date(d, "invoiceDueDate", what) or wire_date(i, "dueDate", what),
        net=first.net if first else None,
        vat=first.vat if first else None,
        total=total,
        paid_amount=_paid(d, i, what),
        description=_text(d) or opt_str(i, "productName") or _text(i),
        offers=offers,
        reminders=tuple(
            parse_reminder(r, f"{what}, reminder {r.get('reminderNumber')}") for r in reminders
        ),
        pdf_url=pdf_url(d.get("invoiceHotelUrl")) or pdf_url(i.get("invoiceHotelUrl")),
        facts=facts,
    )


def _paid(d: Mapping[str, Any], i: Mapping[str, Any], what: str) -> Decimal | None:
    paid = opt_decimal(d, "paidAmount", f"{what} paid amount")
    return paid if paid is not None else opt_decimal(i, "paidAmount", f"{what} paid amount")


def _facts(
    key: InvoiceKey,
    d: Mapping[str, Any],
    i: Mapping[str, Any],
    offers: Sequence[Offer],
    raw_status: str | None,
    language: str,
    what: str,
) -> tuple[tuple[str, str], ...]:
    facts: list[tuple[str, str]] = [(label("company", language), key.company)]
    product = opt_str(i, "product")
    name = opt_str(i, "productName")
    if product or name:
        facts.append((label("product", language), " – ".join(p for p in (product, name) if p)))
    customer = wire_number(i.get("customerNumber"))
    if customer:
        facts.append((label("customer_number", language), customer))
    references = sorted({o.customer_reference for o in offers if o.customer_reference})
    if references:
        facts.append((label("customer_id", language), ", ".join(references)))
    count = wire_int(d.get("invoiceOfferCount", i.get("invoiceOfferCount")))
    if count is not None and count > 1:
        facts.append((label("offers", language), str(count)))
    if key.reminder:
        facts.append((label("reminder_of", language), key.number))
        facts.append((label("reminder_number", language), str(key.reminder)))
        kind = opt_str(i, "reminderType")
        if kind:
            facts.append((label("reminder_type", language), kind))
    invoice_type = opt_str(d, "invoiceType")
    if invoice_type and invoice_type not in ("invoice", "reminderInvoice"):
        facts.append((label("invoice_type", language), invoice_type))
    for fact, field in (("payment_method", "paymentMethod"), ("invoice_status", "invoiceStatus")):
        value = opt_str(i, field)
        if value:
            facts.append((label(fact, language), value))
    if raw_status:
        facts.append((label("payment_status", language), raw_status))
    paid_on = wire_date(i, "paymentDate", what)
    if paid_on:
        facts.append((label("payment_date", language), paid_on.isoformat()))
    period = _period_text(d, what) or _period_text(i, what)
    if period:
        facts.append((label("period", language), period))
    return tuple(facts)


def client_invoice(account: str, item: Mapping[str, Any], language: str = "en") -> Invoice:
    """One ``clientInvoiceInfoList`` entry (client mode: no details call, no offers)."""
    number = wire_number(item.get("invoiceId")) or wire_number(item.get("invoiceNumber"))
    company = opt_str(item, "companyCode")
    if not number or not company:
        shown = number or "without a number"
        raise ProviderDataError(f"ConnectID invoice {shown} has no invoiceId or companyCode")
    key = InvoiceKey(company, number)
    what = f"ConnectID invoice {key.id}"
    currency = _currency(item, what)
    payment, raw_status = _payment(None, item)
    customer_number = wire_number(item.get("customerNumber"))
    return Invoice(
        provider=PROVIDER,
        account=account,
        id=key.id,
        number=number,
        kind=Kind.INVOICE,
        currency=currency,
        payment=payment,
        customer=Party(number=customer_number) if customer_number else None,
        issue_date=wire_date(item, "invoiceDate", what),
        due_date=wire_date(item, "dueDate", what),
        total=opt_decimal(item, "invoiceAmount", f"{what} amount"),
        paid_amount=opt_decimal(item, "paidAmount", f"{what} paid amount"),
        description=_text(item) or opt_str(item, "productName"),
        lines=parse_lines(_line_items(item), currency, what),
        pdf_url=pdf_url(item.get("invoiceHotelUrl")),
        facts=_facts(key, {}, item, (), raw_status, language, what),
    )
