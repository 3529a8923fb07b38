"""Invoices cached before facts were typed (facts stored as ``[label, text]`` pairs, English
labels and written-out values) show translated labels and formatted values at once, without a
sync: the cache reads them as typed facts."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from invoicedesk.domain import Invoice
from invoicedesk.domain.facts import Fact, FactKind
from invoicedesk.domain.fetched import FetchedInvoice
from invoicedesk.gui.detail_pane import DetailPane
from invoicedesk.gui.formatting import Formats
from invoicedesk.gui.i18n import install_translator
from invoicedesk.storage.cache import InvoiceCache
from invoicedesk.storage.codec import invoice_to_dict

from .conftest import TODAY, buckaroo_invoice, connectid_invoice, telecomx_invoice

#: the facts as the providers stored them before they were typed (commit 84d5346 replaced
#: these (label, text) pairs: Buckaroo and Telecom X in English, ConnectID in the sync language)
OLD_FACTS = {
    "buckaroo": [
        ["Credit management", "yes"],
        ["CM status", "1"],
        ["Reminders sent", "2"],
        ["Estimated next step", "2025-04-01"],
        ["Surcharge", "12.50"],
        ["Agency update 2025-03-04", "Incasso sent"],
        ["Something new", "kept as it was"],
    ],
    "telecomx": [
        ["Invoice number", "not yet numbered"],
        ["Period invoice", "yes"],
        ["Margin", "420.95 DKK"],
    ],
    "connectid": [
        ["Selskap", "Mediehuset Nord"],
        ["Betalingsstatus", "notPaid"],
        ["Periode", "2025-03-01 – …"],
        ["Alternative tilbud", "2"],
    ],
}


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[InvoiceCache]:
    invoices = [buckaroo_invoice(), telecomx_invoice(), connectid_invoice()]
    path = tmp_path / "cache.sqlite3"
    cache = InvoiceCache(path)
    for invoice in invoices:
        sync = cache.begin_sync(invoice.provider, invoice.account, True)
        cache.store_batch(sync, [FetchedInvoice(invoice, {})])
    cache.close()
    with sqlite3.connect(path) as db:  # the documents as an older version wrote them
        for invoice in invoices:
            doc = invoice_to_dict(invoice)
            doc["facts"] = OLD_FACTS[invoice.provider]
            db.execute(
                "UPDATE invoices SET doc=? WHERE provider=? AND id=?",
                (json.dumps(doc), invoice.provider, invoice.id),
            )
    cache = InvoiceCache(path)
    yield cache
    cache.close()


def cached(cache: InvoiceCache, provider: str) -> Invoice:
    return next(i for i in cache.invoices() if i.provider == provider)


def test_old_facts_are_read_as_typed_facts(cache: InvoiceCache) -> None:
    buckaroo = cached(cache, "buckaroo")
    assert buckaroo.facts == (
        Fact("buckaroo.credit_management", FactKind.FLAG, flag=True),
        Fact("buckaroo.cm_status", FactKind.CODE, text="1"),
        Fact("buckaroo.reminders_sent", FactKind.COUNT, amount=Decimal(2)),
        Fact("buckaroo.estimated_next_step", FactKind.DATE, day=dt.date(2025, 4, 1)),
        Fact("buckaroo.surcharge", FactKind.MONEY, amount=Decimal("12.50"), currency="EUR"),
        Fact("buckaroo.agency_update", text="Incasso sent", day=dt.date(2025, 3, 4)),
        Fact("Something new", text="kept as it was"),  # unknown: as before
    )
    assert cached(cache, "telecomx").facts == (
        Fact("telecomx.invoice_number", FactKind.CODE, text="-1"),
        Fact("telecomx.period_invoice", FactKind.FLAG, flag=True),
        Fact("telecomx.margin", FactKind.MONEY, amount=Decimal("420.95"), currency="DKK"),
    )
    assert cached(cache, "connectid").facts == (
        Fact("connectid.company", text="Mediehuset Nord"),
        Fact("connectid.payment_status", FactKind.CODE, text="notPaid"),
        Fact("connectid.period", FactKind.PERIOD, day=dt.date(2025, 3, 1)),
        Fact("connectid.offers", FactKind.COUNT, amount=Decimal(2)),
    )
    # the same through the one-invoice read
    assert cache.load("buckaroo", buckaroo.account, buckaroo.id) == buckaroo


def test_old_cached_invoices_show_translated_typed_facts_in_norwegian(
    qtbot: QtBot, qapp: QApplication, cache: InvoiceCache
) -> None:
    install_translator(qapp, "nb")
    try:
        pane = DetailPane(Formats("nb"), lambda: TODAY, lambda _url: True)
        qtbot.addWidget(pane)
        pane.show_invoice(cached(cache, "buckaroo"))
        buckaroo = pane.texts()
        pane.show_invoice(cached(cache, "telecomx"))
        telecomx = pane.texts()
        pane.show_invoice(cached(cache, "connectid"))
        connectid = pane.texts()
    finally:
        install_translator(qapp, "en")
    assert "Kredittstyring" in buckaroo and "Credit management" not in buckaroo
    assert "Purringer sendt" in buckaroo and "Reminders sent" not in buckaroo
    assert "ja" in buckaroo and "yes" not in buckaroo
    assert "Tillegg" in buckaroo and "12.50" not in buckaroo  # money in the nb format
    assert "12,50\u00a0€" in buckaroo
    assert "Periodefaktura" in telecomx and "Period invoice" not in telecomx
    assert "not yet numbered" not in telecomx and "420.95 DKK" not in telecomx
    assert "Ikke betalt" in connectid and "notPaid" not in connectid
    assert not any("2025-03-01" in t for t in connectid)  # the period in the one date format
