"""The filter bar: text search, status, provider/account, issue-date range with presets.

It owns the filter state; the sidebar and the window only ask it to change. ``today`` is injected
so the presets are testable at month and year boundaries.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QDate, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from invoicedesk.domain import Direction
from invoicedesk.gui.formatting import (
    Formats,
    aging_bucket_label,
    direction_heading,
    provider_label,
)
from invoicedesk.gui.presets import preset_labels
from invoicedesk.gui.row_filter import (
    DUE_PRESETS,
    AgingCell,
    DatePreset,
    RowFilter,
    StatusChoice,
    preset_range,
)

SEARCH_DELAY_MS = 200


class _MapSettings:
    """A saved view's values where :meth:`FilterBar.restore_state` expects QSettings."""

    def __init__(self, values: Mapping[str, object]) -> None:
        self._values = values

    def value(self, key: str, default: object = None) -> object:
        return self._values.get(key, default)


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class FilterBar(QWidget):
    filter_changed = Signal(object)  # RowFilter

    def __init__(
        self,
        formats: Formats,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._formats = formats
        self._today = today
        self._pending_scope: str | None = None
        self._last: RowFilter | None = None

        self.search = QLineEdit()
        self.search.setObjectName("searchEdit")
        self.search.setAccessibleName(self.tr("Search invoices"))
        searched = self.tr("Search number, customer, KID, org. number, reference, amount")
        self.search.setPlaceholderText(searched)
        self.search.setToolTip(searched)  # a narrow window cuts the placeholder
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit)
        self.search.textChanged.connect(self._search_timer.start)

        self.status = QComboBox()
        self.status.setObjectName("statusCombo")
        for choice, text in (
            (StatusChoice.ALL, self.tr("All statuses")),
            (StatusChoice.OPEN, self.tr("Open (not paid)")),
            (StatusChoice.OVERDUE, self.tr("Overdue")),
            (StatusChoice.UNPAID, self.tr("Unpaid")),
            (StatusChoice.PARTIALLY_PAID, self.tr("Partially paid")),
            (StatusChoice.PAID, self.tr("Paid")),
            (StatusChoice.DRAFT, self.tr("Draft")),
        ):
            self.status.addItem(text, choice.value)
        self.status.setAccessibleName(self.tr("Status"))

        self.direction = QComboBox()
        self.direction.setObjectName("directionCombo")
        self.direction.setAccessibleName(self.tr("Direction"))
        self.direction.addItem(self.tr("Owed to you and you owe"), "")
        for direction in Direction:
            self.direction.addItem(direction_heading(direction), direction.value)

        self._aging: AgingCell | None = None
        self.aging_chip = QToolButton()
        self.aging_chip.setObjectName("agingChip")
        self.aging_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.aging_chip.setToolTip(self.tr("Show every claim again"))
        self.aging_chip.clicked.connect(lambda: self.set_aging(None))
        self.aging_chip.hide()
        self.scope = QComboBox()
        self.scope.setObjectName("scopeCombo")
        self.scope.setAccessibleName(self.tr("Providers and accounts"))
        # as wide as its longest entry ("Alle leverandører og kontoer" was cut off)
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope.addItem(self.tr("All providers and accounts"), "")

        self.preset = QComboBox()
        self.preset.setObjectName("presetCombo")
        self.preset.setAccessibleName(self.tr("Date preset"))
        for preset, text in preset_labels():
            if preset is None:
                self.preset.insertSeparator(self.preset.count())
            else:
                self.preset.addItem(text, preset.value)
        self.date_field = QComboBox()
        self.date_field.setObjectName("dateFieldCombo")
        self.date_field.setAccessibleName(self.tr("Which date"))
        self.date_field.addItem(self.tr("by issue date"), "issue")
        self.date_field.addItem(self.tr("by due date"), "due")

        today_q = _qdate(today())
        self.date_from = QDateEdit(today_q.addMonths(-1))
        self.date_to = QDateEdit(today_q)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formats.qt_date_format())
            edit.dateChanged.connect(self._emit)
        self.range_label = QLabel()
        self.range_label.setObjectName("rangeLabel")
        self.range_label.setTextFormat(Qt.TextFormat.PlainText)
        self.range_error = QLabel(self.tr("“From” is after “To”: no date range applied"))
        self.range_error.setObjectName("rangeError")
        self.range_error.setTextFormat(Qt.TextFormat.PlainText)
        self.range_error.hide()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(8)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.aging_chip)
        layout.addWidget(self.direction)
        layout.addWidget(self.status)
        layout.addWidget(self.scope)
        layout.addWidget(self.preset)
        layout.addWidget(self.date_field)
        layout.addWidget(self.date_from)
        layout.addWidget(self.date_to)
        layout.addWidget(self.range_label)
        layout.addWidget(self.range_error)
        layout.addStretch(1)

        for combo in (self.status, self.direction, self.scope, self.preset, self.date_field):
            combo.currentIndexChanged.connect(self._emit)
        self._update_dates_visible()

    # ---- state ------------------------------------------------------------------------------
    def current_filter(self) -> RowFilter:
        scope = str(self.scope.currentData() or "")
        kind, _, name = scope.partition(":")
        preset = DatePreset(self.preset.currentData() or DatePreset.ALL.value)
        custom = (_pydate(self.date_from.date()), _pydate(self.date_to.date()))
        date_from, date_to = preset_range(preset, self._today(), custom)
        if preset is DatePreset.CUSTOM and self._inverted():
            date_from = date_to = None  # refused (said beside the fields), not an empty table
        field = "due" if preset in DUE_PRESETS else str(self.date_field.currentData() or "issue")
        return RowFilter(
            text=self.search.text(),
            statuses=StatusChoice(self.status.currentData() or "all").statuses(),
            provider=name if kind == "provider" else None,
            account=name if kind == "account" else None,
            date_from=date_from,
            date_to=date_to,
            direction=str(self.direction.currentData() or "") or None,
            aging=self._aging,
            date_field=field,
            overdue_only=preset is DatePreset.OVERDUE_OVER_30,
        )

    def set_aging(self, cell: AgingCell | None) -> None:
        """Show exactly the claims of an aging cell (None: back to every claim). Every other
        criterion is cleared first, so the table holds the very claims the cell counted."""
        widgets = (self.search, self.status, self.direction, self.scope, self.preset)
        if cell is not None:
            for widget in widgets:
                widget.blockSignals(True)
            try:
                self.search.clear()
                for combo in widgets[1:]:
                    assert isinstance(combo, QComboBox)
                    combo.setCurrentIndex(0)
            finally:
                for widget in widgets:
                    widget.blockSignals(False)
        self._aging = cell
        if cell is None:
            self.aging_chip.hide()
        else:
            direction, currency, bucket = cell
            self.aging_chip.setText(
                self.tr("Aging: %1 · %2 · %3 ✕")
                .replace("%1", direction_heading(direction))
                .replace("%2", currency)
                .replace("%3", aging_bucket_label(bucket))
            )
            self.aging_chip.setAccessibleName(self.aging_chip.text())
            self.aging_chip.show()
        self._emit()

    def set_scopes(self, accounts: Iterable[tuple[str, str]]) -> None:
        """Fill the provider/account chooser from (provider, account) pairs, keeping the
        choice."""
        wanted = self._pending_scope if self._pending_scope is not None else self.scope_key()
        pairs = sorted(set(accounts), key=lambda p: (provider_label(p[0]).casefold(), p[1]))
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("All providers and accounts"), "")
        for provider in sorted({p for p, _ in pairs}, key=lambda p: provider_label(p).casefold()):
            self.scope.addItem(
                self.tr("%1 (all accounts)").replace("%1", provider_label(provider)),
                f"provider:{provider}",
            )
            for _, account in (p for p in pairs if p[0] == provider):
                self.scope.addItem(f"    {account}", f"account:{account}")
        index = self.scope.findData(wanted)
        self.scope.setCurrentIndex(max(index, 0))
        # asked once, with the first accounts: a remembered scope that is gone (an account
        # removed or renamed) must not override what the user picks later
        self._pending_scope = None
        self.scope.blockSignals(False)
        self._emit()

    def scope_key(self) -> str:
        return str(self.scope.currentData() or "")

    def show_account(self, account: str | None) -> None:
        """Limit the view to one account (None: everything), as the sidebar asks."""
        index = self.scope.findData(f"account:{account}" if account else "")
        if index >= 0:
            self.scope.setCurrentIndex(index)

    def selected_account(self) -> str | None:
        kind, _, name = self.scope_key().partition(":")
        return name if kind == "account" else None

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_search(self) -> None:
        self.search.clear()
        self._emit()

    def set_preset(self, preset: DatePreset) -> None:
        self.preset.setCurrentIndex(max(self.preset.findData(preset.value), 0))

    def set_custom_range(self, date_from: dt.date, date_to: dt.date) -> None:
        self.date_from.setDate(_qdate(date_from))
        self.date_to.setDate(_qdate(date_to))
        self.set_preset(DatePreset.CUSTOM)

    def view_state(self) -> dict[str, str]:
        """The filter set a saved view keeps: direction, status, accounts, date preset (with its
        date field and custom range) and search text."""
        return {
            "text": self.search.text(),
            "status": str(self.status.currentData() or ""),
            "direction": str(self.direction.currentData() or ""),
            "scope": self.scope_key(),
            "preset": str(self.preset.currentData() or ""),
            "field": str(self.date_field.currentData() or "issue"),
            "from": _pydate(self.date_from.date()).isoformat(),
            "to": _pydate(self.date_to.date()).isoformat(),
        }

    def apply_view_state(self, state: Mapping[str, object]) -> None:
        """Show a saved view: every criterion set at once, one filter change."""
        self._aging = None
        self.aging_chip.hide()
        self.restore_state(_MapSettings({f"filters/{k}": v for k, v in state.items()}))

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("filters/text", self.search.text())
        settings.setValue("filters/status", self.status.currentData())
        settings.setValue("filters/direction", self.direction.currentData())
        settings.setValue("filters/scope", self.scope_key())
        settings.setValue("filters/preset", self.preset.currentData())
        settings.setValue("filters/field", self.date_field.currentData())
        settings.setValue("filters/from", _pydate(self.date_from.date()).isoformat())
        settings.setValue("filters/to", _pydate(self.date_to.date()).isoformat())

    def restore_state(self, settings: QSettings | _MapSettings) -> None:
        widgets = (
            self.search,
            self.status,
            self.direction,
            self.scope,
            self.preset,
            self.date_field,
            self.date_from,
            self.date_to,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search.setText(str(settings.value("filters/text", "") or ""))
            for combo, key in (
                (self.status, "filters/status"),
                (self.direction, "filters/direction"),
                (self.preset, "filters/preset"),
                (self.date_field, "filters/field"),
            ):
                index = combo.findData(str(settings.value(key, "") or ""))
                combo.setCurrentIndex(max(index, 0))
            for edit, key in ((self.date_from, "filters/from"), (self.date_to, "filters/to")):
                with contextlib.suppress(ValueError):
                    edit.setDate(_qdate(dt.date.fromisoformat(str(settings.value(key, "")))))
            scope = str(settings.value("filters/scope", "") or "")
            index = self.scope.findData(scope)
            if index >= 0:
                self.scope.setCurrentIndex(index)
            else:
                self._pending_scope = scope
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._emit()

    # ---- internals --------------------------------------------------------------------------
    def _changed_elsewhere(self) -> bool:
        """Has any other criterion been set since an aging cell was picked?"""
        return bool(
            self.search.text().strip()
            or self.status.currentIndex()
            or self.direction.currentIndex()
            or self.scope.currentIndex()
            or self.preset.currentIndex()
        )

    def _update_dates_visible(self) -> None:
        preset = DatePreset(self.preset.currentData() or DatePreset.ALL.value)
        custom = preset is DatePreset.CUSTOM
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.date_field.setVisible(preset is not DatePreset.ALL and preset not in DUE_PRESETS)
        if custom or preset is DatePreset.ALL:
            self.range_label.setText("")
        else:
            start, end = preset_range(preset, self._today())
            self.range_label.setText(f"{self._formats.date(start)} – {self._formats.date(end)}")
        self.range_label.setVisible(bool(self.range_label.text()))
        self.range_error.setVisible(custom and self._inverted())

    def _inverted(self) -> bool:
        return self.date_from.date() > self.date_to.date()

    def _emit(self) -> None:
        self._search_timer.stop()
        if self._aging is not None and self._changed_elsewhere():
            self._aging = None  # the user narrowed or widened by hand: the cell no longer holds
            self.aging_chip.hide()
        self._update_dates_visible()
        flt = self.current_filter()
        if flt != self._last:
            self._last = flt
            self.filter_changed.emit(flt)
