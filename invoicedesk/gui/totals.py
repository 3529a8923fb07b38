"""Totals of the filtered view, one line per direction and currency (never summed across
either), and the strip that shows them under the table. Only claims that count
(``domain.counts``) are in a figure: drafts and paid claims are not."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from invoicedesk.domain import Status
from invoicedesk.gui.formatting import Formats, direction_heading
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
    direction: str = "receivable"


def totals_by_currency(rows: Iterable[InvoiceRow]) -> list[CurrencyTotals]:
    """The reference computation, row by row: per direction and currency, the counted claims'
    count, total and outstanding, and the outstanding of the overdue ones; receivable first,
    then the currency with most claims."""
    groups: dict[tuple[str, str], CurrencyTotals] = {}
    for row in rows:
        if not row.counted or row.outstanding is None:
            continue
        key = (row.direction.value, row.currency)
        group = groups.get(key)
        if group is None:
            group = groups[key] = CurrencyTotals(row.currency, direction=row.direction.value)
        group.count += 1
        if row.total is not None:
            group.total += row.total
        group.outstanding += row.outstanding
        if row.status is Status.OVERDUE:
            group.overdue += row.outstanding
            group.overdue_count += 1
    return sorted(
        groups.values(), key=lambda g: (g.direction != "receivable", -g.count, g.currency)
    )


def currency_totals(sums: Iterable[CurrencySums]) -> list[CurrencyTotals]:
    """Totals as :meth:`RowTable.totals` (or the model's ``visible_totals``) computes them."""
    return [
        CurrencyTotals(
            s.currency, s.count, s.total, s.outstanding, s.overdue, s.overdue_count, s.direction
        )
        for s in sums
    ]


def _label(text: str, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        label.setObjectName(object_name)
    return label


_COLUMNS = 5


class TotalsStrip(QFrame):
    """Totals of the view under the table, one aligned row per direction and currency::

                   Currency   Open        Outstanding          Overdue
    Owed to you    NOK         229        kr 1 234,00   3 · kr 120,00
    You owe        NOK          12          kr 840,00           kr 0,00
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
        self._shape: list[tuple[str, str]] | None = None
        #: each line's labels by (direction, currency), and the headings: kept across layouts
        self._lines: dict[tuple[str, str], list[QLabel]] = {}
        #: lines made ahead by :meth:`prepare`, not laid out yet
        self._prepared: dict[tuple[str, str], list[QLabel]] = {}
        self._headings: dict[str, QLabel] = {}
        self.show_totals([])

    def set_formats(self, formats: Formats) -> None:
        self._formats = formats
        self._shape = None
        self.show_totals(self.groups)

    def prepare(self, groups: list[CurrencyTotals]) -> bool:
        """Make (and style) the labels of one line ``groups`` has and the strip does not, so
        that showing it, in a later pass of the event loop, only lays it out (as the aging
        panel's lines: a sync bringing a new currency costs short passes, not one long one).
        True: more lines to make (call again, in the next pass)."""
        missing = [
            g
            for g in groups
            if (key := (g.direction, g.currency)) not in self._lines and key not in self._prepared
        ]
        if not missing:
            return False
        first = missing[0]
        line = self._prepared[(first.direction, first.currency)] = self._new_line(first)
        for label in line:
            label.setParent(self)
            label.hide()
            label.ensurePolished()
        return len(missing) > 1

    def show_totals(self, groups: list[CurrencyTotals]) -> None:
        shape = [(g.direction, g.currency) for g in groups]
        self.groups = groups
        if groups and shape == self._shape:
            self._update(groups)  # same lines: new figures in the same labels
            return
        self._shape = shape
        self._lay_out(groups)
        self._update(groups)

    def _lay_out(self, groups: list[CurrencyTotals]) -> None:
        """Lay the lines out again (a new currency, or the order changed as counts grew): a
        line shown before keeps its labels (already polished by the strip's style sheet), only
        a new line's are made, and the grid shows those in a later pass of the event loop."""
        kept = self._lines
        reused = {w for line in kept.values() for w in line} | set(self._headings.values())
        self._lines = {}
        while (item := self._grid.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None and widget not in reused:
                widget.hide()
                widget.setParent(None)
        if not groups:
            empty = self._heading("empty", self.tr("Nothing outstanding in view"), "totalsEmpty")
            self._grid.addWidget(empty, 0, 0)
            self._grid.setColumnStretch(0, 1)
        else:
            self._grid.setColumnStretch(0, 0)
            titles = (
                "",
                self.tr("Currency"),
                self.tr("Open claims"),
                self.tr("Outstanding"),
                self.tr("Overdue"),
            )
            for column, title in enumerate(titles):
                label = self._heading(f"title{column}", title, "totalsHeading", column)
                self._grid.addWidget(label, 0, column)
            previous = None
            for row, group in enumerate(groups, start=1):
                key = (group.direction, group.currency)
                prepared = self._prepared.pop(key, None)
                line = kept.pop(key, None) or prepared or self._new_line(group)
                self._lines[key] = line
                heading = direction_heading(group.direction) if group.direction != previous else ""
                previous = group.direction
                line[0].setText(heading)
                for column, label in enumerate(line):
                    self._grid.addWidget(label, row, column)
                    if prepared is not None:  # made hidden ahead: shown now it is laid out
                        label.setVisible(True)
            self._grid.setColumnStretch(_COLUMNS, 1)
        for line in kept.values():  # lines no longer shown
            for label in line:
                label.hide()
                label.setParent(None)
        for label in self._headings.values():
            if self._grid.indexOf(label) < 0:
                label.hide()
            elif label.parent() is not None and label.isHidden():
                label.setVisible(True)

    def _heading(self, key: str, text: str, name: str, column: int = 0) -> QLabel:
        label = self._headings.get(key)
        if label is None:
            label = self._headings[key] = self._new(column, name)
        label.setText(text)
        return label

    @staticmethod
    def _new(column: int, name: str = "totalsDirection") -> QLabel:
        label = _label("", name)
        if column > 1:
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return label

    def _new_line(self, group: CurrencyTotals) -> list[QLabel]:
        """A line's labels, named (styled) and filled for ``group`` (the heading is set by the
        layout: only a direction's first line has it)."""
        line = [self._new(0)]
        for column, (text, name) in enumerate(self._cells(group), start=1):
            label = self._new(column, name)
            label.setText(text)
            line.append(label)
        return line

    def _cells(self, group: CurrencyTotals) -> list[tuple[str, str]]:
        fmt, cur = self._formats, group.currency
        overdue = fmt.money(group.overdue, cur)
        if group.overdue_count:
            overdue = f"{group.overdue_count} · {overdue}"
        return [
            (cur, "totalsCurrency"),
            (str(group.count), "totalsCount"),
            (fmt.money(group.outstanding, cur), "totalsAmount"),
            (overdue, "totalsOverdue" if group.overdue else "totalsAmount"),
        ]

    def _update(self, groups: list[CurrencyTotals]) -> None:
        for row, group in enumerate(groups, start=1):
            for column, (text, name) in enumerate(self._cells(group), start=1):
                cell = self._grid.itemAtPosition(row, column)
                label = cell.widget() if cell is not None else None
                if not isinstance(label, QLabel):
                    continue
                if label.text() != text:
                    label.setText(text)
                if label.objectName() != name:
                    label.setObjectName(name)
                    label.style().unpolish(label)  # the style sheet picks labels by name
                    label.style().polish(label)

    def line_height(self) -> int:
        """The height of one line of figures (for a steady strip height)."""
        return self.fontMetrics().height() + self._grid.verticalSpacing()

    def texts(self) -> list[str]:
        """Every label's text, line by line (for tests and accessibility checks)."""
        grid = self._grid
        cells = [grid.itemAtPosition(r, c) for r in range(grid.rowCount()) for c in range(_COLUMNS)]
        return [
            widget.text()
            for cell in cells
            if cell is not None and isinstance(widget := cell.widget(), QLabel)
        ]
