"""The window's documents: Open PDF downloads in the background and opens the kept file; a
failure is one line in the status bar and a message box over the window; Save as PDF (in a
worker, on numbered pages) and Print render the cached invoice."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from invoicedesk.domain import Invoice, Line
from invoicedesk.domain.facts import Fact
from invoicedesk.gui import documents as documents_module
from invoicedesk.gui import invoice_document as rendering
from invoicedesk.gui.context import AppContext
from invoicedesk.gui.documents import DocumentActions
from invoicedesk.gui.formatting import Formats
from invoicedesk.gui.i18n import install_translator
from invoicedesk.gui.main_window import MainWindow
from invoicedesk.gui.workers import JobRunner
from invoicedesk.sandbox import demo_account
from invoicedesk.sandbox.sendregning import SendRegningSandbox
from invoicedesk.storage.accounts import Account, AccountStore
from invoicedesk.storage.documents import DocumentStore
from invoicedesk.storage.paths import Profile
from invoicedesk.storage.secrets import SecretStore

from .conftest import TODAY, buckaroo_invoice, connectid_invoice, sendregning_invoice


class Opener:
    """Stands in for QDesktopServices.openUrl: records the URLs, answers ``works``."""

    def __init__(self) -> None:
        self.urls: list[QUrl] = []
        self.works = True

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.works


@pytest.fixture
def server() -> Iterator[SendRegningSandbox]:
    with SendRegningSandbox(size=30, seed=5) as started:
        assert isinstance(started, SendRegningSandbox)
        yield started


@pytest.fixture
def context(
    profile_dir: Path, memory_keyring: object, server: SendRegningSandbox
) -> Iterator[AppContext]:
    profile = Profile.at(profile_dir)
    profile.ensure()
    accounts = AccountStore(profile.accounts_path)
    demo = demo_account("sendregning", server)
    accounts.add(Account("Regnskap AS", "sendregning", server.base_url, demo.options))
    SecretStore(profile.keyring_service).set("Regnskap AS", demo.secrets)
    context = AppContext.create(
        profile,
        SecretStore(profile.keyring_service),
        today=lambda: TODAY,
        accounts=accounts,
        sync_process=False,
    )
    [result] = context.engine.sync()
    assert result.ok, result.message
    yield context
    context.close()


@pytest.fixture
def opener() -> Opener:
    return Opener()


@pytest.fixture
def window(
    qtbot: QtBot, context: AppContext, settings: QSettings, opener: Opener
) -> Iterator[MainWindow]:
    window = MainWindow(context, settings, open_url=opener)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    yield window
    window.shutdown()


def with_pdf(context: AppContext) -> Invoice:
    return next(i for i in context.cache.invoices(["Regnskap AS"]) if i.pdf_url)


def click_pdf(qtbot: QtBot, window: MainWindow, invoice: Invoice) -> None:
    window.detail.show_invoice(invoice)
    button = window.detail.findChild(QPushButton, "pdfButton")
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_open_pdf_downloads_in_the_background_then_opens_the_kept_file(
    qtbot: QtBot, window: MainWindow, opener: Opener, server: SendRegningSandbox
) -> None:
    invoice = with_pdf(window.context)
    requests = server.stats.requests
    click_pdf(qtbot, window, invoice)
    assert opener.urls == []  # not on the GUI thread: the download runs in a worker
    assert "Getting the PDF" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: len(opener.urls) == 1, timeout=10_000)
    [url] = opener.urls
    path = Path(url.toLocalFile())
    assert url.isLocalFile() and path.parent == window.context.profile.documents_dir
    assert path.read_bytes().startswith(b"%PDF-")
    assert server.stats.requests == requests + 1
    assert path.name in window.statusBar().currentMessage()

    server.stop()  # offline: the second open uses the kept file, no request
    with qtbot.waitSignal(window.documents.opened, timeout=10_000):
        window.detail.open_pdf()
    assert [u.toLocalFile() for u in opener.urls] == [str(path)] * 2


def test_a_failed_download_says_why_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, opener: Opener
) -> None:
    invoice = with_pdf(window.context)
    broken = dataclasses.replace(invoice, pdf_url=f"{invoice.pdf_url}x")
    click_pdf(qtbot, window, broken)
    qtbot.waitUntil(
        lambda: "Could not get the PDF" in window.statusBar().currentMessage(), timeout=10_000
    )
    message = window.statusBar().currentMessage()
    assert "no longer has this PDF" in message and "save the invoice as PDF" in message
    assert opener.urls == []
    # said where the user asked, too: a message box over the window, not only the status bar
    qtbot.waitUntil(lambda: bool(error_boxes(window)))
    [box] = error_boxes(window)
    assert box.windowTitle() == "PDF not available"
    text = box.text()
    assert "Could not get the PDF of Invoice" in text and "no longer has this PDF" in text
    assert "Try again later or open the invoice on the provider's site" in text
    box.close()


def error_boxes(window: QWidget) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox, "documentError") if b.isVisible()]


def test_a_failed_download_is_said_in_the_language_of_the_app(
    qtbot: QtBot, qapp: QApplication, window: MainWindow
) -> None:
    invoice = with_pdf(window.context)
    install_translator(qapp, "nb")
    try:
        click_pdf(qtbot, window, dataclasses.replace(invoice, pdf_url=f"{invoice.pdf_url}x"))
        qtbot.waitUntil(lambda: bool(error_boxes(window)), timeout=10_000)
    finally:
        install_translator(qapp, "en")
    [box] = error_boxes(window)
    assert "Could not" not in box.text() and "Try again" not in box.text()
    assert "PDF" in box.windowTitle() and box.windowTitle() != "PDF not available"
    box.close()


def test_without_a_pdf_viewer_the_window_says_where_the_file_is(
    qtbot: QtBot, window: MainWindow, opener: Opener
) -> None:
    opener.works = False
    click_pdf(qtbot, window, with_pdf(window.context))
    qtbot.waitUntil(lambda: "No program to show PDFs" in window.statusBar().currentMessage())
    assert str(window.context.profile.documents_dir) in window.statusBar().currentMessage()


# ---- Save as PDF / Print ---------------------------------------------------------------------


def actions(tmp_path: Path, chosen: str, **kwargs: object) -> DocumentActions:
    return DocumentActions(
        JobRunner(),
        None,  # type: ignore[arg-type]  # no downloads here
        DocumentStore(tmp_path / "documents"),
        Formats("en"),
        ask_path=lambda *_args: (chosen, ""),
        **kwargs,  # type: ignore[arg-type]
    )


def test_save_as_pdf_writes_the_rendered_invoice(qtbot: QtBot, tmp_path: Path) -> None:
    documents = actions(tmp_path, str(tmp_path / "out" / "faktura"))
    (tmp_path / "out").mkdir()
    with qtbot.waitSignal(documents.saved, timeout=10_000) as saved:
        path = documents.save_as_pdf(buckaroo_invoice())
    assert path == tmp_path / "out" / "faktura.pdf" and saved.args == [str(path)]
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-10:]
    assert not list((tmp_path / "out").glob(".part-*"))


def test_save_as_pdf_into_a_missing_folder_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    warned: list[tuple[str, str]] = []
    documents = actions(
        tmp_path,
        str(tmp_path / "missing" / "x.pdf"),
        warn=lambda _parent, heading, text: warned.append((heading, text)),
    )
    said: list[str] = []
    documents.message.connect(said.append)
    assert documents.save_as_pdf(buckaroo_invoice()) == tmp_path / "missing" / "x.pdf"
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    [(heading, text)] = warned
    assert heading == "PDF not saved" and "Could not save" in text and "Choose another" in text
    assert said[-1] == text


def long_invoice(count: int = 120) -> Invoice:
    lines = tuple(
        Line(
            f"Consulting hour {n:03d}",
            quantity=Decimal(1),
            unit_price=Decimal(950),
            vat_rate=Decimal(25),
            net=Decimal(950),
            vat=Decimal("237.50"),
            total=Decimal("1187.50"),
        )
        for n in range(count)
    )
    return sendregning_invoice(lines=lines)


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", data))


def test_a_long_invoice_runs_over_numbered_pages_rendered_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = documents_module.render_pdf

    def render_pdf(html: str, title: str, label: str) -> bytes:
        threads.append(threading.current_thread())
        return real(html, title, label)

    monkeypatch.setattr(documents_module, "render_pdf", render_pdf)
    documents = actions(tmp_path, str(tmp_path / "long.pdf"))
    with qtbot.waitSignal(documents.saved, timeout=20_000):
        documents.save_as_pdf(long_invoice())
    assert threads and threads[0] is not threading.main_thread()
    data = (tmp_path / "long.pdf").read_bytes()
    pages = pdf_pages(data)
    assert pages > 1
    if shutil.which("pdftotext") is None:  # the text, checked without poppler: the layout's
        document = rendering.invoice_document(long_invoice(), Formats("en"))
        text = document.toPlainText()
    else:
        text = subprocess.run(
            ["pdftotext", "-layout", str(tmp_path / "long.pdf"), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        # every page numbered, and the lines table's header repeated on each page it runs on
        for page in range(1, pages + 1):
            assert f"Page {page} of {pages}" in text
        assert text.count("Unit price") >= pages - 1
    for n in range(120):
        assert f"Consulting hour {n:03d}" in text


def test_a_printed_long_invoice_is_paginated_too(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "printed.pdf"
    printer = QPdfWriter(str(target))
    rendering.print_document(rendering.invoice_document(long_invoice(), Formats("en")), printer)
    del printer
    assert pdf_pages(target.read_bytes()) > 1


def test_print_paints_the_invoice_on_the_chosen_printer(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "printed.pdf"

    def print_with(_parent: QWidget | None, paint: object) -> bool:
        printer = QPdfWriter(str(target))  # a paged device, as the chosen printer is
        paint(printer)  # type: ignore[operator]
        del printer
        return True

    documents = actions(tmp_path, "", print_with=print_with)
    with qtbot.waitSignal(documents.message) as said:
        assert documents.print_invoice(sendregning_invoice()) is True
    assert "Sent Invoice 10234 to the printer" in said.args[0]
    assert target.read_bytes().startswith(b"%PDF-")


def plain_text(invoice: Invoice, language: str = "en") -> str:
    return rendering.invoice_document(invoice, Formats(language)).toPlainText()


def test_the_document_has_the_parties_lines_vat_per_rate_payment_and_totals() -> None:
    invoice = sendregning_invoice()
    text = plain_text(invoice)
    for expected in (
        "Invoice 10234",
        "Fjordkraft Regnskap AS",  # customer
        "Regnskap AS",  # seller: the account
        "Organisation number 987654321",
        "Konsulenttimer",
        "Reisekostnader",
        "VAT summary",
        "0001023457",  # KID
        "NOK 10,953.13",  # total, money formatter (toPlainText gives plain spaces)
        "not the provider's own document",
    ):
        assert expected in text, expected
    assert rendering.vat_by_rate(invoice.lines, "NOK") == [
        (Decimal(25), Decimal("8762.50"), Decimal("2190.63"))
    ]


def test_vat_summary_groups_lines_per_rate() -> None:
    lines = (
        Line("a", vat_rate=Decimal(25), net=Decimal("100"), vat=Decimal("25")),
        Line("b", vat_rate=Decimal(15), net=Decimal("200"), vat=Decimal("30")),
        Line("c", vat_rate=Decimal(25), net=Decimal("10.005"), vat=Decimal("2.5")),
        Line("d"),
    )
    assert rendering.vat_by_rate(lines, "NOK") == [
        (Decimal(25), Decimal("110.01"), Decimal("27.50")),
        (Decimal(15), Decimal("200.00"), Decimal("30.00")),
    ]


def test_offers_lines_are_used_when_the_invoice_has_none() -> None:
    invoice = connectid_invoice()
    assert not invoice.lines and invoice.offers
    assert rendering.document_lines(invoice) == invoice.offers[0].lines


def test_provider_text_is_escaped_not_interpreted() -> None:
    hostile = "<script>alert('x')</script> & <img src=x onerror=y> Co"
    invoice = sendregning_invoice(
        description=hostile,
        lines=(Line(hostile, vat_rate=Decimal(25), net=Decimal(1), vat=Decimal("0.25")),),
        # a key the app does not know is shown as it is (a fact cached before facts were typed)
        facts=(Fact(key="<b>label</b>", text="a & b"),),
    )
    html = rendering.invoice_html(invoice, Formats("en"))
    assert "<script>" not in html and "<img" not in html and "<b>label" not in html
    assert "&lt;script&gt;" in html and "&amp; &lt;img" in html
    document = QTextDocument()
    document.setHtml(html)
    text = document.toPlainText()
    assert text.count(hostile) == 2 and "<b>label</b>" in text and "a & b" in text


@pytest.mark.parametrize(
    ("code", "headings"),
    [("nb", ("Faktura", "Linjer", "MVA-oversikt", "Kunde")), ("nl", ("Regels", "Btw-overzicht"))],
)
def test_headings_are_translated(qapp: QApplication, code: str, headings: tuple[str, ...]) -> None:
    install_translator(qapp, code)
    try:
        text = plain_text(sendregning_invoice(), code)
    finally:
        install_translator(qapp, "en")
    for heading in headings:
        assert heading in text, heading
    assert "VAT summary" not in text


def test_rendered_pdf_is_a_pdf_with_a_title(qapp: QApplication) -> None:
    data = rendering.pdf_bytes(sendregning_invoice(), Formats("nb"))
    assert data.startswith(b"%PDF-") and len(data) > 1000
    assert pdf_pages(data) == 1  # a short invoice stays on one page
