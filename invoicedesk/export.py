"""Exports: the JSON contract of DESIGN.md, locale-aware CSV and XLSX. Qt-free.

Amounts are decimal strings (the provider's own figures where given), never floats. Text cells that
a spreadsheet would run as a formula (= + - @, tab, CR) are neutralised in CSV and XLSX.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from invoicedesk.domain import (
    Invoice,
    Line,
    Status,
    claim_outstanding,
    days_overdue,
    days_past_due,
    export_status,
    invoice_status,
    paid_amount,
)

FORMATS = ("json", "csv", "xlsx")

#: locales whose spreadsheets expect ';' between fields and ',' as decimal mark
COMMA_DECIMAL_LANGUAGES = ("nb", "nn", "no", "da", "nl", "de", "fr", "sv", "fi")


@dataclass(frozen=True)
class ExportFilter:
    accounts: tuple[str, ...] = ()
    statuses: tuple[Status, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def matches(self, invoice: Invoice, today: dt.date) -> bool:
        if self.accounts and invoice.account not in self.accounts:
            return False
        if self.statuses and invoice_status(invoice, today) not in self.statuses:
            return False
        if self.date_from or self.date_to:
            if invoice.issue_date is None:
                return False
            if self.date_from and invoice.issue_date < self.date_from:
                return False
            if self.date_to and invoice.issue_date > self.date_to:
                return False
        return True


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _line(line: Line) -> dict[str, Any]:
    return {
        "description": line.description,
        "product_code": line.product_code,
        "quantity": _amount(line.quantity),
        "unit_price": _amount(line.unit_price),
        "discount": _amount(line.discount_percent),
        "vat_rate": _amount(line.vat_rate),
        "net": _amount(line.net),
        "vat": _amount(line.vat),
        "total": _amount(line.total),
    }


def invoice_json(invoice: Invoice, today: dt.date) -> dict[str, Any]:
    status = invoice_status(invoice, today)
    return {
        "provider": invoice.provider,
        "account": invoice.account,
        "id": invoice.id,
        "number": invoice.number,
        "kind": invoice.kind.value,
        "direction": invoice.direction.value,
        "customer": invoice.customer_label,
        "customer_number": invoice.customer_number,
        "issue_date": _date(invoice.issue_date),
        "due_date": _date(invoice.due_date),
        "currency": invoice.currency,
        "net": _amount(invoice.net),
        "vat": _amount(invoice.vat),
        "total": _amount(invoice.total),
        "paid_amount": _amount(paid_amount(invoice)),
        "outstanding": _amount(claim_outstanding(invoice)),
        "fees": _amount(invoice.fees),
        "days_overdue": days_overdue(status, days_past_due(invoice.due_date, today)),
        "status": export_status(status),
        "lines": [_line(line) for line in invoice.lines],
        "offers": [
            {
                "number": o.number,
                "net": _amount(o.net),
                "vat": _amount(o.vat),
                "total": _amount(o.total),
                "lines": [_line(line) for line in o.lines],
            }
            for o in invoice.offers
        ],
        "credit_notes": [
            {
                "number": c.number,
                "date": _date(c.date),
                "net": _amount(c.net),
                "vat": _amount(c.vat),
                "total": _amount(c.total),
                "description": c.description,
            }
            for c in invoice.credit_notes
        ],
        "transactions": [
            {
                "id": t.id,
                "type": t.type,
                "description": t.description,
                "date": _date(t.date),
                "currency": t.currency,
                "amount_debit": _amount(t.amount_debit),
                "amount_credit": _amount(t.amount_credit),
                "amount_refundable": _amount(t.amount_refundable),
                "success": t.success,
                "refunds": [
                    {
                        "id": r.id,
                        "amount": _amount(r.amount),
                        "date": _date(r.date),
                        "success": r.success,
                    }
                    for r in t.refunds
                ],
            }
            for t in invoice.transactions
        ],
        "reminders": [
            {
                "number": r.number,
                "date": _date(r.date),
                "due_date": _date(r.due_date),
                "amount": _amount(r.amount),
                "fee": _amount(r.fee),
                "type": r.type,
            }
            for r in invoice.reminders
        ],
        "links": {"pdf": invoice.pdf_url, "pay": invoice.pay_url},
    }


def to_json(invoices: Iterable[Invoice], today: dt.date) -> str:
    return json.dumps(
        {"invoices": [invoice_json(i, today) for i in invoices]}, ensure_ascii=False, indent=1
    )


CSV_COLUMNS = (
    "provider",
    "account",
    "id",
    "number",
    "kind",
    "direction",
    "customer",
    "customer_number",
    "issue_date",
    "due_date",
    "currency",
    "net",
    "vat",
    "total",
    "paid_amount",
    "outstanding",
    "fees",
    "days_overdue",
    "status",
)
AMOUNT_COLUMNS = frozenset({"net", "vat", "total", "paid_amount", "outstanding", "fees"})


def neutralise(text: str) -> str:
    """Keep a spreadsheet from running a cell as a formula (OWASP CSV injection)."""
    if text and text[0] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def _rows(invoices: Iterable[Invoice], today: dt.date) -> Iterable[dict[str, Any]]:
    for invoice in invoices:
        data = invoice_json(invoice, today)
        yield {k: data[k] for k in CSV_COLUMNS}


def uses_comma_decimal(language: str) -> bool:
    return language.split("_")[0].split("-")[0].lower() in COMMA_DECIMAL_LANGUAGES


def write_csv(
    invoices: Iterable[Invoice], stream: IO[str], today: dt.date, language: str = "en"
) -> None:
    comma = uses_comma_decimal(language)
    if comma:
        stream.write("\ufeff")  # BOM: Excel then reads UTF-8
    writer = csv.writer(stream, delimiter=";" if comma else ",", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    amount_columns = AMOUNT_COLUMNS
    for row in _rows(invoices, today):
        cells = []
        for column in CSV_COLUMNS:
            value = row[column]
            if value is None:
                cells.append("")
            elif column in amount_columns:
                cells.append(value.replace(".", ",") if comma else value)
            else:
                cells.append(neutralise(str(value)))
        writer.writerow(cells)


def to_csv(invoices: Iterable[Invoice], today: dt.date, language: str = "en") -> str:
    buffer = io.StringIO()
    write_csv(invoices, buffer, today, language)
    return buffer.getvalue()


def write_xlsx(invoices: Sequence[Invoice] | Iterable[Invoice], path: Path, today: dt.date) -> None:
    """Amounts as real numbers with two decimals (Excel stores doubles: exact to the cent for
    any invoice amount), dates as dates. Written to a temporary file, then renamed."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Invoices")
    sheet.append(list(CSV_COLUMNS))
    amount_columns = AMOUNT_COLUMNS
    for row in _rows(invoices, today):
        cells: list[Any] = []
        for column in CSV_COLUMNS:
            value = row[column]
            if value is None:
                cells.append(None)
            elif column in amount_columns:
                cells.append(Decimal(value))
            elif column in ("issue_date", "due_date"):
                cells.append(dt.date.fromisoformat(value))
            elif isinstance(value, int):
                cells.append(value)
            else:
                cells.append(neutralise(str(value)))
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)  # in memory: a file that cannot be written never aborts openpyxl midway
    tmp = path.with_name(f".{path.name}.part")
    try:
        tmp.write_bytes(buffer.getvalue())
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(path)) from None  # name the file asked for
