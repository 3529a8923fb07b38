"""Buckaroo's tracked invoices: a small table of what to follow (invoice key, invoice number or
customer id), editable by hand and importable from a CSV file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.gui.dialogs.fit_height import FittingDialog
from invoicedesk.gui.dialogs.plurals import plurals
from invoicedesk.gui.dialogs.tracked_list import (
    KINDS,
    CsvImport,
    CsvImportError,
    TrackedList,
    read_csv_file,
    value_error,
)
from invoicedesk.gui.theme import text_style

translate = QCoreApplication.translate

__all__ = ["TrackedInvoicesDialog", "TrackedList"]

MAX_BAD_SHOWN = 8


def kind_label(kind: str) -> str:
    return {
        "key": translate("TrackedInvoices", "Invoice key"),
        "number": translate("TrackedInvoices", "Invoice number"),
        "customer_id": translate("TrackedInvoices", "Customer ID"),
    }[kind]


class TrackedInvoicesDialog(FittingDialog):
    def __init__(self, tracked: TrackedList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TrackedInvoices", "Tracked Buckaroo invoices"))
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "TrackedInvoices",
                "Buckaroo cannot list your invoices, so invoicedesk follows the ones named here. "
                "A customer ID follows all invoices of that customer.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels(
            [translate("TrackedInvoices", "Follow by"), translate("TrackedInvoices", "Value")]
        )
        header = self.table.horizontalHeader()
        # the first column holds combo boxes, which ResizeToContents does not see: as wide as
        # the widest of them (its longest kind in this language) or the column's title
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        probe = self._kind_combo(None)
        header.resizeSection(0, max(probe.sizeHint().width(), header.sectionSizeHint(0)))
        probe.deleteLater()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._validate)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        add = QPushButton(translate("TrackedInvoices", "Add"), self)
        add.clicked.connect(self.add_empty_row)
        remove = QPushButton(translate("TrackedInvoices", "Remove"), self)
        remove.clicked.connect(self.remove_selected)
        self.import_button = QPushButton(translate("TrackedInvoices", "Import CSV…"), self)
        self.import_button.clicked.connect(self._choose_csv)
        for button in (add, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)

        self.import_result = QLabel(self)
        self.import_result.setTextFormat(Qt.TextFormat.PlainText)
        self.import_result.setWordWrap(True)
        self.import_result.setVisible(False)
        layout.addWidget(self.import_result)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(text_style("error"))
        self.error.setWordWrap(True)
        layout.addWidget(self.error)

        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)

        for kind, value in tracked.entries:
            self._append(kind, value)
        self._validate()

    # ---- rows -----------------------------------------------------------------------------
    def _append(self, kind: str, value: str) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        combo = self._kind_combo(self.table)
        combo.setCurrentIndex(KINDS.index(kind))
        combo.currentIndexChanged.connect(self._validate)
        self.table.setCellWidget(row, 0, combo)
        self.table.setItem(row, 1, QTableWidgetItem(value))
        self.table.blockSignals(False)

    def _kind_combo(self, parent: QWidget | None) -> QComboBox:
        combo = QComboBox(parent)
        combo.setAccessibleName(translate("TrackedInvoices", "Follow by"))
        for each in KINDS:
            combo.addItem(kind_label(each), each)
        return combo

    @Slot()
    def add_empty_row(self) -> None:
        self._append("key", "")
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 1)
        item = self.table.item(row, 1)
        if item is not None:
            self.table.editItem(item)
        self._validate()

    @Slot()
    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._validate()

    def rows(self) -> list[tuple[int, str, str]]:
        found = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 0)
            item = self.table.item(row, 1)
            kind = str(combo.currentData()) if isinstance(combo, QComboBox) else "key"
            found.append((row, kind, item.text().strip() if item is not None else ""))
        return found

    def tracked(self) -> TrackedList:
        return TrackedList([(kind, value) for _row, kind, value in self.rows() if value])

    # ---- checks ---------------------------------------------------------------------------
    @Slot()
    def _validate(self) -> None:
        problems = []
        for row, kind, value in self.rows():
            if value and (problem := value_error(kind, value)):
                problems.append(
                    QCoreApplication.translate("TrackedInvoices", "Row {row}: {problem}").format(
                        row=row + 1, problem=problem
                    )
                )
        self.error.setText("\n".join(problems[:MAX_BAD_SHOWN]))
        self.error.setVisible(bool(problems))
        ok = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)

    # ---- CSV ------------------------------------------------------------------------------
    @Slot()
    def _choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("TrackedInvoices", "Import tracked invoices"),
            "",
            translate("TrackedInvoices", "CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.import_csv(Path(path))

    def import_csv(self, path: Path) -> CsvImport | None:
        """Add the file's rows to the table; says how many were imported and which lines were
        bad. Returns None when the file as a whole could not be used."""
        try:
            result = read_csv_file(path)
        except CsvImportError as exc:
            self._show_import(str(exc), bad=True)
            return None
        existing = self.tracked()
        before = len(existing)
        existing.add(result.tracked)
        for kind, value in existing.entries[before:]:
            self._append(kind, value)
        self._validate()
        self._show_import(
            self._summary(path, result, len(existing) - before), bool(result.bad_lines)
        )
        return result

    def _summary(self, path: Path, result: CsvImport, added: int) -> str:
        parts = [plurals().imported_rows(result.rows).format(name=path.name)]
        if added != result.rows:
            parts.append(translate("TrackedInvoices", "{count} new").format(count=added))
        text = "; ".join(parts) + "."
        if result.bad_lines:
            text += "\n" + plurals().skipped_lines(len(result.bad_lines))
            for number, problem in result.bad_lines[:MAX_BAD_SHOWN]:
                text += "\n" + translate("TrackedInvoices", "line {number}: {problem}").format(
                    number=number, problem=problem
                )
            if len(result.bad_lines) > MAX_BAD_SHOWN:
                text += "\n…"
        return text

    def _show_import(self, text: str, bad: bool) -> None:
        self.import_result.setText(text)
        self.import_result.setStyleSheet(text_style("warning") if bad else "")
        self.import_result.setVisible(True)
