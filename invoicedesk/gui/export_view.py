"""Export the invoices of the current view (CSV in the app language, XLSX, JSON) in a worker."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from invoicedesk.domain import Invoice
from invoicedesk.export import to_json, write_csv, write_xlsx
from invoicedesk.gui.rows import InvoiceKey
from invoicedesk.gui.workers import Job, JobRunner
from invoicedesk.storage.cache import InvoiceCache

#: (parent, caption, directory, filter) -> (path, chosen filter); QFileDialog.getSaveFileName
AskPath = Callable[[QWidget, str, str, str], tuple[str, str]]


def export_invoices(
    invoices: Sequence[Invoice], path: Path, fmt: str, today: dt.date, language: str
) -> None:
    """Write a file in one go: a temporary file next to it, then renamed."""
    if fmt == "xlsx":
        write_xlsx(invoices, path, today)
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            if fmt == "csv":
                write_csv(invoices, stream, today, language)
            else:
                stream.write(to_json(invoices, today))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def format_for(path: str, chosen_filter: str) -> tuple[Path, str]:
    """The export format from the file name's suffix, else from the chosen filter."""
    target = Path(path)
    suffix = target.suffix.lower().lstrip(".")
    if suffix in ("csv", "xlsx", "json"):
        return target, suffix
    fmt = "xlsx" if "xlsx" in chosen_filter else "json" if "json" in chosen_filter else "csv"
    return target.with_name(f"{target.name}.{fmt}"), fmt


class ExportController(QObject):
    finished = Signal(str)  # a message for the status bar
    failed = Signal(str)

    def __init__(
        self,
        runner: JobRunner,
        cache: InvoiceCache,
        *,
        today: Callable[[], dt.date],
        language: str,
        ask_path: AskPath = QFileDialog.getSaveFileName,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._cache = cache
        self._today = today
        self._language = language
        self._ask_path = ask_path
        self.busy = False

    def export(self, window: QWidget, keys: Sequence[InvoiceKey], directory: Path) -> bool:
        """Ask where to save, then export in the background; False when nothing to do."""
        if self.busy:
            return False
        if not keys:
            self.failed.emit(self.tr("There are no invoices in the view to export."))
            return False
        filters = ";;".join(
            (
                self.tr("CSV for spreadsheets (*.csv)"),
                self.tr("Excel workbook (*.xlsx)"),
                self.tr("JSON (*.json)"),
            )
        )
        stamp = self._today().isoformat()
        path, chosen = self._ask_path(
            window,
            self.tr("Export invoices in view"),
            str(directory / f"invoices-{stamp}.csv"),
            filters,
        )
        if not path:
            return False
        target, fmt = format_for(path, chosen)
        self.start(list(keys), target, fmt)
        return True

    def start(self, keys: list[InvoiceKey], target: Path, fmt: str) -> None:
        cache, today, language = self._cache, self._today(), self._language
        self.busy = True

        def work(job: Job) -> int:
            invoices = []
            for key in keys:
                job.cancel.raise_if_cancelled()
                invoice = cache.load(*key)
                if invoice is not None:
                    invoices.append(invoice)
            target.parent.mkdir(parents=True, exist_ok=True)
            export_invoices(invoices, target, fmt, today, language)
            return len(invoices)

        self._runner.submit(
            work,
            on_result=lambda count: self._done(int(count), target),
            on_error=self._error,
        )

    def _done(self, count: int, target: Path) -> None:
        self.busy = False
        self.finished.emit(
            self.tr("Exported %1 invoices to %2")
            .replace("%1", str(count))
            .replace("%2", str(target))
        )

    def _error(self, message: str) -> None:
        self.busy = False
        self.failed.emit(self.tr("Export failed: %1").replace("%1", message))
