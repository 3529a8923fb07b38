"""Exports: the JSON contract of DESIGN.md, locale-aware CSV and XLSX. Qt-free.

Amounts are decimal strings (the provider's own figures where given), never floats. Text cells that
a spreadsheet would run as a formula (= + - @, tab, CR) are neutralised in CSV and XLSX.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from invoicedesk import export_xlsx
from invoicedesk.atomic_file import replaced
from invoicedesk.domain import Invoice, Line, Status, invoice_status
from invoicedesk.export_flat import AMOUNT_COLUMNS as AMOUNT_COLUMNS
from invoicedesk.export_flat import CSV_COLUMNS as CSV_COLUMNS
from invoicedesk.export_flat import amount, date, flat_values
from invoicedesk.export_json import contract_text

FORMATS = ("json", "csv", "xlsx")
#: invoices per write of the JSON export (about 60 KB): few writes, still streamed
_JSON_BATCH = 64

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


_amount = amount
_date = date


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


def invoice_flat(invoice: Invoice, today: dt.date) -> dict[str, Any]:
    """The flat columns (:data:`CSV_COLUMNS`) of one invoice, in the contract's words and
    strings: the first keys of :func:`invoice_json`."""
    return dict(zip(CSV_COLUMNS, flat_values(invoice, today), strict=True))


def invoice_json(invoice: Invoice, today: dt.date) -> dict[str, Any]:
    return {
        **invoice_flat(invoice, today),
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


#: the contract's columns whose values are words a person may read translated
WORD_COLUMNS = ("kind", "direction", "status")
_DATE_COLUMNS = frozenset({"issue_date", "due_date"})
#: spreadsheet column widths (characters) for the contract's columns
_WIDTHS = {"customer": 30, "account": 16, "id": 14, "customer_number": 12, "status": 14}


@dataclass(frozen=True)
class Labels:
    """How a person reads the flat columns (exports from the window): a header per column of
    :data:`CSV_COLUMNS`, words for the contract's values of :data:`WORD_COLUMNS` (column ->
    contract value -> word) and the sheet's name. Without labels the contract's keys and
    values are written, as the CLI does."""

    headers: tuple[str, ...]
    words: Mapping[str, Mapping[str, str]]
    sheet: str = "Invoices"


def neutralise(text: str) -> str:
    """Keep a spreadsheet from running a cell as a formula (OWASP CSV injection)."""
    if text and text[0] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def flat_rows(
    invoices: Iterable[Invoice], today: dt.date, labels: Labels | None = None
) -> Iterator[list[Any]]:
    """One list per invoice, in :data:`CSV_COLUMNS` order: contract values (None for none),
    with the words of ``labels`` where given."""
    words = [labels.words.get(c, {}) if labels else {} for c in CSV_COLUMNS]
    translated = [i for i, mapping in enumerate(words) if mapping]
    for invoice in invoices:
        row = list(flat_values(invoice, today))
        for i in translated:
            row[i] = words[i].get(row[i], row[i])
        yield row


def write_json(invoices: Iterable[Invoice], stream: IO[str], today: dt.date) -> int:
    """The JSON contract, one invoice a line, written as the invoices come; returns how many."""
    stream.write('{"invoices": [')
    count = 0
    pending: list[str] = []
    for invoice in invoices:
        pending.append(contract_text(invoice, today))
        count += 1
        if len(pending) >= _JSON_BATCH:
            stream.write(("\n" if count == len(pending) else ",\n") + ",\n".join(pending))
            pending = []
    if pending:
        stream.write(("\n" if count == len(pending) else ",\n") + ",\n".join(pending))
    stream.write("\n]}\n")
    return count


def to_json(invoices: Iterable[Invoice], today: dt.date) -> str:
    buffer = io.StringIO()
    write_json(invoices, buffer, today)
    return buffer.getvalue()


def uses_comma_decimal(language: str) -> bool:
    return language.split("_")[0].split("-")[0].lower() in COMMA_DECIMAL_LANGUAGES


def write_csv(
    invoices: Iterable[Invoice],
    stream: IO[str],
    today: dt.date,
    language: str = "en",
    labels: Labels | None = None,
) -> int:
    """CSV in the conventions of ``language``, row by row; returns how many invoices."""
    comma = uses_comma_decimal(language)
    if comma:
        stream.write("\ufeff")  # BOM: Excel then reads UTF-8
    writer = csv.writer(stream, delimiter=";" if comma else ",", lineterminator="\r\n")
    writer.writerow(labels.headers if labels else CSV_COLUMNS)
    amounts = [column in AMOUNT_COLUMNS for column in CSV_COLUMNS]
    count = 0
    for row in flat_rows(invoices, today, labels):
        cells = []
        for value, is_amount in zip(row, amounts, strict=True):
            if value is None:
                cells.append("")
            elif is_amount:
                cells.append(value.replace(".", ",") if comma else value)
            else:
                cells.append(neutralise(str(value)))
        writer.writerow(cells)
        count += 1
    return count


def to_csv(invoices: Iterable[Invoice], today: dt.date, language: str = "en") -> str:
    buffer = io.StringIO()
    write_csv(invoices, buffer, today, language)
    return buffer.getvalue()


def write_xlsx_stream(
    invoices: Iterable[Invoice], stream: IO[bytes], today: dt.date, labels: Labels | None = None
) -> int:
    """The flat columns as a workbook (see :mod:`.export_xlsx`); returns how many invoices."""
    headers = labels.headers if labels else CSV_COLUMNS
    kinds = {
        i: "amount" if c in AMOUNT_COLUMNS else "date" if c in _DATE_COLUMNS else "int"
        for i, c in enumerate(CSV_COLUMNS)
        if c in AMOUNT_COLUMNS or c in _DATE_COLUMNS or c == "days_overdue"
    }
    widths = [
        max(_WIDTHS.get(c, 13 if c in AMOUNT_COLUMNS else 11), min(len(h) + 4, 40))
        for c, h in zip(CSV_COLUMNS, headers, strict=True)
    ]
    text_columns = [i for i in range(len(CSV_COLUMNS)) if i not in kinds]

    def cells() -> Iterator[list[Any]]:
        for row in flat_rows(invoices, today, labels):
            for i in text_columns:
                if row[i] is not None:
                    row[i] = neutralise(str(row[i]))
            yield row

    return export_xlsx.write_sheet(
        stream,
        headers,
        cells(),
        kinds=kinds,
        currency_column=CSV_COLUMNS.index("currency"),
        widths=widths,
        sheet_name=labels.sheet if labels else "Invoices",
    )


def write_xlsx(invoices: Iterable[Invoice], path: Path, today: dt.date) -> int:
    """A workbook at ``path``, whole or not at all (written beside it, then renamed)."""
    with replaced(path) as stream:
        return write_xlsx_stream(invoices, stream, today)
