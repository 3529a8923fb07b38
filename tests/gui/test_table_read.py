"""The window's table read (gui/table_read.py): the search text is read after the rest, when
first asked for, and is then exactly what a read of every column gives; a sync committing in
between cannot shift one row's text onto another."""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from invoicedesk.gui.rows import RowTable
from invoicedesk.gui.table_read import FIRST_COLUMNS, table_from_cache
from invoicedesk.storage.cache import HEADER_COLUMNS, InvoiceCache

from .conftest import TODAY, many_invoices, store


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[InvoiceCache]:
    cache = InvoiceCache(Path(tempfile.mkdtemp(dir=tmp_path)) / "cache.sqlite3")
    store(cache, many_invoices())
    yield cache
    cache.close()


def test_the_first_read_leaves_out_only_the_search_text() -> None:
    assert set(HEADER_COLUMNS) - set(FIRST_COLUMNS) == {"search"}


@pytest.mark.parametrize("accounts", [None, ["Regnskap AS"]])
def test_the_search_text_comes_when_asked_and_is_the_full_reads(
    cache: InvoiceCache, accounts: list[str] | None
) -> None:
    full = RowTable.from_columns(cache.table_columns(accounts), TODAY)
    table = table_from_cache(cache, accounts, TODAY)
    assert table._search is None  # not read yet
    assert table.search == full.search
    assert any(full.search)
    assert table.haystacks == full.haystacks
    assert table.keys(range(len(table))) == full.keys(range(len(full)))


def test_a_sync_between_the_reads_keeps_each_text_with_its_invoice(cache: InvoiceCache) -> None:
    table = table_from_cache(cache, None, TODAY)
    invoices = many_invoices()
    # meanwhile a sync changes one invoice's KID and adds an invoice
    changed = dataclasses.replace(invoices[0], kid="99999999990")
    added = dataclasses.replace(invoices[1], id="new-1", kid="12121212120")
    store(cache, [changed, added])
    later = RowTable.from_columns(cache.table_columns(), TODAY)
    text_of = dict(zip(later.keys(range(len(later))), later.search, strict=True))
    assert len(later) == len(table) + 1
    assert table.search == [text_of[key] for key in table.keys(range(len(table)))]
    assert "99999999990" in (table.search[table.index_of[changed.key]] or "")


def test_a_reloads_plan_leaves_the_search_text_unread(cache: InvoiceCache) -> None:
    """The plan compares what rows show; the search text is never shown, so neither table's is
    read for it (it comes with the warm-up, or the first search)."""
    from invoicedesk.gui.row_filter import RowFilter, filter_mask, select
    from invoicedesk.gui.table_diff import plan_update

    before = table_from_cache(cache, None, TODAY)
    after = table_from_cache(cache, None, TODAY)
    shown = select(before.sorted_order(0, False), filter_mask(before, RowFilter()))
    update = plan_update(before, shown, after, (0, False), RowFilter())
    assert update.changed == [] and update.removed == [] and update.inserted == []
    assert before._search is None and after._search is None


def test_the_read_in_chunks_is_one_snapshot_of_the_cache(
    cache: InvoiceCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The columns are read a few rowids at a time (a short GIL hold each), all in one read
    transaction: an account dropped and stored again by another process between two chunks
    (new rowids, after the rows already read) shows neither twice nor half."""
    import invoicedesk.storage.cache as cache_module
    from invoicedesk import pause_point

    whole = cache.table_columns()
    monkeypatch.setattr(cache_module, "READ_CHUNK_ROWIDS", 5)
    assert cache.table_columns() == whole  # the chunks stitched together: the same columns
    account = whole["account"][0]
    again = [i for i in many_invoices() if i.account == account]
    other = InvoiceCache(cache.path)  # the sync process's connection
    writes: list[int] = []

    def meanwhile() -> None:
        if not writes:
            writes.append(1)
            other.delete_account(account)
            store(other, again)

    pause_point.install(meanwhile)
    try:
        read = cache.table_columns()
    finally:
        pause_point.install(None)
        other.close()
    assert writes and read == whole
    after = cache.table_columns()

    def keys(columns: dict[str, list[object]]) -> list[tuple[object, object]]:
        return sorted(zip(columns["account"], columns["id"], strict=True))  # type: ignore[type-var]

    assert keys(after) == keys(whole)  # the next read sees the account stored again, once
