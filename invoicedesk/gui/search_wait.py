"""A filter asked for before a large table is warmed waits for the warm-up in a worker, instead
of freezing the window while the GUI thread builds it.

A filter needs the table's search text (the largest column, read when first asked for, and
made case-blind) and its totals index. After a reload those are made in a worker once the rows
are painted (:mod:`.table_warm_up`), but not while a sync runs; a key in the search box then
starts them at once, and the box waits 200 ms before it filters. At 100,000 rows the build
takes longer than that (about half a second with a sync running), and the GUI thread, asking
for the search text, waited for the worker's lock all that time. Now the filter is held: the
table shows its rows as they are, the box keeps what was typed, and the filter applies as soon
as the worker is done (a newer filter replaces a held one). A filter without search text waits
only for the totals index. Small tables build in a few milliseconds and are filtered at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from invoicedesk.gui.invoice_model import InvoiceTableModel
from invoicedesk.gui.row_filter import RowFilter
from invoicedesk.gui.rows import RowTable
from invoicedesk.gui.workers import Job, JobRunner

#: from how many rows a filter waits for the warm-up rather than build it on the GUI thread
HOLD_ROWS = 20_000


class SearchWait(QObject):
    def __init__(
        self,
        model: InvoiceTableModel,
        runner: JobRunner,
        apply: Callable[[RowFilter], None],
        parent: QObject | None = None,
        hold_rows: int = HOLD_ROWS,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._runner = runner
        self._apply = apply
        self._hold_rows = hold_rows
        #: the filter waiting, and the table being warmed for it
        self.held: RowFilter | None = None
        self._warming: RowTable | None = None

    @Slot(object)
    def filter(self, flt: RowFilter) -> None:
        """Apply ``flt`` now, or once the table shown is warmed."""
        table, text = self._model.table, bool(flt.text.strip())
        if not flt.active or len(table) < self._hold_rows or table.ready_for(text):
            self.held = None
            self._apply(flt)
            return
        self.held = flt
        if self._warming is not table:
            self._warming = table

            def work(_job: Job) -> None:
                table.totals_index  # noqa: B018 (both built as a side effect)
                if text:
                    table.haystacks  # noqa: B018

            self._runner.submit(work, on_result=self._warmed)

    @Slot(object)
    def _warmed(self, _result: object) -> None:
        self._warming = None
        flt, self.held = self.held, None
        if flt is not None:
            self.filter(flt)  # the table may have been replaced meanwhile: then it waits again
