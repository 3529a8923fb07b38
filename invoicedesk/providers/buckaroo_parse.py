"""Buckaroo: pure parsing. InvoiceInfo JSON -> domain objects, and the tracked-invoices CSV.

Buckaroo writes PascalCase JSON whose spelling varies between its docs and SDKs (``CustomerID`` /
``CustomerId``, ``ID`` / ``Id``, ``Datetime`` / ``DateTime``, ``CMStatus`` / ``CmStatus``), so
every object is read case-insensitively. Dates are ISO 8601 with an offset and 5 to 7 fractional
digits, or without an offset (Europe/Amsterdam); the calendar date is the one in that local time.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from invoicedesk.domain import (
    CreditNote,
    Invoice,
    Kind,
    Party,
    PaymentState,
    Refund,
    Transaction,
    quantize,
)
from invoicedesk.domain.facts import Fact, facts
from invoicedesk.domain.text import QT_TRANSLATE_NOOP
from invoicedesk.providers import places
from invoicedesk.providers.base import opt_decimal, opt_str
from invoicedesk.providers.errors import ConfigError, ProviderDataError
from invoicedesk.providers.places import Place

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
_KEY_RE = re.compile(r"^[A-Za-z0-9-]{1,64}$")


# ---- case-insensitive access -----------------------------------------------------------------


def ci(value: Any, what: Place = "object") -> dict[str, Any]:
    """A JSON object with lower-cased keys (``CustomerID`` and ``CustomerId`` both become
    ``customerid``); ``None`` gives an empty dict."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "expected an object for {what}, got {type}"),
            what=what,
            type=type(value).__name__,
        )
    return {str(k).lower(): v for k, v in value.items()}


def ci_list(obj: Mapping[str, Any], key: str, what: Place) -> list[Any]:
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "expected a list for {what}, got {type}"),
            what=what,
            type=type(value).__name__,
        )
    return value


# ---- dates -----------------------------------------------------------------------------------


def parse_datetime(value: Any, what: Place) -> dt.datetime | None:
    """An ISO 8601 timestamp (offset optional, any number of fractional digits); a missing offset
    means Amsterdam time. Empty or null gives None."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "{what}: expected a date, got {type}"),
            what=what,
            type=type(value).__name__,
        )
    text = value.strip()
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "{what}: not a date: {text!r}"), what=what, text=text[:40]
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=AMSTERDAM)
    return parsed


def parse_date(value: Any, what: Place) -> dt.date | None:
    """The calendar date in the timestamp's own offset (or Amsterdam when it has none)."""
    parsed = parse_datetime(value, what)
    return parsed.date() if parsed is not None else None


# ---- invoices --------------------------------------------------------------------------------


def _bool(obj: Mapping[str, Any], key: str) -> bool | None:
    value = obj.get(key)
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return None


