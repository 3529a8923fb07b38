"""A table's row index by invoice key, without a dict of 100,000 keys. Qt-free."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Protocol

from invoicedesk.gui.invoice_row import InvoiceKey


class KeyedColumns(Protocol):
    """What the index reads: the key columns of a table (index ``i`` is row ``i``)."""

    provider: list[str]
    account: list[str]
    ids: list[str]

    def __len__(self) -> int: ...


class KeyIndex(Mapping[InvoiceKey, int]):
    """Row index by invoice key: a C-level scan of the id column (a few milliseconds), asked
    only for the selected invoice."""

    def __init__(self, table: KeyedColumns) -> None:
        self._table = table

    def __getitem__(self, key: InvoiceKey) -> int:
        provider, account, id_ = key
        table = self._table
        ids: Sequence[str] = table.ids
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
