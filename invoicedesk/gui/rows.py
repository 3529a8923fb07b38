"""The invoice table's data, column by column, built in a worker thread and handed to the model
whole. Qt-free on purpose.

100,000 rows must open in well under a second, so nothing is done per row that can be done per
column, in C, or later:

- the cache hands over one list per column (:meth:`InvoiceCache.table_columns`), kept as stored:
  dates as ISO text (which sorts and compares as the dates do), amounts as decimal text;
- the status of every row is looked up from the few (payment, overdue flag, past due)
  combinations, each derived once with :func:`~invoicedesk.domain.derive_status`;
- sort keys (:mod:`invoicedesk.gui.sort_keys`) are made per column on first use; the search text
  after the table is on screen (:meth:`RowTable.warm_up`, in a worker);
- totals per currency come from :class:`~invoicedesk.gui.row_totals.TotalsIndex`;
- an :class:`InvoiceRow` is made only for a row that is asked for (the rows on screen, the
  selected one), and the last few thousand are kept.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import repeat
from operator import add, mul
from typing import Any, overload

from invoicedesk.domain import Kind, PaymentState, Status, derive_status
from invoicedesk.gui import columns as c
from invoicedesk.gui import sort_keys as keys
from invoicedesk.gui.formatting import is_unnumbered
from invoicedesk.gui.row_totals import CurrencySums, TotalsIndex, full_sums
from invoicedesk.gui.sort_keys import STATUS_RANK, natural_key  # noqa: F401  (re-exported)
from invoicedesk.storage.cache import HEADER_COLUMNS

InvoiceKey = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    """One table row: the cached header of an invoice plus its status as of ``today``."""

    provider: str
    account: str
    id: str
    number: str | None
    kind: Kind
    customer: str | None
    issue_date: dt.date | None
    due_date: dt.date | None
    currency: str
    net: Decimal | None
    vat: Decimal | None
    total: Decimal | None
    paid: Decimal | None
    outstanding: Decimal | None
    payment: PaymentState
    provider_overdue: bool
    description: str | None
    status: Status
    #: not fully paid and past its due date: its outstanding part counts as overdue
    past_due: bool

    @property
    def key(self) -> InvoiceKey:
        return (self.provider, self.account, self.id)

    @property
    def unnumbered(self) -> bool:
        return is_unnumbered(self.provider, self.number)


_DATES: dict[str, dt.date | None] = {}


def parse_date(value: Any) -> dt.date | None:
    """An ISO date (the cache's text) as a date; None when missing or not a date. Cached: a
    table has a few thousand distinct dates at most."""
    if not value:
        return None
    text = str(value)[:10]
    try:
        return _DATES[text]
    except KeyError:
        pass
    try:
        parsed: dt.date | None = dt.date.fromisoformat(text)
    except ValueError:
        parsed = None
    if len(_DATES) < 100_000:
        _DATES[text] = parsed
    return parsed


def parse_amount(value: Any) -> Decimal | None:
    """The cache's decimal text as a Decimal; None when missing or not a number."""
    if value is None or value == "":
        return None
    try:
        return Decimal(value if isinstance(value, str) else str(value))
    except InvalidOperation:
        return None


_KINDS = {k.value: k for k in Kind}
_PAYMENTS = {p.value: p for p in PaymentState}


def _status_of(payment_text: Any, overdue: Any, late: bool, today: dt.date) -> tuple[Status, bool]:
    """(status, past due) of a row whose due date is before ``today`` (``late``) or not."""
    payment = _PAYMENTS.get(payment_text, PaymentState.UNPAID)
    flag = bool(int(overdue or 0))
    due = today - dt.timedelta(days=1) if late else None  # the rule only asks "before today?"
    status = derive_status(payment, due, today, flag)
    return status, payment is not PaymentState.PAID and (flag or late)


def row_from_header(header: Sequence[Any], today: dt.date) -> InvoiceRow:
    """Build a row from one :meth:`InvoiceCache.headers` tuple (columns as ``HEADER_COLUMNS``).

    Fields are taken by name, so a reordered or extended cache header cannot shift them."""
    h = dict(zip(HEADER_COLUMNS, header, strict=True))
    provider, account, id_, number = h["provider"], h["account"], h["id"], h["number"]
    kind, customer, issue, due_text = h["kind"], h["customer"], h["issue_date"], h["due_date"]
    currency, net, vat, total = h["currency"], h["net"], h["vat"], h["total"]
    paid, outstanding, payment_text = h["paid"], h["outstanding"], h["payment"]
    overdue, description = h["provider_overdue"], h["description"]
    due = parse_date(due_text)
    status, past_due = _status_of(payment_text, overdue, due is not None and due < today, today)
    return InvoiceRow(
        str(provider),
        str(account),
        str(id_),
        number,
        _KINDS.get(kind, Kind.INVOICE),
        customer,
        parse_date(issue),
        due,
        str(currency),
        parse_amount(net),
        parse_amount(vat),
        parse_amount(total),
        parse_amount(paid),
        parse_amount(outstanding),
        _PAYMENTS.get(payment_text, PaymentState.UNPAID),
        bool(int(overdue or 0)),
        description,
        status,
        past_due,
    )


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
    dates as text, the amount columns decimal text; ``status`` and ``past_due`` are derived for
    ``today``. :attr:`rows` gives :class:`InvoiceRow` objects on demand.
    """

    def __init__(self, rows: Iterable[InvoiceRow] = ()) -> None:
        rows = list(rows)
        self._set_columns(
            {
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
                    for name in ("net", "vat", "total", "paid", "outstanding")
                },
                "payment": [r.payment.value for r in rows],
                "provider_overdue": [r.provider_overdue for r in rows],
                "description": [r.description for r in rows],
            },
            [r.status for r in rows],
            [r.past_due for r in rows],
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
    def from_columns(cls, columns: Mapping[str, list[Any]], today: dt.date) -> RowTable:
        """From :meth:`InvoiceCache.table_columns`: one list per ``HEADER_COLUMNS`` name. The
        lists are kept (not copied); those with few distinct values share one string per value
        (a 100,000-row table is some 40 MB smaller)."""
        columns = dict(columns)
        for name in _FEW_VALUES:
            memo: dict[Any, Any] = {}
            columns[name] = list(map(memo.setdefault, columns[name], columns[name]))
        # "past due?" once per distinct due date (ISO text compares as the dates do), the
        # status once per (payment, overdue flag, past due) combination; every step a C-level
        # pass making no object per row (100,000 tuples would also wake the garbage collector)
        today_text = today.isoformat()
        due_dates = columns["due_date"]
        late_by_date = {d: bool(d) and d[:10] < today_text for d in set(due_dates)}
        payments = sorted(set(columns["payment"]))
        payment_code = {p: 4 * n for n, p in enumerate(payments)}
        flags = columns["provider_overdue"]
        codes = list(
            map(
                add,
                map(payment_code.__getitem__, columns["payment"]),
                map(
                    add,
                    map(mul, map(bool, flags), repeat(2)),
                    map(late_by_date.__getitem__, due_dates),
                ),
            )
        )
        derived = {
            code: _status_of(payments[code // 4], code & 2, bool(code & 1), today)
            for code in set(codes)
        }
        status_of = {code: found[0] for code, found in derived.items()}
        past_due_of = {code: found[1] for code, found in derived.items()}
        statuses = list(map(status_of.__getitem__, codes))
        past_due = list(map(past_due_of.__getitem__, codes))
        table = cls.__new__(cls)
        table._set_columns(columns, statuses, past_due)
        return table

    def _set_columns(
        self, columns: Mapping[str, list[Any]], statuses: list[Status], past_due: list[bool]
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
        self.status = statuses
        self.past_due = past_due
        self._full_sums: list[CurrencySums] | None = None
        self.rows: Sequence[InvoiceRow] = _Rows(self)
        self.index_of: Mapping[InvoiceKey, int] = _KeyIndex(self)
        self._lock = threading.Lock()
        self._keys: dict[int, Sequence[Any]] = {}
        self._haystacks: list[str] | None = None
        self._totals: TotalsIndex | None = None
        self._last_order: tuple[tuple[int, bool], list[int]] | None = None

    def __len__(self) -> int:
        return len(self.ids)

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
            self.status[i],
            self.past_due[i],
        )

    def key(self, i: int) -> InvoiceKey:
        return (self.provider[i], self.account[i], self.ids[i])

    def keys(self, indexes: Iterable[int]) -> list[InvoiceKey]:
        provider, account, ids = self.provider, self.account, self.ids
        return [(provider[i], account[i], ids[i]) for i in indexes]

    # ---- search ---------------------------------------------------------------------------
    @property
    def haystacks(self) -> list[str]:
        """Per row, what the search box looks in: number, customer and description,
        case-blind, separated by ``\\x1f`` (built on first use)."""
        hay = self._haystacks
        if hay is None:
            with self._lock:
                hay = self._haystacks
                if hay is None:
                    hay = self._haystacks = self._build_haystacks()
        return hay

    def _build_haystacks(self) -> list[str]:
        # Per slice of rows: one join, one casefold and one split, many times faster than per
        # row; slices keep each C call short, so a worker building this lets the GUI thread in.
        hay: list[str] = []
        columns = (self.number, self.customer, self.description)
        for start in range(0, len(self), _SLICE):
            parts = [
                [value or "" for value in column[start : start + _SLICE]] for column in columns
            ]
            joined = "\x1e".join(map("\x1f".join, zip(*parts, strict=True)))
            piece = joined.casefold().split("\x1e")
            if len(piece) != len(parts[0]):  # a field holds the record separator itself
                piece = ["\x1f".join(p).casefold() for p in zip(*parts, strict=True)]
            hay += piece
        return hay

    # ---- sorting --------------------------------------------------------------------------
    def sort_keys(self, column: int) -> Sequence[Any]:
        """The column's sort keys (None where the value is missing), made on first use; the
        keys of the last few columns sorted by are kept (a few MB each for 100,000 rows)."""
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
            return keys.amount_keys(getattr(self, _AMOUNT_FIELDS[column]))
        if column == c.COL_STATUS:
            return keys.per_value(self.status, STATUS_RANK.__getitem__)
        raise IndexError(column)

    def sorted_order(self, column: int, descending: bool) -> list[int]:
        """Row indexes sorted by the column; missing values last in both directions, ties in
        load order. The last order made is kept (the loading worker makes the one the view
        will ask for first); do not modify it."""
        memo = self._last_order
        if memo is not None and memo[0] == (column, descending):
            return memo[1]
        order = keys.sorted_indexes(self.sort_keys(column), descending)
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
                    index = self._totals = TotalsIndex(
                        self.currency, self.total, self.outstanding, self.past_due
                    )
        return index

    def totals(self, rows: Sequence[int] | None = None) -> list[CurrencySums]:
        """Count, total, outstanding and overdue per currency of ``rows`` (all when None)."""
        if rows is not None and len(rows) != len(self):
            return self.totals_index.of_rows(rows)
        if self._totals is not None:
            return self._totals.all()
        if self._full_sums is None:
            self._full_sums = full_sums(self.currency, self.total, self.outstanding, self.past_due)
        return self._full_sums

    def warm_up(self) -> None:
        """Build what the first keystroke needs now (in a worker, after the table is shown):
        the search text and the totals index."""
        self.haystacks  # noqa: B018 (built as a side effect)
        self.totals_index  # noqa: B018


class _KeyIndex(Mapping[InvoiceKey, int]):
    """Row index by invoice key, without a dict of 100,000 keys: a C-level scan of the id
    column (a few milliseconds), asked only for the selected invoice."""

    def __init__(self, table: RowTable) -> None:
        self._table = table

    def __getitem__(self, key: InvoiceKey) -> int:
        provider, account, id_ = key
        table = self._table
        ids = table.ids
        start = 0
        while True:
            try:
                i = ids.index(id_, start)
            except ValueError:
                raise KeyError(key) from None
            if table.provider[i] == provider and table.account[i] == account:
                return i
            start = i + 1

    def __len__(self) -> int:
        return len(self._table)

    def __iter__(self) -> Iterator[InvoiceKey]:
        table = self._table
        return zip(table.provider, table.account, table.ids, strict=True)


#: rows per slice when building in a worker (each C-level step stays a few milliseconds)
_SLICE = 8192
#: sort keys kept, in columns
_KEYS_KEPT = 3
#: columns with few distinct values: one string object per value is enough
_FEW_VALUES = ("provider", "account", "kind", "currency", "payment", "issue_date", "due_date")

_AMOUNT_FIELDS = {
    c.COL_NET: "net",
    c.COL_VAT: "vat",
    c.COL_TOTAL: "total",
    c.COL_PAID: "paid",
}


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)
