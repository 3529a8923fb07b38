"""Totals per direction and currency of any set of table rows, exact and fast enough for every
keystroke over 100,000 rows. Qt-free.

Only rows that count (``domain.counts``: not a draft, not paid, something outstanding) are in a
group; the caller says which by giving them a group key (:func:`group_key`) and the others None.

Amounts are summed as integers of the column's smallest unit (``10^-k`` for the most decimals
any value in the column has), so every sum is exact and runs in C (``sum`` over ints), then
turned back into a Decimal. Rows are grouped by currency once, when the table is loaded; a
filter's rows are then summed per currency with :func:`itertools.compress`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import compress, repeat
from operator import and_, eq, itemgetter, methodcaller, mul

#: joins direction and currency into one group key
_SEP = "\x1f"


def group_key(direction: str, currency: str) -> str:
    return f"{direction}{_SEP}{currency}"


@dataclass(frozen=True)
class CurrencySums:
    currency: str
    #: how many counted claims
    count: int
    total: Decimal
    outstanding: Decimal
    #: outstanding of the rows past their due date, and how many of those there are
    overdue: Decimal
    overdue_count: int
    direction: str = "receivable"


def scaled(texts: Sequence[str | None]) -> tuple[Sequence[int], int]:
    """Decimal text as integers of ``10^-k`` (``k`` the most decimals any value has), 0 where a
    value is missing or not a number; returns ``(integers, k)``."""
    present = [t for t in texts if t]
    if not present:
        return [0] * len(texts), 0
    try:
        two_decimals = set(map(itemgetter(-3), present)) == {"."}
    except IndexError:  # "0", "25": shorter than "x.yz"
        two_decimals = False
    if two_decimals:  # the usual case: every amount has exactly two decimals
        try:
            out: list[int] = []
            for start in range(0, len(texts), 8192):  # short C calls: others get the GIL
                filled = [t or "0.00" for t in texts[start : start + 8192]]
                out += map(int, map(methodcaller("replace", ".", ""), filled))
            return out, 2
        except ValueError:
            pass
    values = [_decimal(t) for t in texts]
    # finite values only (see _decimal): the exponent is an int
    places = max([0, *(-int(v.as_tuple().exponent) for v in values if v is not None)])
    return [int(v.scaleb(places)) if v is not None else 0 for v in values], places


def _decimal(text: str | None) -> Decimal | None:
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


class _Group:
    """The rows of one currency (table row indexes) and their amounts, aligned."""

    def __init__(
        self,
        key: str,
        rows: list[int],
        totals: Sequence[int],
        owed: Sequence[int],
        late: Sequence[bool],
    ) -> None:
        self.key = key
        self.direction, _, self.currency = key.partition(_SEP)
        self.rows = rows
        self.total = list(map(totals.__getitem__, rows))
        self.outstanding = list(map(owed.__getitem__, rows))
        #: 1 for a row past its due date with an outstanding figure, else 0
        self.overdue_flag = list(map(int, map(late.__getitem__, rows)))
        #: the outstanding figure of those rows, 0 for the others
        self.overdue = list(map(mul, self.outstanding, self.overdue_flag))


class TotalsIndex:
    """Per direction and currency sums over a table's rows; built once per table (in the loading
    worker). ``groups``: per row its :func:`group_key`, None for a row that counts nowhere;
    ``overdue``: per row, is it overdue."""

    def __init__(
        self,
        groups: Sequence[str | None],
        total: Sequence[str | None],
        outstanding: Sequence[str | None],
        overdue: Sequence[bool],
        *,
        total_cents: Sequence[int] | None = None,
        outstanding_cents: Sequence[int] | None = None,
    ) -> None:
        """``total_cents``/``outstanding_cents``: the amounts in hundredths when the cache has
        them ready (:meth:`InvoiceCache.table_columns`), else they are worked out here."""
        self._size = len(groups)
        totals, self._total_places = (total_cents, 2) if total_cents is not None else scaled(total)
        owed, self._owed_places = (
            (outstanding_cents, 2) if outstanding_cents is not None else scaled(outstanding)
        )
        late = list(map(and_, overdue, map(bool, outstanding)))
        keys = sorted(k for k in set(groups) if k is not None)
        everything = list(range(self._size))
        self._keys = groups
        self._by_row = (totals, owed, late)
        self._groups = [
            _Group(
                key,
                everything
                if len(keys) == 1 and None not in groups
                else list(compress(everything, map(eq, repeat(key), groups))),
                totals,
                owed,
                late,
            )
            for key in keys
        ]
        self._all: list[CurrencySums] | None = None

    def all(self) -> list[CurrencySums]:
        """Sums over every row (kept: an unfiltered view asks often)."""
        if self._all is None:
            self._all = _by_size(
                self._sums(g, len(g.rows), g.total, g.outstanding, g.overdue, g.overdue_flag)
                for g in self._groups
            )
        return self._all

    def of_mask(self, mask: Sequence[int]) -> list[CurrencySums]:
        """Sums over the rows whose ``mask`` entry (by table row index) is true (or 1)."""
        out = []
        for g in self._groups:
            chosen = list(map(mask.__getitem__, g.rows))
            count = chosen.count(True)
            if count:
                out.append(
                    self._sums(
                        g,
                        count,
                        compress(g.total, chosen),
                        compress(g.outstanding, chosen),
                        compress(g.overdue, chosen),
                        compress(g.overdue_flag, chosen),
                    )
                )
        return _by_size(out)

    def of_rows(self, rows: Sequence[int]) -> list[CurrencySums]:
        """Sums over the table rows ``rows`` (any order, no repeats): a few C-level passes over
        ``rows`` alone (a narrowing search has few rows left)."""
        if len(rows) == self._size:
            return self.all()
        if len(rows) * 4 > self._size:  # many rows: one pass over every row is cheaper
            mask = bytearray(self._size)
            for i in rows:
                mask[i] = 1
            return self.of_mask(mask)
        totals, owed, late = self._by_row
        codes = list(map(self._keys.__getitem__, rows))
        out = []
        for group in self._groups:
            chosen = list(compress(rows, map(eq, repeat(group.key), codes)))
            if chosen:
                flags = list(compress(map(owed.__getitem__, chosen), map(late.__getitem__, chosen)))
                out.append(
                    self._sums(
                        group,
                        len(chosen),
                        map(totals.__getitem__, chosen),
                        map(owed.__getitem__, chosen),
                        flags,
                        [1] * len(flags),
                    )
                )
        return _by_size(out)

    def _sums(
        self,
        group: _Group,
        count: int,
        total: Iterable[int],
        outstanding: Iterable[int],
        overdue: Iterable[int],
        overdue_flag: Iterable[int],
    ) -> CurrencySums:
        return CurrencySums(
            group.currency,
            count,
            Decimal(sum(total)).scaleb(-self._total_places),
            Decimal(sum(outstanding)).scaleb(-self._owed_places),
            Decimal(sum(overdue)).scaleb(-self._owed_places),
            sum(overdue_flag),
            group.direction,
        )


def full_sums(
    groups: Sequence[str | None],
    total: Sequence[str | None],
    outstanding: Sequence[str | None],
    overdue: Sequence[bool],
) -> list[CurrencySums]:
    """:meth:`TotalsIndex.all` without building the index: Decimal sums straight from the text
    (cheaper once; what a freshly loaded, unfiltered table shows)."""
    out = []
    everything = range(len(groups))
    for key in {k for k in groups if k is not None}:
        rows = list(compress(everything, map(eq, repeat(key), groups)))
        owed = list(map(outstanding.__getitem__, rows))
        late = [o for o in compress(owed, map(overdue.__getitem__, rows)) if o]
        direction, _, currency = key.partition(_SEP)
        out.append(
            CurrencySums(
                currency,
                len(rows),
                _sum_text(list(map(total.__getitem__, rows))),
                _sum_text(owed),
                _sum_text(late),
                len(late),
                direction,
            )
        )
    return _by_size(out)


def _sum_text(texts: Sequence[str | None]) -> Decimal:
    try:
        return sum(map(Decimal, filter(None, texts)), Decimal(0))
    except InvalidOperation:  # not a number somewhere: leave it out, as the index does
        return sum(filter(None, map(_decimal, texts)), Decimal(0))


def _by_size(groups: Iterable[CurrencySums]) -> list[CurrencySums]:
    """Receivable before payable; in each, the currency with most claims first."""
    return sorted(groups, key=lambda g: (g.direction != "receivable", -g.count, g.currency))
