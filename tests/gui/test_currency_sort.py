"""Sorting by an amount keeps each currency together: by currency, then amount; and fast."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from invoicedesk.gui import sort_keys
from invoicedesk.gui.invoice_model import COL_NET, COL_OUTSTANDING, COL_TOTAL
from invoicedesk.gui.main_window import MainWindow

from .test_main_window import open_window, window  # noqa: F401  (fixtures)


@pytest.mark.parametrize("column", [COL_TOTAL, COL_NET, COL_OUTSTANDING])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_amount_columns_sort_by_currency_then_amount(
    window: MainWindow,  # noqa: F811
    column: int,
    order: Qt.SortOrder,
) -> None:
    window.table.sortByColumn(column, order)
    rows = [window.model.row_at(r) for r in range(window.model.rowCount())]
    assert len({r.currency for r in rows}) > 1
    field = {COL_TOTAL: "total", COL_NET: "net", COL_OUTSTANDING: "outstanding"}[column]
    present = [r for r in rows if getattr(r, field) is not None]
    currencies = [r.currency for r in present]
    runs = [c for n, c in enumerate(currencies) if n == 0 or currencies[n - 1] != c]
    assert len(runs) == len(set(runs)), f"currencies mixed: {runs}"
    for currency in runs:
        amounts = [getattr(r, field) for r in present if r.currency == currency]
        descending = order == Qt.SortOrder.DescendingOrder
        assert amounts == sorted(amounts, reverse=descending)


def test_currency_amount_keys_are_exact() -> None:
    """(Speed is the benchmark's business: the table benchmark sorts every column of 100,000
    rows against a same-run baseline; a timed unit test on a shared machine is a flaky one.)"""
    rng = random.Random(7)
    size = 100_000
    currencies = [rng.choice(["NOK", "DKK", "EUR", "SEK"]) for _ in range(size)]
    amounts = [f"{rng.randint(-(10**6), 10**8) / 100:.2f}" for _ in range(size)]
    amounts[5] = None  # type: ignore[call-overload]

    made = sort_keys.currency_amount_keys(currencies, amounts)
    order = sort_keys.sorted_indexes(made, False)
    assert made[5] is None and order[-1] == 5
    expected = sorted(
        (i for i in range(size) if amounts[i] is not None),
        key=lambda i: (currencies[i], float(amounts[i])),  # ok: not money (test)
    )
    got = [i for i in order if amounts[i] is not None]
    assert [(currencies[i], amounts[i]) for i in got] == [
        (currencies[i], amounts[i]) for i in expected
    ]


def test_huge_amounts_take_the_exact_keys() -> None:
    currencies = ["NOK", "EUR", "NOK", "EUR", "NOK"]
    amounts = ["999999999999999.01", "1", "999999999999999.02", "-5", None]
    made = sort_keys.currency_amount_keys(currencies, amounts)
    order = sort_keys.sorted_indexes(made, False)
    assert order == [3, 1, 0, 2, 4]
