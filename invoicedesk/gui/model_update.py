"""The invoice model goes to a reload's new rows by inserting, removing and changing rows
(:class:`~invoicedesk.gui.table_diff.TableUpdate`, planned in the loading worker) instead of a
reset: the view keeps its selection, current row and scroll position, and the GUI thread only
makes the begin/end calls, a few milliseconds of them per pass of the event loop."""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer

from invoicedesk.gui.columns import COLUMN_COUNT
from invoicedesk.gui.table_diff import TableUpdate

#: the :class:`~invoicedesk.gui.invoice_model.InvoiceTableModel` whose rows these steps change
#: (its own helper: it reaches into the model's row lists; not imported, the model imports this)
Model = Any

#: how long one pass of the event loop spends on an update's steps at most (then it yields)
BUDGET_S = 0.004
#: more changed runs than this are one dataChanged over their whole span (one repaint either way)
_CHANGED_RUNS = 64


def steps(model: Model, update: TableUpdate) -> Iterator[None]:
    """The update, one begin/end pair (or dataChanged) per step. Between two steps the model is
    consistent: rows removed so far are gone, rows inserted so far are in."""
    root = QModelIndex()
    model._visible = visible = list(model._visible)
    for first, last in update.removed:
        model.beginRemoveRows(root, first, last)
        del visible[first : last + 1]
        model._positions = None
        model.endRemoveRows()
        yield
    # the kept rows, now in the new table: the same invoices at the same positions
    model._table = update.table
    model._visible = visible = list(update.kept)
    model._positions = None
    changed = update.changed
    if len(changed) > _CHANGED_RUNS:
        changed = [(changed[0][0], changed[-1][1])]
    for first, last in changed:
        model.dataChanged.emit(model.index(first, 0), model.index(last, COLUMN_COUNT - 1))
        yield
    rows = update.visible
    for first, last in update.inserted:
        model.beginInsertRows(root, first, last)
        visible[first:first] = rows[first : last + 1]
        model._positions = None
        model.endInsertRows()
        yield
    model._visible = update.visible
    model._order = update.order
    model._order_valid = True
    model._mask = update.mask
    model._positions = None


def run_for(pending: Iterator[None], budget: float = BUDGET_S) -> bool:
    """Take steps for ``budget`` seconds at most; True when the update is done."""
    end = time.perf_counter() + budget
    return all(time.perf_counter() < end for _ in pending)


class Steps:
    """The model's update under way, if any: its steps are taken for :data:`BUDGET_S` per pass
    of the event loop; the model's ``update_stepped`` follows each pass, ``updated`` the end."""

    def __init__(self, model: Model) -> None:
        self._model = model
        self._pending: Iterator[None] | None = None
        # the next pass once the events already posted are handled (a zero timer: with 2 ms
        # steps a 5 ms timer waited at most 6 ms, against 8 ms with singleShot(0))
        self._timer = QTimer(model)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._take_steps)

    @property
    def running(self) -> bool:
        return self._pending is not None

    def start(self, update: TableUpdate) -> None:
        self._pending = steps(self._model, update)
        self._model.update_started.emit()
        self._take_steps()

    def settle(self) -> None:
        if self._pending is not None:
            run_for(self._pending, math.inf)  # no time budget: finish now
            self._done()

    def _take_steps(self) -> None:
        if self._pending is None:
            return  # settled meanwhile
        if run_for(self._pending, BUDGET_S):
            self._done()
        else:
            self._model.update_stepped.emit()
            self._timer.start()

    def _done(self) -> None:
        self._pending = None
        self._model.update_stepped.emit()
        self._model.updated.emit()
