"""The Changes view: what each sync found, newest first (new, paid, part-paid, credited,
amended, gone, now overdue), filtered by account and period; selecting one selects its invoice.
The change kinds are derived by :mod:`invoicedesk.domain.changes`; this module only shows them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain import Status
from invoicedesk.domain.changes import (
    AMENDED,
    CREDITED,
    GONE,
    NEW,
    OVERDUE,
    PAID,
    PART_PAID,
    Change,
)
from invoicedesk.gui import theme
from invoicedesk.gui.formatting import Formats, provider_label, status_label

translate = QCoreApplication.translate

#: the view shows at most this many changes (a first sync of a large account finds every
#: invoice "new"); the label under the list says when more were left out
SHOWN_LIMIT = 5000

ModelIndex = QModelIndex | QPersistentModelIndex


def change_label(kind: str) -> str:
    labels = {
        NEW: translate("changes", "New"),
        PAID: translate("changes", "Paid"),
        PART_PAID: translate("changes", "Part-paid"),
        CREDITED: translate("changes", "Credited"),
        AMENDED: translate("changes", "Amended"),
        GONE: translate("changes", "Gone"),
        OVERDUE: translate("changes", "Now overdue"),
    }
    return labels.get(kind, kind)


def field_label(name: str) -> str:
    labels = {
        "outstanding": translate("changes", "Outstanding"),
        "paid": translate("changes", "Paid amount"),
        "status": translate("changes", "Status"),
        "credit_notes": translate("changes", "Credit notes"),
        "due_date": translate("changes", "Due date"),
        "total": translate("changes", "Total"),
        "issue_date": translate("changes", "Issue date"),
        "our_reference": translate("changes", "Our reference"),
        "your_reference": translate("changes", "Your reference"),
        "customer": translate("changes", "Customer"),
        "lines": translate("changes", "Lines"),
    }
    return labels.get(name, name)


def _value(name: str, value: str | None, formats: Formats) -> str:
    if value is None:
        return "–"
    if name == "status":
        try:
            return status_label(Status(value))
        except ValueError:
            return value
    if name in ("outstanding", "paid", "total", "net", "vat", "fees", "paid_amount"):
        try:
            return formats.unit_amount(Decimal(value))
        except InvalidOperation:
            return value
    return value


def describe(change: Change, formats: Formats) -> str:
    """The change's fields as "Outstanding 250,00 → 0,00 · Status Overdue → Paid"."""
    parts = []
    for name, (before, after) in change.fields.items():
        if change.change == OVERDUE and name != "status":
            if name == "outstanding":
                parts.append(f"{field_label(name)} {_value(name, after, formats)}")
            continue
        parts.append(
            f"{field_label(name)} {_value(name, before, formats)} → {_value(name, after, formats)}"
        )
    return " · ".join(parts)


#: a change's colour name in :mod:`invoicedesk.gui.theme`
CHANGE_COLOURS = {PAID: "ok", PART_PAID: "accent", OVERDUE: "error", GONE: "muted"}


