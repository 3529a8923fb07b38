"""Date presets at month, quarter and year edges, VAT terms per country, due-date presets."""

from __future__ import annotations

import datetime as dt

import pytest

from invoicedesk.domain.periods import DatePreset as P
from invoicedesk.domain.periods import preset_range

D = dt.date

CASES = [
    # month edges, January looking back into December
    (P.THIS_MONTH, D(2026, 1, 1), D(2026, 1, 1), D(2026, 1, 31)),
    (P.LAST_MONTH, D(2026, 1, 1), D(2025, 12, 1), D(2025, 12, 31)),
    (P.LAST_MONTH, D(2024, 3, 31), D(2024, 2, 1), D(2024, 2, 29)),  # leap February
    (P.THIS_MONTH, D(2025, 2, 28), D(2025, 2, 1), D(2025, 2, 28)),
    # quarters (VAT DK, NL): first and last day of a quarter, across the year
    (P.THIS_QUARTER, D(2026, 3, 31), D(2026, 1, 1), D(2026, 3, 31)),
    (P.THIS_QUARTER, D(2026, 4, 1), D(2026, 4, 1), D(2026, 6, 30)),
    (P.LAST_QUARTER, D(2026, 1, 1), D(2025, 10, 1), D(2025, 12, 31)),
    (P.LAST_QUARTER, D(2026, 12, 31), D(2026, 7, 1), D(2026, 9, 30)),
    # years
    (P.THIS_YEAR, D(2026, 12, 31), D(2026, 1, 1), D(2026, 12, 31)),
    (P.LAST_YEAR, D(2026, 1, 1), D(2025, 1, 1), D(2025, 12, 31)),
    # rolling days, today included
    (P.LAST_30_DAYS, D(2026, 3, 1), D(2026, 1, 31), D(2026, 3, 1)),
    (P.LAST_90_DAYS, D(2026, 1, 15), D(2025, 10, 18), D(2026, 1, 15)),
    # Norway's two-month terms: Jan-Feb, ..., Nov-Dec
    (P.VAT_TERM_NO, D(2026, 1, 1), D(2026, 1, 1), D(2026, 2, 28)),
    (P.VAT_TERM_NO, D(2024, 2, 29), D(2024, 1, 1), D(2024, 2, 29)),
    (P.VAT_TERM_NO, D(2026, 3, 1), D(2026, 3, 1), D(2026, 4, 30)),
    (P.VAT_TERM_NO, D(2026, 12, 31), D(2026, 11, 1), D(2026, 12, 31)),
    (P.VAT_TERM_NO_PREVIOUS, D(2026, 1, 10), D(2025, 11, 1), D(2025, 12, 31)),
    (P.VAT_TERM_NO_PREVIOUS, D(2026, 4, 30), D(2026, 1, 1), D(2026, 2, 28)),
    # Denmark's halves
    (P.VAT_HALF_DK, D(2026, 6, 30), D(2026, 1, 1), D(2026, 6, 30)),
    (P.VAT_HALF_DK, D(2026, 7, 1), D(2026, 7, 1), D(2026, 12, 31)),
    (P.VAT_HALF_DK_PREVIOUS, D(2026, 3, 1), D(2025, 7, 1), D(2025, 12, 31)),
    (P.VAT_HALF_DK_PREVIOUS, D(2026, 12, 31), D(2026, 1, 1), D(2026, 6, 30)),
    # due dates: the week Monday-Sunday, the next 14 days, more than 30 days overdue
    (P.DUE_THIS_WEEK, D(2026, 1, 1), D(2025, 12, 29), D(2026, 1, 4)),  # a Thursday
    (P.DUE_THIS_WEEK, D(2026, 1, 4), D(2025, 12, 29), D(2026, 1, 4)),  # the Sunday
    (P.DUE_THIS_WEEK, D(2026, 1, 5), D(2026, 1, 5), D(2026, 1, 11)),  # the next Monday
    (P.DUE_NEXT_14_DAYS, D(2026, 12, 25), D(2026, 12, 25), D(2027, 1, 8)),
    (P.OVERDUE_OVER_30, D(2026, 3, 1), None, D(2026, 1, 29)),
]


@pytest.mark.parametrize(("preset", "today", "start", "end"), CASES)
def test_preset_ranges_at_the_edges(preset, today, start, end):
    assert preset_range(preset, today) == (start, end)


def test_every_preset_is_covered_and_all_and_custom_are_what_they_say():
    assert {c[0] for c in CASES} | {P.ALL, P.CUSTOM} == set(P)
    assert preset_range(P.ALL, D(2026, 1, 1)) == (None, None)
    assert preset_range(P.CUSTOM, D(2026, 1, 1), (D(2025, 1, 2), D(2025, 3, 4))) == (
        D(2025, 1, 2),
        D(2025, 3, 4),
    )


@pytest.mark.parametrize("months", range(1, 13))
def test_norwegian_terms_tile_every_year(months):
    """Each day of a term gives that term, and the previous term ends the day before it."""
    today = D(2026, months, 15)
    start, end = preset_range(P.VAT_TERM_NO, today)
    assert start.month % 2 == 1 and start.day == 1 and (end - start).days in (58, 59, 60, 61)
    assert preset_range(P.VAT_TERM_NO, start) == preset_range(P.VAT_TERM_NO, end) == (start, end)
    _prev_start, prev_end = preset_range(P.VAT_TERM_NO_PREVIOUS, today)
    assert prev_end == start - dt.timedelta(days=1)