def _scalar_text(obj: Mapping[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if isinstance(value, bool) or value is None or value == "":
        return None
    return str(value)


def _http_url(value: str | None) -> str | None:
    if value and value.lower().startswith(("https://", "http://")):
        return value
    return None


def _status_code(status: Mapping[str, Any]) -> str | None:
    code = status.get("code")
    if isinstance(code, dict):  # transaction endpoints: {"Code": 190, "Description": "Success"}
        return opt_str(ci(code), "code")
    return opt_str(status, "code")


def parse_refund(raw: Any, what: Place) -> Refund:
    obj = ci(raw, what)
    status = ci(obj.get("status"), places.field(what, "status"))
    return Refund(
        id=opt_str(obj, "id"),
        amount=opt_decimal(obj, "amount", places.field(what, "amount")),
        date=parse_date(obj.get("refunddate"), places.field(what, "date")),
        success=_bool(status, "success"),
        message=opt_str(status, "message"),
    )


def parse_transaction(raw: Any, what: Place) -> Transaction:
    obj = ci(raw, what)
    status = ci(obj.get("status"), places.field(what, "status"))
    refunds = ci_list(obj, "refunds", places.field(what, "refunds"))
    return Transaction(
        id=opt_str(obj, "id"),
        type=opt_str(obj, "typedescription") or opt_str(obj, "type"),
        description=opt_str(obj, "description"),
        date=parse_date(obj.get("createddatetime"), places.field(what, "date")),
        currency=opt_str(obj, "currency"),
        amount_debit=opt_decimal(obj, "amountdebit", places.field(what, "AmountDebit")),
        amount_credit=opt_decimal(obj, "amountcredit", places.field(what, "AmountCredit")),
        amount_refundable=opt_decimal(
            obj, "amountrefundable", places.field(what, "AmountRefundable")
        ),
        success=_bool(status, "success"),
        status_code=_status_code(status),
        status_message=opt_str(status, "message"),
        refunds=tuple(
            parse_refund(r, places.item(what, "refund", i + 1)) for i, r in enumerate(refunds)
        ),
    )


def parse_credit_note(raw: Any, currency: str, what: Place) -> CreditNote:
    obj = ci(raw, what)
    amount = opt_decimal(obj, "amount", places.field(what, "Amount"))
    vat = opt_decimal(obj, "amountvat", places.field(what, "AmountVat"))
    net = quantize(amount - vat, currency) if amount is not None and vat is not None else None
    return CreditNote(
        number=opt_str(obj, "number"),
        net=net,
        vat=vat,
        total=amount,
        description=opt_str(obj, "description"),
    )


def invoice_key(raw: Any) -> str | None:
    return opt_str(ci(raw), "key")


def lacks_detail(raw: Any) -> bool:
    """True when a batch answer is missing parts only the single-invoice call may give."""
    obj = ci(raw)
    return any(obj.get(k) is None for k in ("creditnotes", "transactions", "amountdebit"))


def parse_invoice(raw: Any, *, provider: str, account: str) -> Invoice:
    obj = ci(raw, "invoice")
    key = opt_str(obj, "key")
    number = opt_str(obj, "number")
    if not key:
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "Buckaroo sent invoice {value} without its key"),
            value=number or "(no number)",
        )
    what = places.invoice(number or key)
    currency = opt_str(obj, "currency")
    if not currency:
        raise ProviderDataError(QT_TRANSLATE_NOOP("Errors", "{what} has no currency"), what=what)
    currency = currency.upper()
    debit = opt_decimal(obj, "amountdebit", places.field(what, "AmountDebit"))
    credit = opt_decimal(obj, "amountcredit", places.field(what, "AmountCredit"))
    vat = opt_decimal(obj, "amountvat", places.field(what, "AmountVat"))
    paid_amount = opt_decimal(obj, "amountpaid", places.field(what, "AmountPaid"))
    net = quantize(debit - vat, currency) if debit is not None and vat is not None else None
    outstanding = None
    if debit is not None and credit is not None and paid_amount is not None:
        outstanding = quantize(debit - credit - paid_amount, currency)
    if _bool(obj, "paid") or (outstanding is not None and outstanding <= 0):
        payment = PaymentState.PAID
    elif paid_amount is not None and paid_amount > 0:
        payment = PaymentState.PARTIALLY_PAID
    else:
        payment = PaymentState.UNPAID
    customer_id = opt_str(obj, "customerid")
    notes = ci_list(obj, "creditnotes", places.field(what, "credit notes"))
    transactions = tuple(
        parse_transaction(t, places.item(what, "transaction", i + 1))
        for i, t in enumerate(ci_list(obj, "transactions", places.field(what, "transactions")))
    )
    name = debtor_name(number, transactions)
    return Invoice(
        provider=provider,
        account=account,
        id=key,
        number=number,
        kind=Kind.INVOICE,
        currency=currency,
        payment=payment,
        customer=Party(name=name, number=customer_id) if customer_id or name else None,
        issue_date=parse_date(obj.get("invoicedate"), places.field(what, "InvoiceDate")),
        due_date=parse_date(obj.get("duedate"), places.field(what, "DueDate")),
        net=net,
        vat=vat,
        total=debit,
        paid_amount=paid_amount,
        outstanding=outstanding,
        order_reference=opt_str(obj, "order"),
        credit_notes=tuple(
            parse_credit_note(n, currency, places.item(what, "credit note", i + 1))
            for i, n in enumerate(notes)
        ),
        transactions=transactions,
        pay_url=_http_url(opt_str(obj, "paylink")),
        facts=_facts(obj, what, currency),
    )


#: the observed payment text: "Factuur <invoice number> - <debtor name>"
_DEBTOR_TEXT = re.compile(r"Factuur (?P<number>\S+) - (?P<name>\S.{0,119})")


def debtor_name(number: str | None, transactions: Iterable[Transaction]) -> str | None:
    """The debtor's name from the transaction texts: only the observed pattern
    ``Factuur <this invoice's number> - <name>``, and only when every such text agrees; else
    None (the table then shows the customer id)."""
    names = set()
    for transaction in transactions:
        found = _DEBTOR_TEXT.fullmatch((transaction.description or "").strip())
        if found and number and found["number"] == number:
            names.add(found["name"].strip())
    return names.pop() if len(names) == 1 else None


