"""The invoice table view: fixed row heights (fast with 100,000 rows), a header context menu to
hide and show columns, header state (widths, order, hidden columns, sort) kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, QPersistentModelIndex, QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from invoicedesk.gui import column_fit as fit
from invoicedesk.gui import columns as c
from invoicedesk.gui.header_arrow import point_arrow_with_order
from invoicedesk.gui.invoice_model import InvoiceTableModel

_ENSURE = QAbstractItemView.ScrollHint.EnsureVisible
HEADER_KEY = "table/header"
#: whether the saved header is the fitted default (the customer column takes the spare width)
FITTED_KEY = "table/fitted"


class InvoiceTableView(QTableView):
    def __init__(self, model: InvoiceTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceTable")
        self.setAccessibleName(self.tr("Invoices"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setAccessibleName(self.tr("Invoice columns"))
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionResized.connect(self._section_resized)
        point_arrow_with_order(header)
        self._fitting = False
        self._fill_customer = True
        self.apply_default_layout()
        self.setSortingEnabled(True)
        #: while rows go in and out above it, the invoice at the top stays at the top
        self._anchor: tuple[str, str, str] | None = None
        model.update_started.connect(self._anchor_top)
        model.update_stepped.connect(self._keep_top)

    def invoice_model(self) -> InvoiceTableModel:
        model = self.model()
        assert isinstance(model, InvoiceTableModel)
        return model

    def apply_default_layout(self) -> None:
        header = self.horizontalHeader()
        for column in c.DEFAULT_WIDTHS:
            header.resizeSection(column, fit.default_width(header, column))
            header.setSectionHidden(column, False)
        fit.apply_default_order(header)
        header.setSectionResizeMode(c.COL_CUSTOMER, QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(c.COL_ISSUE_DATE, Qt.SortOrder.DescendingOrder)
        self._fill_customer = True
        self._fit_customer()

    def _fit_customer(self) -> None:
        """Until the user sizes columns, the customer column takes the spare width."""
        if not self._fill_customer or not self.isVisible():
            return
        header = self.horizontalHeader()
        room = self.viewport().width()
        if not self.verticalScrollBar().isVisible():  # it appears once the rows arrive
            room -= self.verticalScrollBar().sizeHint().width()
        self._fitting = True
        try:
            header.resizeSection(c.COL_CUSTOMER, fit.customer_width(header, room))
        finally:
            self._fitting = False

    def _section_resized(self, _section: int, _old: int, _new: int) -> None:
        if not self._fitting and self.isVisible():
            self._fill_customer = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Only a new width changes the spare width. A taller or shorter view (the totals strip
        # or aging panel gaining a line as a sync brings a new currency) arrives as a queued call
        # in the middle of a reload, when every call into Python may wait for the GIL.
        if event.size().width() != event.oldSize().width():
            self._fit_customer()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_customer()

    def _anchor_top(self) -> None:
        row = self.invoice_model().row_at(self.rowAt(0))
        scrolled = self.verticalScrollBar().value() > 0  # at the top, new rows show up there
        self._anchor = row.key if row is not None and scrolled else None

    def _keep_top(self) -> None:
        model = self.invoice_model()
        position = None if self._anchor is None else model.position_of(self._anchor)
        if position is not None:
            self.updateGeometries()  # the scroll bar's range for the rows in now
            self.verticalScrollBar().setValue(position)
        if not model.updating:
            self._anchor = None

    # ---- column chooser ---------------------------------------------------------------------
    def column_actions(self) -> list[QAction]:
        """One checkable action per column (checked = shown), for the header and View menus."""
        header = self.horizontalHeader()
        titles = c.column_titles()
        actions = []
        for column in range(c.COLUMN_COUNT):
            action = QAction(titles[column], self)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, col=column: self.set_column_shown(col, shown))
            actions.append(action)
        return actions

    def set_column_shown(self, column: int, shown: bool) -> None:
        header = self.horizontalHeader()
        if not shown and header.count() - header.hiddenSectionCount() <= 1:
            return  # keep at least one column
        header.setSectionHidden(column, not shown)
        if shown and header.sectionSize(column) < 30:
            header.resizeSection(column, fit.default_width(header, column))
        self._fit_customer()  # in the fitted layout the customer column takes up the gap

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addSection(self.tr("Columns"))
        for action in self.column_actions():
            action.setParent(menu)
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.apply_default_layout)
        menu.exec(self.horizontalHeader().mapToGlobal(pos))

    # ---- state ------------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue(HEADER_KEY, self.horizontalHeader().saveState())
        settings.setValue(FITTED_KEY, self._fill_customer)

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(HEADER_KEY)
        header = self.horizontalHeader()
        if isinstance(state, QByteArray) and not state.isEmpty() and header.restoreState(state):
            # a layout the user never sized keeps fitting the window after a restart
            self._fill_customer = settings.value(FITTED_KEY, False, type=bool) is True
            fit.widen_to_titles(header)
        if header.count() - header.hiddenSectionCount() == 0:
            self.apply_default_layout()
        self.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = _ENSURE,
    ) -> None:
        """Bring the row into view without jumping sideways: the rows are selected whole, and
        the columns in view (money and status first) stay in view."""
        across = self.horizontalScrollBar().value()
        super().scrollTo(index, hint)
        self.horizontalScrollBar().setValue(across)

    # ---- keyboard ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves to the next invoice (Shift+Enter to the previous), like a spreadsheet;
        the detail pane follows the current row."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            step = -1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            current = self.currentIndex()
            row = current.row() + step if current.isValid() else 0
            if 0 <= row < self.model().rowCount():
                column = current.column() if current.isValid() else 0
                self.setCurrentIndex(self.model().index(row, column))
            event.accept()
            return
        super().keyPressEvent(event)
