"""What a sync found, invoice by invoice: new, paid, part-paid, credited, amended, gone, and
claims that became overdue since the previous sync. Qt-free, I/O-free.

The cache calls :func:`classify` with the stored document before and the one fetched now, and
keeps the result (kind and ``fields``: name -> [before, after] as text) in its audit; the
``changes`` command, the Changes view and the sync digest read it back. Payment state, outstanding
and status come from :mod:`invoicedesk.domain.claims` (the one rule), never worked out here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from invoicedesk.domain.claims import claim_outstanding, invoice_status, paid_amount
from invoicedesk.domain.model import Invoice, Kind

NEW = "new"
PAID = "paid"
PART_PAID = "part_paid"
CREDITED = "credited"
AMENDED = "amended"
GONE = "gone"
OVERDUE = "overdue"
#: every change kind, in the order a digest names them
CHANGE_KINDS = (NEW, PAID, PART_PAID, CREDITED, OVERDUE, AMENDED, GONE)

#: a changed field's value is shown up to this many characters
VALUE_LIMIT = 120

Fields = dict[str, list[str | None]]


@dataclass(frozen=True)
class Change:
    """One thing one sync found about one invoice."""

    at: str  # ISO timestamp (UTC) the sync finished
    account: str
    provider: str
    id: str
    number: str | None
    change: str  # one of CHANGE_KINDS
    fields: Fields = field(default_factory=dict)
    sync_id: int = 0
    #: a new credit note: the number of the invoice it credits, where the provider says
    credits: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.provider, self.account, self.id)

    def as_json(self) -> dict[str, Any]:
        """The ``changes`` contract's entry."""
        return {
            "at": self.at,
            "account": self.account,
            "provider": self.provider,
            "id": self.id,
            "number": self.number,
            "change": self.change,
            "fields": {name: list(pair) for name, pair in self.fields.items()},
        }


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _shown(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        text = value
    elif isinstance(value, bool | int | float):
        text = str(value).lower() if isinstance(value, bool) else str(value)
    else:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text if len(text) <= VALUE_LIMIT else text[: VALUE_LIMIT - 1] + "…"


def credited_number(invoice: Invoice) -> str | None:
    """The number of the invoice a credit note credits, where the provider says."""
    if invoice.kind is not Kind.CREDIT_NOTE:
        return None
    return invoice.credits_invoice


def classify(
    before: Invoice | None,
    after: Invoice,
    before_doc: Mapping[str, Any] | None,
    after_doc: Mapping[str, Any],
    today: dt.date,
) -> tuple[str, Fields] | None:
    """What changed from ``before`` (None: not known until now) to ``after``, with the changed
    fields as [before, after] text; None when nothing did. ``*_doc`` are the cache's encoded
    documents (compared field by field for "amended")."""
    if before is None:
        return NEW, {}
    owed_before, owed_after = claim_outstanding(before), claim_outstanding(after)
    status_before = invoice_status(before, today).value
    status_after = invoice_status(after, today).value
    money: Fields = {}
    if owed_before != owed_after:
        money["outstanding"] = [_amount(owed_before), _amount(owed_after)]
    if paid_amount(before) != paid_amount(after):
        money["paid"] = [_amount(paid_amount(before)), _amount(paid_amount(after))]
    if status_before != status_after:
        money["status"] = [status_before, status_after]
    if len(after.credit_notes) > len(before.credit_notes):
        return CREDITED, {
            **money,
            "credit_notes": [str(len(before.credit_notes)), str(len(after.credit_notes))],
        }
    was_owed = bool(owed_before) and status_before != "paid"
    if was_owed and (status_after == "paid" or owed_after == 0):
        return PAID, money
    if (
        was_owed
        and owed_before is not None
        and owed_after is not None
        and 0 < abs(owed_after) < abs(owed_before)
    ):
        return PART_PAID, money
    changed = {
        name: [_shown(before_doc.get(name) if before_doc else None), _shown(after_doc.get(name))]
        for name in sorted((before_doc or {}).keys() | after_doc.keys())
        if (before_doc or {}).get(name) != after_doc.get(name)
    }
    changed.update(money)
    return (AMENDED, changed) if changed else None


def became_overdue(
    due_date: dt.date | None, previous_day: dt.date, today: dt.date, status: str
) -> bool:
    """Did a claim become overdue between the previous sync's day and today? It is overdue now
    (``status``, by the one rule) and its due date had not passed on ``previous_day``."""
    return status == "overdue" and due_date is not None and previous_day <= due_date < today


def link_credits(changes: Sequence[Change]) -> list[Change]:
    """A credit note new in a sync that names an invoice paid in the same sync: that invoice was
    credited, not paid."""
    credited = {(c.sync_id, c.account, c.credits) for c in changes if c.change == NEW and c.credits}
    if not credited:
        return list(changes)
    return [
        replace(c, change=CREDITED)
        if c.change == PAID and (c.sync_id, c.account, c.number) in credited
        else c
        for c in changes
    ]


def digest(changes: Iterable[Change]) -> dict[str, int]:
    """How many of each kind, kinds in :data:`CHANGE_KINDS` order, zero counts left out."""
    found = Counter(c.change for c in changes)
    return {kind: found[kind] for kind in CHANGE_KINDS if found[kind]}


_DIGEST_WORDS = {
    NEW: "new",
    PAID: "paid",
    PART_PAID: "part-paid",
    CREDITED: "credited",
    OVERDUE: "now overdue",
    AMENDED: "amended",
    GONE: "gone",
}


def digest_text(counts: Mapping[str, int]) -> str:
    """The command line's digest: "3 new, 2 paid, 1 now overdue" ("no changes" when empty)."""
    parts = [f"{counts[k]} {_DIGEST_WORDS[k]}" for k in CHANGE_KINDS if counts.get(k)]
    return ", ".join(parts) or "no changes"


CSV_HEADER = ("at", "account", "provider", "id", "number", "change", "field", "before", "after")


def changes_csv_rows(changes: Iterable[Change]) -> Iterator[tuple[str, ...]]:
    """The ``changes`` CSV: a header, then one row per changed field (one row with the field
    columns empty for a change without fields)."""
    yield CSV_HEADER
    for c in changes:
        head = (c.at, c.account, c.provider, c.id, c.number or "", c.change)
        if not c.fields:
            yield (*head, "", "", "")
        for name, (before, after) in c.fields.items():
            yield (*head, name, before or "", after or "")
