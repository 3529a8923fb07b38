"""A reload's rows into the window's table: planned in the loading worker against the rows on
screen (:mod:`.table_diff`), applied as row insertions, removals and changes
(:meth:`InvoiceTableModel.apply_update`), or as a model reset when there is nothing to keep (the
first load, an empty table) or the view changed meanwhile; then the chosen invoice is selected
again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QItemSelectionModel

from invoicedesk.gui.detail_loader import DetailLoader
from invoicedesk.gui.detail_pane import DetailPane
from invoicedesk.gui.invoice_model import InvoiceTableModel
from invoicedesk.gui.invoice_view import InvoiceTableView
from invoicedesk.gui.row_filter import filter_mask
from invoicedesk.gui.rows import InvoiceKey, RowTable
from invoicedesk.gui.table_diff import TableUpdate, plan_update

translate = QCoreApplication.translate


class Window(Protocol):
    """The parts of the main window a reload's selection involves."""

    _selected_key: InvoiceKey | None
    model: InvoiceTableModel
    table: InvoiceTableView
    detail_loader: DetailLoader
    detail: DetailPane


def planner(model: InvoiceTableModel) -> Callable[[RowTable], TableUpdate | None]:
    """On the GUI thread when a reload starts: what the worker needs to plan the update from
    the rows shown now. The returned function runs in the worker (None: reset instead)."""
    base = model.table
    visible = list(model.visible_indexes())
    sort = model.sort_spec
    row_filter = model.row_filter
    generation = model.generation

    def plan(table: RowTable) -> TableUpdate | None:
        if not len(base) or not len(table):  # nothing to keep: a reset is the cheapest
            if row_filter.active:
                # the reset filters and totals the rows on the GUI thread: what the table makes
                # when first asked (the search text, the totals index) is made here instead
                filter_mask(table, row_filter)
                table.totals_index  # noqa: B018 (built as a side effect)
            return None
        return plan_update(base, visible, table, sort, row_filter, generation)

    return plan


def show(model: InvoiceTableModel, table: RowTable, update: TableUpdate | None) -> bool:
    """Show ``table``: True when by an incremental update (the model's ``updated`` follows,
    perhaps in a later pass of the event loop), False when by a reset (done now)."""
    if update is not None and update.table is table and model.apply_update(update):
        return True
    model.set_table(table)
    return False


def restore_current(window: Window) -> None:
    """Select the invoice chosen last, if the view shows it (after a reload or filter); a row
    that is still current (an update kept it) is left as it is, and so is the scroll position."""
    key = window._selected_key
    if key is None:
        return
    model, view = window.model, window.table
    current = model.row_at(view.currentIndex().row())
    if current is not None and current.key == key:
        return
    position = model.position_of(key)
    if position is None:
        window.detail_loader.request(None)
        view.selectionModel().clear()  # an update may have moved it to a neighbour
        if not model.rowCount():
            text = translate(
                "MainWindow", "No invoice matches the filters. Widen them to see invoices."
            )
        elif key in model.table.index_of:
            text = translate("MainWindow", "The selected invoice is not in the filtered view.")
        else:
            window._selected_key = None
            text = translate("MainWindow", "The selected invoice is no longer in the cache.")
        window.detail.show_placeholder(text)
        return
    column = max(view.horizontalHeader().logicalIndexAt(0), 0)
    index = model.index(position, column)
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index)
