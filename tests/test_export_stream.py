"""Exports are streamed: the cache is read in chunks (same invoices, same order), and the
writers write as invoices come rather than after the last one; JSON stays the contract."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from invoicedesk import export, export_xlsx
from invoicedesk.domain import Invoice
from invoicedesk.export_service import export_file, export_stream
from invoicedesk.storage.cache import InvoiceCache
from tests.benchmarks.data import TODAY, fill_cache, invoices


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[InvoiceCache]:
    path = tmp_path_factory.mktemp("cache") / "cache.sqlite3"
    fill_cache(path, 1234)
    cache = InvoiceCache(path)
    yield cache
    cache.close()


def test_the_chunked_read_is_the_whole_cache_in_order(cache: InvoiceCache) -> None:
    assert list(cache.stream_invoices(chunk=100)) == list(cache.invoices())
    assert list(cache.stream_invoices(["Webshop NL"], chunk=7)) == list(
        cache.invoices(["Webshop NL"])
    )


def test_json_is_the_contract_one_invoice_a_line(cache: InvoiceCache) -> None:
    every = list(cache.invoices())
    text = export.to_json(every, TODAY)
    assert json.loads(text) == {"invoices": [export.invoice_json(i, TODAY) for i in every]}
    assert text.splitlines()[1:-1] == [
        json.dumps(export.invoice_json(i, TODAY), ensure_ascii=False) + "," for i in every[:-1]
    ] + [json.dumps(export.invoice_json(every[-1], TODAY), ensure_ascii=False)]
    assert json.loads(export.to_json([], TODAY)) == {"invoices": []}


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_text_is_written_before_the_last_invoice_is_read(fmt: str) -> None:
    stream = io.StringIO()
    seen: list[int] = []

    def lazily() -> Iterator[Invoice]:
        for n, invoice in enumerate(invoices(300)):
            if n == 299:
                seen.append(len(stream.getvalue()))
            yield invoice

    assert export_stream(lazily(), stream, fmt, TODAY) == 300
    assert seen[0] > len(stream.getvalue()) / 2  # most was written before the last invoice


def test_a_sheet_past_excels_last_row_is_refused_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_xlsx, "MAX_ROWS", 10)
    target = tmp_path / "x.xlsx"
    with pytest.raises(export_xlsx.TooManyRows, match="CSV or JSON"):
        export_file(invoices(20), target, "xlsx", dt.date(2026, 11, 22))
    assert list(tmp_path.iterdir()) == []  # nothing half-written left behind
