"""Telecom X: raw JSON -> domain objects. Pure functions, no I/O.

Also here: Telecom X error answers -> :mod:`invoicedesk.providers.errors` exceptions.

Quirks handled here (spec section 6): dates are UTC timestamps of Copenhagen midnight and become
the Copenhagen calendar day; ``invoiceNumber`` -1 (number or string) means "not yet numbered";
``customer`` is an id or, with ``expand=true``, an object; cost and wholesale figures appear only
for admin/reseller logins; there is no currency field (the account's option says which).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from invoicedesk.domain import Address, Invoice, Kind, Line, Party, PaymentState, quantize
from invoicedesk.domain.facts import Fact, facts
from invoicedesk.domain.text import QT_TRANSLATE_NOOP, Text, text
from invoicedesk.providers import places
from invoicedesk.providers.base import JsonObject, expect_list, opt_decimal, opt_str
from invoicedesk.providers.errors import NeedsLogin, ProviderDataError, ProviderError
from invoicedesk.providers.http import Response
from invoicedesk.providers.places import Place
from invoicedesk.providers.redact import redact
from invoicedesk.providers.subjects import subject

PROVIDER = "telecomx"
COPENHAGEN = ZoneInfo("Europe/Copenhagen")
STANDARD_VAT = Decimal(25)
UNNUMBERED = "-1"
#: a line's net amount beyond this is not a real invoice line (and would overflow rounding)
LINE_LIMIT = Decimal("1e15")


def local_day(value: Any, what: Place) -> dt.date | None:
    """A Telecom X date as the Copenhagen calendar day.

    ``2014-12-31T23:00:00.000Z`` is 1 January 2015 (CET), ``2015-06-30T22:00:00.000Z`` is
    1 July (CEST). Also accepted: a plain ``YYYY-MM-DD``, an ISO timestamp with an offset, one
    without (taken as Copenhagen time) and epoch milliseconds.
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "{what}: expected a date, got {type}"),
            what=what,
            type=type(value).__name__,
        )
    try:
        if isinstance(value, int):
            moment = dt.datetime.fromtimestamp(value / 1000, dt.UTC)
            return moment.astimezone(COPENHAGEN).date()
        text = value.strip()
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        moment = dt.datetime.fromisoformat(text.replace("z", "Z"))
        if moment.tzinfo is None:
            return moment.date()
        return moment.astimezone(COPENHAGEN).date()
    except (ValueError, OverflowError, OSError):
        # not a date, or a moment outside the years 1-9999 (in Copenhagen)
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "{what}: not a date: {value!r}"),
            what=what,
            value=str(value)[:30],
        ) from None


def invoice_number(value: Any) -> tuple[str | None, bool]:
    """(number as a string, not yet numbered?). -1 and "-1" are kept as "-1"."""
    if value is None or value == "":
        return None, False
    if isinstance(value, (bool, dict, list)):
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "invoiceNumber: unexpected {type}"),
            type=type(value).__name__,
        )
    if isinstance(value, Decimal):
        # 1E+999999999 is a valid JSON number; int() of it would never finish
        if value.adjusted() >= 30:
            raise ProviderDataError(
                QT_TRANSLATE_NOOP("Errors", "invoiceNumber: not an invoice number: {value}"),
                value=str(value)[:30],
            )
        if value == value.to_integral_value():
            value = int(value)
    text = str(value).strip()
    return text, text == UNNUMBERED


def customer_id(value: Any) -> str | None:
    if isinstance(value, dict):
        return opt_str(value, "_id") or opt_str(value, "id")
    if isinstance(value, str) and value:
        return value
    return None


