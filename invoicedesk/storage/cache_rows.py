"""How an invoice is written as a row of the cache's ``invoices`` table: the header columns the
table reads (:data:`HEADER_COLUMNS`) and the upsert that keeps them beside the stored document.
The figures in the row come from the domain's one rule for each (paid, outstanding)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from invoicedesk.domain import Invoice, claim_outstanding, paid_amount
from invoicedesk.storage.change_log import search_text
from invoicedesk.storage.codec import json_text

#: column order of :meth:`InvoiceCache.headers` rows
HEADER_COLUMNS = (
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
    "direction",
    "fees",
    "customer_number",
    "search",
)


UPSERT = """INSERT INTO invoices (provider, account, id, number, kind, customer,
        issue_date, due_date, currency, net, vat, total, paid, outstanding,
        payment, provider_overdue, description, doc, raw, first_seen,
        updated_at, gone_at, direction, fees, customer_number, search, doc_hash)
    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,?,?,?,?,?)
    ON CONFLICT (provider, account, id) DO UPDATE SET
        number=excluded.number, kind=excluded.kind, customer=excluded.customer,
        issue_date=excluded.issue_date, due_date=excluded.due_date,
        currency=excluded.currency, net=excluded.net, vat=excluded.vat,
        total=excluded.total, paid=excluded.paid,
        outstanding=excluded.outstanding, payment=excluded.payment,
        provider_overdue=excluded.provider_overdue,
        description=excluded.description, doc=excluded.doc, raw=excluded.raw,
        updated_at=excluded.updated_at, gone_at=NULL,
        direction=excluded.direction, fees=excluded.fees,
        customer_number=excluded.customer_number,
        search=excluded.search, doc_hash=excluded.doc_hash"""


def text(value: Decimal | dt.date | None) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def upsert_row(
    inv: Invoice, doc: dict[str, Any], doc_text: str, raw: Any, now: str, doc_hash: bytes
) -> tuple[Any, ...]:
    """The parameters of :data:`UPSERT` for one invoice (``doc``: its encoded document, and
    ``doc_hash`` the hash of its text)."""
    return (
        inv.provider,
        inv.account,
        inv.id,
        inv.number,
        inv.kind.value,
        inv.customer_label,
        text(inv.issue_date),
        text(inv.due_date),
        inv.currency,
        text(inv.net),
        text(inv.vat),
        text(inv.total),
        text(paid_amount(inv)),
        text(claim_outstanding(inv)),
        inv.payment.value,
        int(inv.provider_overdue),
        inv.description,
        doc_text,
        json_text(raw),
        now,
        now,
        inv.direction.value,
        text(inv.fees),
        inv.customer_number,
        search_text(doc),
        doc_hash,
    )
