"""Export the invoices of the current view (CSV in the app language, XLSX, JSON) in a worker,
through the one export service (:mod:`invoicedesk.export_service`).

The save dialog opens in the folder of the last export (else the profile's exports folder,
created if need be) with the last format chosen. A name typed without an extension gets the
chosen format's; when the name that makes is an existing file, the user is asked before it is
replaced (the dialog asked only about the name as typed). CSV and XLSX carry the window's column
titles and words, in its language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from invoicedesk.domain import Invoice
from invoicedesk.export import FORMATS
from invoicedesk.export_service import export_file
from invoicedesk.gui.export_labels import window_labels
from invoicedesk.gui.rows import InvoiceKey
from invoicedesk.gui.workers import Job, JobRunner
from invoicedesk.storage.cache import InvoiceCache

#: lupdate finds translate("Context", "text") calls
translate = QCoreApplication.translate
#: (parent, caption, suggested file, filters joined by ";;") -> (path, chosen filter)
AskPath = Callable[[QWidget, str, str, str], tuple[str, str]]
#: (parent, existing file) -> may it be replaced?
ConfirmReplace = Callable[[QWidget, Path], bool]

FOLDER_KEY = "export/folder"
FORMAT_KEY = "export/format"


def format_of_filter(chosen_filter: str) -> str:
    """The format a file dialog filter such as "Excel workbook (*.xlsx)" stands for."""
    for fmt in FORMATS:
        if f"*.{fmt}" in chosen_filter:
            return fmt
    return "csv"


def chosen_target(path: str, chosen_filter: str) -> tuple[Path, str, bool]:
    """The file and format the user chose: the name's own extension where it is an export
    format, else the chosen filter's appended (then True: the dialog never saw that name)."""
    target = Path(path)
    suffix = target.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return target, suffix, False
    fmt = format_of_filter(chosen_filter)
    return target.with_name(f"{target.name}.{fmt}"), fmt, True


def resolve_target(
    parent: QWidget, path: str, chosen_filter: str, confirm: ConfirmReplace
) -> tuple[Path, str] | None:
    """:func:`chosen_target`, asking before an existing file the dialog did not ask about is
    replaced; None when the user keeps it."""
    target, fmt, appended = chosen_target(path, chosen_filter)
    if appended and target.exists() and not confirm(parent, target):
        return None
    return target, fmt


def replace_box(parent: QWidget | None, path: Path) -> QMessageBox:
    """The question :func:`ask_replace` shows (No the default)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("ExportController", "Replace file?"),
        translate("ExportController", "%1 already exists. Replace it?").replace("%1", path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("replaceExport")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box


def ask_replace(parent: QWidget, path: Path) -> bool:
    box = replace_box(parent, path)
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


def save_dialog(parent: QWidget, caption: str, suggested: str, filters: str) -> QFileDialog:
    """The save dialog: its own default suffix follows the chosen filter, so Qt's dialog asks
    about the name with its extension (native dialogs may not: :func:`resolve_target`)."""
    dialog = QFileDialog(parent, caption, str(Path(suggested).parent), filters)
    dialog.setObjectName("exportDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    suffix = Path(suggested).suffix.lstrip(".")
    chosen = next((f for f in filters.split(";;") if f"*.{suffix}" in f), "")
    if chosen:
        dialog.selectNameFilter(chosen)
    dialog.setDefaultSuffix(format_of_filter(chosen or filters))
    dialog.filterSelected.connect(lambda f: dialog.setDefaultSuffix(format_of_filter(f)))
    dialog.selectFile(Path(suggested).name)
    return dialog


def ask_save_path(parent: QWidget, caption: str, suggested: str, filters: str) -> tuple[str, str]:
    dialog = save_dialog(parent, caption, suggested, filters)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def start_folder(settings: QSettings | None, exports_dir: Path) -> Path:
    """The last export's folder if it is still there, else the exports folder (created)."""
    remembered = str(settings.value(FOLDER_KEY, "", type=str)) if settings is not None else ""
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    try:
        exports_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return exports_dir


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
        ask_path: AskPath = ask_save_path,
        confirm_replace: ConfirmReplace = ask_replace,
        settings: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._cache = cache
        self._today = today
        self._language = language
        self.ask_path = ask_path
        self.confirm_replace = confirm_replace
        self._settings = settings
        self.busy = False

    def filters(self) -> dict[str, str]:
        return {
            "csv": self.tr("CSV for spreadsheets (*.csv)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "json": self.tr("JSON (*.json)"),
        }

    def export(self, window: QWidget, keys: Sequence[InvoiceKey], directory: Path) -> bool:
        """Ask where to save, then export in the background; False when nothing to do."""
        if self.busy:
            return False
        if not keys:
            self.failed.emit(self.tr("There are no invoices in the view to export."))
            return False
        settings = self._settings
        fmt = str(settings.value(FORMAT_KEY, "csv", type=str)) if settings is not None else "csv"
        folder = start_folder(settings, directory)
        suffix = fmt if fmt in FORMATS else "csv"
        suggested = folder / f"invoices-{self._today().isoformat()}.{suffix}"
        path, chosen = self.ask_path(
            window,
            self.tr("Export invoices in view"),
            str(suggested),
            ";;".join(self.filters().values()),
        )
        if not path:
            return False
        resolved = resolve_target(window, path, chosen, self.confirm_replace)
        if resolved is None:
            self.failed.emit(self.tr("Nothing exported; %1 was kept.").replace("%1", path))
            return False
        target, fmt = resolved
        if settings is not None:
            settings.setValue(FOLDER_KEY, str(target.parent))
            settings.setValue(FORMAT_KEY, fmt)
        self.start(list(keys), target, fmt)
        return True

    def start(self, keys: list[InvoiceKey], target: Path, fmt: str) -> None:
        cache, today, language = self._cache, self._today(), self._language
        labels = window_labels()  # here: the translator is the GUI thread's
        self.busy = True

        def work(job: Job) -> int:
            def invoices() -> Iterator[Invoice]:
                for key in keys:
                    job.cancel.raise_if_cancelled()
                    invoice = cache.load(*key)
                    if invoice is not None:
                        yield invoice

            target.parent.mkdir(parents=True, exist_ok=True)
            return export_file(invoices(), target, fmt, today, language, labels)

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