def party(value: Any, names: Mapping[str, str]) -> Party | None:
    """``customer`` as an id string or an expanded object; ``names`` fills in a name by id."""
    cid = customer_id(value)
    if not isinstance(value, dict):
        if cid is None:
            return None
        return Party(name=names.get(cid.lower()) or None, number=cid)
    finance = value.get("finance") if isinstance(value.get("finance"), dict) else {}
    assert isinstance(finance, dict)
    return Party(
        name=opt_str(value, "name") or (names.get(cid.lower()) or None if cid else None),
        number=cid,
        email=opt_str(finance, "emailAddress") or opt_str(value, "emailAddress"),
        organisation_number=opt_str(finance, "vatNumber"),
        address=_address(value.get("addresses")),
    )


def _address(value: Any) -> Address | None:
    if not isinstance(value, list) or not value:
        return None
    chosen = next(
        (a for a in value if isinstance(a, dict) and a.get("type") == "INVOICE"),
        value[0],
    )
    if not isinstance(chosen, dict):
        return None
    lines = tuple(
        text
        for key in ("name", "attention", "address", "street", "address1", "address2")
        if (text := opt_str(chosen, key))
    )
    postcode = next(
        (t for k in ("zip", "zipCode", "postcode", "postalCode") if (t := opt_str(chosen, k))), None
    )
    country = opt_str(chosen, "country") or opt_str(chosen, "countryCode")
    address = Address(lines, postcode, opt_str(chosen, "city"), country)
    return address if address.as_text() else None


def line(raw: Any, currency: str, what: Place) -> Line:
    if not isinstance(raw, dict):
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "{what}: expected an object, got {type}"),
            what=what,
            type=type(raw).__name__,
        )
    units = opt_decimal(raw, "units", places.field(what, "units"))
    price = opt_decimal(raw, "unitPrice", places.field(what, "unitPrice"))
    exempt = raw.get("vatExempt") is True
    rate = Decimal(0) if exempt else STANDARD_VAT
    net = vat = total = None
    if units is not None and price is not None:
        if abs(units * price) >= LINE_LIMIT:
            raise ProviderDataError(
                QT_TRANSLATE_NOOP("Errors", "{what}: units x unitPrice is out of range"), what=what
            )
        net = quantize(units * price, currency)
        vat = quantize(net * rate / 100, currency)
        total = net + vat
    name = opt_str(raw, "name")
    text = opt_str(raw, "description")
    description = f"{name}: {text}" if name and text else name or text
    return Line(
        description=description,
        product_code=opt_str(raw, "productCode"),
        quantity=units,
        unit=opt_str(raw, "type"),
        unit_price=price,
        vat_rate=rate,
        net=net,
        vat=vat,
        total=total,
        period_from=local_day(raw.get("from"), places.field(what, "from")),
        period_to=local_day(raw.get("to"), places.field(what, "to")),
        unit_wholesale=opt_decimal(raw, "unitWholesale", places.field(what, "unitWholesale")),
        unit_cost=opt_decimal(raw, "unitCost", places.field(what, "unitCost")),
    )


def _figure(detail: JsonObject, item: JsonObject, key: str, what: Place) -> Decimal | None:
    """The detail's figure, else the list item's (``expand=true`` also gives subtotals)."""
    value = opt_decimal(detail, key, places.field(what, key))
    return value if value is not None else opt_decimal(item, key, places.field(what, key))


def invoice(
    item: JsonObject,
    detail: JsonObject,
    *,
    account: str,
    currency: str,
    names: Mapping[str, str],
) -> Invoice:
    """One invoice from its list item (``expand=true``) and its detail (``GET /invoice/{id}``).

    Raises :class:`ProviderDataError` naming the invoice when something cannot be read."""
    oid = opt_str(detail, "_id") or opt_str(item, "_id")
    if not oid:
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "Telecom X sent an invoice without an id (_id)")
        )
    try:
        return _invoice(oid, item, detail, account, currency, names)
    except ProviderDataError as exc:
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "Telecom X invoice {oid} could not be read: {problem}"),
            hint=QT_TRANSLATE_NOOP(
                "Errors", "Please report this invoice to the invoicedesk developers."
            ),
            oid=oid,
            problem=exc.text,
        ) from None


