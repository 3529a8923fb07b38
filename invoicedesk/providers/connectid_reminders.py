"""ConnectID reminders: events of their invoice, never documents (claims) of their own.

User mode lists ``reminders[]`` beside ``invoices[]``. A reminder names its invoice by number (and
product) but not by company, so it is matched to a listed invoice, else to one the cache knows,
else it stays an *orphan* (see :func:`orphan_claim`).

The fee. The spec does not say what a reminder's ``amount`` means; the reminder's own details show
the outstanding balance plus a fee line. Rather than one details request per reminder, the fee is
implied from the list: ``amount`` minus what the invoice owed, when the amount exceeds it, else
unknown (never negative). "What the invoice owed" is its outstanding figure (``invoiceAmount`` −
``paidAmount``) while it is open, and its total once paid (it owed at most that when reminded).
A part payment made *after* a reminder makes that reminder's implied fee too high; the lists give
no way to tell. :attr:`Invoice.fees` is the latest reminder's fee while the invoice is not paid:
the latest reminder's amount is what the debtor is asked to pay (fees accumulate reminder by
reminder, so earlier fees are included in it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from invoicedesk.domain import Invoice, Kind, PaymentState, Reminder
from invoicedesk.domain.facts import Fact, facts
from invoicedesk.domain.text import QT_TRANSLATE_NOOP
from invoicedesk.providers import places
from invoicedesk.providers.base import JsonObject, opt_decimal, opt_str
from invoicedesk.providers.connectid_wire import (
    DEFAULT_CURRENCY,
    UNKNOWN_COMPANY,
    InvoiceKey,
    pdf_url,
    wire_date,
    wire_int,
    wire_number,
)
from invoicedesk.providers.errors import ProviderDataError
from invoicedesk.providers.places import Place

PROVIDER = "connectid"


# ---- parsing ------------------------------------------------------------------------------------


def reminder_fee(amount: Decimal | None, owed: Decimal | None) -> Decimal | None:
    """The fee a reminder implies: its amount minus what the invoice owed, when positive."""
    if amount is None or owed is None or amount <= owed:
        return None
    return amount - owed


def parse_reminder(item: Mapping[str, Any], owed: Decimal | None, what: Place) -> Reminder:
    amount = opt_decimal(item, "amount", places.field(what, "amount"))
    return Reminder(
        number=wire_number(item.get("reminderNumber")),
        date=wire_date(item, "reminderDate", what),
        due_date=wire_date(item, "dueDate", what),
        amount=amount,
        type=opt_str(item, "reminderType"),
        link=pdf_url(item.get("invoiceHotelUrl")),
        fee=reminder_fee(amount, owed),
    )


def _order(item: Mapping[str, Any]) -> int:
    return wire_int(item.get("reminderNumber")) or 0


def parse_reminders(
    items: Iterable[Mapping[str, Any]],
    outstanding: Decimal | None,
    total: Decimal | None,
    payment: PaymentState,
    what: Place,
) -> tuple[Reminder, ...]:
    """The invoice's reminders in reminder-number order (one per number), fees implied."""
    owed = total if payment is PaymentState.PAID else outstanding
    unique: dict[str, Mapping[str, Any]] = {}
    for item in items:
        unique.setdefault(wire_number(item.get("reminderNumber")) or f"#{len(unique)}", item)
    return tuple(
        parse_reminder(r, owed, places.item(what, "reminder", wire_number(r.get("reminderNumber"))))
        for r in sorted(unique.values(), key=_order)
    )


def fees_owed(reminders: Sequence[Reminder], payment: PaymentState) -> Decimal | None:
    """The latest reminder's fee while the invoice is not paid, else None."""
    if payment is PaymentState.PAID or not reminders:
        return None
    return reminders[-1].fee


def orphan_claim(account: str, key: InvoiceKey, items: Sequence[Mapping[str, Any]]) -> Invoice:
    """The invoice of reminders whose invoice could not be read (outside the synced period, or
    its details refused): one claim built from what the latest reminder gives. Its number, due
    date and link are the reminder's; its outstanding figure is the latest reminder's amount
    (fees included, as the provider does not split it); it is unpaid as far as anyone can tell."""
    what = places.invoice(key.id, "ConnectID")
    reminders = parse_reminders(items, None, None, PaymentState.UNPAID, what)
    latest_item = max(items, key=_order) if items else {}
    latest = reminders[-1] if reminders else Reminder()
    product = opt_str(latest_item, "product")
    known = facts(
        Fact.of_text("connectid.company", key.company) if key.company != UNKNOWN_COMPANY else None,
        Fact.of_text("connectid.product", product),
        Fact.of_text("connectid.known_from_reminder", latest.number or "?"),
    )
    return Invoice(
        provider=PROVIDER,
        account=account,
        id=key.id,
        number=key.number,
        kind=Kind.INVOICE,
        currency=DEFAULT_CURRENCY,
        payment=PaymentState.UNPAID,
        customer=None,
        due_date=latest.due_date,
        outstanding=latest.amount,
        description=product,
        reminders=reminders,
        pdf_url=latest.link,
        facts=known,
    )


