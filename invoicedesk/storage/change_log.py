"""The cache's change log: what each sync found, before -> after, kept in the ``audit`` table's
``detail`` column (migration 3), and read back as :class:`~invoicedesk.domain.changes.Change`.

Helpers of :class:`~invoicedesk.storage.cache.InvoiceCache`: each takes the cache's connection,
and the cache holds its lock (and, when writing, its transaction) around the call.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from invoicedesk.domain import Invoice, claim_outstanding, invoice_status
from invoicedesk.domain.changes import (
    GONE,
    NEW,
    OVERDUE,
    Change,
    became_overdue,
    classify,
    credited_number,
    link_credits,
)
from invoicedesk.storage.codec import invoice_from_dict, invoice_from_text

#: the document's fields, wherever they are (lines, offers, parties), that payment search looks
#: in besides the header's number, customer and description; migration 3 reads the same keys
SEARCH_KEYS = frozenset(
    {
        "kid",
        "organisation_number",
        "our_reference",
        "your_reference",
        "order_reference",
        "customer_reference",
        "description",
        "product_code",
        "number",
        "email",
    }
)


#: cache migration 3: what changed, before -> after (the Changes view, ``changes``, the digest);
#: the day each sync ran (claims that became overdue since); what payment search looks in
#: beyond the header, filled for the invoices already cached from the same keys as
#: :func:`search_text`
MIGRATION = """
    ALTER TABLE audit ADD COLUMN detail TEXT;
    ALTER TABLE syncs ADD COLUMN day TEXT;
    ALTER TABLE invoices ADD COLUMN search TEXT;
    CREATE INDEX audit_invoice ON audit (account, invoice_id);
    UPDATE invoices SET search = (SELECT group_concat(value, char(31)) FROM json_tree(doc)
        WHERE key IN ('kid', 'organisation_number', 'our_reference', 'your_reference',
            'order_reference', 'customer_reference', 'description', 'product_code', 'number',
            'email')
        AND type = 'text');
    """

#: the audit's old change words, for rows written before migration 3
_LEGACY = {"added": NEW, "changed": "amended", "removed": GONE}


def search_text(doc: Mapping[str, Any], keys: frozenset[str] | None = None) -> str | None:
    """What payment search looks in beyond the header: every text under one of the search keys,
    anywhere in the encoded document (lines, offers, parties), joined by ``\\x1f``."""
    wanted = keys or SEARCH_KEYS
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in wanted and isinstance(item, str):
                    found.append(item)
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(doc)
    return "\x1f".join(found) or None


def new_detail(inv: Invoice) -> dict[str, Any]:
    detail: dict[str, Any] = {"change": NEW, "number": inv.number, "fields": {}}
    credits = credited_number(inv)
    if credits:
        detail["credits"] = credits
    return detail


def change_detail(
    old_doc: Mapping[str, Any], doc: Mapping[str, Any], inv: Invoice, today: dt.date
) -> dict[str, Any] | None:
    try:
        before: Invoice | None = invoice_from_dict(dict(old_doc))
    except (TypeError, ValueError, KeyError):  # a document an older version wrote: no money diff
        before = None
    if before is None:
        found = classify(inv, inv, old_doc, doc, today)
    else:
        found = classify(before, inv, old_doc, doc, today)
    if found is None:
        return None
    change, fields = found
    return {"change": change, "number": inv.number, "fields": fields}


AUDIT_INSERT = (
    "INSERT INTO audit (sync_id, provider, account, invoice_id, change, fields, detail) "
    "VALUES (?,?,?,?,?,?,?)"
)


def audit_row(
    sync_id: int,
    key: tuple[str, str, str],
    change: str,
    fields: str | None,
    detail: Mapping[str, Any] | None,
) -> tuple[Any, ...]:
    """The parameters of :data:`AUDIT_INSERT`: the old change word and field names, and the
    change's detail as JSON."""
    return (sync_id, *key, change, fields, json.dumps(detail) if detail is not None else None)


def audit(
    db: sqlite3.Connection,
    sync_id: int,
    key: tuple[str, str, str],
    change: str,
    fields: str | None,
    detail: Mapping[str, Any] | None,
) -> None:
    """One audit row (see :func:`audit_row`)."""
    db.execute(AUDIT_INSERT, audit_row(sync_id, key, change, fields, detail))


