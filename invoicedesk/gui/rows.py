"""The invoice table's data, column by column, built in a worker thread and handed to the model
whole. Qt-free on purpose.

100,000 rows must open in well under a second, so nothing is done per row that can be done per
column, in C, or later:

- the cache hands over one list per column (:meth:`InvoiceCache.table_columns`), kept as stored:
  dates as ISO text (which sorts and compares as the dates do), amounts as decimal text;
- the status of every row is looked up from the few (kind, payment, owes, days past due)
  combinations, each derived once with :func:`~invoicedesk.domain.claim_status` (the one
  status rule), the days past due once per distinct due date;
- sort keys (:mod:`invoicedesk.gui.sort_keys`) are made per column on first use; the search text
  after the table is on screen (:meth:`RowTable.warm_up`, in a worker);
- totals per currency come from :class:`~invoicedesk.gui.row_totals.TotalsIndex`;
- an :class:`InvoiceRow` is made only for a row that is asked for (the rows on screen, the
  selected one), and the last few thousand are kept.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from itertools import compress
from typing import Any, overload

from invoicedesk.domain import (
    Direction,
    Kind,
    PaymentState,
    Status,
    aging_bucket,
)
from invoicedesk.domain.aging import Aging
from invoicedesk.gui import columns as c
from invoicedesk.gui import sort_keys as keys
from invoicedesk.gui.invoice_row import (
    _DIRECTIONS,
    _KINDS,
    _PAYMENTS,
    days_between,
    owes,
    parse_amount,
    parse_date,
    state_of,
)
from invoicedesk.gui.invoice_row import (
    InvoiceKey as InvoiceKey,
)
from invoicedesk.gui.invoice_row import (
    InvoiceRow as InvoiceRow,
)
from invoicedesk.gui.key_index import KeyIndex
from invoicedesk.gui.payment_search import haystacks
from invoicedesk.gui.row_totals import CurrencySums, TotalsIndex, full_sums, group_key
from invoicedesk.gui.sort_keys import STATUS_RANK, natural_key  # noqa: F401  (re-exported)
from invoicedesk.pause_point import ROWS, pause
from invoicedesk.storage.cache import HEADER_COLUMNS


def row_from_header(header: Sequence[Any], today: dt.date) -> InvoiceRow:
    """Build a row from one :meth:`InvoiceCache.headers` tuple (columns as ``HEADER_COLUMNS``).

    Fields are taken by name, so a reordered or extended cache header cannot shift them."""
    return RowTable.from_headers([header], today).make_row(0)


# ---- the table ------------------------------------------------------------------------------


class _Rows(Sequence[InvoiceRow]):
    """The rows of a :class:`RowTable` as :class:`InvoiceRow` objects, made when asked for."""

    _KEEP = 4096

    def __init__(self, table: RowTable) -> None:
        self._table = table
        self._made: dict[int, InvoiceRow] = {}

    def __len__(self) -> int:
        return len(self._table)

    @overload
    def __getitem__(self, index: int) -> InvoiceRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[InvoiceRow]: ...

    def __getitem__(self, index: int | slice) -> InvoiceRow | list[InvoiceRow]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        row = self._made.get(index)
        if row is None:
            row = self._table.make_row(index)
            if len(self._made) >= self._KEEP:
                self._made.clear()
            self._made[index] = row
        return row

    def __iter__(self) -> Iterator[InvoiceRow]:
        make = self._table.make_row
        return (make(i) for i in range(len(self)))


class RowTable:
    """The table's rows, one list per column (index ``i`` is row ``i`` in every list).

    Text columns hold the cache's text (None when missing); ``issue_date``/``due_date`` hold ISO
    dates as text, the amount columns decimal text; ``status``, ``days_past``, ``counted`` and
    ``bucket`` are derived for ``today`` by the domain's rules. :attr:`rows` gives
    :class:`InvoiceRow` objects on demand.
    """

    def __init__(self, rows: Iterable[InvoiceRow] = ()) -> None:
        rows = list(rows)
        columns: dict[str, list[Any]] = {
            "provider": [r.provider for r in rows],
            "account": [r.account for r in rows],
            "id": [r.id for r in rows],
            "number": [r.number for r in rows],
            "kind": [r.kind.value for r in rows],
            "customer": [r.customer for r in rows],
            "issue_date": [r.issue_date.isoformat() if r.issue_date else None for r in rows],
            "due_date": [r.due_date.isoformat() if r.due_date else None for r in rows],
            "currency": [r.currency for r in rows],
            **{
                name: [_text(getattr(r, name)) for r in rows]
                for name in ("net", "vat", "total", "paid", "outstanding", "fees")
            },
            "payment": [r.payment.value for r in rows],
            "provider_overdue": [r.provider_overdue for r in rows],
            "description": [r.description for r in rows],
            "direction": [r.direction.value for r in rows],
            "customer_number": [r.customer_number for r in rows],
            "search": [None] * len(rows),
        }
        self._set_columns(
            columns,
            [r.status for r in rows],
            [r.days_past for r in rows],
            [r.counted for r in rows],
        )

    @classmethod
    def from_headers(cls, headers: Iterable[Sequence[Any]], today: dt.date) -> RowTable:
        """From :meth:`InvoiceCache.headers` tuples."""
        headers = list(headers)
        if not headers:
            return cls()
        columns = dict(
            zip(HEADER_COLUMNS, (list(col) for col in zip(*headers, strict=True)), strict=True)
        )
        return cls.from_columns(columns, today)

    @classmethod
    def from_columns(
        cls,
        columns: Mapping[str, list[Any]],
        today: dt.date,
        search_source: Callable[[RowTable], list[str | None]] | None = None,
    ) -> RowTable:
        """From :meth:`InvoiceCache.table_columns`: one list per ``HEADER_COLUMNS`` name. The
        lists are kept (not copied); those with few distinct values share one string per value
        (a 100,000-row table is some 40 MB smaller). Without a ``search`` column,
        ``search_source`` gives it for this table when :attr:`search` is first asked for."""
        columns = dict(columns)
        size = len(columns["id"])
        later = search_source if "search" not in columns else None
        for name in ("direction", "fees", "customer_number", "search"):  # an older header
            columns.setdefault(name, [None] * size)
        for name in _FEW_VALUES:
            memo: dict[Any, Any] = {}
            columns[name] = list(map(memo.setdefault, columns[name], columns[name]))
            pause()  # between C-level passes: the GUI thread first (invoicedesk.pause_point)
        # days past due once per distinct due date, "owes" once per distinct outstanding
        # figure, the status once per (kind, payment, owes, days) combination: every step a
        # C-level pass making no object per row
        due_dates = columns["due_date"]
        days_of = {d: days_between(d, today) for d in set(due_dates)}
        days = list(map(days_of.__getitem__, due_dates))
        owed = columns["outstanding"]
        owes_of = {o: owes(o) for o in set(owed)}
        owing = list(map(owes_of.__getitem__, owed))
        combos = (columns["kind"], columns["payment"], owing, days)
        found = {combo: state_of(*combo) for combo in set(zip(*combos, strict=True))}
        pause()
        states = list(map(found.__getitem__, zip(*combos, strict=True)))
        pause()
        table = cls.__new__(cls)
        table._set_columns(
            columns,
            [state[0] for state in states],
            days,
            [state[1] for state in states],
        )
        if later is not None:
            table._search, table._search_source = None, later
        return table

    def _set_columns(
        self,
        columns: Mapping[str, list[Any]],
        statuses: list[Status],
        days_past: list[int | None],
        counted: list[bool],
    ) -> None:
        self.provider: list[str] = columns["provider"]
        self.account: list[str] = columns["account"]
        self.ids: list[str] = columns["id"]
        self.number: list[str | None] = columns["number"]
        self.kind: list[str] = columns["kind"]
        self.customer: list[str | None] = columns["customer"]
        self.issue_date: list[str | None] = columns["issue_date"]
        self.due_date: list[str | None] = columns["due_date"]
        self.currency: list[str] = columns["currency"]
        self.net: list[str | None] = columns["net"]
        self.vat: list[str | None] = columns["vat"]
        self.total: list[str | None] = columns["total"]
        self.paid: list[str | None] = columns["paid"]
        self.outstanding: list[str | None] = columns["outstanding"]
        self.payment: list[str] = columns["payment"]
        self.provider_overdue: list[Any] = columns["provider_overdue"]
        self.description: list[str | None] = columns["description"]
        self.direction: list[str] = [d or Direction.RECEIVABLE.value for d in columns["direction"]]
        self.fees: list[str | None] = columns["fees"]
        self.customer_number: list[str | None] = columns["customer_number"]
        self._search: list[str | None] | None = columns["search"]
        self._search_source: Callable[[RowTable], list[str | None]] | None = None
        self.status = statuses
        self.days_past = days_past
        self.counted = counted
        #: per row, its aging bucket when it counts, else None
        bucket_of = {d: aging_bucket(d) for d in set(days_past)}
        self.bucket: list[str | None] = [
            bucket_of[d] if c else None for d, c in zip(days_past, counted, strict=True)
        ]
        self._full_sums: list[CurrencySums] | None = None
        self.rows: Sequence[InvoiceRow] = _Rows(self)
        self.index_of: Mapping[InvoiceKey, int] = KeyIndex(self)
        self._lock = threading.Lock()
        self._search_lock = threading.Lock()
        self._keys: dict[int, Sequence[Any]] = {}
        self._haystacks: list[str] | None = None
        self._totals: TotalsIndex | None = None
        self._aging: Aging | None = None
        self._last_order: tuple[tuple[int, bool], list[int]] | None = None
        self._tiebreak: list[int] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def search(self) -> list[str | None]:
        """What payment search looks in beyond the header (KID, org. number, references,
        lines), per row; read when first asked for if the table was made without it."""
        found = self._search
        if found is None:
            with self._search_lock:
                found = self._search
                if found is None:
                    assert self._search_source is not None
                    found = self._search = self._search_source(self)
                    self._search_source = None
        return found

    # ---- rows -----------------------------------------------------------------------------
    def make_row(self, i: int) -> InvoiceRow:
        return InvoiceRow(
            self.provider[i],
            self.account[i],
            self.ids[i],
            self.number[i],
            _KINDS.get(self.kind[i], Kind.INVOICE),
            self.customer[i],
            parse_date(self.issue_date[i]),
            parse_date(self.due_date[i]),
            self.currency[i],
            parse_amount(self.net[i]),
            parse_amount(self.vat[i]),
            parse_amount(self.total[i]),
            parse_amount(self.paid[i]),
            parse_amount(self.outstanding[i]),
            _PAYMENTS.get(self.payment[i], PaymentState.UNPAID),
            bool(int(self.provider_overdue[i] or 0)),
            self.description[i],
            _DIRECTIONS.get(self.direction[i], Direction.RECEIVABLE),
            parse_amount(self.fees[i]),
            self.customer_number[i],
            self.status[i],
            self.days_past[i],
            self.counted[i],
        )

    def key(self, i: int) -> InvoiceKey:
        return (self.provider[i], self.account[i], self.ids[i])

    def keys(self, indexes: Iterable[int]) -> list[InvoiceKey]:
        provider, account, ids = self.provider, self.account, self.ids
        return [(provider[i], account[i], ids[i]) for i in indexes]

    # ---- search ---------------------------------------------------------------------------
    @property
    def haystacks(self) -> list[str]:
        """Per row, what the search box looks in: number, customer, description, customer
        number, the cache's search text (KID, organisation number, references, line text) and
        the total's and outstanding's amount tokens (:mod:`.payment_search`), case-blind,
        separated by ``\\x1f`` (built on first use)."""
        hay = self._haystacks
        if hay is None:
            with self._lock:
                hay = self._haystacks
                if hay is None:
                    hay = self._haystacks = self._build_haystacks()
        return hay

    def _build_haystacks(self) -> list[str]:
        return haystacks(
            (self.number, self.customer, self.description, self.customer_number, self.search),
            self.total,
            self.outstanding,
        )

    # ---- sorting --------------------------------------------------------------------------
    def sort_keys(self, column: int) -> Sequence[Any]:
        """The column's sort keys (None where the value is missing), made on first use; the
        keys of the last column sorted by are kept (a few MB for 100,000 rows: keeping three
        columns' put peak RSS over its 300 MB goal; the other order of the same column reuses
        them)."""
        found = self._keys.pop(column, None)
        if found is None:
            found = self._make_keys(column)
            while len(self._keys) >= _KEYS_KEPT:
                del self._keys[next(iter(self._keys))]  # the longest unused
        self._keys[column] = found
        return found

    def _make_keys(self, column: int) -> Sequence[Any]:
        if column == c.COL_PROVIDER:
            return keys.per_value(self.provider, keys.provider_key)
        if column == c.COL_ACCOUNT:
            return keys.per_value(self.account, keys.casefold_or_none)
        if column == c.COL_NUMBER:
            return keys.number_keys(self.provider, self.number)
        if column == c.COL_CUSTOMER:
            return keys.per_value(self.customer, keys.casefold_or_none)
        if column == c.COL_ISSUE_DATE:
            return [d or None for d in self.issue_date]  # ISO text sorts as the dates do
        if column == c.COL_DUE_DATE:
            return [d or None for d in self.due_date]
        if column == c.COL_CURRENCY:
            return self.currency
        if column in _AMOUNT_FIELDS:
            # by currency, then amount: 100 NOK never sits between 90 and 110 EUR
            return keys.currency_amount_keys(self.currency, getattr(self, _AMOUNT_FIELDS[column]))
        if column == c.COL_STATUS:
            return keys.per_value(self.status, STATUS_RANK.__getitem__)
        if column == c.COL_DIRECTION:
            return self.direction
        if column == c.COL_DAYS_OVERDUE:
            overdue = Status.OVERDUE
            return [
                d if s is overdue else None
                for d, s in zip(self.days_past, self.status, strict=True)
            ]
        raise IndexError(column)

    def tiebreak_order(self) -> list[int]:
        """Row indexes by provider, account, natural number and id: the order of rows whose
        sort keys tie, the same at every run (the cache's load order is not). Made once per
        table, by stable sorts from the last key to the first."""
        order = self._tiebreak
        if order is None:
            # the number column's own keys (kept for a sort by number), not a second copy
            numbers = [k or "" for k in self.sort_keys(c.COL_NUMBER)]
            accounts = [a or "" for a in self.sort_keys(c.COL_ACCOUNT)]
            providers = self.sort_keys(c.COL_PROVIDER)
            pause()
            order = sorted(range(len(self)), key=self.ids.__getitem__)
            for column in (numbers, accounts, providers):
                pause()
                order.sort(key=column.__getitem__)
            self._tiebreak = order
        return order

    def sorted_order(self, column: int, descending: bool) -> list[int]:
        """Row indexes sorted by the column; missing values last in both directions, ties by
        provider, account and number (:meth:`tiebreak_order`). The last order made is kept (the
        loading worker makes the one the view will ask for first); do not modify it."""
        memo = self._last_order
        if memo is not None and memo[0] == (column, descending):
            return memo[1]
        order = keys.sorted_indexes(self.sort_keys(column), descending, self.tiebreak_order())
        self._last_order = ((column, descending), order)
        return order

    # ---- totals ---------------------------------------------------------------------------
    @property
    def totals_index(self) -> TotalsIndex:
        index = self._totals
        if index is None:
            with self._lock:
                index = self._totals
                if index is None:
                    columns = self._totals_columns()
                    pause()
                    index = self._totals = TotalsIndex(*columns)
        return index

    def totals(self, rows: Sequence[int] | None = None) -> list[CurrencySums]:
        """Count, total, outstanding and overdue per currency of ``rows`` (all when None)."""
        if rows is not None and len(rows) != len(self):
            return self.totals_index.of_rows(rows)
        if self._totals is not None:
            return self._totals.all()
        if self._full_sums is None:
            self._full_sums = full_sums(*self._totals_columns())
        return self._full_sums

    def _totals_columns(
        self,
    ) -> tuple[list[str | None], list[str | None], list[str | None], list[bool]]:
        """What the totals add up: per row its group (direction and currency; None for a row
        that counts in no figure), total, outstanding, and whether it is overdue."""
        groups = [
            group_key(d, c) if counted else None
            for d, c, counted in zip(self.direction, self.currency, self.counted, strict=True)
        ]
        overdue = [s is Status.OVERDUE for s in self.status]
        return groups, self.total, self.outstanding, overdue

    def aging(self) -> Aging:
        """The aging report of every counted row (made once; the loading worker asks first)."""
        report = self._aging
        if report is None:
            report = Aging()
            directions, currency, owed, days = (
                self.direction,
                self.currency,
                self.outstanding,
                self.days_past,
            )
            for n, i in enumerate(compress(range(len(self)), self.counted)):
                if not n % ROWS:
                    pause()
                amount = parse_amount(owed[i])
                if amount is not None:
                    direction = _DIRECTIONS.get(directions[i], Direction.RECEIVABLE)
                    report.add(direction, currency[i], amount, days[i])
            self._aging = report
        return report

    def ready_for(self, text: bool) -> bool:
        """Is what a filter needs made (a search ``text``: the search text too), so that
        filtering builds nothing?"""
        return self._totals is not None and (not text or self._haystacks is not None)

    def warm_up(self) -> None:
        """Build what the first keystroke needs now (in a worker, after the table is shown):
        the search text and the totals index."""
        self.haystacks  # noqa: B018 (built as a side effect)
        self.totals_index  # noqa: B018


#: sort keys kept, in columns
_KEYS_KEPT = 1
#: columns with few distinct values: one string object per value is enough
_FEW_VALUES = (
    "provider",
    "account",
    "kind",
    "currency",
    "payment",
    "issue_date",
    "due_date",
    "direction",
)

_AMOUNT_FIELDS = {
    c.COL_NET: "net",
    c.COL_VAT: "vat",
    c.COL_TOTAL: "total",
    c.COL_PAID: "paid",
    c.COL_OUTSTANDING: "outstanding",
}


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)
