"""A reload's new rows go into the model as insertions, removals and changes (planned in the
worker by :func:`plan_update`), not as a reset: sort, filter, selection, current row and the
scroll position stay, and the Qt model contract holds at every step."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from invoicedesk.domain import Invoice, PaymentState
from invoicedesk.gui import model_update
from invoicedesk.gui.formatting import Formats
from invoicedesk.gui.invoice_model import COL_NUMBER, COL_TOTAL, InvoiceTableModel
from invoicedesk.gui.invoice_view import InvoiceTableView
from invoicedesk.gui.row_filter import RowFilter
from invoicedesk.gui.rows import RowTable
from invoicedesk.gui.table_diff import TableUpdate, plan_update
from invoicedesk.gui.table_update import show

from .test_model import simple, table_of

D = Decimal
Key = tuple[str, str, str]


def invoices(numbers: range, **changed: dict[str, object]) -> list[Invoice]:
    """Invoice ``n`` has total ``n``.00 (a sort by total orders them by number), issued the
    ``n``-th day; ``changed`` maps "i<n>" to fields that differ."""
    made = []
    for n in numbers:
        fields: dict[str, object] = {
            "total": D(f"{n}.00"),
            "net": D(f"{n}.00"),
            "vat": D("0.00"),
            "issue_date": dt.date(2025, 1, 1) + dt.timedelta(days=n),
        }
        fields.update(changed.get(f"i{n}", {}))
        made.append(simple(n, **fields))
    return made


def keys(model: InvoiceTableModel) -> list[Key]:
    return model.visible_keys()


def shown(model: InvoiceTableModel) -> list[tuple[object, ...]]:
    """What every visible cell shows, row by row."""
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def fresh(table: RowTable, model: InvoiceTableModel) -> InvoiceTableModel:
    """A model shown ``table`` by a reset, sorted and filtered as ``model``."""
    other = InvoiceTableModel(Formats("en"))
    column, descending = model.sort_spec
    other.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    other.set_filter(model.row_filter)
    other.set_table(table)
    return other


def plan(model: InvoiceTableModel, table: RowTable) -> TableUpdate:
    return plan_update(
        model.table,
        list(model.visible_indexes()),
        table,
        model.sort_spec,
        model.row_filter,
        model.generation,
    )


class Signals:
    def __init__(self, model: InvoiceTableModel) -> None:
        self.log: list[tuple[str, int, int]] = []
        #: the invoices in a dataChanged's rows, when it was emitted
        self.changed: set[Key] = set()
        self.model = model
        model.modelReset.connect(lambda: self.log.append(("reset", -1, -1)))
        model.rowsInserted.connect(lambda _p, a, b: self.log.append(("insert", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.log.append(("remove", a, b)))
        model.dataChanged.connect(self._changed)

    def _changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles: object) -> None:
        self.log.append(("change", top_left.row(), bottom_right.row()))
        for r in range(top_left.row(), bottom_right.row() + 1):
            row = self.model.row_at(r)
            assert row is not None
            self.changed.add(row.key)

    def kinds(self) -> set[str]:
        return {kind for kind, _a, _b in self.log}


@pytest.fixture
def view(qtbot: QtBot) -> InvoiceTableView:
    model = InvoiceTableModel(Formats("en"))
    table = InvoiceTableView(model)
    qtbot.addWidget(table)
    table.resize(900, 300)
    return table


def test_a_reload_inserts_removes_and_changes_rows_keeping_sort_filter_and_selection(
    view: InvoiceTableView, qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    model = view.invoice_model()
    model.set_table(table_of(tmp_path, invoices(range(1, 31))))
    model.sort(COL_TOTAL, Qt.SortOrder.DescendingOrder)
    model.set_filter(RowFilter(text="customer 1"))  # 1, 10-19: 11 rows
    qtmodeltester.check(model)  # and it stays attached, checking every signal from here on
    selected = ("sendregning", "Regnskap AS", "i15")
    position = model.position_of(selected)
    assert position is not None
    view.selectionModel().setCurrentIndex(
        model.index(position, COL_NUMBER),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    # the sync: 12 and 17 gone, 31-35 new (13 of them match), 14 paid (a change in place),
    # 11 now the largest (it moves to the top)
    after = invoices(
        (*range(1, 12), *range(13, 17), *range(18, 36)),
        i14={"payment": PaymentState.PAID, "paid_amount": D("14.00")},
        i11={"total": D("99.00"), "net": D("99.00")},
    )
    table = table_of(tmp_path, after)
    signals = Signals(model)

    update = plan(model, table)
    assert show(model, table, update)
    qtbot.waitUntil(lambda: not model.updating)

    assert "reset" not in signals.kinds()
    assert {"insert", "remove", "change"} <= signals.kinds()
    assert keys(model) == keys(fresh(table, model))
    assert shown(model) == shown(fresh(table, model))
    assert model.sort_spec == (COL_TOTAL, True)
    assert model.row_filter == RowFilter(text="customer 1")
    # the paid invoice changed in place: a dataChanged for its row (and no other)
    assert signals.changed == {("sendregning", "Regnskap AS", "i14")}
    # the selection and the current row are still the same invoice
    current = model.row_at(view.currentIndex().row())
    assert current is not None and current.key == selected
    assert [model.row_at(i.row()).key for i in view.selectionModel().selectedRows()] == [selected]
    # and the totals are the new table's
    assert model.visible_totals() == fresh(table, model).visible_totals()


def test_an_update_spread_over_passes_of_the_event_loop_stays_consistent(
    view: InvoiceTableView,
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(model_update, "BUDGET_S", 0.0)  # one step per pass
    model = view.invoice_model()
    model.set_table(table_of(tmp_path, invoices(range(0, 60, 2))))  # the even ones
    model.sort(COL_TOTAL, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    table = table_of(tmp_path, invoices(range(1, 60, 3)))  # every third, odd and even
    passes: list[object] = []
    model.update_stepped.connect(lambda: passes.append(model.rowCount()))
    # a timer (as input would) gets its turn between two passes, not only after the last
    ticks = QTimer()
    ticks.setInterval(0)
    ticks.timeout.connect(lambda: passes.append("tick"))
    ticks.start()
    assert model.apply_update(plan(model, table))
    assert model.updating  # not all in one pass
    with qtbot.waitSignal(model.updated, timeout=5000):
        pass
    ticks.stop()
    steps = [p for p in passes if p != "tick"]
    assert len(steps) > 10
    between = passes[passes.index(steps[0]) : len(passes) - passes[::-1].index(steps[-1])]
    assert between.count("tick") >= len(steps) // 2
    assert keys(model) == keys(fresh(table, model))


def test_a_filter_or_sort_during_an_update_finishes_it_first(
    view: InvoiceTableView,
    qtmodeltester: ModelTester,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(model_update, "BUDGET_S", 0.0)
    model = view.invoice_model()
    model.set_table(table_of(tmp_path, invoices(range(0, 40, 2))))
    model.sort(COL_TOTAL, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    table = table_of(tmp_path, invoices(range(1, 40, 2)))
    assert model.apply_update(plan(model, table))
    assert model.updating
    model.sort(COL_TOTAL, Qt.SortOrder.DescendingOrder)
    assert not model.updating
    assert keys(model) == keys(fresh(table, model))
    stale = plan(model, table_of(tmp_path, invoices(range(5))))
    model.set_filter(RowFilter(text="customer 3"))
    assert not model.apply_update(stale)  # planned for rows no longer shown: refused


def test_rows_inserted_above_keep_the_top_invoice_in_place(
    view: InvoiceTableView, qtbot: QtBot, tmp_path: Path
) -> None:
    model = view.invoice_model()
    view.show()
    model.set_table(table_of(tmp_path, invoices(range(0, 200, 2))))
    model.sort(COL_TOTAL, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 40)
    view.verticalScrollBar().setValue(40)
    top = model.row_at(view.rowAt(0))
    assert top is not None and model.position_of(top.key) == 40
    table = table_of(tmp_path, invoices(range(200)))  # the odd ones arrive, above and below
    assert model.apply_update(plan(model, table))
    qtbot.waitUntil(lambda: not model.updating)
    qtbot.wait(10)
    assert model.position_of(top.key) == 80
    assert model.row_at(view.rowAt(0)) == model.row_at(80)


def test_a_row_that_moves_is_removed_and_inserted_and_the_rest_stay(
    qtbot: QtBot, tmp_path: Path
) -> None:
    model = InvoiceTableModel(Formats("en"))
    model.sort(COL_TOTAL, Qt.SortOrder.AscendingOrder)
    model.set_table(table_of(tmp_path, invoices(range(5))))
    update = plan(model, table_of(tmp_path, invoices(range(5), i1={"total": D("9.00")})))
    assert update.removed == [(1, 1)]  # i1 leaves its place...
    assert update.inserted == [(4, 4)]  # ...for the end (the largest total now)
    assert update.changed == []  # nothing else differs
    assert len(update.kept) == 4


@pytest.mark.parametrize("count", [1, 2, 7])
def test_the_plan_marks_exactly_the_kept_rows_whose_values_changed(
    tmp_path: Path, count: int
) -> None:
    """Each compared column is checked whole first and row by row only when it differs; the
    rows marked are exactly those with a new value in some column (one kept row included)."""
    base = table_of(tmp_path, invoices(range(count)))
    edits = {f"i{count - 1}": {"total": D("999.00")}}
    if count > 2:
        edits["i1"] = {"vat": D("1.00")}  # another column, another row
    table = table_of(tmp_path, invoices(range(count), **edits))
    update = plan_update(base, list(range(count)), table, (COL_NUMBER, False), RowFilter())
    marked = {p for first, last in update.changed for p in range(first, last + 1)}
    expected = {count - 1} | ({1} if count > 2 else set())
    assert {update.kept[p] for p in marked} == expected
    assert update.removed == [] and update.inserted == []
    same = plan_update(base, list(range(count)), base, (COL_NUMBER, False), RowFilter())
    assert same.changed == []
