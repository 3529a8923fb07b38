"""How :meth:`InvoiceCache.store_batch` writes one batch: every row prepared first, then one
``executemany`` for the upserts and one for the audit rows, inside the cache's transaction.

Change detection reads no stored documents for invoices that did not change: each row keeps a
hash of its document (``doc_hash``, migration 4), the batch reads the hashes of its invoices in
one query, and only an invoice whose hash differs (or that has none yet: written before the
column, or renamed by SQLite's ``json_set``) has its old document read and compared field by
field, exactly as before, so the change records are the same.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from invoicedesk.domain.fetched import FetchedInvoice
from invoicedesk.storage.cache_rows import UPSERT, upsert_row
from invoicedesk.storage.change_log import AUDIT_INSERT, audit_row, change_detail, new_detail
from invoicedesk.storage.codec import document_text, invoice_document

#: SQLite's default limit on "?" parameters is 999 in older builds: stay under it
_IDS_PER_QUERY = 500


def doc_hash(text: str) -> bytes:
    """The stored document's fingerprint (128 bits: a collision is out of reach)."""
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


def write_batch(
    db: sqlite3.Connection,
    sync_id: int,
    batch: Sequence[FetchedInvoice],
    seen: set[str] | None,
    day: dt.date,
    now: str,
) -> tuple[int, int]:
    """Upsert ``batch`` and audit what was added or changed; returns (added, changed). The
    caller holds the lock and the transaction."""
    stored = _stored_hashes(db, batch)
    #: documents written earlier in this batch (an invoice listed twice compares with that)
    written: dict[tuple[str, str, str], str] = {}
    rows: list[tuple[Any, ...]] = []
    audits: list[tuple[Any, ...]] = []
    added = changed = 0
    for item in batch:
        inv = item.invoice
        key = inv.key
        doc = invoice_document(inv)
        text = document_text(doc)
        digest = doc_hash(text)
        old = stored.get(key)
        if old is None:
            added += 1
            audits.append(audit_row(sync_id, key, "added", None, new_detail(inv)))
        else:
            old_hash, gone_at = old
            if gone_at is not None or old_hash != digest:
                old_text = written.get(key) or _stored_doc(db, key)
                if gone_at is not None or (
                    old_text != text and _changed_fields(json.loads(old_text), doc)
                ):
                    # (the same document written another way, e.g. by SQLite's json_set on a
                    # rename, or by an older version, is no change)
                    old_doc = json.loads(old_text)
                    fields = _changed_fields(old_doc, doc)
                    if gone_at is not None:
                        fields = ("reappeared", *fields)
                        detail: dict[str, Any] | None = new_detail(inv)
                    else:
                        detail = change_detail(old_doc, doc, inv, day)
                    changed += 1
                    audits.append(
                        audit_row(sync_id, key, "changed", ",".join(fields) or None, detail)
                    )
        stored[key] = (digest, None)
        written[key] = text
        rows.append(upsert_row(inv, doc, text, item.raw, now, digest))
        if seen is not None:
            seen.add(inv.id)
    db.executemany(UPSERT, rows)
    if audits:
        db.executemany(AUDIT_INSERT, audits)
    return added, changed


def _stored_hashes(
    db: sqlite3.Connection, batch: Sequence[FetchedInvoice]
) -> dict[tuple[str, str, str], tuple[bytes | None, str | None]]:
    """(doc_hash, gone_at) of every invoice of ``batch`` already in the cache."""
    by_account: dict[tuple[str, str], list[str]] = {}
    for item in batch:
        by_account.setdefault((item.invoice.provider, item.invoice.account), []).append(
            item.invoice.id
        )
    found: dict[tuple[str, str, str], tuple[bytes | None, str | None]] = {}
    for (provider, account), ids in by_account.items():
        for start in range(0, len(ids), _IDS_PER_QUERY):
            chunk = ids[start : start + _IDS_PER_QUERY]
            # Only "?" placeholders are joined in: no injection.
            sql = (
                "SELECT id, doc_hash, gone_at FROM invoices "  # noqa: S608
                f"WHERE provider=? AND account=? AND id IN ({','.join('?' * len(chunk))})"
            )
            for invoice_id, digest, gone_at in db.execute(sql, (provider, account, *chunk)):
                found[(provider, account, invoice_id)] = (digest, gone_at)
    return found


def _stored_doc(db: sqlite3.Connection, key: tuple[str, str, str]) -> str:
    row = db.execute(
        "SELECT doc FROM invoices WHERE provider=? AND account=? AND id=?", key
    ).fetchone()
    return str(row[0])


def _changed_fields(old: dict[str, Any], new: dict[str, Any]) -> tuple[str, ...]:
    return tuple(sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k)))