def record_gone(
    db: sqlite3.Connection, sync_id: int, provider: str, account: str, invoice_id: str
) -> None:
    row = db.execute(
        "SELECT number, outstanding FROM invoices WHERE provider=? AND account=? AND id=?",
        (provider, account, invoice_id),
    ).fetchone()
    detail: dict[str, Any] = {"change": GONE, "number": row[0] if row else None, "fields": {}}
    audit(db, sync_id, (provider, account, invoice_id), "removed", None, detail)


def record_overdue(
    db: sqlite3.Connection, sync_id: int, provider: str, account: str, today: dt.date
) -> int:
    """Audit the account's claims that became overdue since its previous successful sync (their
    due date passed between that sync's day and ``today``; still owed, by the one status rule).
    Claims new in this sync are left out: they are "new". Returns how many."""
    previous = db.execute(
        "SELECT day FROM syncs WHERE provider=? AND account=? AND id<? AND result='ok' "
        "AND day IS NOT NULL ORDER BY id DESC LIMIT 1",
        (provider, account, sync_id),
    ).fetchone()
    if previous is None:
        return 0
    previous_day = dt.date.fromisoformat(previous[0])
    rows = db.execute(
        "SELECT id, doc FROM invoices WHERE provider=? AND account=? AND gone_at IS NULL "
        "AND due_date >= ? AND due_date < ? AND id NOT IN "
        "(SELECT invoice_id FROM audit WHERE sync_id=? AND change='added')",
        (provider, account, previous_day.isoformat(), today.isoformat(), sync_id),
    ).fetchall()
    count = 0
    for invoice_id, doc in rows:
        inv = invoice_from_text(doc)
        status = invoice_status(inv, today).value
        if not became_overdue(inv.due_date, previous_day, today, status):
            continue
        owed = claim_outstanding(inv)
        before = invoice_status(inv, previous_day).value
        detail: dict[str, Any] = {
            "change": OVERDUE,
            "number": inv.number,
            "fields": {
                "status": [before, status],
                "outstanding": [str(owed), str(owed)] if owed is not None else [None, None],
                "due_date": [inv.due_date.isoformat()] * 2 if inv.due_date else [None, None],
            },
        }
        audit(db, sync_id, (provider, account, invoice_id), "overdue", None, detail)
        count += 1
    return count


_SELECT = (
    "SELECT s.id, coalesce(s.finished, s.started), a.provider, a.account, a.invoice_id, "
    "a.change, a.fields, a.detail, i.number FROM audit a JOIN syncs s ON s.id = a.sync_id "
    "LEFT JOIN invoices i ON i.provider = a.provider AND i.account = a.account "
    "AND i.id = a.invoice_id"
)


def read_changes(
    db: sqlite3.Connection,
    *,
    accounts: Sequence[str] | None = None,
    since: dt.datetime | None = None,
    sync_ids: Sequence[int] | None = None,
    invoice: tuple[str, str, str] | None = None,
    limit: int | None = None,
) -> list[Change]:
    """Changes newest sync first (each sync's in the order found). Without ``since``,
    ``sync_ids`` or ``invoice``: what each account's latest successful sync found."""
    where: list[str] = []
    params: list[Any] = []
    if accounts:
        where.append(f"a.account IN ({','.join('?' * len(accounts))})")
        params += list(accounts)
    if sync_ids is not None:
        where.append(f"a.sync_id IN ({','.join('?' * len(sync_ids))})")
        params += list(sync_ids)
    elif invoice is not None:
        where.append("a.provider=? AND a.account=? AND a.invoice_id=?")
        params += list(invoice)
    elif since is not None:
        where.append("coalesce(s.finished, s.started) >= ?")
        params.append(since.astimezone(dt.UTC).isoformat(timespec="seconds"))
    else:
        where.append(
            "s.id IN (SELECT max(id) FROM syncs WHERE result='ok' GROUP BY provider, account)"
        )
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY s.id DESC, a.rowid"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    rows = db.execute(sql, params).fetchall()
    return link_credits(list(_changes(rows)))


def _changes(rows: Sequence[Any]) -> Iterator[Change]:
    for sync_id, at, provider, account, invoice_id, change, fields, detail, number in rows:
        if detail:
            data = json.loads(detail)
            yield Change(
                at,
                account,
                provider,
                invoice_id,
                data.get("number", number),
                data["change"],
                {k: list(v) for k, v in data.get("fields", {}).items()},
                sync_id,
                data.get("credits"),
            )
        else:  # written before migration 3: field names only
            names = fields.split(",") if fields else []
            yield Change(
                at,
                account,
                provider,
                invoice_id,
                number,
                _LEGACY.get(change, change),
                {name: [None, None] for name in names},
                sync_id,
            )
