"""What the filter bar asks for, and applying it to a :class:`RowTable` on precomputed data.
Qt-free: date presets take ``today`` as an argument, so month and year boundaries are testable."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum
from itertools import compress, repeat
from operator import and_, contains, eq, or_

from invoicedesk.domain import Status
from invoicedesk.domain.periods import DUE_PRESETS as DUE_PRESETS
from invoicedesk.domain.periods import DatePreset as DatePreset
from invoicedesk.domain.periods import DateRange as DateRange
from invoicedesk.domain.periods import preset_range as preset_range
from invoicedesk.gui.payment_search import amount_needle
from invoicedesk.gui.rows import RowTable


class StatusChoice(StrEnum):
    ALL = "all"
    OPEN = "open"
    PAID = "paid"
    PARTIALLY_PAID = "partially_paid"
    UNPAID = "unpaid"
    OVERDUE = "overdue"
    DRAFT = "draft"

    def statuses(self) -> frozenset[Status]:
        """The statuses this choice lets through (empty: all)."""
        if self is StatusChoice.ALL:
            return frozenset()
        if self is StatusChoice.OPEN:
            return frozenset({Status.UNPAID, Status.PARTIALLY_PAID, Status.OVERDUE})
        return frozenset({Status(self.value)})


#: an aging panel cell: (direction, currency, bucket)
AgingCell = tuple[str, str, str]


@dataclass(frozen=True)
class RowFilter:
    text: str = ""
    statuses: frozenset[Status] = frozenset()
    provider: str | None = None
    account: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    #: "receivable" or "payable" (None: both)
    direction: str | None = None
    #: exactly the claims of one aging cell
    aging: AgingCell | None = None
    #: which date the range applies to: "issue" or "due"
    date_field: str = "issue"
    #: only claims overdue today (the "overdue more than 30 days" preset)
    overdue_only: bool = False

    @property
    def active(self) -> bool:
        return bool(
            self.text.strip()
            or self.statuses
            or self.provider
            or self.account
            or self.date_from
            or self.date_to
            or self.direction
            or self.aging
            or self.overdue_only
        )


def filter_mask(table: RowTable, flt: RowFilter) -> list[bool] | None:
    """Per table row (by row index): does it pass ``flt``? None when the filter lets every row
    through. Each criterion is one C-level pass over a column; rows without an issue date drop
    out as soon as a date range is set."""
    masks: list[list[bool]] = []
    if flt.provider:
        masks.append(list(map(eq, repeat(flt.provider), table.provider)))
    if flt.account:
        masks.append(list(map(eq, repeat(flt.account), table.account)))
    if flt.direction:
        masks.append(list(map(eq, repeat(flt.direction), table.direction)))
    if flt.statuses:
        masks.append(list(map(flt.statuses.__contains__, table.status)))
    if flt.aging:
        direction, currency, bucket = flt.aging
        masks.append(list(map(eq, repeat(direction), table.direction)))
        masks.append(list(map(eq, repeat(currency), table.currency)))
        masks.append(list(map(eq, repeat(bucket), table.bucket)))
    if flt.overdue_only:
        masks.append(list(map(eq, repeat(Status.OVERDUE), table.status)))
    if flt.date_from or flt.date_to:
        # ISO dates compare as text exactly as the dates do
        low = flt.date_from.isoformat() if flt.date_from else ""
        high = flt.date_to.isoformat() if flt.date_to else "\uffff"
        dates = table.due_date if flt.date_field == "due" else table.issue_date
        masks.append([low <= d[:10] <= high if d else False for d in dates])
    if flt.text.strip():
        masks.append(search_mask(table.haystacks, flt.text))
    if not masks:
        return None
    mask = masks[0]
    for more in masks[1:]:
        mask = list(map(and_, mask, more))
    return mask


def apply_filter(table: RowTable, order: list[int], flt: RowFilter) -> list[int]:
    """The rows of ``order`` (a sort permutation) that pass ``flt``, in that order."""
    return select(order, filter_mask(table, flt))


def select(order: list[int], mask: list[bool] | None) -> list[int]:
    """The rows of ``order`` whose ``mask`` entry is true (a copy of ``order`` without mask)."""
    if mask is None:
        return list(order)
    return list(compress(order, map(mask.__getitem__, order)))


def search_mask(haystacks: list[str], text: str) -> list[bool]:
    """Per row: does its haystack contain ``text`` (case-blind), or, when ``text`` is an amount
    as people type it, does its total or outstanding match it? Each a C-level pass."""
    needle = text.strip().casefold()
    mask = list(map(contains, haystacks, repeat(needle)))
    amount = amount_needle(text)
    if amount is not None:
        mask = list(map(or_, mask, map(contains, haystacks, repeat(amount))))
    return mask


def filter_text(table: RowTable, rows: list[int], text: str) -> list[int]:
    """The rows of ``rows`` the search text finds (see :func:`search_mask`); ``rows`` itself
    when there is no text."""
    needle = text.strip().casefold()
    if not needle:
        return rows
    hay = table.haystacks
    amount = amount_needle(text)
    if amount is None:
        return [i for i in rows if needle in hay[i]]
    return [i for i in rows if needle in hay[i] or amount in hay[i]]


def narrows(old: RowFilter, new: RowFilter) -> bool:
    """True when ``new`` only adds to the search text of ``old`` (the next keystroke): its rows
    are then among the rows ``old`` let through, and only those need to be searched."""
    old_needle = old.text.strip().casefold()
    old_amount, new_amount = amount_needle(old.text), amount_needle(new.text)
    if new_amount is not None and (old_amount is None or not new_amount.startswith(old_amount)):
        return False  # e.g. "2.35" (an amount) then "2.357" (a whole number): not a narrowing
    return (
        bool(old_needle)
        and old_needle in new.text.strip().casefold()
        and old == replace(new, text=old.text)
    )
