"""The invoice endpoints of the Telecom X sandbox: ``GET /invoice`` paging with ``total`` and the
1..500 limit (422 outside, or clamped with ``clamp_limit=True``), ``GET /invoice/{id}`` with
400/403/404, field visibility by access level, Copenhagen-midnight UTC dates, ``invoiceNumber`` -1
(number) or a string, grouped lines and CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from invoicedesk.sandbox.base import SandboxRequest, SandboxResponse
from invoicedesk.sandbox.telecomx_auth import User, error
from invoicedesk.sandbox.telecomx_customer_api import (
    OID,
    RESELLER_LEVELS,
    Json,
    TelecomXCustomerApi,
    _int,
)
from invoicedesk.sandbox.telecomx_data import InvoiceRecord, LineRecord, Totals

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def utc_midnight(day: dt.date) -> str:
    """Copenhagen midnight of ``day`` as the API writes it: ``2014-12-31T23:00:00.000Z``."""
    local = dt.datetime(day.year, day.month, day.day, tzinfo=COPENHAGEN)
    return local.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


class TelecomXInvoiceApi(TelecomXCustomerApi):
    """The ``/invoice`` endpoints, over the dataset; ``TelecomXSandbox`` routes here."""

    # knobs, set up by TelecomXSandbox.__init__
    clamp_limit: bool
    max_page: int
    expand_customer: bool

    # ---- helpers for tests -----------------------------------------------------------------
    def visible_invoices(self, user: User) -> list[InvoiceRecord]:
        return [i for i in self.dataset.invoices if self._may_see(user, i)]

    # ---- access ----------------------------------------------------------------------------
    def _may_see(self, user: User, invoice: InvoiceRecord) -> bool:
        if user.access_level == "ADMIN":
            return True
        if user.access_level in RESELLER_LEVELS:
            return invoice.reseller_id == user.customer_id
        return False

    # ---- invoices --------------------------------------------------------------------------
    def _invoice_list(self, request: SandboxRequest, user: User) -> SandboxResponse:
        if user.access_level != "ADMIN" and user.access_level not in RESELLER_LEVELS:
            return error(403, "access_denied", "Insufficient access level")
        offset = _int(request.q("offset", "0"))
        if offset is None or offset < 0:
            return error(422, "offset", "Offset must be a non-negative integer")
        limit = _int(request.q("limit", "50"))
        if limit is None:
            return error(422, "limit", "Limit must be between 1 and 500")
        if not 1 <= limit <= 500:
            if not self.clamp_limit:
                return error(422, "limit", "Limit must be between 1 and 500")
            limit = min(500, max(1, limit))
        invoices = self.visible_invoices(user)
        for key in ("customer", "reseller"):
            wanted = request.q(key)
            if not wanted:
                continue
            if not OID.match(wanted):
                return error(422, key, f"{key.capitalize()} id is invalid")
            target = self.dataset.customers.get(wanted.lower())
            if target is None:
                return error(404, "not_found", "Not found")
            if not self._may_see_customer(user, target):
                return error(403, "access_denied", "Insufficient access level")
            attr = "customer_id" if key == "customer" else "reseller_id"
            invoices = [i for i in invoices if getattr(i, attr) == target.id]
        for key, keep in (("fromDate", dt.date.__ge__), ("toDate", dt.date.__le__)):
            text = request.q(key)
            if text is None:
                continue
            try:
                bound = dt.date.fromisoformat(text)
            except ValueError:
                return error(422, key, "Date is invalid")
            invoices = [i for i in invoices if keep(i.invoice_date, bound)]
        page = invoices[offset : offset + min(limit, self.max_page)]
        lang = request.q("lang", "da") or "da"
        expand = request.q("expand") == "true"
        if request.q("format") == "csv":
            return self._csv(request, user, page, lang, grouped=False)
        items = [self._invoice_json(i, user, lang, expand=expand, lines=None) for i in page]
        return SandboxResponse.json(
            {"offset": offset, "limit": limit, "total": len(invoices), "invoices": items}
        )

    def _invoice_get(self, request: SandboxRequest, user: User, oid: str) -> SandboxResponse:
        if not OID.match(oid):
            return error(400, "bad_request", "Id not found in request URI")
        invoice = self.dataset.by_id.get(oid.lower())
        if invoice is None:
            return error(404, "not_found", "Not found")
        if not self._may_see(user, invoice):
            return error(403, "access_denied", "Insufficient access level")
        lang = request.q("lang", "da") or "da"
        if lang not in ("da", "en"):
            return error(422, "lang", "Language must be en or da")
        lines = [
            ln
            for ln in invoice.lines
            if not ln.included or request.q("showIncludedProducts") == "true"
        ]
        grouped = request.q("groupInvoiceLines") == "true"
        if grouped:
            lines = group_lines(lines)
        if request.q("format") == "csv":
            return self._csv(request, user, [invoice], lang, grouped=grouped)
        return SandboxResponse.json(self._invoice_json(invoice, user, lang, False, lines))

    def _invoice_json(
        self,
        invoice: InvoiceRecord,
        user: User,
        lang: str,
        expand: bool,
        lines: list[LineRecord] | None,
    ) -> Json:
        level = user.access_level
        wholesale = level == "ADMIN" or level in RESELLER_LEVELS
        cost = level == "ADMIN"
        customer: Any = invoice.customer_id
        if expand and self.expand_customer:
            customer = self._customer_json(self.dataset.customers[invoice.customer_id])
        out: Json = {
            "_id": invoice.id,
            "customer": customer,
            "sent": invoice.sent,
            "invoiceNumber": -1 if invoice.number is None else invoice.number,
            "period": invoice.period,
            "invoiceDate": utc_midnight(invoice.invoice_date),
            "dueDate": utc_midnight(invoice.due_date),
            "paid": invoice.paid,
            "headline": invoice.headline.get(lang, invoice.headline["da"]),
        }
        if lines is not None:
            out["lines"] = [_line_json(ln, lang, wholesale, cost) for ln in lines]
        if lines is None and not expand:
            return out  # subtotals "will also be calculated" only with expand=true
        figures: list[tuple[str, Totals | None]] = [
            ("Cost", invoice.cost if cost else None),
            ("Wholesale", invoice.wholesale if wholesale else None),
            ("", invoice.price),
        ]
        for suffix, totals in figures:
            if totals is not None:
                out["subTotal" + suffix] = totals.sub_total
        for suffix, totals in figures:
            if totals is not None:
                out["vat" + suffix] = totals.vat
        out["total"] = invoice.price.total
        return out

    def _csv(
        self,
        request: SandboxRequest,
        user: User,
        invoices: list[InvoiceRecord],
        lang: str,
        grouped: bool,
    ) -> SandboxResponse:
        level = user.access_level
        wholesale = level == "ADMIN" or level in RESELLER_LEVELS
        columns = [
            "customerName",
            "vatNumber",
            "productCode",
            "amount",
            "wholesalePrice",
            "customerPrice",
            "name",
            "description",
            "customerId",
        ]
        chosen = [c for c in columns if request.q(c) == "true"] or columns
        if not wholesale:
            chosen = [c for c in chosen if c != "wholesalePrice"]
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(chosen)
        for invoice in invoices:
            customer = self.dataset.customers[invoice.customer_id]
            lines = [ln for ln in invoice.lines if not ln.included]
            for line in group_lines(lines) if grouped else lines:
                values = {
                    "customerName": customer.name,
                    "vatNumber": customer.vat_number,
                    "productCode": line.product_code,
                    "amount": _comma(line.units),
                    "wholesalePrice": _comma(line.unit_wholesale),
                    "customerPrice": _comma(line.unit_price),
                    "name": line.name.get(lang, line.name["da"]),
                    "description": line.description.get(lang, line.description["da"]),
                    "customerId": customer.id,
                }
                writer.writerow([values[c] for c in chosen])
        return SandboxResponse(
            200, out.getvalue().encode("utf-8"), {"Content-Type": "text/csv; charset=utf-8"}
        )


def group_lines(lines: list[LineRecord]) -> list[LineRecord]:
    """``groupInvoiceLines``: merge lines of one product, period and price (units summed)."""
    merged: dict[tuple[Any, ...], LineRecord] = {}
    for line in lines:
        key = (
            line.product,
            line.period_from,
            line.period_to,
            line.unit_price,
            line.unit_wholesale,
            line.unit_cost,
            line.vat_exempt,
            line.type,
        )
        if key in merged:
            first = merged[key]
            merged[key] = LineRecord(
                first.product,
                first.product_code,
                first.name,
                first.description,
                first.units + line.units,
                first.type,
                first.unit_price,
                first.unit_wholesale,
                first.unit_cost,
                first.vat_exempt,
                first.period_from,
                first.period_to,
                first.included,
            )
        else:
            merged[key] = line
    return list(merged.values())


def _line_json(line: LineRecord, lang: str, wholesale: bool, cost: bool) -> Json:
    out: Json = {
        "product": line.product,
        "productCode": line.product_code,
        "name": line.name.get(lang, line.name["da"]),
        "description": line.description.get(lang, line.description["da"]),
        "units": line.units,
        "type": line.type,
    }
    if cost and line.unit_cost is not None:
        out["unitCost"] = line.unit_cost
    if wholesale and line.unit_wholesale is not None:
        out["unitWholesale"] = line.unit_wholesale
    out["unitPrice"] = line.unit_price
    out["vatExempt"] = line.vat_exempt
    if line.period_from is not None:
        out["from"] = utc_midnight(line.period_from)
    if line.period_to is not None:
        out["to"] = utc_midnight(line.period_to)
    return out


def _comma(value: Decimal | None) -> str:
    return "" if value is None else format(value, "f").replace(".", ",")
