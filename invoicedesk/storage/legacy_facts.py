"""Facts cached before facts were typed, upgraded as they are read.

Until then a provider stored its facts as ``[label, text]`` pairs: English labels (ConnectID's
and SendRegning's "Credits invoice" in the sync's language: en, nb, da or nl) and values already
written out ("1385.79 DKK", "2022-09-12", "yes", "CM status" codes). Read as they were, such an
invoice showed those English labels and raw values until its next sync. Here each known label
becomes its key and the text its typed value again, parsed the way the providers wrote it (see
git history of ``providers/labels.py`` and the providers' ``_facts``); what cannot be parsed
stays the provider's text under its key, and an unknown label stays as it was. Qt-free; the cache
document itself is left alone (the next sync rewrites it)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, TypeGuard

from invoicedesk.domain.facts import Fact, FactKind

Upgrade = Callable[[str, str, str], Fact | None]  # (key, text, invoice currency)


def _text(key: str, text: str, _currency: str) -> Fact | None:
    return Fact.of_text(key, text)


def _code(key: str, text: str, _currency: str) -> Fact | None:
    return Fact.of_code(key, text)


def _date(key: str, text: str, _currency: str) -> Fact | None:
    day = _day(text)
    return Fact.of_date(key, day) if day else Fact.of_text(key, text)


def _flag(key: str, text: str, _currency: str) -> Fact | None:
    value = {"yes": True, "no": False}.get(text.strip().lower())
    return Fact.of_text(key, text) if value is None else Fact.of_flag(key, value)


def _count(key: str, text: str, _currency: str) -> Fact | None:
    return Fact.of_count(key, text.strip())


def _money(key: str, text: str, currency: str) -> Fact | None:
    """``"1385.79 DKK"`` (Telecom X) or ``"12.50"`` (Buckaroo: the invoice's currency)."""
    amount, _, code = text.strip().partition(" ")
    try:
        value = Decimal(amount)
    except InvalidOperation:
        return Fact.of_text(key, text)
    return Fact.of_money(key, value, code.strip() or currency)


def _period(key: str, text: str, _currency: str) -> Fact | None:
    """``"2025-03-01 – 2025-03-31"``, ``…`` for a missing end."""
    start, sep, end = text.partition(" – ")
    first, last = _day(start), _day(end)
    if not sep or (first is None and start.strip() != "…") or (last is None and end.strip() != "…"):
        return Fact.of_text(key, text)
    return Fact.of_period(key, first, last)


def _not_numbered(key: str, text: str, _currency: str) -> Fact | None:
    return Fact.of_code(key, "-1") if text == "not yet numbered" else Fact.of_text(key, text)


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def _languages(*labels: str) -> tuple[str, ...]:
    return labels


_CREDITS = _languages("Credits invoice", "Krediterer faktura", "Crediteert factuur")

#: provider -> old label -> (key, how its text becomes a typed value)
_LABELS: dict[str, dict[str, tuple[str, Upgrade]]] = {
    "sendregning": {
        **{label: ("sendregning.credits_invoice", _text) for label in _CREDITS},
        "Order date": ("sendregning.order_date", _date),
        "Delivery date": ("sendregning.delivery_date", _date),
        "Reminder date": ("sendregning.reminder_date", _date),
        "Bank account": ("sendregning.bank_account", _text),
        "Issued by": ("sendregning.issued_by", _text),
    },
    "telecomx": {
        "Invoice number": ("telecomx.invoice_number", _not_numbered),
        "Period invoice": ("telecomx.period_invoice", _flag),
        "Sent to customer": ("telecomx.sent", _flag),
        "Subtotal at wholesale": ("telecomx.subtotal_wholesale", _money),
        "VAT at wholesale": ("telecomx.vat_wholesale", _money),
        "Subtotal at cost": ("telecomx.subtotal_cost", _money),
        "VAT at cost": ("telecomx.vat_cost", _money),
        "Margin": ("telecomx.margin", _money),
    },
    "buckaroo": {
        "Credit management": ("buckaroo.credit_management", _flag),
        "CM status": ("buckaroo.cm_status", _code),
        "Collection running": ("buckaroo.collection_running", _flag),
        "Reminders sent": ("buckaroo.reminders_sent", _count),
        "Max reminder level": ("buckaroo.max_reminder_level", _count),
        "Agency status": ("buckaroo.agency_status", _code),
        "Estimated next step": ("buckaroo.estimated_next_step", _date),
        "Status changed": ("buckaroo.status_changed", _date),
        "Credited VAT": ("buckaroo.credited_vat", _money),
        "Surcharge": ("buckaroo.surcharge", _money),
        "Test invoice": ("buckaroo.test_invoice", _flag),
    },
    "connectid": {
        **{
            label: (f"connectid.{name}", upgrade)
            for name, upgrade, labels in (
                ("company", _text, ("Company", "Selskap", "Selskab", "Bedrijf")),
                ("product", _text, ("Product", "Produkt")),
                ("customer_number", _text, ("Customer number", "Kundenummer", "Klantnummer")),
                (
                    "customer_id",
                    _text,
                    (
                        "Customer identification",
                        "Kundeidentifikasjon",
                        "Kundeidentifikation",
                        "Klantidentificatie",
                    ),
                ),
                (
                    "offers",
                    _count,
                    ("Alternative offers", "Alternative tilbud", "Alternatieve aanbiedingen"),
                ),
                (
                    "payment_method",
                    _code,
                    ("Payment method", "Betalingsmåte", "Betalingsmåde", "Betaalmethode"),
                ),
                ("invoice_status", _code, ("Invoice status", "Fakturastatus", "Factuurstatus")),
                ("payment_status", _code, ("Payment status", "Betalingsstatus", "Betaalstatus")),
                ("payment_date", _date, ("Payment date", "Betalingsdato", "Betaaldatum")),
                ("period", _period, ("Period", "Periode")),
                ("invoice_type", _code, ("Invoice type", "Fakturatype", "Factuurtype")),
                (
                    "known_from_reminder",
                    _text,
                    (
                        "Known only from its reminders",
                        "Kjent bare fra purringene",
                        "Kendt kun fra rykkerne",
                        "Alleen bekend uit de herinneringen",
                    ),
                ),
            )
            for label in labels
        },
    },
}

#: Buckaroo's "Agency update 2025-03-04" (or "Agency update 2", its place, without a date)
_AGENCY_UPDATE = re.compile(r"Agency update (\S+)")


def is_legacy(facts: object) -> TypeGuard[list[list[Any]]]:
    """Whether a cached document's ``facts`` are the old ``[label, text]`` pairs."""
    return bool(facts) and isinstance(facts, list) and isinstance(facts[0], list)


def upgrade(provider: str, currency: str, pairs: Sequence[Sequence[Any]]) -> tuple[Fact, ...]:
    """The typed facts of an old document's ``[label, text]`` pairs, in their order."""
    labels = _LABELS.get(provider, {})
    result: list[Fact] = []
    for pair in pairs:
        label, text = str(pair[0]), "" if pair[1] is None else str(pair[1])
        fact: Fact | None
        if label in labels:
            key, convert = labels[label]
            fact = convert(key, text, currency)
        elif provider == "buckaroo" and (match := _AGENCY_UPDATE.fullmatch(label)):
            fact = Fact.of_text("buckaroo.agency_update", text, _day(match.group(1)))
        else:
            fact = Fact(label, FactKind.TEXT, text=text)  # unknown: shown as it was
        if fact is not None:
            result.append(fact)
    return tuple(result)
