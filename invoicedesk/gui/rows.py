"""Table rows built from the cache's header tuples, with every sort key and search text
precomputed once (in a worker thread), so sorting and filtering 100,000 rows never calls back
into Qt or formats anything.

Qt-free on purpose: :class:`RowTable` is built off the GUI thread and handed to the model whole.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from invoicedesk.domain import Kind, PaymentState, Status, derive_status
from invoicedesk.gui import columns as c
from invoicedesk.gui.formatting import is_unnumbered, provider_short_label
from invoicedesk.storage.cache import HEADER_COLUMNS

InvoiceKey = tuple[str, str, str]

#: order of statuses when sorting ascending: what needs attention first
STATUS_RANK = {Status.OVERDUE: 0, Status.PARTIALLY_PAID: 1, Status.UNPAID: 2, Status.PAID: 3}


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


def _date(value: Any) -> dt.date | None:
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


def _amount(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(value if isinstance(value, str) else str(value))
    except InvalidOperation:
        return None


_KINDS = {k.value: k for k in Kind}
_PAYMENTS = {p.value: p for p in PaymentState}
_EXPECTED_HEADER = (
    "provider",
    "account",
    "id",
    "number",
    "kind",
    "customer",
    "issue_date",
    "due_date",
    "currency",
    "net",
    "vat",
    "total",
    "paid",
    "outstanding",
    "payment",
    "provider_overdue",
    "description",
)
assert HEADER_COLUMNS == _EXPECTED_HEADER, "InvoiceCache.HEADER_COLUMNS changed: update rows.py"


def row_from_header(header: Sequence[Any], today: dt.date) -> InvoiceRow:
    """Build a row from one :meth:`InvoiceCache.headers` tuple (columns as ``HEADER_COLUMNS``)."""
    (
        provider,
        account,
        id_,
        number,
        kind,
        customer,
        issue,
        due_text,
        currency,
        net,
        vat,
        total,
        paid,
        outstanding,
        payment_text,
        overdue,
        description,
    ) = header
    payment = _PAYMENTS.get(payment_text, PaymentState.UNPAID)
    due = _date(due_text)
    overdue_flag = bool(int(overdue or 0))
    return InvoiceRow(  # positional: this runs 100,000 times per load
        str(provider),
        str(account),
        str(id_),
        number,
        _KINDS.get(kind, Kind.INVOICE),
        customer,
        _date(issue),
        due,
        str(currency),
        _amount(net),
        _amount(vat),
        _amount(total),
        _amount(paid),
        _amount(outstanding),
        payment,
        overdue_flag,
        description,
        derive_status(payment, due, today, overdue_flag),
        payment is not PaymentState.PAID and (overdue_flag or (due is not None and due < today)),
    )


_CHUNKS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[int, int, str], ...]:
    """``INV-9`` before ``INV-10``: digit runs compare as numbers, the rest case-blind."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in _CHUNKS.split(text.casefold())
        if part
    )


def _text_key(value: str | None) -> str | None:
    return value.casefold() if value else None


SORT_KEYS: dict[int, Callable[[InvoiceRow], Any]] = {
    c.COL_PROVIDER: lambda r: provider_short_label(r.provider).casefold(),
    c.COL_ACCOUNT: lambda r: r.account.casefold(),
    c.COL_NUMBER: lambda r: None if r.unnumbered or not r.number else natural_key(r.number),
    c.COL_CUSTOMER: lambda r: _text_key(r.customer),
    c.COL_ISSUE_DATE: lambda r: r.issue_date,
    c.COL_DUE_DATE: lambda r: r.due_date,
    c.COL_CURRENCY: lambda r: r.currency,
    c.COL_NET: lambda r: r.net,
    c.COL_VAT: lambda r: r.vat,
    c.COL_TOTAL: lambda r: r.total,
    c.COL_PAID: lambda r: r.paid,
    c.COL_STATUS: lambda r: STATUS_RANK[r.status],
}


def search_text(row: InvoiceRow) -> str:
    """What the search box looks in: number, customer and description, case-blind."""
    return "\x1f".join(p for p in (row.number, row.customer, row.description) if p).casefold()


def rank_keys(keys: Sequence[Any]) -> list[int]:
    """Replace sort keys by dense integer ranks (equal keys, equal rank; missing -1), so every
    later sort compares small ints instead of Decimals or tuples."""
    present = [i for i, k in enumerate(keys) if k is not None]
    present.sort(key=keys.__getitem__)
    ranks = [-1] * len(keys)
    rank = -1
    previous: Any = None
    for i in present:
        key = keys[i]
        if rank < 0 or key != previous:
            rank += 1
            previous = key
        ranks[i] = rank
    return ranks


class RowTable:
    """Rows plus, per column, an array of precomputed sort ranks (-1 where a value is missing)
    and the search text of every row."""

    def __init__(self, rows: Iterable[InvoiceRow]) -> None:
        self.rows: list[InvoiceRow] = list(rows)
        self.ranks: list[list[int]] = [
            rank_keys([SORT_KEYS[col](r) for r in self.rows]) for col in range(c.COLUMN_COUNT)
        ]
        self.haystacks: list[str] = [search_text(r) for r in self.rows]
        self.index_of: dict[InvoiceKey, int] = {r.key: i for i, r in enumerate(self.rows)}
        self._order_keys: dict[tuple[int, bool], list[int]] = {}

    @classmethod
    def from_headers(cls, headers: Iterable[Sequence[Any]], today: dt.date) -> RowTable:
        return cls(row_from_header(h, today) for h in headers)

    def __len__(self) -> int:
        return len(self.rows)

    def sorted_order(self, column: int, descending: bool) -> list[int]:
        """Row indexes sorted by the column; missing values last in both directions, ties in
        load order. One C-level sort over small-int keys."""
        cache_key = (column, descending)
        keys = self._order_keys.get(cache_key)
        if keys is None:
            missing = len(self.rows) + 1  # above every rank
            if descending:
                keys = [-r if r >= 0 else missing for r in self.ranks[column]]
            else:
                keys = [r if r >= 0 else missing for r in self.ranks[column]]
            self._order_keys[cache_key] = keys
        return sorted(range(len(keys)), key=keys.__getitem__)
