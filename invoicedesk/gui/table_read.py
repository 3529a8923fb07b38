"""The invoice table read from the cache for the window: every column the first paint, the sort
and the totals need at once; the search text (what payment search looks in: KID, organisation
number, references, line text, the largest column by far, some 40 % of the read) when it is
first asked for, which is after the table is on screen (:meth:`RowTable.warm_up`, in a worker).
Qt-free."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from invoicedesk.gui.rows import RowTable
from invoicedesk.storage.cache import HEADER_COLUMNS, InvoiceCache

#: the columns read before the first paint
FIRST_COLUMNS = tuple(name for name in HEADER_COLUMNS if name != "search")
_KEYS = ("provider", "account", "id")


def table_from_cache(
    cache: InvoiceCache, accounts: Sequence[str] | None, today: dt.date
) -> RowTable:
    """The live invoices of ``accounts`` (None: all) as a table; its search text is read later."""

    def search_texts(table: RowTable) -> list[str | None]:
        return _search_texts(cache, accounts, table)

    return RowTable.from_columns(cache.table_columns(accounts, FIRST_COLUMNS), today, search_texts)


def _search_texts(
    cache: InvoiceCache, accounts: Sequence[str] | None, table: RowTable
) -> list[str | None]:
    """The search text of each row of ``table``, read now. A sync may have committed since the
    table was read: then the ids are not the table's, and the texts go by invoice key (a row
    gone since has none; the next reload brings the sync's rows with their texts). The ids
    alone are compared first: re-reading every key column would briefly hold some 20 MB more."""
    read = cache.table_columns(accounts, ("id", "search"))
    if read["id"] == table.ids:  # the same rows in the same order (new rows come last)
        texts: list[str | None] = read["search"]
        return texts
    del read
    read = cache.table_columns(accounts, (*_KEYS, "search"))
    keys = zip(*(read[name] for name in _KEYS), strict=True)
    by_key = dict(zip(keys, read["search"], strict=True))
    return list(map(by_key.get, table.keys(range(len(table)))))
