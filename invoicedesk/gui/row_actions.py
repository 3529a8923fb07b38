"""The everyday actions on the table's rows: several rows selected (Shift/Ctrl, Ctrl+A) with
their count and sums in the status bar, Ctrl+C as tab-separated text with a header row (it
pastes into a spreadsheet), and the right-click menu: Copy, Copy number, Open PDF, Open payment
link, Show in account, Export selection.

The sums are the domain's (:meth:`RowTable.totals`: counted claims' outstanding per direction
and currency, as in the totals strip)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMenu, QStatusBar, QWidget

from invoicedesk.domain import Invoice
from invoicedesk.gui.context import AppContext
from invoicedesk.gui.dialogs.plurals import plurals
from invoicedesk.gui.documents import DocumentActions
from invoicedesk.gui.export_view import ExportController
from invoicedesk.gui.filter_bar import FilterBar
from invoicedesk.gui.formatting import Formats, direction_heading
from invoicedesk.gui.invoice_model import InvoiceTableModel
from invoicedesk.gui.invoice_view import InvoiceTableView
from invoicedesk.gui.rows import InvoiceKey
from invoicedesk.gui.totals import currency_totals
from invoicedesk.storage.cache import InvoiceCache

translate = QCoreApplication.translate


class Window(Protocol):
    """What :meth:`RowActions.for_window` uses of the main window (one floor up)."""

    table: InvoiceTableView
    formats: Formats
    context: AppContext
    filter_bar: FilterBar
    exporter: ExportController
    documents: DocumentActions

    def window(self) -> QWidget: ...

    def statusBar(self) -> QStatusBar: ...

    def _message(self, text: str) -> None: ...


class RowActions(QObject):
    def __init__(
        self,
        table: InvoiceTableView,
        formats: Formats,
        cache: InvoiceCache,
        *,
        open_url: Callable[[QUrl], object],
        show_account: Callable[[str], None],
        export_keys: Callable[[list[InvoiceKey]], object],
        message: Callable[[str], None],
        open_pdf: Callable[[Invoice], object] | None = None,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.formats = formats
        self.cache = cache
        self.open_url = open_url
        self.show_account = show_account
        self.export_keys = export_keys
        self.message = message
        # downloads, keeps and opens an invoice's PDF (the window's DocumentActions)
        self.open_pdf = open_pdf
        #: the menu shown last, and how a menu is shown (tests replace it)
        self.last_menu: QMenu | None = None
        self.show_menu: Callable[[QMenu, QPoint], None] = QMenu.popup
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.label = QLabel()
        self.label.setObjectName("selectionLabel")
        self.copy_action = QAction(translate("RowActions", "&Copy"), table)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy)
        table.addAction(self.copy_action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._menu_at)
        table.selectionModel().selectionChanged.connect(self.show_selection)
        table.model().modelReset.connect(self.show_selection)

    @classmethod
    def for_window(cls, window: Window, open_url: Callable[[QUrl], object]) -> RowActions:
        """Built on the window's table, its figures in the window's status bar."""
        actions = cls(
            window.table,
            window.formats,
            window.context.cache,
            open_url=open_url,
            show_account=window.filter_bar.show_account,
            export_keys=lambda keys: window.exporter.export(
                window.window(), keys, window.context.profile.exports_dir
            ),
            message=window._message,
            open_pdf=window.documents.open_pdf,
        )
        window.statusBar().addPermanentWidget(actions.label)
        return actions

    @property
    def model(self) -> InvoiceTableModel:
        return self.table.invoice_model()

    def selected_positions(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def selected_keys(self) -> list[InvoiceKey]:
        rows = (self.model.row_at(p) for p in self.selected_positions())
        return [row.key for row in rows if row is not None]

    # ---- the status bar's figures -----------------------------------------------------------
    def show_selection(self) -> None:
        keys = self.selected_keys()
        if len(keys) < 2:
            self.label.setText("")
            self.label.setVisible(False)
            return
        table = self.model.table
        indexes = [table.index_of[key] for key in keys]
        parts = [plurals().selected(len(keys))]
        for group in currency_totals(table.totals(indexes)):
            parts.append(
                f"{direction_heading(group.direction)} "
                f"{self.formats.money(group.outstanding, group.currency)}"
            )
        self.label.setText(" · ".join(parts))
        self.label.setVisible(True)

    # ---- copy -------------------------------------------------------------------------------
    def selection_text(self) -> str:
        """The selected rows as tab-separated text, the visible columns in their order, with the
        column titles as the first line."""
        header = self.table.horizontalHeader()
        columns = [
            header.logicalIndex(v)
            for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))
        ]
        model = self.model

        def clean(value: object) -> str:
            return " ".join(str(value or "").split())  # no tab or newline inside a cell

        lines = [
            "\t".join(
                clean(model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
                for col in columns
            )
        ]
        for position in self.selected_positions():
            lines.append("\t".join(clean(model.index(position, col).data()) for col in columns))
        return "\n".join(lines) + "\n"

    def copy(self) -> None:
        if not self.selected_positions():
            return
        QGuiApplication.clipboard().setText(self.selection_text())
        count = len(self.selected_positions())
        self.message(plurals().copied(count))

    def copy_number(self) -> None:
        rows = [self.model.row_at(p) for p in self.selected_positions()]
        numbers = [row.number for row in rows if row is not None and row.number]
        QGuiApplication.clipboard().setText("\n".join(numbers))

    # ---- the menu ---------------------------------------------------------------------------
    def _menu_at(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if index.isValid() and index.row() not in self.selected_positions():
            self.table.selectRow(index.row())
        self.popup(self.table.viewport().mapToGlobal(point))

    def build_menu(self) -> QMenu:
        menu = QMenu(self.table)
        keys = self.selected_keys()
        one = keys[0] if len(keys) == 1 else None
        invoice = self.cache.load(*one) if one is not None else None

        def add(text: str, slot: Callable[[], object], enabled: bool) -> None:
            act = menu.addAction(text)
            act.setEnabled(enabled)
            act.triggered.connect(lambda _c=False: slot())

        add(translate("RowActions", "Copy"), self.copy, bool(keys))
        add(translate("RowActions", "Copy number"), self.copy_number, bool(keys))
        menu.addSeparator()
        pdf = invoice.pdf_url if invoice is not None else None
        pay = invoice.pay_url if invoice is not None else None
        add(translate("RowActions", "Open PDF"), lambda: self._open_pdf(invoice), bool(pdf))
        add(
            translate("RowActions", "Open payment link"),
            lambda: self.open_url(QUrl(pay or "")),
            bool(pay),
        )
        add(
            translate("RowActions", "Show in account"),
            lambda: self.show_account(one[1] if one else ""),
            one is not None,
        )
        menu.addSeparator()
        add(
            translate("RowActions", "Export selection…"),
            lambda: self.export_keys(self.selected_keys()),
            bool(keys),
        )
        return menu

    def _open_pdf(self, invoice: Invoice | None) -> None:
        if invoice is None or not invoice.pdf_url:
            return
        if self.open_pdf is not None:
            self.open_pdf(invoice)
        else:
            self.open_url(QUrl(invoice.pdf_url))

    def popup(self, at: QPoint) -> QMenu:
        menu = self.build_menu()
        self.last_menu = menu
        self.show_menu(menu, at)
        return menu
