"""Sort keys of the invoice table's columns, one list per column, made fast for 100,000 rows.
Qt-free.

Each key sorts exactly as the column's value does, in a form Python's sort compares quickly:
ISO date text for dates, floats for amounts (decimals with up to 15 significant digits map to
distinct floats in the same order; longer ones fall back to Decimals), one string per invoice
number for the natural order (``INV-9`` before ``INV-10``). ``None`` marks a missing value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from invoicedesk.domain import Status
from invoicedesk.gui.formatting import provider_short_label
from invoicedesk.pause_point import ROWS, pause

#: order of statuses when sorting ascending: what needs attention first
STATUS_RANK = {
    Status.OVERDUE: 0,
    Status.PARTIALLY_PAID: 1,
    Status.UNPAID: 2,
    Status.DRAFT: 3,
    Status.PAID: 4,
}

_CHUNKS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[int, int, str], ...]:
    """``INV-9`` before ``INV-10``: digit runs compare as numbers, the rest case-blind."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in _CHUNKS.split(text.casefold())
        if part
    )


def natural_sort_text(text: str) -> str:
    """:func:`natural_key` as one string that compares the same way: a digit run becomes
    ``\\x01``, its length in four digits and the digits without leading zeros; any other run
    ``\\x02`` and the run, case-folded. (Control characters sort below any text.)"""
    out = []
    for part in _CHUNKS.split(text.casefold()):
        if not part:
            continue
        if part.isdigit():
            digits = str(int(part))  # any Unicode digits, as natural_key reads them
            out.append(f"\x01{len(digits):04d}{digits}")
        else:
            out.append("\x02" + part)
    return "".join(out)


_RUN = [f"\x01{n:04d}" for n in range(32)]
#: a prefix without digits, then ASCII digits: "WEB-123", "INV10" (most invoice numbers)
_PREFIXED = re.compile(r"([^0-9]*?)([0-9]+)")
#: ASCII text with two digit runs: "INV-2025-0042"
_TWO_RUNS = re.compile(r"([^0-9]*)([0-9]+)([^0-9]+)([0-9]+)")


def _digits_key(digits: str) -> str:
    digits = digits.lstrip("0") or "0"
    size = len(digits)
    return (_RUN[size] if size < len(_RUN) else f"\x01{size:04d}") + digits


def number_keys(providers: Sequence[str], numbers: Sequence[str | None]) -> list[str | None]:
    """Natural sort keys of invoice numbers (:func:`natural_sort_text`); None for a missing or
    not-yet-given (Telecom X ``-1``) number. Plain numbers and "prefix + number" take a fast
    path."""
    keys: list[str | None] = []
    append = keys.append
    prefixed = _PREFIXED.fullmatch
    two_runs = _TWO_RUNS.fullmatch
    for row, (provider, number) in enumerate(zip(providers, numbers, strict=True)):
        if not row % ROWS:
            pause()  # the GUI thread first, if it waits (invoicedesk.pause_point)
        if not number or (number == "-1" and provider == "telecomx"):
            append(None)
        elif number.isdigit() and number.isascii():
            append(_digits_key(number))
        elif number.isascii() and (runs := two_runs(number)):
            head = runs[1].casefold()
            append(
                ("\x02" + head if head else "")
                + _digits_key(runs[2])
                + ("\x02" + runs[3].casefold() + _digits_key(runs[4]))
            )
        elif (match := prefixed(number)) and not any(c.isdigit() for c in match[1]):
            head = match[1].casefold()
            append(("\x02" + head if head else "") + _digits_key(match[2]))
        else:
            append(natural_sort_text(number))
    return keys


def amount_keys(texts: Sequence[str | None]) -> list[Any]:
    """Sort keys of a column of decimal text (the cache's amounts): floats when every value
    has at most 15 significant digits (at most 15 characters: a float keeps 15 digits exact),
    else Decimals."""
    present = [t for t in texts if t]
    if present and max(map(len, present)) > 15:
        return [_decimal(t) for t in texts]
    try:
        if None not in texts and "" not in texts:
            return list(map(float, cast("Sequence[str]", texts)))  # ok: not money (sort key)
        return [float(t) if t else None for t in texts]  # ok: not money (sort key)
    except ValueError:  # not a number somewhere: take the careful way
        return [_float(t) for t in texts]


#: below this a float resolves a thousandth of a unit (53-bit mantissa): one composite float per
#: row (currency rank times an offset, plus the amount) orders exactly like (currency, amount)
_EXACT_BELOW = float(2**43)  # ok: not money (the sort keys' exact range)


def currency_amount_keys(
    currencies: Sequence[str | None], amounts: Sequence[str | None]
) -> list[Any]:
    """Sort keys of an amount column that never mixes currencies: by currency, then amount.
    One number per row, made once, sorted as fast as the amounts alone: a float (currency rank
    times an offset above every amount, plus the amount) while it stays exact to a thousandth,
    else an int of ranks. None: no amount."""
    values = amount_keys(amounts)
    currency_rank = {cur: n for n, cur in enumerate(sorted({c or "" for c in currencies}))}
    present = [v for v in values if v is not None]
    largest = float(max(map(abs, present))) if present else 0.0  # ok: not money (sort key)
    offset = 2.0 * largest + 1.0
    if isinstance(largest, float) and offset * len(currency_rank) < _EXACT_BELOW:
        offsets = {cur: rank * offset for cur, rank in currency_rank.items()}
        return [
            None if v is None else offsets[c or ""] + v
            for c, v in zip(currencies, values, strict=True)
        ]
    amount_rank = {v: n for n, v in enumerate(sorted(set(present)))}
    step = len(amount_rank) + 1
    return [
        None if v is None else currency_rank[c or ""] * step + amount_rank[v]
        for c, v in zip(currencies, values, strict=True)
    ]


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text else None  # ok: not money (sort key)
    except ValueError:
        return None


def _decimal(text: str | None) -> Decimal | None:
    try:
        return Decimal(text) if text else None
    except InvalidOperation:
        return None


def per_value(values: Sequence[Any], convert: Callable[[Any], Any]) -> list[Any]:
    """``convert`` applied once per distinct value (columns with few distinct values; the
    results are shared, not copied)."""
    memo = {value: convert(value) for value in set(values)}
    return list(map(memo.__getitem__, values))


def provider_key(provider: str) -> str:
    return provider_short_label(provider).casefold()


def casefold_or_none(value: str | None) -> str | None:
    return value.casefold() if value else None


def sorted_indexes(
    keys: Sequence[Any], descending: bool, base: Sequence[int] | None = None
) -> list[int]:
    """Indexes of ``keys`` in key order, missing (None) ones last in both directions, ties in
    the order of ``base`` (default: index order; Python's sort is stable, also reversed). A
    column with many repeated keys (dates, customers, statuses) is sorted by the rank of each
    distinct key: small ints compare faster than strings."""
    distinct = set(keys)
    distinct.discard(None)
    if len(distinct) * 2 < len(keys):
        rank: dict[Any, int | None] = {key: n for n, key in enumerate(sorted(distinct))}
        rank[None] = None
        keys = list(map(rank.__getitem__, keys))
    start = range(len(keys)) if base is None else base
    if None in keys:
        present = [i for i in start if keys[i] is not None]
        missing = [i for i in start if keys[i] is None]
    else:
        present, missing = list(start), []
    present.sort(key=keys.__getitem__, reverse=descending)
    return present + missing if missing else present
