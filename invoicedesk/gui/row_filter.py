"""What the filter bar asks for, and applying it to a :class:`RowTable` on precomputed data.
Qt-free: date presets take ``today`` as an argument, so month and year boundaries are testable."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from invoicedesk.domain import Status
from invoicedesk.gui.rows import RowTable


class DatePreset(StrEnum):
    ALL = "all"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_YEAR = "this_year"
    LAST_30_DAYS = "last_30_days"
    CUSTOM = "custom"


DateRange = tuple[dt.date | None, dt.date | None]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def preset_range(preset: DatePreset, today: dt.date, custom: DateRange = (None, None)) -> DateRange:
    """The inclusive issue-date range of a preset, as of ``today``."""
    if preset is DatePreset.THIS_MONTH:
        return today.replace(day=1), _month_end(today.year, today.month)
    if preset is DatePreset.LAST_MONTH:
        year, month = (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
        return dt.date(year, month, 1), _month_end(year, month)
    if preset is DatePreset.THIS_YEAR:
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if preset is DatePreset.LAST_30_DAYS:
        return today - dt.timedelta(days=29), today
    if preset is DatePreset.CUSTOM:
        return custom
    return None, None


class StatusChoice(StrEnum):
    ALL = "all"
    OPEN = "open"
    PAID = "paid"
    PARTIALLY_PAID = "partially_paid"
    UNPAID = "unpaid"
    OVERDUE = "overdue"

    def statuses(self) -> frozenset[Status]:
        """The statuses this choice lets through (empty: all)."""
        if self is StatusChoice.ALL:
            return frozenset()
        if self is StatusChoice.OPEN:
            return frozenset({Status.UNPAID, Status.PARTIALLY_PAID, Status.OVERDUE})
        return frozenset({Status(self.value)})


@dataclass(frozen=True)
class RowFilter:
    text: str = ""
    statuses: frozenset[Status] = frozenset()
    provider: str | None = None
    account: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    @property
    def active(self) -> bool:
        return bool(
            self.text.strip()
            or self.statuses
            or self.provider
            or self.account
            or self.date_from
            or self.date_to
        )


def apply_filter(table: RowTable, order: list[int], flt: RowFilter) -> list[int]:
    """The rows of ``order`` (a sort permutation) that pass ``flt``, in that order. Rows without
    an issue date drop out as soon as a date range is set."""
    rows = table.rows
    visible = order
    if flt.provider:
        visible = [i for i in visible if rows[i].provider == flt.provider]
    if flt.account:
        visible = [i for i in visible if rows[i].account == flt.account]
    if flt.statuses:
        wanted = flt.statuses
        visible = [i for i in visible if rows[i].status in wanted]
    if flt.date_from or flt.date_to:
        low = flt.date_from or dt.date.min
        high = flt.date_to or dt.date.max
        visible = [i for i in visible if (d := rows[i].issue_date) is not None and low <= d <= high]
    needle = flt.text.strip().casefold()
    if needle:
        hay = table.haystacks
        visible = [i for i in visible if needle in hay[i]]
    return visible if visible is not order else list(order)
