"""The aging panel under the table: per direction and currency, what is outstanding by how long
it is past due (not yet due, 1–30, 31–60, 61–90, over 90 days), with counts. Every cell is a
button: clicking it shows exactly those claims in the table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QToolButton, QWidget

from invoicedesk.domain import AGING_BUCKETS, Direction
from invoicedesk.domain.aging import Aging, AgingLine
from invoicedesk.gui.formatting import Formats, aging_bucket_label, direction_heading

#: one line's widgets: direction heading, currency, a button per bucket, outstanding
_LineWidgets = tuple[QLabel, QLabel, list[QToolButton], QLabel]


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
        #: the widgets of each line and the headings, kept across layouts
        self._line_widgets: dict[tuple[Direction, str], _LineWidgets] = {}
        #: lines made ahead by :meth:`prepare`, not laid out yet
        self._prepared: dict[tuple[Direction, str], _LineWidgets] = {}
        self._headers: dict[str, QLabel] = {}
        self.show_aging(self.report)

    def line_height(self) -> int:
        """The height of one line of cells (for a steady panel height)."""
        if not self._cell_height:
            self._cell_height = QToolButton().sizeHint().height()
        return max(self._cell_height, self.fontMetrics().height() + 2)

    def set_formats(self, formats: Formats) -> None:
        self._formats = formats
        self._shape = None  # headings in the new language too: laid out anew
        self.show_aging(self.report)

    def prepare(self, report: Aging) -> bool:
        """Make (and style) the widgets of one line ``report`` has and the panel does not, so
        that showing it, in a later pass of the event loop, only lays it out: a sync bringing
        a new currency costs short passes instead of one long one. True: more lines to make
        (call again, in the next pass)."""
        missing = [
            (direction, currency)
            for direction in Direction
            for currency in report.lines[direction]
            if (direction, currency) not in self._line_widgets
            and (direction, currency) not in self._prepared
        ]
        if not missing:
            return False
        widgets = self._prepared[missing[0]] = self._make_line(*missing[0])
        heading, label, buttons, total = widgets
        for widget in (heading, label, *buttons, total):
            widget.setParent(self)
            widget.hide()
            widget.ensurePolished()
        return len(missing) > 1

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
        self._rebuild(lines)

    def _rebuild(self, lines: list[tuple[Direction, AgingLine]]) -> None:
        """Lay the lines out again. A line shown before keeps its widgets (already polished by
        the panel's style sheet); only a new line's are made: a sync bringing a new currency
        then costs a few widgets, not all of them again."""
        reused = self._reused
        kept = self._line_widgets
        self._line_widgets = {}
        self._outstanding = {}
        self.cells = {}
        while (item := self._grid.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None and widget not in reused:
                widget.hide()
                widget.setParent(None)
        self._grid.addWidget(self._header("title", self.tr("Aging"), "agingTitle"), 0, 0)
        if not lines:
            nothing = self._header("nothing", self.tr("Nothing outstanding"), "agingHeading")
            self._grid.addWidget(nothing, 0, 1)
            self._grid.setColumnStretch(1, 1)
            self._hide_unused(kept)
            self._hide_headers()
            return
        self._grid.setColumnStretch(1, 0)
        titles = [
            self.tr("Currency"),
            *map(aging_bucket_label, AGING_BUCKETS),
            self.tr("Outstanding"),
        ]
        for column, title in enumerate(titles, start=1):
            title_label = self._header(f"column{column}", title, "agingHeading")
            if column > 1:
                title_label.setAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            self._grid.addWidget(title_label, 0, column)
        fmt = self._formats
        previous = None
        for row, (direction, line) in enumerate(lines, start=1):
            key = (direction, line.currency)
            prepared = self._prepared.pop(key, None)
            widgets = kept.pop(key, None) or prepared or self._make_line(direction, line.currency)
            self._line_widgets[key] = widgets
            heading, currency, buttons, total = widgets
            heading.setText(direction_heading(direction) if direction is not previous else "")
            previous = direction
            self._grid.addWidget(heading, row, 0)
            self._grid.addWidget(currency, row, 1)
            for column, (bucket, button) in enumerate(zip(AGING_BUCKETS, buttons, strict=True)):
                self._fill(button, direction, line, bucket)
                self.cells[(direction.value, line.currency, bucket)] = button
                self._grid.addWidget(button, row, column + 2, Qt.AlignmentFlag.AlignRight)
            total.setText(fmt.money(line.outstanding, line.currency))
            self._outstanding[key] = total
            self._grid.addWidget(total, row, len(AGING_BUCKETS) + 2)
            if prepared is not None:  # made hidden ahead: shown now that it is laid out
                for widget in (heading, currency, *buttons, total):
                    widget.setVisible(True)
        self._grid.setColumnStretch(len(AGING_BUCKETS) + 3, 1)
        self._hide_unused(kept)
        self._hide_headers()

    def _header(self, key: str, text: str, name: str) -> QLabel:
        label = self._headers.get(key)
        if label is None:
            label = self._headers[key] = _label(text, name)
        label.setText(text)
        if label.parent() is not None:  # hidden by an earlier layout (a new one: by the grid)
            label.setVisible(True)
        return label

    def _hide_headers(self) -> None:
        """Headings not laid out this time (the column titles when nothing is outstanding)."""
        for label in self._headers.values():
            if self._grid.indexOf(label) < 0:
                label.hide()

    def _make_line(self, direction: Direction, currency: str) -> _LineWidgets:
        buttons = []
        for bucket in AGING_BUCKETS:
            button = QToolButton()
            button.setAutoRaise(True)
            button.setObjectName("agingCell")
            cell = (direction.value, currency, bucket)
            button.clicked.connect(lambda _=False, cell=cell: self.cell_clicked.emit(cell))
            buttons.append(button)
        total = _label("", "totalsAmount")
        total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return _label("", "totalsDirection"), _label(currency, "totalsCurrency"), buttons, total

    def _hide_unused(self, lines: dict[tuple[Direction, str], _LineWidgets]) -> None:
        """Lines no longer shown: their widgets go."""
        for heading, currency, buttons, total in lines.values():
            for widget in (heading, currency, *buttons, total):
                widget.hide()
                widget.setParent(None)

    @property
    def _reused(self) -> set[QWidget]:
        """The widgets a new layout may use again (kept, not unparented, while it is made)."""
        widgets: set[QWidget] = set(self._headers.values())
        for heading, currency, buttons, total in self._line_widgets.values():
            widgets.update((heading, currency, *buttons, total))
        return widgets

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
