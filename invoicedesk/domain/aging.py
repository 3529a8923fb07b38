"""The aging report: per direction and currency, what is outstanding by how long it is past due.
Fed claim by claim, so the CLI (from cached invoices) and the window (from table rows) build it
the same way; which claims count and which bucket they land in is :mod:`claims`' rule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from invoicedesk.domain.claims import (
    AGING_BUCKETS,
    aging_bucket,
    claim_outstanding,
    counts,
    days_past_due,
)
from invoicedesk.domain.model import Direction, Invoice
from invoicedesk.domain.money import quantize


@dataclass
class AgingLine:
    """One direction and currency: outstanding and claim count per bucket."""

    currency: str
    amounts: dict[str, Decimal] = field(
        default_factory=lambda: dict.fromkeys(AGING_BUCKETS, Decimal(0))
    )
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(AGING_BUCKETS, 0))

    @property
    def outstanding(self) -> Decimal:
        return sum(self.amounts.values(), Decimal(0))

    @property
    def count(self) -> int:
        return sum(self.counts.values())


class Aging:
    """Counted claims grouped by direction, currency and bucket."""

    def __init__(self) -> None:
        self.lines: dict[Direction, dict[str, AgingLine]] = {d: {} for d in Direction}

    def add(
        self, direction: Direction, currency: str, outstanding: Decimal, days: int | None
    ) -> None:
        """Add one counted claim (the caller asked :func:`claims.counts`)."""
        line = self.lines[direction].get(currency)
        if line is None:
            line = self.lines[direction][currency] = AgingLine(currency)
        bucket = aging_bucket(days)
        line.amounts[bucket] += outstanding
        line.counts[bucket] += 1

    def add_invoices(self, invoices: Iterable[Invoice], as_of: dt.date) -> Aging:
        for invoice in invoices:
            owed = claim_outstanding(invoice)
            if owed is None or not counts(invoice.kind, invoice.payment, bool(owed)):
                continue
            days = days_past_due(invoice.due_date, as_of)
            self.add(invoice.direction, invoice.currency, owed, days)
        return self

    def as_json(self, as_of: dt.date) -> dict[str, Any]:
        """The ``report aging`` contract: decimal strings, currencies sorted."""
        out: dict[str, Any] = {"as_of": as_of.isoformat()}
        for direction in Direction:
            out[direction.value] = {
                currency: {
                    **{b: amount_text(line.amounts[b], currency) for b in AGING_BUCKETS},
                    "outstanding": amount_text(line.outstanding, currency),
                    "count": line.count,
                }
                for currency, line in sorted(self.lines[direction].items())
            }
        return out

    def csv_rows(self) -> list[list[str]]:
        """Header and one row per direction and currency."""
        rows = [["direction", "currency", *AGING_BUCKETS, "outstanding", "count"]]
        for direction in Direction:
            for currency, line in sorted(self.lines[direction].items()):
                rows.append(
                    [
                        direction.value,
                        currency,
                        *(amount_text(line.amounts[b], currency) for b in AGING_BUCKETS),
                        amount_text(line.outstanding, currency),
                        str(line.count),
                    ]
                )
        return rows


def amount_text(amount: Decimal, currency: str) -> str:
    """A sum as decimal text with at least the currency's decimals, never re-rounded."""
    rounded = quantize(amount, currency)
    return format(rounded if rounded == amount else amount, "f")
