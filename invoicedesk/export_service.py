"""The one way invoices are exported, from the CLI and from the window: the format's writer fed
invoice by invoice (memory stays flat however many there are) into a file that is whole or
absent, or into a text stream such as stdout. Qt-free."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from invoicedesk.atomic_file import replaced
from invoicedesk.domain import Invoice
from invoicedesk.export import FORMATS, Labels, write_csv, write_json, write_xlsx_stream


def export_file(
    invoices: Iterable[Invoice],
    path: Path,
    fmt: str,
    today: dt.date,
    language: str = "en",
    labels: Labels | None = None,
) -> int:
    """Write ``invoices`` to ``path`` as ``fmt`` (json, csv or xlsx); returns how many.

    ``language`` sets the CSV conventions; ``labels`` the headers and words a person reads in
    CSV and XLSX (the JSON contract keeps its keys and values)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    with replaced(path) as raw:
        if fmt == "xlsx":
            return write_xlsx_stream(invoices, raw, today, labels)
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        count = export_stream(invoices, text, fmt, today, language, labels)
        text.flush()
        text.detach()  # ``replaced`` closes and renames the file itself
        return count


def export_stream(
    invoices: Iterable[Invoice],
    stream: IO[str],
    fmt: str,
    today: dt.date,
    language: str = "en",
    labels: Labels | None = None,
) -> int:
    """Write JSON or CSV to a text stream (opened with ``newline=""``); returns how many."""
    if fmt == "json":
        return write_json(invoices, stream, today)
    if fmt == "csv":
        return write_csv(invoices, stream, today, language, labels)
    raise ValueError(f"{fmt} cannot be written to a text stream")
