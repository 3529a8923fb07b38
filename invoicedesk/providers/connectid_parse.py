"""ConnectID (MediaConnect/Unite) wire data -> domain objects. Pure: no I/O.

Quirks handled here and nowhere else: amounts as numbers or strings; ``incltime`` vs
``includeTime``; ``invoiceLineInfo`` vs ``invoiceLineInfoList``; ``desc[]`` vs ``description``.
Scalars (dates, numbers, links) are read by :mod:`connectid_wire`; reminders, which are events of
their invoice and never documents of their own, by :mod:`connectid_reminders`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from invoicedesk.domain import Invoice, Kind, Line, Offer, Party, PaymentState, quantize
from invoicedesk.domain.facts import Fact, facts
from invoicedesk.domain.text import QT_TRANSLATE_NOOP
from invoicedesk.providers import places
from invoicedesk.providers.base import JsonObject, opt_decimal, opt_str
from invoicedesk.providers.connectid_reminders import fees_owed, parse_reminders
from invoicedesk.providers.connectid_wire import (
    DEFAULT_CURRENCY,
    OSLO,
    InvoiceKey,
    pdf_url,
    wire_date,
    wire_int,
    wire_number,
)
from invoicedesk.providers.errors import ProviderDataError
from invoicedesk.providers.places import Place

__all__ = [
    "OSLO",
    "InvoiceKey",
    "client_invoice",
    "parse_lines",
    "parse_offers",
    "pdf_url",
    "user_invoice",
    "wire_date",
    "wire_int",
    "wire_number",
]

PROVIDER = "connectid"

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


def _currency(detail: Mapping[str, Any] | None, what: Place) -> str:
    value = opt_str(detail or {}, "invoiceCurrency")
    if value is None:
        return DEFAULT_CURRENCY
    code = value.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise ProviderDataError(
            QT_TRANSLATE_NOOP(
                "Errors", "{what}: invoiceCurrency is not a currency code: {value!r}"
            ),
            what=what,
            value=value[:10],
        )
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


def _period_to(obj: Mapping[str, Any], what: Place) -> dt.date | None:
    key = "includeTime" if obj.get("includeTime") not in (None, "") else "incltime"
    return wire_date(obj, key, what)


def _period(obj: Mapping[str, Any], what: Place) -> tuple[dt.date | None, dt.date | None]:
    return wire_date(obj, "fromTime", what), _period_to(obj, what)


# ---- lines and offers ----------------------------------------------------------------------------


def parse_lines(items: Any, currency: str, what: Place) -> tuple[Line, ...]:
    if items is None:
        return ()
    if not isinstance(items, list):
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "{what}: the invoice lines are not a list"), what=what
        )
    lines = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise ProviderDataError(
                QT_TRANSLATE_NOOP("Errors", "{what}: line {n} is not an object"), what=what, n=n
            )
        where = places.item(what, "line", n)
        net = opt_decimal(item, "invoiceAmount", places.field(where, "amount"))
        vat = opt_decimal(item, "invoiceVatAmount", places.field(where, "VAT"))
        lines.append(
            Line(
                description=_text(item),
                product_code=opt_str(item, "productCode"),
                vat_rate=opt_decimal(item, "invoiceVatPercent", places.field(where, "VAT rate")),
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


def parse_offers(items: Any, currency: str, what: Place) -> tuple[Offer, ...]:
    if items is None:
        return ()
    if not isinstance(items, list):
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "{what}: invoiceOfferInfo is not a list"), what=what
        )
    offers = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise ProviderDataError(
                QT_TRANSLATE_NOOP("Errors", "{what}: offer {n} is not an object"), what=what, n=n
            )
        where = places.item(what, "offer", n)
        net = opt_decimal(item, "invoiceAmount", places.field(where, "amount"))
        vat = opt_decimal(item, "invoiceVatAmount", places.field(where, "VAT"))
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
) -> Invoice:
    """An invoice from its list item (an ``invoices[]`` entry) and its details
    (``invoiceInfoWithDetail``), either may be absent, with its ``reminders[]`` entries nested as
    events (fees per :mod:`connectid_reminders`). ``parent`` (a list item of the same invoice)
    fills in the customer number and product name when ``item`` lacks them.

    The outstanding figure is the provider's own: ``invoiceAmount`` − ``paidAmount``."""
    what = places.invoice(key.id, "ConnectID")
    d: Mapping[str, Any] = detail or {}
    i: Mapping[str, Any] = item or {}
    if parent:
        inherited = {k: parent[k] for k in ("customerNumber", "productName") if k in parent}
        i = {**inherited, **i}
    currency = _currency(d, what)
    offers = parse_offers(d.get("invoiceOfferInfo"), currency, what)
    first = offers[0] if offers else None
    payment, raw_status = _payment(d, i)
    total = opt_decimal(d, "invoiceAmount", places.field(what, "amount"))
    if total is None:
        total = opt_decimal(i, "invoiceAmount", places.field(what, "amount"))
    paid = _paid(d, i, what)
    outstanding = (
        quantize(total - paid, currency) if total is not None and paid is not None else None
    )
    nested = parse_reminders(reminders, outstanding, total, payment, what)
    customer_number = wire_number(i.get("customerNumber"))
    return Invoice(
        provider=PROVIDER,
        account=account,
        id=key.id,
        number=key.number,
        kind=Kind.INVOICE,
        currency=currency,
        payment=payment,
        customer=Party(number=customer_number) if customer_number else None,
        issue_date=wire_date(d, "invoiceDate", what) or wire_date(i, "invoiceDate", what),
        due_date=wire_date(d, "invoiceDueDate", what) or wire_date(i, "dueDate", what),
        net=first.net if first else None,
        vat=first.vat if first else None,
        total=total,
        paid_amount=paid,
        outstanding=outstanding,
        fees=fees_owed(nested, payment),
        description=_text(d) or opt_str(i, "productName") or _text(i),
        offers=offers,
        reminders=nested,
        pdf_url=pdf_url(d.get("invoiceHotelUrl")) or pdf_url(i.get("invoiceHotelUrl")),
        facts=_facts(key, d, i, offers, raw_status, what),
    )


