"""Date presets relative to today, as a bookkeeper names them: months, quarters, years, the
last 30/90 days, the VAT terms each country files (Norway: two-month terms Jan-Feb ... Nov-Dec;
Denmark: quarters or halves; the Netherlands: quarters), and due-date presets. Qt-free; ``today``
is always an argument, so month, quarter and year edges are testable."""

from __future__ import annotations

import calendar
import datetime as dt
from enum import StrEnum

DateRange = tuple[dt.date | None, dt.date | None]


class DatePreset(StrEnum):
    ALL = "all"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_QUARTER = "this_quarter"
    LAST_QUARTER = "last_quarter"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    LAST_30_DAYS = "last_30_days"
    LAST_90_DAYS = "last_90_days"
    #: Norway's two-month VAT terms (Jan-Feb, Mar-Apr, ..., Nov-Dec)
    VAT_TERM_NO = "vat_term_no"
    VAT_TERM_NO_PREVIOUS = "vat_term_no_previous"
    #: Denmark's half-year VAT periods (its quarters, and the Netherlands', are the quarters)
    VAT_HALF_DK = "vat_half_dk"
    VAT_HALF_DK_PREVIOUS = "vat_half_dk_previous"
    #: due-date presets (they always filter on the due date)
    DUE_THIS_WEEK = "due_this_week"
    DUE_NEXT_14_DAYS = "due_next_14_days"
    OVERDUE_OVER_30 = "overdue_over_30"
    CUSTOM = "custom"


#: presets about when a claim is due: on the due date whatever the date field chooser says
DUE_PRESETS = frozenset(
    {DatePreset.DUE_THIS_WEEK, DatePreset.DUE_NEXT_14_DAYS, DatePreset.OVERDUE_OVER_30}
)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _months(first: dt.date, months: int, back: int) -> DateRange:
    """The block of ``months`` months starting at ``first``'s month, ``back`` blocks earlier."""
    index = first.year * 12 + first.month - 1 - back * months
    year, month = divmod(index, 12)
    end_year, end_month = divmod(index + months - 1, 12)
    return dt.date(year, month + 1, 1), month_end(end_year, end_month + 1)


def _block_start(today: dt.date, months: int) -> dt.date:
    """The first day of the block of ``months`` months (aligned to January) holding today."""
    return dt.date(today.year, (today.month - 1) // months * months + 1, 1)


def preset_range(preset: DatePreset, today: dt.date, custom: DateRange = (None, None)) -> DateRange:
    """The inclusive date range of a preset as of ``today`` ((None, None): no limit)."""
    blocks = {
        DatePreset.THIS_MONTH: (1, 0),
        DatePreset.LAST_MONTH: (1, 1),
        DatePreset.THIS_QUARTER: (3, 0),
        DatePreset.LAST_QUARTER: (3, 1),
        DatePreset.THIS_YEAR: (12, 0),
        DatePreset.LAST_YEAR: (12, 1),
        DatePreset.VAT_TERM_NO: (2, 0),
        DatePreset.VAT_TERM_NO_PREVIOUS: (2, 1),
        DatePreset.VAT_HALF_DK: (6, 0),
        DatePreset.VAT_HALF_DK_PREVIOUS: (6, 1),
    }
    if preset in blocks:
        months, back = blocks[preset]
        return _months(_block_start(today, months), months, back)
    if preset is DatePreset.LAST_30_DAYS:
        return today - dt.timedelta(days=29), today
    if preset is DatePreset.LAST_90_DAYS:
        return today - dt.timedelta(days=89), today
    if preset is DatePreset.DUE_THIS_WEEK:  # Monday to Sunday, as in Norway, Denmark, NL
        monday = today - dt.timedelta(days=today.weekday())
        return monday, monday + dt.timedelta(days=6)
    if preset is DatePreset.DUE_NEXT_14_DAYS:
        return today, today + dt.timedelta(days=14)
    if preset is DatePreset.OVERDUE_OVER_30:  # more than 30 days past due today
        return None, today - dt.timedelta(days=31)
    if preset is DatePreset.CUSTOM:
        return custom
    return None, None