def _invoice(
    oid: str,
    item: JsonObject,
    detail: JsonObject,
    account: str,
    currency: str,
    names: Mapping[str, str],
) -> Invoice:
    merged = {**item, **detail}
    what = places.invoice(oid)
    number, unnumbered = invoice_number(merged.get("invoiceNumber"))
    raw_lines = detail.get("lines")
    lines = tuple(
        line(raw, currency, f"line {i + 1}")
        for i, raw in enumerate(expect_list(raw_lines, "lines") if raw_lines is not None else [])
    )
    # The expanded customer object usually sits in the list item; the detail has the id.
    customer_value = item.get("customer") if isinstance(item.get("customer"), dict) else None
    customer = party(customer_value or merged.get("customer"), names)
    net = _figure(detail, item, "subTotal", what)
    wholesale = _figure(detail, item, "subTotalWholesale", what)
    margin = None if net is None or wholesale is None else quantize(net - wholesale, currency)
    period, sent = merged.get("period"), merged.get("sent")
    known = facts(
        # "-1": documented as waiting to be numbered by the accounting system
        Fact.of_code("telecomx.invoice_number", "-1") if unnumbered else None,
        Fact.of_flag("telecomx.period_invoice", period if isinstance(period, bool) else None),
        Fact.of_flag("telecomx.sent", sent if isinstance(sent, bool) else None),
        Fact.of_money("telecomx.subtotal_wholesale", wholesale, currency),
        *(
            Fact.of_money(f"telecomx.{name}", _figure(detail, item, key, what), currency)
            for name, key in (
                ("vat_wholesale", "vatWholesale"),
                ("subtotal_cost", "subTotalCost"),
                ("vat_cost", "vatCost"),
            )
        ),
        Fact.of_money("telecomx.margin", margin, currency),
    )
    paid = merged.get("paid")
    if paid is not None and not isinstance(paid, bool):
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "paid: expected true or false, got {paid!r}"),
            paid=str(paid)[:20],
        )
    total = _figure(detail, item, "total", what)
    # "-1 ... waiting to be set by the accounting system", or not sent yet: a draft, no claim
    draft = unnumbered or merged.get("sent") is False
    return Invoice(
        provider=PROVIDER,
        account=account,
        id=oid,
        number=number,
        kind=Kind.DRAFT if draft else Kind.INVOICE,
        currency=currency,
        payment=PaymentState.PAID if paid else PaymentState.UNPAID,
        customer=customer,
        issue_date=local_day(merged.get("invoiceDate"), "invoiceDate"),
        due_date=local_day(merged.get("dueDate"), "dueDate"),
        net=net,
        vat=_figure(detail, item, "vat", what),
        total=total,
        # the provider's own figure: the total until the accounting system marks it paid
        outstanding=(quantize(Decimal(0), currency) if paid else total),
        description=opt_str(merged, "headline"),
        lines=lines,
        facts=known,
    )


# ---- error mapping ---------------------------------------------------------------------------


def _body(response: Response) -> dict[str, Any]:
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return {}
    return body if isinstance(body, dict) else {}


def error_code(response: Response) -> str | None:
    body = _body(response)
    for key in ("error", "code"):
        value = body.get(key)
        if isinstance(value, str) and value:
            return value[:60]
    return None


def _said(response: Response) -> Text:
    """The provider's own words, for the end of a message."""
    body = _body(response)
    message = body.get("message") if isinstance(body.get("message"), str) else None
    shown = message or error_code(response)
    if not shown:
        return text("")
    return text(QT_TRANSLATE_NOOP("Errors", " (Telecom X says: {said})"), said=redact(shown[:120]))