def _facts(obj: Mapping[str, Any], what: Place, currency: str) -> tuple[Fact, ...]:
    status = ci(obj.get("status"), places.field(what, "status"))
    next_step = parse_date(
        obj.get("estimatednextstepdate"), places.field(what, "EstimatedNextStepDate")
    )
    status_date = parse_date(obj.get("statusdatetime"), places.field(what, "StatusDatetime"))
    surcharge = opt_decimal(obj, "surchargeamount", places.field(what, "SurchargeAmount"))
    credit_vat = opt_decimal(obj, "amountcreditvat", places.field(what, "AmountCreditVat"))
    updates = []
    for i, raw in enumerate(ci_list(status, "agencyupdates", places.field(what, "agency updates"))):
        update = ci(raw, places.item(what, "agency update", i + 1))
        date = parse_date(
            update.get("date"), places.field(places.item(what, "agency update", i + 1), "date")
        )
        text = " ".join(t for t in (opt_str(update, "type"), opt_str(update, "status")) if t)
        updates.append(Fact.of_text("buckaroo.agency_update", text, date))
    return facts(
        Fact.of_flag("buckaroo.credit_management", _bool(obj, "creditmanagement")),
        Fact.of_code("buckaroo.cm_status", _scalar_text(status, "cmstatus")),
        Fact.of_flag("buckaroo.collection_running", _bool(status, "running")),
        Fact.of_count("buckaroo.reminders_sent", _scalar_text(status, "reminderssent")),
        Fact.of_count("buckaroo.max_reminder_level", _scalar_text(obj, "maxreminderlevel")),
        Fact.of_code("buckaroo.agency_status", _scalar_text(status, "agencystatusasstring")),
        Fact.of_date("buckaroo.estimated_next_step", next_step),
        Fact.of_date("buckaroo.status_changed", status_date),
        Fact.of_money("buckaroo.credited_vat", credit_vat or None, currency),
        Fact.of_money("buckaroo.surcharge", surcharge or None, currency),
        Fact.of_flag("buckaroo.test_invoice", True if _bool(obj, "test") else None),
        *updates,
    )


# ---- business errors -------------------------------------------------------------------------


def request_error_messages(body: Mapping[str, Any]) -> list[str] | None:
    """The messages of a non-null ``RequestErrors`` block (None when there is none)."""
    obj = ci(body)
    errors = obj.get("requesterrors")
    if errors is None:
        return None
    messages: list[str] = []
    if isinstance(errors, dict):
        for group in errors.values():
            for item in group if isinstance(group, list) else []:
                entry = ci(item) if isinstance(item, dict) else {}
                text = opt_str(entry, "errormessage") or opt_str(entry, "error")
                name = opt_str(entry, "name")
                if text:
                    messages.append(f"{name}: {text}" if name and name not in text else text)
    return messages or ["Buckaroo reported an error without a message"]


# ---- tracked invoices ------------------------------------------------------------------------


@dataclass(frozen=True)
class TrackedEntry:
    """One lookup: an invoice key, an invoice number and/or a customer id (all given must match)."""

    key: str | None = None
    number: str | None = None
    customer_id: str | None = None

    def as_json(self) -> dict[str, str]:
        fields = {"Key": self.key, "Number": self.number, "CustomerID": self.customer_id}
        return {k: v for k, v in fields.items() if v}

    def label(self) -> str:
        parts = [
            f"invoice key {self.key}" if self.key else "",
            f"invoice number {self.number}" if self.number else "",
            f"customer {self.customer_id}" if self.customer_id else "",
        ]
        return ", ".join(p for p in parts if p)

    def matches(self, key: str | None, number: str | None, customer_id: str | None) -> bool:
        pairs = ((self.key, key), (self.number, number), (self.customer_id, customer_id))
        return all(not want or (got or "").casefold() == want.casefold() for want, got in pairs)


@dataclass(frozen=True)
class TrackedItems:
    entries: tuple[TrackedEntry, ...] = ()

    def __len__(self) -> int:
        return len(self.entries)

    def __add__(self, other: TrackedItems) -> TrackedItems:
        seen: dict[tuple[str, str, str], TrackedEntry] = {}
        for entry in (*self.entries, *other.entries):
            ident = tuple(
                (v or "").casefold() for v in (entry.key, entry.number, entry.customer_id)
            )
            seen.setdefault((ident[0], ident[1], ident[2]), entry)
        return TrackedItems(tuple(seen.values()))


