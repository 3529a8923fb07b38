"""Buckaroo's tracked invoices as the account stores them, and the CSV import. Qt-free logic
with translated messages.

Buckaroo cannot list invoices; the account names what to follow: invoice keys, invoice numbers
and customer ids (all of a customer's invoices), stored as three comma-separated options. A CSV
row that gives several is followed by its most specific one: the key, else the number."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

KINDS = ("key", "number", "customer_id")
OPTION_FOR = {"key": "invoice_keys", "number": "invoice_numbers", "customer_id": "customer_ids"}
_KEY = re.compile(r"^[A-Za-z0-9-]{1,64}$")
_HEADERS = {
    "key": "key", "invoicekey": "key", "invoice_key": "key", "invoice key": "key",
    "number": "number", "invoicenumber": "number", "invoice_number": "number",
    "invoice number": "number",
    "customer_id": "customer_id", "customerid": "customer_id", "customer": "customer_id",
    "customer id": "customer_id",
}  # fmt: skip


def value_error(kind: str, value: str) -> str | None:
    if not value:
        return translate("TrackedInvoices", "empty value")
    if "," in value:
        return translate("TrackedInvoices", "a value cannot contain a comma")
    if kind == "key" and not _KEY.match(value):
        return translate("TrackedInvoices", "“{value}” is not a Buckaroo invoice key").format(
            value=value[:40]
        )
    return None


@dataclass
class TrackedList:
    entries: list[tuple[str, str]] = field(default_factory=list)  # (kind, value)

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def from_options(cls, options: dict[str, str]) -> TrackedList:
        entries = []
        for kind in KINDS:
            for part in options.get(OPTION_FOR[kind], "").split(","):
                if part.strip():
                    entries.append((kind, part.strip()))
        return cls(entries)

    def as_options(self) -> dict[str, str]:
        seen: set[tuple[str, str]] = set()
        values: dict[str, list[str]] = {kind: [] for kind in KINDS}
        for kind, value in self.entries:
            ident = (kind, value.casefold())
            if ident not in seen:
                seen.add(ident)
                values[kind].append(value)
        return {OPTION_FOR[kind]: ",".join(values[kind]) for kind in KINDS}

    def add(self, other: TrackedList) -> None:
        known = {(k, v.casefold()) for k, v in self.entries}
        for kind, value in other.entries:
            if (kind, value.casefold()) not in known:
                known.add((kind, value.casefold()))
                self.entries.append((kind, value))


@dataclass
class CsvImport:
    tracked: TrackedList
    rows: int = 0
    bad_lines: list[tuple[int, str]] = field(default_factory=list)


class CsvImportError(ValueError):
    """The file as a whole is unusable (unreadable, empty, no known header)."""


def read_csv_file(path: Path) -> CsvImport:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise CsvImportError(
            translate(
                "TrackedInvoices", "{name} is not UTF-8 text; save it as “CSV UTF-8”."
            ).format(name=path.name)
        ) from None
    except OSError as exc:
        raise CsvImportError(
            translate("TrackedInvoices", "Cannot read {name}: {reason}").format(
                name=path.name, reason=exc.strerror or exc
            )
        ) from None
    return parse_csv(text)


def parse_csv(text: str) -> CsvImport:
    """Header row naming key / number / customer_id (any case; comma, semicolon or tab)."""
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), None)
    if first is None:
        raise CsvImportError(translate("TrackedInvoices", "The file is empty."))
    delimiter = max(",;\t", key=first.count)
    result = CsvImport(TrackedList())
    header: list[str | None] = []
    for number, row in enumerate(csv.reader(lines, delimiter=delimiter), start=1):
        if not any(cell.strip() for cell in row):
            continue
        if not header:
            header = [_HEADERS.get(cell.strip().lower()) for cell in row]
            if not any(header):
                raise CsvImportError(
                    translate(
                        "TrackedInvoices",
                        "The first line must name the columns: key, number and/or customer_id.",
                    )
                )
            continue
        problem, entry = _row_entry(header, row)
        if problem is not None:
            result.bad_lines.append((number, problem))
        elif entry is not None:
            result.rows += 1
            result.tracked.add(TrackedList([entry]))
    return result


def _row_entry(
    header: list[str | None], row: list[str]
) -> tuple[str | None, tuple[str, str] | None]:
    if any(cell.strip() for cell in row[len(header) :]):
        return translate("TrackedInvoices", "more fields than the header has"), None
    found = {
        col: cell.strip() for col, cell in zip(header, row, strict=False) if col and cell.strip()
    }
    if not found:
        return translate("TrackedInvoices", "no invoice key, number or customer id"), None
    kind = next(k for k in KINDS if k in found)
    problem = value_error(kind, found[kind])
    return (problem, None) if problem else (None, (kind, found[kind]))
