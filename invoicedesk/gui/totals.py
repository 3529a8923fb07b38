"""Totals of the filtered view, one group per currency (never summed across currencies), and the
strip that shows them under the table."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from invoicedesk.gui.formatting import Formats
from invoicedesk.gui.row_totals import CurrencySums
from invoicedesk.gui.rows import InvoiceRow


@dataclass
class CurrencyTotals:
    currency: str
    count: int = 0
    total: Decimal = Decimal(0)
    outstanding: Decimal = Decimal(0)
    overdue: Decimal = Decimal(0)
    overdue_count: int = 0


def totals_by_currency(rows: Iterable[InvoiceRow]) -> list[CurrencyTotals]:
    """Count, total, outstanding and overdue (outstanding of past-due invoices) per currency;
    the currency with most invoices first."""
    groups: dict[str, CurrencyTotals] = {}
    for row in rows:
        group = groups.get(row.currency)
        if group is None:
            group = groups[row.currency] = CurrencyTotals(row.currency)
        group.count += 1
        if row.total is not None:
            group.total += row.total
        if row.outstanding is not None:
            group.outstanding += row.outstanding
            if row.past_due:
                group.overdue += row.outstanding
                group.overdue_count += 1
    return sorted(groups.values(), key=lambda g: (-g.count, g.currency))


def currency_totals(sums: Iterable[CurrencySums]) -> list[CurrencyTotals]:
    """Totals as :meth:`RowTable.totals` (or the model's ``visible_totals``) computes them."""
    return [
        CurrencyTotals(s.currency, s.count, s.total, s.outstanding, s.overdue, s.overdue_count)
        for s in sums
    ]


def _label(text: str, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        label.setObjectName(object_name)
    return label


class TotalsStrip(QFrame):
    """Totals of the view under the table, one aligned row per currency::

    Currency   Invoices        Total    Outstanding      Overdue
    NOK             229   kr 1 234,00     kr 234,00    kr 120,00
    """

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totalsStrip")
        self._formats = formats
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(10, 4, 10, 4)
        self._grid.setHorizontalSpacing(28)
        self._grid.setVerticalSpacing(1)
        self.groups: list[CurrencyTotals] = []
        self.show_totals([])

    def set_formats(self, formats: Formats) -> None:
        self._formats = formats
        self.show_totals(self.groups)

    def show_totals(self, groups: list[CurrencyTotals]) -> None:
        if groups and [g.currency for g in groups] == [g.currency for g in self.groups]:
            self.groups = groups
            self._update(groups)  # same currencies: new figures in the same labels
            return
        self.groups = groups
        while (item := self._grid.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
        if not groups:
            self._grid.addWidget(_label(self.tr("No invoices in view"), "totalsEmpty"), 0, 0)
            self._grid.setColumnStretch(0, 1)
            return
        self._grid.setColumnStretch(0, 0)
        titles = (
            self.tr("Currency"),
            self.tr("Invoices"),
            self.tr("Total"),
            self.tr("Outstanding"),
            self.tr("Overdue"),
        )
        for column, title in enumerate(titles):
            self._add(title, 0, column, "totalsHeading")
        fmt = self._formats
        for row, group in enumerate(groups, start=1):
            cur = group.currency
            self._add(cur, row, 0, "totalsCurrency")
            self._add(str(group.count), row, 1, "totalsCount")
            self._add(fmt.money(group.total, cur), row, 2)
            self._add(fmt.money(group.outstanding, cur), row, 3)
            self._add(
                fmt.money(group.overdue, cur),
                row,
                4,
                "totalsOverdue" if group.overdue else "totalsAmount",
            )
        self._grid.setColumnStretch(5, 1)

    def _update(self, groups: list[CurrencyTotals]) -> None:
        fmt = self._formats
        for row, group in enumerate(groups, start=1):
            cur = group.currency
            cells = [self._grid.itemAtPosition(row, column) for column in range(5)]
            labels = [cell.widget() if cell is not None else None for cell in cells]
            texts = (
                cur,
                str(group.count),
                fmt.money(group.total, cur),
                fmt.money(group.outstanding, cur),
                fmt.money(group.overdue, cur),
            )
            for label, text in zip(labels, texts, strict=True):
                if isinstance(label, QLabel) and label.text() != text:
                    label.setText(text)
            overdue = labels[4]
            name = "totalsOverdue" if group.overdue else "totalsAmount"
            if isinstance(overdue, QLabel) and overdue.objectName() != name:
                overdue.setObjectName(name)
                overdue.style().unpolish(overdue)  # the style sheet picks labels by name
                overdue.style().polish(overdue)

    def _add(self, text: str, row: int, column: int, name: str = "totalsAmount") -> None:
        label = _label(text, name)
        if column > 0:
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._grid.addWidget(label, row, column)

    def texts(self) -> list[str]:
        """Every label's text, in order (for tests and accessibility checks)."""
        return [label.text() for label in self.findChildren(QLabel)]