def check_key(key: str, where: Place) -> str:
    if not _KEY_RE.match(key):
        raise ConfigError(
            QT_TRANSLATE_NOOP("Errors", "{where}: {key!r} is not a Buckaroo invoice key"),
            hint=QT_TRANSLATE_NOOP(
                "Errors", "An invoice key is 32 letters and digits, as shown in Buckaroo Plaza."
            ),
            where=where,
            key=key[:40],
        )
    return key


def tracked_from_options(
    keys: str | None, numbers: str | None, customer_ids: str | None
) -> TrackedItems:
    def split(text: str | None) -> list[str]:
        return [p.strip() for p in (text or "").split(",") if p.strip()]

    entries = [TrackedEntry(key=check_key(k, "option invoice_keys")) for k in split(keys)]
    entries += [TrackedEntry(number=n) for n in split(numbers)]
    entries += [TrackedEntry(customer_id=c) for c in split(customer_ids)]
    return TrackedItems() + TrackedItems(tuple(entries))


_COLUMNS = {
    "key": "key", "invoicekey": "key", "invoice_key": "key", "number": "number",
    "invoicenumber": "number", "invoice_number": "number", "customer_id": "customer_id",
    "customerid": "customer_id", "customer": "customer_id", "customer id": "customer_id",
}  # fmt: skip


def read_tracked_csv(path: str | Path) -> TrackedItems:
    """Read a CSV file whose header row names any of ``key``, ``number``, ``customer_id`` (also
    ``Key``, ``Number``, ``CustomerID``); comma, semicolon or tab separated, UTF-8 (BOM allowed).
    Blank lines are skipped; every other row must give at least one of the three."""
    name = Path(path).name
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(
            QT_TRANSLATE_NOOP("Errors", "the tracked-invoices file {name} does not exist"),
            hint=QT_TRANSLATE_NOOP("Errors", "Check the path in the account's tracked_csv option."),
            name=name,
        ) from None
    except UnicodeDecodeError:
        raise ConfigError(
            QT_TRANSLATE_NOOP("Errors", "the tracked-invoices file {name} is not UTF-8 text"),
            hint=QT_TRANSLATE_NOOP("Errors", "Save it as CSV UTF-8 from your spreadsheet program."),
            name=name,
        ) from None
    except OSError as exc:
        raise ConfigError(
            QT_TRANSLATE_NOOP("Errors", "cannot read the tracked-invoices file {name}: {problem}"),
            name=name,
            problem=exc.strerror or str(exc),
        ) from None
    lines = text.splitlines()
    header_line = next((i for i, line in enumerate(lines) if line.strip()), None)
    if header_line is None:
        raise ConfigError(
            QT_TRANSLATE_NOOP("Errors", "the tracked-invoices file {name} is empty"), name=name
        )
    first = lines[header_line]
    delimiter = max(",;\t", key=first.count)
    rows = csv.reader(lines, delimiter=delimiter)
    header: list[str | None] = []
    entries: list[TrackedEntry] = []
    for index, row in enumerate(rows):
        line_no = index + 1
        if not any(cell.strip() for cell in row):
            continue
        if not header:
            header = [_COLUMNS.get(cell.strip().lower()) for cell in row]
            if not any(header):
                raise ConfigError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} line {line_no}: the header names none of key, number, customer_id",
                    ),
                    hint=QT_TRANSLATE_NOOP(
                        "Errors", "Put a header row such as 'key,number,customer_id' at the top."
                    ),
                    name=name,
                    line_no=line_no,
                )
            continue
        if any(cell.strip() for cell in row[len(header) :]):
            raise ConfigError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} line {line_no}: {count} fields, but the header has {count2}"
                ),
                hint=QT_TRANSLATE_NOOP(
                    "Errors", "Check for an extra separator or quote on that line."
                ),
                name=name,
                line_no=line_no,
                count=len(row),
                count2=len(header),
            )
        found = {
            col: cell.strip()
            for col, cell in zip(header, row, strict=False)
            if col and cell.strip()
        }
        if not found:
            raise ConfigError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} line {line_no}: no invoice key, number or customer id"
                ),
                name=name,
                line_no=line_no,
            )
        key = found.get("key")
        entries.append(
            TrackedEntry(
                key=check_key(key, f"{name} line {line_no}") if key else None,
                number=found.get("number"),
                customer_id=found.get("customer_id"),
            )
        )
    return TrackedItems() + TrackedItems(tuple(entries))


__all__ = [
    "TrackedEntry", "TrackedItems", "ci", "invoice_key", "lacks_detail", "parse_date",
    "parse_datetime", "parse_invoice", "read_tracked_csv", "request_error_messages",
    "tracked_from_options",
]  # fmt: skip