def login_error(response: Response) -> ProviderError:
    status, code = response.status_code, error_code(response)
    if status == 401 and code in ("smsKey", "authenticatorToken"):
        return NeedsLogin(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this Telecom X user logs in with two-factor authentication, which "
                "invoicedesk cannot answer",
            ),
            status=status,
            hint=QT_TRANSLATE_NOOP(
                "Errors",
                "Create an employee token in Telecom X and store it as the account's token.",
            ),
        )
    if status in (401, 422, 400):
        return NeedsLogin(
            QT_TRANSLATE_NOOP("Errors", "Telecom X refused the username or password"),
            status=status,
            hint=QT_TRANSLATE_NOOP(
                "Errors",
                "Check the username and password in the account settings and log in again.",
            ),
        )
    if status == 409:
        return NeedsLogin(
            QT_TRANSLATE_NOOP("Errors", "this Telecom X user is not allowed to log in{said}"),
            status=status,
            hint=QT_TRANSLATE_NOOP(
                "Errors",
                "Ask your Telecom X administrator to enable the user, or use another login.",
            ),
            said=_said(response),
        )
    return api_error(response, "login", None)


def api_error(response: Response, what: str, level: str | None) -> ProviderError:
    status, code = response.status_code, error_code(response)
    said = _said(response)
    asked = subject(what)
    if status == 401:
        return NeedsLogin(
            QT_TRANSLATE_NOOP("Errors", "Telecom X asks for a new login{said}"),
            status=status,
            hint=QT_TRANSLATE_NOOP(
                "Errors", "Check the username and password (or token) and log in again."
            ),
            said=said,
        )
    if status == 403 and code == "blacklisted":
        return ProviderError(
            QT_TRANSLATE_NOOP("Errors", "Telecom X has blocked this computer's IP address"),
            status=status,
            hint=QT_TRANSLATE_NOOP("Errors", "Contact Telecom X support to lift the block."),
        )
    if status == 403:
        who = (
            text(QT_TRANSLATE_NOOP("Errors", " (access level {level})"), level=level)
            if level
            else text("")
        )
        return ProviderError(
            QT_TRANSLATE_NOOP("Errors", "this Telecom X login{who} may not see {subject}"),
            status=status,
            hint=QT_TRANSLATE_NOOP(
                "Errors",
                "Use a reseller or admin login, and check the account's customer and "
                "reseller options.",
            ),
            who=who,
            subject=asked,
        )
    if status == 404 and what.startswith("invoice ") and what != "invoice list":
        return ProviderError(
            QT_TRANSLATE_NOOP("Errors", "Telecom X no longer has {what}"),
            status=status,
            hint=QT_TRANSLATE_NOOP("Errors", "It may have been deleted meanwhile; sync again."),
            what=asked,
        )
    if status == 404:
        return ProviderError(
            QT_TRANSLATE_NOOP("Errors", "Telecom X did not find {subject}"),
            status=status,
            hint=QT_TRANSLATE_NOOP(
                "Errors", "Check the account's base URL and its customer and reseller options."
            ),
            subject=asked,
        )
    if status in (400, 422):
        return ProviderError(
            QT_TRANSLATE_NOOP("Errors", "Telecom X rejected the request for {subject}{said}"),
            status=status,
            hint=QT_TRANSLATE_NOOP(
                "Errors",
                "Check the account's options; if they are right, please report this to "
                "the invoicedesk developers.",
            ),
            subject=asked,
            said=said,
        )
    if status >= 500:
        return ProviderError(
            QT_TRANSLATE_NOOP(
                "Errors", "Telecom X had an internal error while answering for {subject}"
            ),
            status=status,
            hint=QT_TRANSLATE_NOOP(
                "Errors", "Try again later; if it persists, contact Telecom X support."
            ),
            subject=asked,
        )
    return ProviderError(
        QT_TRANSLATE_NOOP(
            "Errors", "Telecom X answered the request for {subject} unexpectedly{said}"
        ),
        status=status,
        hint=QT_TRANSLATE_NOOP("Errors", "Try again later."),
        subject=asked,
        said=said,
    )