# ---- which invoice a reminder belongs to --------------------------------------------------------


@dataclass
class Job:
    """One invoice to read: its list item (None when only the cache or a reminder knows it), its
    reminders, and whether it is an orphan (no details can be asked for)."""

    key: InvoiceKey
    item: JsonObject | None
    reminders: list[JsonObject] = field(default_factory=list)
    orphan: bool = False


def list_key(item: Mapping[str, Any]) -> InvoiceKey:
    number = wire_number(item.get("invoiceNumber"))
    company = opt_str(item, "companyCode")
    if not number or not company:
        shown = number or "without a number"
        raise ProviderDataError(
            QT_TRANSLATE_NOOP(
                "Errors", "ConnectID invoice {shown} has no invoiceNumber or companyCode"
            ),
            shown=shown,
        )
    return InvoiceKey(company, number)


def orphan_numbers(
    invoices: Mapping[InvoiceKey, JsonObject], reminder_items: Sequence[JsonObject]
) -> set[str]:
    """Invoice numbers of reminders that name no company and whose invoice was not listed."""
    listed = {key.number for key in invoices}
    return {
        number
        for item in reminder_items
        if opt_str(item, "companyCode") is None
        and (number := wire_number(item.get("invoiceNumber"))) is not None
        and number not in listed
    }


def plan_jobs(
    invoices: Mapping[InvoiceKey, JsonObject],
    reminder_items: Sequence[JsonObject],
    known: Iterable[str],
    warnings: list[str],
) -> list[Job]:
    """The listed invoices (newest first), each with its reminders nested; then the invoices
    known only from a reminder: read by their details when the company is known (given, or the
    one company under which the cache holds that number), else an orphan claim."""
    by_number: dict[tuple[str, str | None], set[str]] = {}
    for key, item in invoices.items():
        by_number.setdefault((key.number, None), set()).add(key.company)
        by_number.setdefault((key.number, opt_str(item, "product")), set()).add(key.company)
    cached: dict[str, set[str]] = {}
    for invoice_id in known:
        found = InvoiceKey.from_id(invoice_id)
        if found and not found.reminder and found.company != UNKNOWN_COMPANY:
            cached.setdefault(found.number, set()).add(found.company)
    ordered = sorted(invoices.items(), key=lambda kv: str(kv[1].get("invoiceDate") or ""))
    jobs = {key: Job(key, item) for key, item in reversed(ordered)}
    for item in reminder_items:
        number = wire_number(item.get("invoiceNumber"))
        reminder = wire_int(item.get("reminderNumber"))
        if not number or reminder is None or reminder < 1:
            raise ProviderDataError(
                QT_TRANSLATE_NOOP(
                    "Errors", "a ConnectID reminder of invoice {value} has no reminderNumber"
                ),
                value=number or "?",
            )
        company = opt_str(item, "companyCode")
        if company is None:
            listed = by_number.get((number, opt_str(item, "product"))) or by_number.get(
                (number, None), set()
            )
            candidates = listed or cached.get(number, set())
            company = next(iter(candidates)) if len(candidates) == 1 else None
        key = InvoiceKey(company or UNKNOWN_COMPANY, number)
        job = jobs.get(key)
        if job is None:
            job = jobs[key] = Job(key, None, orphan=company is None)
            if company is None:
                warnings.append(
                    f"invoice {number}: only its reminders were found (the invoice is outside "
                    "the synced period or its company is ambiguous); shown from the latest "
                    "reminder"
                )
        job.reminders.append(item)
    return list(jobs.values())


def still_paid(job: Job, known: Mapping[str, str]) -> bool:
    """On a re-sync (not a full one), an invoice the cache holds as paid and the list still
    shows as paid keeps what it has: a paid invoice does not change, and the details requests
    are nearly all of a sync's bytes (the lists are read in full every time). A list item
    without both amounts, or with less paid than invoiced, is read again; so is everything on
    a full sync."""
    if job.item is None or known.get(job.key.id) != PaymentState.PAID:
        return False
    try:
        amount = opt_decimal(job.item, "invoiceAmount")
        paid = opt_decimal(job.item, "paidAmount")
    except ProviderDataError:
        return False
    return amount is not None and paid is not None and paid >= amount


__all__ = [
    "Job",
    "fees_owed",
    "list_key",
    "orphan_claim",
    "orphan_numbers",
    "parse_reminder",
    "parse_reminders",
    "plan_jobs",
    "reminder_fee",
    "still_paid",
]
