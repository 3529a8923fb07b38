"""The invoice table model, built for 100,000+ rows.

Sorting and filtering happen inside the model on the columns of a
:class:`~invoicedesk.gui.rows.RowTable`: a sort is one ``list.sort`` of an index permutation over
integer ranks, a filter one pass building the list of visible row indexes (a keystroke that
extends the search text searches only the rows still shown). No proxy model calls ``data()`` per
comparison, and display strings are made only for the cells Qt paints.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from invoicedesk.domain import Status
from invoicedesk.gui import columns as c
from invoicedesk.gui import model_update
from invoicedesk.gui.columns import (  # noqa: F401  (re-exported: the model's public API)
    AMOUNT_COLUMNS,
    COL_ACCOUNT,
    COL_CURRENCY,
    COL_CUSTOMER,
    COL_DAYS_OVERDUE,
    COL_DIRECTION,
    COL_DUE_DATE,
    COL_ISSUE_DATE,
    COL_NET,
    COL_NUMBER,
    COL_OUTSTANDING,
    COL_PAID,
    COL_PROVIDER,
    COL_STATUS,
    COL_TOTAL,
    COL_VAT,
    COLUMN_COUNT,
    NUMBER_COLUMNS,
)
from invoicedesk.gui.formatting import (
    Formats,
    direction_label,
    not_numbered_label,
    provider_label,
    provider_short_label,
    status_label,
)
from invoicedesk.gui.row_filter import RowFilter, filter_mask, filter_text, narrows, select
from invoicedesk.gui.row_totals import CurrencySums
from invoicedesk.gui.rows import InvoiceKey, InvoiceRow, RowTable
from invoicedesk.gui.table_diff import TableUpdate
from invoicedesk.gui.theme import status_colour

#: the real value of a cell (Decimal, date, str) for sorting by callers
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: the :class:`InvoiceRow` of a row
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
#: roles a delegate asks for that this model never sets
_NEVER_SET = frozenset(
    int(r) for r in (Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.BackgroundRole)
)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _status_icon(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class InvoiceTableModel(QAbstractTableModel):
    #: an incremental update (:meth:`apply_update`) starts, took its steps of one pass, is done
    update_started = Signal()
    update_stepped = Signal()
    updated = Signal()

    def __init__(self, formats: Formats, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: changes whenever the visible rows are made anew (a table, filter or sort)
        self.generation = 0
        self._updates = model_update.Steps(self)
        self._formats = formats
        self._table = RowTable([])
        self._order: list[int] = []  # all rows, in sort order
        self._visible: list[int] = []  # the rows shown, in sort order
        #: by row index, the rows the filter lets through (None: all, or not known)
        self._mask: list[bool] | None = None
        self._positions: dict[int, int] | None = None  # row index -> visible position
        self._filter = RowFilter()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order_valid = False  # _order matches the sort column/order and the table
        self._titles = c.column_titles()
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._icons: dict[Status, QIcon] = {}
        self._brushes: dict[Status, QBrush] = {}
        self._grey = QBrush()
        self._choose_colours()

    def _choose_colours(self) -> None:
        self._icons = {}
        self._brushes = {s: QBrush(QColor(status_colour(s))) for s in Status}
        self._grey = QBrush(QColor(status_colour(Status.DRAFT)))

    def refresh_colours(self) -> None:
        """The colour scheme changed (light/dark): new status colours, repaint every row."""
        self._choose_colours()
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, COLUMN_COUNT - 1)
            )

    # ---- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == _DISPLAY:
            return self._titles[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMBER_COLUMNS:
            return _RIGHT
        return None

    # flags(): the base class's (enabled, selectable, no children) is right, and leaving it
    # unimplemented spares a Python call per painted cell.

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        return self._value(self._table.rows[self._visible[index.row()]], index.column(), role)

    def multiData(self, index: _Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a delegate asks for when it paints a cell, in one call: one Python call
        per cell instead of one per role. That matters most while a sync keeps the GIL busy,
        when each call from Qt into Python may have to wait its turn."""
        if isinstance(roleDataSpan, QModelRoleData):
            items: Any = [roleDataSpan]
            count = 1
        else:
            items = roleDataSpan  # indexable, though PySide6's stubs do not say so
            count = roleDataSpan.size()
        position = index.row()
        if not index.isValid() or position >= len(self._visible):
            for i in range(count):
                items[i].clearData()
            return
        row = self._table.rows[self._visible[position]]
        col = index.column()
        for i in range(count):
            item = items[i]
            role = item.role()
            if role == _DISPLAY_ROLE:  # what a delegate asks for, without a call each
                item.setData(self._display(row, col))
            elif role == _ALIGNMENT_ROLE:
                item.setData(_RIGHT if col in NUMBER_COLUMNS else _LEFT)
            elif role in _NEVER_SET:
                item.clearData()
            else:
                value = self._value(row, col, role)
                if value is None:
                    item.clearData()
                else:
                    item.setData(value)

    def _value(self, row: InvoiceRow, col: int, role: int) -> Any:
        if role == _DISPLAY:
            return self._display(row, col)
        if role == SORT_ROLE:
            return self._real_value(row, col)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if col in NUMBER_COLUMNS else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, col)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(row, col)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_STATUS:
            return self._icon(row.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.settle()
        if (column, order) == (self._sort_column, self._sort_order) and self._order_valid:
            return  # QTableView.sortByColumn asks twice
        self.generation += 1
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_rows = [self._visible[p.row()] if p.isValid() else -1 for p in persistent]
        self._sort_column = column
        self._sort_order = order
        self._order = self._sorted_order()
        self._order_valid = True
        if self._mask is None and self._filter.active:
            self._mask = filter_mask(self._table, self._filter)
        self._visible = select(self._order, self._mask)
        self._positions = None
        if persistent:
            positions = self._positions_of(set(old_rows))
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(positions[r], p.column()) if r in positions else QModelIndex()
                    for p, r in zip(persistent, old_rows, strict=True)
                ],
            )
        self.layoutChanged.emit()

    # ---- loading and filtering ----------------------------------------------------------------
    def set_table(self, table: RowTable) -> None:
        """Show a new set of rows (built in a worker), keeping sort and filter."""
        self.settle()
        self.generation += 1
        self.beginResetModel()
        self._table = table
        self._order = self._sorted_order()
        self._order_valid = True
        self._mask = filter_mask(table, self._filter)
        self._visible = select(self._order, self._mask)
        self._positions = None
        self.endResetModel()

    def set_filter(self, flt: RowFilter) -> None:
        self.settle()
        if flt == self._filter:
            return
        self.generation += 1
        self.beginResetModel()
        if narrows(self._filter, flt) and len(self._visible) * 4 < len(self._table):
            # the next keystroke, fewer rows left: search only those
            self._visible = filter_text(self._table, self._visible, flt.text)
            self._mask = None
        else:
            self._mask = filter_mask(self._table, flt)
            self._visible = select(self._order, self._mask)
        self._filter = flt
        self._positions = None
        self.endResetModel()

    def apply_update(self, update: TableUpdate) -> bool:
        """Go to ``update.table`` by removing, changing and inserting rows (:mod:`.model_update`):
        the first steps now, the rest in later passes of the event loop, :attr:`updated` at the
        end. False (nothing done) when the rows shown changed since the update was planned."""
        self.settle()
        if update.generation != self.generation or update.base is not self._table:
            return False
        self.generation += 1
        self._updates.start(update)
        return True

    @property
    def updating(self) -> bool:
        """An incremental update is under way (its rows are partly in)."""
        return self._updates.running

    def settle(self) -> None:
        """Finish an incremental update under way at once (before the rows change otherwise)."""
        self._updates.settle()

    def set_formats(self, formats: Formats) -> None:
        self._formats = formats
        if self._visible:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._visible) - 1, COLUMN_COUNT - 1)
            )

    @property
    def sort_spec(self) -> tuple[int, bool]:
        """(sort column or -1, descending?)"""
        return self._sort_column, self._sort_order == Qt.SortOrder.DescendingOrder

    @property
    def row_filter(self) -> RowFilter:
        return self._filter

    @property
    def table(self) -> RowTable:
        return self._table

    def row_at(self, position: int) -> InvoiceRow | None:
        if 0 <= position < len(self._visible):
            return self._table.rows[self._visible[position]]
        return None

    def position_of(self, key: InvoiceKey) -> int | None:
        """The visible row of an invoice, or None when it is filtered out or gone."""
        index = self._table.index_of.get(key)
        if index is None:
            return None
        return self._positions_of({index}).get(index)

    def visible_rows(self) -> list[InvoiceRow]:
        """The visible rows as :class:`InvoiceRow` objects (made now: for small views; use
        :meth:`visible_indexes` with the table's columns for large ones)."""
        rows = self._table.rows
        return [rows[i] for i in self._visible]

    def visible_indexes(self) -> list[int]:
        """Table row indexes of the visible rows, in view order (do not modify)."""
        return self._visible

    def visible_keys(self) -> list[InvoiceKey]:
        return self._table.keys(self._visible)

    def visible_totals(self) -> list[CurrencySums]:
        """Count, total, outstanding and overdue per currency of the visible rows."""
        self.settle()
        table = self._table
        if len(self._visible) == len(table):
            return table.totals()
        if self._mask is not None:
            return table.totals_index.of_mask(self._mask)
        return table.totals(self._visible)

    # ---- internals ----------------------------------------------------------------------------
    def _sorted_order(self) -> list[int]:
        if not 0 <= self._sort_column < COLUMN_COUNT:
            return list(range(len(self._table)))
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return self._table.sorted_order(self._sort_column, descending)

    def _positions_of(self, rows: set[int]) -> dict[int, int]:
        """Visible positions of a few rows (the selection) without mapping all 100,000."""
        if len(rows) > 64:
            return self._position_map()
        positions = {}
        for row in rows:
            try:
                positions[row] = self._visible.index(row)
            except ValueError:
                continue
        return positions

    def _position_map(self) -> dict[int, int]:
        if self._positions is None:
            self._positions = {r: pos for pos, r in enumerate(self._visible)}
        return self._positions

    def _display(self, row: InvoiceRow, col: int) -> str:
        fmt = self._formats
        if col == COL_PROVIDER:
            return provider_short_label(row.provider)
        if col == COL_ACCOUNT:
            return row.account
        if col == COL_DIRECTION:
            return direction_label(row.direction)
        if col == COL_NUMBER:
            return not_numbered_label() if row.unnumbered else (row.number or "")
        if col == COL_CUSTOMER:
            return row.customer or ""
        if col == COL_ISSUE_DATE:
            return fmt.date(row.issue_date)
        if col == COL_DUE_DATE:
            return fmt.date(row.due_date)
        if col == COL_CURRENCY:
            return row.currency
        if col == COL_STATUS:
            return status_label(row.status, row.payment, row.days_past)
        if col == COL_DAYS_OVERDUE:
            days = row.days_overdue
            return "" if days is None else fmt.decimal(Decimal(days))
        if col == COL_OUTSTANDING and not row.counted:
            return ""  # paid, a draft, or nothing known: no figure that counts
        return fmt.amount(self._real_value(row, col), row.currency)

    @staticmethod
    def _real_value(row: InvoiceRow, col: int) -> Any:
        return (
            row.provider,
            row.account,
            row.direction.value,
            row.number,
            row.customer,
            row.issue_date,
            row.due_date,
            row.currency,
            row.net,
            row.vat,
            row.total,
            row.paid,
            row.outstanding,
            row.days_overdue,
            row.status.value,
        )[col]

    def _foreground(self, row: InvoiceRow, col: int) -> QBrush | None:
        if col == COL_STATUS:
            return self._brushes[row.status]
        if col == COL_DUE_DATE and row.status is Status.OVERDUE:
            return self._brushes[Status.OVERDUE]
        if col == COL_NUMBER and row.unnumbered:
            return self._grey
        return None

    def _font(self, row: InvoiceRow, col: int) -> QFont | None:
        if row.status is Status.OVERDUE and col in (COL_STATUS, COL_DUE_DATE):
            return self._bold
        if col == COL_NUMBER and row.unnumbered:
            return self._italic
        return None

    def _icon(self, status: Status) -> QIcon:
        icon = self._icons.get(status)
        if icon is None:
            icon = self._icons[status] = _status_icon(status_colour(status))
        return icon

    def _tooltip(self, row: InvoiceRow, col: int) -> str | None:
        if col == COL_PROVIDER:
            return provider_label(row.provider)
        if col in (COL_CUSTOMER, COL_ACCOUNT):  # user data, cut short in a narrow column
            return (row.customer if col == COL_CUSTOMER else row.account) or None
        if col == COL_NUMBER and row.unnumbered:
            return self.tr("Telecom X has not given this invoice a number yet")
        if col == COL_STATUS and row.status is Status.OVERDUE and row.outstanding is not None:
            return self.tr(
                "Overdue by %n day(s): %1 outstanding", "", row.days_overdue or 0
            ).replace("%1", self._formats.money(row.outstanding, row.currency))
        if col == COL_STATUS and row.status is Status.DRAFT:
            return self.tr("A draft: not sent or not numbered yet; it counts in no total")
        return None
