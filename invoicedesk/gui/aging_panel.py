"""The aging panel under the table: per direction and currency, what is outstanding by how long
it is past due (not yet due, 1–30, 31–60, 61–90, over 90 days), with counts. Every cell is a
button: clicking it shows exactly those claims in the table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QToolButton, QWidget

from invoicedesk.domain import AGING_BUCKETS, Direction
from invoicedesk.domain.aging import Aging, AgingLine
from invoicedesk.gui.formatting import Formats, aging_bucket_label, direction_heading


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName(name)
    return label


class AgingPanel(QFrame):
    #: (direction, currency, bucket) of the cell clicked
    cell_clicked = Signal(object)

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agingPanel")
        self._formats = formats
        self._cell_height = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(10, 2, 10, 4)
        self._grid.setHorizontalSpacing(18)
        self._grid.setVerticalSpacing(0)
        self.report = Aging()
        #: (direction, currency, bucket) -> its button, for tests and keyboard users
        self.cells: dict[tuple[str, str, str], QToolButton] = {}
        #: the (direction, currency) lines shown and each line's outstanding label: a report of
        #: the same lines only changes texts (a sync's reloads), no widgets made or polished
        self._shape: list[tuple[Direction, str]] | None = None
        self._outstanding: dict[tuple[Direction, str], QLabel] = {}
        self.show_aging(self.report)

    def line_height(self) -> int:
        """The height of one line of cells (for a steady panel height)."""
        if not self._cell_height:
            self._cell_height = QToolButton().sizeHint().height()
        return max(self._cell_height, self.fontMetrics().height() + 2)

    def set_formats(self, formats: Formats) -> None:
        self._formats = formats
        self._shape = None  # headings in the new language too: made anew
        self.show_aging(self.report)

    def show_aging(self, report: Aging) -> None:
        self.report = report
        lines = [
            (d, line)
            for d in Direction
            for line in (report.lines[d][c] for c in sorted(report.lines[d]))
        ]
        shape = [(d, line.currency) for d, line in lines]
        if shape == self._shape and lines:
            fmt = self._formats
            for direction, line in lines:
                for bucket in AGING_BUCKETS:
                    self._fill(
                        self.cells[(direction.value, line.currency, bucket)],
                        direction,
                        line,
                        bucket,
                    )
                label = self._outstanding[(direction, line.currency)]
                label.setText(fmt.money(line.outstanding, line.currency))
            return
        self._shape = shape
        self._outstanding = {}
        self.cells = {}
        while (item := self._grid.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
        self._grid.addWidget(_label(self.tr("Aging"), "agingTitle"), 0, 0)
        if not lines:
            self._grid.addWidget(_label(self.tr("Nothing outstanding"), "agingHeading"), 0, 1)
            self._grid.setColumnStretch(1, 1)
            return
        self._grid.setColumnStretch(1, 0)
        titles = [
            self.tr("Currency"),
            *map(aging_bucket_label, AGING_BUCKETS),
            self.tr("Outstanding"),
        ]
        for column, title in enumerate(titles, start=1):
            title_label = _label(title, "agingHeading")
            if column > 1:
                title_label.setAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            self._grid.addWidget(title_label, 0, column)
        fmt = self._formats
        previous = None
        for row, (direction, line) in enumerate(lines, start=1):
            heading = direction_heading(direction) if direction is not previous else ""
            previous = direction
            self._grid.addWidget(_label(heading, "totalsDirection"), row, 0)
            self._grid.addWidget(_label(line.currency, "totalsCurrency"), row, 1)
            for column, bucket in enumerate(AGING_BUCKETS, start=2):
                button = QToolButton()
                button.setAutoRaise(True)
                button.setObjectName("agingCell")
                self._fill(button, direction, line, bucket)
                cell = (direction.value, line.currency, bucket)
                button.clicked.connect(lambda _=False, cell=cell: self.cell_clicked.emit(cell))
                self.cells[cell] = button
                self._grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignRight)
            total = _label(fmt.money(line.outstanding, line.currency), "totalsAmount")
            total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._outstanding[(direction, line.currency)] = total
            self._grid.addWidget(total, row, len(AGING_BUCKETS) + 2)
        self._grid.setColumnStretch(len(AGING_BUCKETS) + 3, 1)

    def _fill(
        self, button: QToolButton, direction: Direction, line: AgingLine, bucket: str
    ) -> None:
        amount, count = line.amounts[bucket], line.counts[bucket]
        money = self._formats.money(amount, line.currency)
        button.setText(f"{money} ({count})" if count else money)
        button.setEnabled(count > 0)
        name = (
            self.tr("%1, %2, %3: %4 in %n claim(s)", "", count)
            .replace("%1", direction_heading(direction))
            .replace("%2", line.currency)
            .replace("%3", aging_bucket_label(bucket))
            .replace("%4", money)
        )
        button.setAccessibleName(name)
        button.setToolTip(name)