def _paid(d: Mapping[str, Any], i: Mapping[str, Any], what: Place) -> Decimal | None:
    paid = opt_decimal(d, "paidAmount", places.field(what, "paid amount"))
    return (
        paid
        if paid is not None
        else opt_decimal(i, "paidAmount", places.field(what, "paid amount"))
    )


def _facts(
    key: InvoiceKey,
    d: Mapping[str, Any],
    i: Mapping[str, Any],
    offers: Sequence[Offer],
    raw_status: str | None,
    what: Place,
) -> tuple[Fact, ...]:
    product = opt_str(i, "product")
    name = opt_str(i, "productName")
    references = sorted({o.customer_reference for o in offers if o.customer_reference})
    count = wire_int(d.get("invoiceOfferCount", i.get("invoiceOfferCount")))
    invoice_type = opt_str(d, "invoiceType")
    start, end = _period(d, what)
    if start is None and end is None:
        start, end = _period(i, what)
    return facts(
        Fact.of_text("connectid.company", key.company),
        Fact.of_text("connectid.product", " – ".join(p for p in (product, name) if p)),
        Fact.of_text("connectid.customer_number", wire_number(i.get("customerNumber"))),
        Fact.of_text("connectid.customer_id", ", ".join(references)),
        Fact.of_count("connectid.offers", count) if count is not None and count > 1 else None,
        Fact.of_code("connectid.invoice_type", invoice_type) if invoice_type != "invoice" else None,
        Fact.of_code("connectid.payment_method", opt_str(i, "paymentMethod")),
        Fact.of_code("connectid.invoice_status", opt_str(i, "invoiceStatus")),
        Fact.of_code("connectid.payment_status", raw_status),
        Fact.of_date("connectid.payment_date", wire_date(i, "paymentDate", what)),
        Fact.of_period("connectid.period", start, end),
    )


def client_invoice(account: str, item: Mapping[str, Any]) -> Invoice:
    """One ``clientInvoiceInfoList`` entry (client mode: no details call, no offers)."""
    number = wire_number(item.get("invoiceId")) or wire_number(item.get("invoiceNumber"))
    company = opt_str(item, "companyCode")
    if not number or not company:
        shown = number or "without a number"
        raise ProviderDataError(
            QT_TRANSLATE_NOOP(
                "Errors", "ConnectID invoice {shown} has no invoiceId or companyCode"
            ),
            shown=shown,
        )
    key = InvoiceKey(company, number)
    what = places.invoice(key.id, "ConnectID")
    currency = _currency(item, what)
    payment, raw_status = _payment(None, item)
    customer_number = wire_number(item.get("customerNumber"))
    total = opt_decimal(item, "invoiceAmount", places.field(what, "amount"))
    paid = opt_decimal(item, "paidAmount", places.field(what, "paid amount"))
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
        total=total,
        paid_amount=paid,
        outstanding=quantize(total - paid, currency)
        if total is not None and paid is not None
        else None,
        description=_text(item) or opt_str(item, "productName"),
        lines=parse_lines(_line_items(item), currency, what),
        pdf_url=pdf_url(item.get("invoiceHotelUrl")),
        facts=_facts(key, {}, item, (), raw_status, what),
    )
