"""The window's side of invoice documents: "Open PDF" (the provider's PDF, downloaded in the
background once and kept in the profile's documents folder, then opened with the system's PDF
viewer), "Save as PDF…" and "Print…" (the invoice rendered from the cached data, see
:mod:`invoicedesk.gui.invoice_document`). Every outcome is one translated line in the status
bar: what happened, or what was wrong and what to do; a failure also in a message box over the
window, where the user asked (words in :mod:`invoicedesk.gui.document_errors`)."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from invoicedesk.domain import Invoice
from invoicedesk.gui import document_errors
from invoicedesk.gui.context import AppContext
from invoicedesk.gui.detail_pane import DetailPane
from invoicedesk.gui.document_errors import Warn
from invoicedesk.gui.export_view import AskPath
from invoicedesk.gui.formatting import Formats
from invoicedesk.gui.invoice_document import (
    invoice_document,
    invoice_html,
    page_label,
    print_document,
    title_of,
)
from invoicedesk.gui.paged_document import render_pdf
from invoicedesk.gui.workers import Job, JobRunner
from invoicedesk.storage.documents import DocumentStore, safe_part
from invoicedesk.sync.documents import invoice_pdf
from invoicedesk.sync.engine import SyncEngine

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

# opens a local file with the system's viewer (QDesktopServices.openUrl); False when none did
OpenFile = Callable[[QUrl], bool]
# prints ``document`` after asking the user (QPrintDialog); False when cancelled
PrintWith = Callable[[QWidget | None, Callable[[object], None]], bool]


def print_dialog(parent: QWidget | None, paint: Callable[[object], None]) -> bool:
    """Ask for a printer with the system's print dialog and print on it."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # only when printing

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint(printer)
    return True


