"""The cache's fast path (storage/codec.py, storage/batch_store.py) gives what the reference path
gave: the same documents and invoices back, and the same change records whether or not a row
has a document hash yet."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import replace
from decimal import Decimal

from test_storage import inv

from invoicedesk.domain import Direction, Kind, PaymentState
from invoicedesk.domain.fetched import FetchedInvoice
from invoicedesk.storage.cache import InvoiceCache
from invoicedesk.storage.codec import (
    invoice_document,
    invoice_from_dict,
    invoice_from_text,
    invoice_to_dict,
    invoice_to_text,
)
from tests.benchmarks.data import invoices


def test_the_fast_codec_matches_the_reference_on_many_invoices() -> None:
    for invoice in invoices(300):
        assert invoice_document(invoice) == invoice_to_dict(invoice)
        text = invoice_to_text(invoice)
        assert json.loads(text) == invoice_to_dict(invoice)
        assert invoice_from_text(text) == invoice
        assert invoice_from_dict(json.loads(text)) == invoice


def test_a_document_an_older_version_wrote_still_decodes() -> None:
    invoice = inv("7", "12.50").invoice
    legacy = json.dumps(invoice_to_dict(invoice), sort_keys=True, indent=1)
    assert invoice_from_text(legacy) == invoice
    # a shape msgspec refuses (a number where text belongs) goes the generic way
    odd = json.loads(legacy)
    odd["number"] = 7
    assert invoice_from_text(json.dumps(odd)).number == 7


def _changes(cache: InvoiceCache, sync: int) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.change, e.fields) for e in cache.audit(sync)]


def _forget_hashes(path, old_format: bool) -> None:
    """Make every row look as an older version left it: no hash, the document indented."""
    db = sqlite3.connect(path)
    if old_format:
        for rowid, doc in db.execute("SELECT rowid, doc FROM invoices").fetchall():
            text = json.dumps(json.loads(doc), ensure_ascii=False, sort_keys=True)
            db.execute("UPDATE invoices SET doc=? WHERE rowid=?", (text, rowid))
    db.execute("UPDATE invoices SET doc_hash=NULL")
    db.commit()
    db.close()


def test_change_records_are_the_same_with_and_without_stored_hashes(tmp_path) -> None:
    found = []
    for forget in (False, True):
        path = tmp_path / f"cache-{forget}.sqlite3"
        cache = InvoiceCache(path)
        first = cache.begin_sync("sendregning", "main", True)
        cache.store_batch(first, [inv("1"), inv("2"), inv("3")])
        if forget:
            cache.close()
            _forget_hashes(path, old_format=True)
            cache = InvoiceCache(path)
        second = cache.begin_sync("sendregning", "main", True)
        result = cache.store_batch(
            second,
            [inv("1"), inv("2", payment=PaymentState.PAID), inv("3", "90.00"), inv("4")],
        )
        found.append((result.added, result.changed, _changes(cache, second)))
        cache.close()
    assert found[0] == found[1]
    assert found[0][:2] == (1, 2)
    assert ("changed", ("payment",)) in found[0][2]


def test_a_rename_or_a_new_direction_is_no_change_on_the_next_sync(tmp_path) -> None:
    cache = InvoiceCache(tmp_path / "cache.sqlite3")
    first = cache.begin_sync("sendregning", "main", True)
    cache.store_batch(first, [inv("1"), inv("2")])
    cache.rename_account("main", "renamed")
    cache.set_direction("renamed", Direction.PAYABLE)
    moved = [
        FetchedInvoice(replace(f.invoice, account="renamed", direction=Direction.PAYABLE), f.raw)
        for f in (inv("1"), inv("2"))
    ]
    second = cache.begin_sync("sendregning", "renamed", True)
    result = cache.store_batch(second, moved)
    assert (result.added, result.changed) == (0, 0)
    # and the rows have their hash again: a third sync reads no document back
    third = cache.begin_sync("sendregning", "renamed", True)
    assert cache.store_batch(third, moved).changed == 0
    cache.close()


def test_an_invoice_listed_twice_in_one_batch_compares_with_its_first_copy(tmp_path) -> None:
    cache = InvoiceCache(tmp_path / "cache.sqlite3")
    first = cache.begin_sync("sendregning", "main", True)
    result = cache.store_batch(first, [inv("1"), inv("1", "120.00")])
    assert (result.added, result.changed) == (1, 1)
    assert cache.load("sendregning", "main", "1").total == Decimal("120.00")
    cache.close()


def test_raw_answers_keep_their_decimals_as_text(tmp_path) -> None:
    cache = InvoiceCache(tmp_path / "cache.sqlite3")
    sync = cache.begin_sync("sendregning", "main", True)
    item = inv("1")
    item = FetchedInvoice(item.invoice, {"total": Decimal("1.10"), "big": 10**40, "when": "x"})
    cache.store_batch(sync, [item])
    assert cache.raw("sendregning", "main", "1") == {"total": "1.10", "big": 10**40, "when": "x"}
    assert cache.load("sendregning", "main", "1").kind is Kind.INVOICE
    assert cache.load("sendregning", "main", "1").issue_date == dt.date(2026, 1, 2)
    cache.close()