class ChangesModel(QAbstractTableModel):
    COLUMNS = 5  # when, account, invoice, change, details

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self.changes: list[Change] = []

    def set_changes(self, changes: Sequence[Change]) -> None:
        self.beginResetModel()
        self.changes = list(changes)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return (
            self.tr("When"),
            self.tr("Account"),
            self.tr("Invoice"),
            self.tr("Change"),
            self.tr("What changed"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.changes):
            return None
        change = self.changes[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return self._formats.datetime(_moment(change.at))
            if column == 1:
                return f"{change.account} ({provider_label(change.provider)})"
            if column == 2:
                return change.number or change.id
            if column == 3:
                return change_label(change.change)
            return describe(change, self._formats)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            name = CHANGE_COLOURS.get(change.change)
            return QColor(theme.colour(name)) if name else None
        if role == Qt.ItemDataRole.UserRole:
            return change.key
        return None


def _moment(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


#: the period chooser: key -> days back (None: each account's latest sync)
PERIODS: tuple[tuple[str, int | None], ...] = (
    ("latest", None),
    ("today", 0),
    ("7", 7),
    ("30", 30),
    ("90", 90),
)

ChangeLoader = Callable[[Sequence[str] | None, dt.datetime | None], list[Change]]
#: runs a read off the GUI thread and hands its result to a callback on the GUI thread
ChangeRunner = Callable[[Callable[[], list[Change]], Callable[[list[Change]], None]], None]


class ChangesView(QWidget):
    """The list with its account and period choosers. ``load`` reads the cache (the window
    passes one that runs in a worker; tests pass the cache directly)."""

    #: the invoice of the selected change: (provider, account, id)
    invoice_selected = Signal(object)

    def __init__(
        self,
        formats: Formats,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changesView")
        self._today = today
        self.model = ChangesModel(formats, self)
        self.account = QComboBox()
        self.account.setObjectName("changesAccount")
        self.account.setAccessibleName(self.tr("Account"))
        self.account.addItem(self.tr("All accounts"), "")
        self.period = QComboBox()
        self.period.setObjectName("changesPeriod")
        self.period.setAccessibleName(self.tr("Period"))
        labels = {
            "latest": self.tr("Latest sync of each account"),
            "today": self.tr("Today"),
            "7": self.tr("Last 7 days"),
            "30": self.tr("Last 30 days"),
            "90": self.tr("Last 90 days"),
        }
        for key, _days in PERIODS:
            self.period.addItem(labels[key], key)
        self.table = QTableView()
        self.table.setObjectName("changesTable")
        self.table.setAccessibleName(self.tr("Changes"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel()
        self.note.setObjectName("changesNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 0)
        top.addWidget(self.account)
        top.addWidget(self.period)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self._loader: ChangeLoader | None = None
        self._run: ChangeRunner | None = None
        self._asked = 0  # the latest read asked for: an older one that answers late is dropped
        self.account.currentIndexChanged.connect(self.refresh)
        self.period.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    def set_loader(self, loader: ChangeLoader, run: ChangeRunner | None = None) -> None:
        """``run``: read in a worker (the window's); without it the read is done at once."""
        self._loader = loader
        self._run = run

    def set_accounts(self, names: Sequence[str]) -> None:
        current = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItem(self.tr("All accounts"), "")
        for name in sorted(names, key=str.casefold):
            self.account.addItem(name, name)
        self.account.setCurrentIndex(max(self.account.findData(current), 0))
        self.account.blockSignals(False)

    def query(self) -> tuple[list[str] | None, dt.datetime | None]:
        """(accounts, since) of the current choices."""
        account = str(self.account.currentData() or "")
        days = dict(PERIODS).get(str(self.period.currentData() or "latest"))
        since = None
        if days is not None:
            start = self._today() - dt.timedelta(days=days)
            since = dt.datetime.combine(start, dt.time()).astimezone()
        return ([account] if account else None), since

    def refresh(self) -> None:
        if self._loader is None:
            return
        accounts, since = self.query()
        loader = self._loader
        if self._run is None:
            self.show_changes(loader(accounts, since))
            return
        self._asked += 1
        asked = self._asked

        def show(changes: list[Change]) -> None:
            if asked == self._asked:
                self.show_changes(changes)

        self._run(lambda: loader(accounts, since), show)

    def show_changes(self, changes: Sequence[Change]) -> None:
        shown = list(changes[:SHOWN_LIMIT])
        self.model.set_changes(shown)
        if not shown:
            self.note.setText(self.tr("No changes in this period."))
        elif len(changes) > len(shown):
            self.note.setText(
                self.tr(
                    "Showing the newest %1 changes; choose an account or a shorter period "
                    "for the others."
                ).replace("%1", str(len(shown)))
            )
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.invoice_selected.emit(self.model.changes[current.row()].key)


def invoice_history(changes: Sequence[Change], formats: Formats) -> list[str]:
    """The detail pane's history of one invoice: one line per change, newest first."""
    lines = []
    for change in changes:
        when = formats.datetime(_moment(change.at))
        detail = describe(change, formats)
        lines.append(f"{when}  {change_label(change.change)}" + (f": {detail}" if detail else ""))
    return lines


def install(window: Any, tabs: Any) -> ChangesView:
    """Add the Changes tab to the main window: it reads the window's cache, follows its
    reloads, and selecting a change shows that invoice in the detail pane (and selects it in
    the invoice list). The detail pane gets each invoice's own history."""
    cache = window.context.cache
    view = ChangesView(window.formats, window.context.today)

    def run(read: Callable[[], list[Change]], show: Callable[[list[Change]], None]) -> None:
        # reading (and making) up to 5,000 changes took 20-50 ms: not on the GUI thread
        window.runner.submit(lambda _job: read(), on_result=show, on_error=window._message)

    view.set_loader(
        lambda accounts, since: cache.changes(accounts, since=since, limit=SHOWN_LIMIT + 1), run
    )
    tabs.addTab(view, translate("ChangesView", "Changes"))
    stale = [False]  # the window reloaded while the tab was hidden: read when it is shown

    def select(key: object) -> None:
        window._selected_key = key
        window.detail_loader.request(key)

    def reloaded() -> None:
        view.set_accounts(sorted(set(window.model.table.account)))
        if tabs.currentWidget() is view:
            view.refresh()
        else:
            stale[0] = True  # each account's sync reloads: read once the tab is looked at

    def tab_changed(_index: int) -> None:
        if stale[0] and tabs.currentWidget() is view:
            stale[0] = False
            view.refresh()
        window._restore_current()

    view.invoice_selected.connect(select)
    window.snapshot_shown.connect(reloaded)
    tabs.currentChanged.connect(tab_changed)
    window.detail.history_for = lambda inv: invoice_history(
        cache.changes(invoice=inv.key, limit=50), window.formats
    )
    return view