class DocumentActions(QObject):
    # one line for the status bar: progress, done, or what failed and what to do
    message = Signal(str)
    # a PDF was opened (its local path), for tests and the log
    opened = Signal(str)
    # Save as PDF wrote this file
    saved = Signal(str)

    def __init__(
        self,
        runner: JobRunner,
        engine: SyncEngine,
        store: DocumentStore,
        formats: Formats,
        *,
        open_file: OpenFile = QDesktopServices.openUrl,
        ask_path: AskPath = QFileDialog.getSaveFileName,
        print_with: PrintWith = print_dialog,
        warn: Warn = document_errors.show_warning,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._engine = engine
        self.store = store
        self._formats = formats
        self._open_file = open_file
        self._ask_path = ask_path
        self._print_with = print_with
        self._warn = warn
        self._downloading: set[tuple[str, str, str]] = set()
        self._rendering: set[Path] = set()

    # ---- Open PDF -----------------------------------------------------------------------------
    def open_pdf(self, invoice: Invoice) -> None:
        """Open the invoice's PDF: the kept copy at once, else after a background download."""
        if invoice.key in self._downloading:
            self.message.emit(
                self._named(
                    translate("Documents", "The PDF of %1 is still being downloaded."), invoice
                )
            )
            return
        self._downloading.add(invoice.key)
        self.message.emit(self._named(translate("Documents", "Getting the PDF of %1…"), invoice))
        engine, store = self._engine, self.store

        def work(job: Job) -> Path | Exception:
            try:
                return invoice_pdf(engine, store, invoice, job.cancel)
            except Exception as exc:  # the exception itself, for the words in document_errors
                log.info("the PDF of %s could not be had: %s", invoice.key, exc)
                return exc

        self._runner.submit(
            work,
            on_result=lambda path: self._downloaded(invoice, path),
            on_error=lambda text: self._failed(invoice, text),
        )

    def _downloaded(self, invoice: Invoice, path: object) -> None:
        if isinstance(path, Exception):
            self._failed(invoice, path)
            return
        self._downloading.discard(invoice.key)
        assert isinstance(path, Path)
        self.open_local(path)

    def _failed(self, invoice: Invoice, error: BaseException | str) -> None:
        self._downloading.discard(invoice.key)
        title = title_of(invoice)
        self.message.emit(document_errors.download_failed_line(title, error))
        self._warn(self._window(), *document_errors.download_failed(title, error))

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent.window() if isinstance(parent, QWidget) else None

    def open_local(self, path: Path) -> bool:
        if self._open_file(QUrl.fromLocalFile(str(path))):
            self.message.emit(translate("Documents", "Opened %1.").replace("%1", path.name))
            self.opened.emit(str(path))
            return True
        self.message.emit(
            translate(
                "Documents",
                "No program to show PDFs was found. The file is kept at %1; open it from there "
                "or install a PDF viewer.",
            ).replace("%1", str(path))
        )
        return False

    # ---- Save as PDF / Print ------------------------------------------------------------------
    def save_as_pdf(self, invoice: Invoice, parent: QWidget | None = None) -> Path | None:
        """Ask where, then render the invoice from the cached data and write it there, in a
        worker (see :mod:`invoicedesk.gui.paged_document`); ``saved`` follows. Returns the
        chosen path (None: cancelled, or that file is being written already)."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{safe_part(title_of(invoice))}.pdf"
        chosen, _filter = self._ask_path(
            parent,  # type: ignore[arg-type]
            translate("Documents", "Save invoice as PDF"),
            str(Path(folder or Path.home()) / name),
            translate("Documents", "PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if path in self._rendering:
            return None
        # the words are put together here, on the GUI thread; the layout and painting, the
        # slow part (some 50 ms a page), in the worker
        html, title, label = invoice_html(invoice, self._formats), title_of(invoice), page_label()

        def work(_job: Job) -> Path | Exception:
            try:
                _write_whole(path, render_pdf(html, title, label))
            except OSError as exc:
                return exc
            return path

        self._rendering.add(path)
        self.message.emit(self._named(translate("Documents", "Saving %1 as PDF…"), invoice))
        self._runner.submit(
            work,
            on_result=lambda outcome: self._rendered(path, outcome),
            on_error=lambda text: self._rendered(path, RuntimeError(text)),
        )
        return path

    def _rendered(self, path: Path, outcome: object) -> None:
        self._rendering.discard(path)
        if isinstance(outcome, Exception):
            heading, text = document_errors.save_failed(str(path), outcome)
            self.message.emit(text)
            self._warn(self._window(), heading, text)
            return
        self.message.emit(translate("Documents", "Saved %1.").replace("%1", str(path)))
        self.saved.emit(str(path))

    def print_invoice(self, invoice: Invoice, parent: QWidget | None = None) -> bool:
        """Print the invoice rendered from the cached data, after the system's print dialog."""
        document = invoice_document(invoice, self._formats)

        def paint(printer: object) -> None:
            print_document(document, printer)  # type: ignore[arg-type]

        try:
            printed = self._print_with(parent, paint)
        except ImportError:  # a build without Qt's printing support
            self.message.emit(
                translate(
                    "Documents", "Printing is not available here; save the invoice as PDF instead."
                )
            )
            return False
        if printed:
            self.message.emit(
                self._named(translate("Documents", "Sent %1 to the printer."), invoice)
            )
        return printed

    def _named(self, text: str, invoice: Invoice) -> str:
        return text.replace("%1", title_of(invoice))


def _write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file next to it (never half a file)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".part-", suffix=".pdf")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class Window(Protocol):
    """What :func:`install` uses of the main window (one floor up, which installs this)."""

    context: AppContext
    runner: JobRunner
    formats: Formats
    detail: DetailPane

    def window(self) -> QWidget: ...

    def _message(self, text: str) -> None: ...


def install(host: Window, open_file: OpenFile, ask_path: AskPath | None = None) -> DocumentActions:
    """The window's document actions, on its worker pool, wired to the detail pane's buttons
    and the status bar."""
    window, context = host.window(), host.context
    actions = DocumentActions(
        host.runner,
        context.engine,
        DocumentStore(context.profile.documents_dir),
        host.formats,
        open_file=open_file,
        ask_path=ask_path or QFileDialog.getSaveFileName,
        parent=window,
    )
    host.detail.pdf_requested.connect(actions.open_pdf)
    host.detail.save_pdf_requested.connect(lambda invoice: actions.save_as_pdf(invoice, window))
    host.detail.print_requested.connect(lambda invoice: actions.print_invoice(invoice, window))
    actions.message.connect(host._message)
    return actions
