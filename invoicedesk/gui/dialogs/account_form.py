"""The per-provider account form: built from ProviderSpec.options / .secrets, with each provider's
extras (Telecom X's choice of login, Buckaroo's tracked invoices, ConnectID's browser sign-in).

Used by the add-account dialog (name, options, secrets, advanced settings) and by "Log in again"
(secrets only, for an existing account)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.gui.dialogs.field_row import FieldRow
from invoicedesk.gui.dialogs.fields import FieldDef, field_defs
from invoicedesk.gui.dialogs.provider_extras import Extras, extras_for
from invoicedesk.gui.dialogs.validation import name_error
from invoicedesk.providers.base import ProviderSpec
from invoicedesk.storage.accounts import Account
from invoicedesk.sync.engine import SyncEngine

translate = QCoreApplication.translate

NAME = "name"
BASE_URL = "base_url"


@dataclass
class Draft:
    """What the form describes: the account as it would be saved, and its secrets."""

    account: Account
    secrets: dict[str, str] = field(default_factory=dict)


class AccountForm(QWidget):
    """``changed`` after every edit; ``is_valid()`` / ``problems()`` say whether it can be saved."""

    changed = Signal()

    def __init__(
        self,
        spec: ProviderSpec,
        engine: SyncEngine,
        *,
        taken_names: set[str] | None = None,
        account: Account | None = None,
        editing: Account | None = None,
        secret_keys: frozenset[str] = frozenset(),
        pool: QThreadPool | None = None,
        open_url: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        #: "Edit account": every field, filled in from this account; secrets left empty are
        #: kept as they are (``secret_keys``: the ones the keyring holds for it)
        self.editing = editing
        self.secret_keys = secret_keys
        self.engine = engine
        self.pool = pool
        self.open_url = open_url
        self.fixed_account = account
        self.taken_names = taken_names or set()
        self.rows: dict[str, FieldRow] = {}
        self._row_layout: dict[str, QFormLayout] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.main = QFormLayout()
        self._tidy(self.main)
        outer.addLayout(self.main)

        self.advanced_toggle = QToolButton(self)
        self.advanced_toggle.setText(QCoreApplication.translate("AccountForm", "Advanced settings"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced_toggle.setStyleSheet("QToolButton { border: none; padding: 2px 0; }")
        self.advanced_toggle.toggled.connect(self._show_advanced)
        outer.addWidget(self.advanced_toggle)
        self.advanced_box = QWidget(self)
        self.advanced = QFormLayout(self.advanced_box)
        self._tidy(self.advanced)
        self.advanced.setContentsMargins(0, 0, 0, 0)
        self.advanced_box.setVisible(False)
        outer.addWidget(self.advanced_box)

        self._build()
        self.extras: Extras = extras_for(spec.name, self)
        self.extras.build()
        if editing is not None:
            self._fill_from(editing)
        self.advanced_toggle.setVisible(self.advanced.rowCount() > 0)
        self.update_state()

    @staticmethod
    def _tidy(layout: QFormLayout) -> None:
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.setVerticalSpacing(8)

    # ---- building -------------------------------------------------------------------------
    def _build(self) -> None:
        secrets_only = self.fixed_account is not None
        if not secrets_only:
            self.add_row(
                FieldDef(NAME, False, translate("AccountForm", "Account name"), True), self.main
            )
        for spec_field in field_defs(self.spec):
            if secrets_only and not spec_field.secret:
                continue
            self.add_row(spec_field, self.advanced if spec_field.advanced else self.main)
        if not secrets_only:
            base = FieldDef(
                BASE_URL,
                False,
                translate("AccountForm", "Server address"),
                False,
                default=self.spec.default_base_url,
                help=translate("AccountForm", "Leave empty to use the provider's own server."),
                check="url",
            )
            self.add_row(base, self.advanced, index=0)

    def _fill_from(self, account: Account) -> None:
        self.set_value(NAME, account.name)
        self.set_value(BASE_URL, account.base_url or "")
        for key, value in account.options.items():
            self.set_value(key, value)
        unchanged = translate("AccountForm", "Unchanged (type to replace)")
        for row in self.rows.values():
            if row.field.secret:
                row.required = False
                if row.line is not None:
                    row.line.setPlaceholderText(unchanged)

    def add_row(self, spec_field: FieldDef, layout: QFormLayout, index: int = -1) -> FieldRow:
        row = FieldRow(spec_field, self)
        label = self._row_label(self._label_text(spec_field), row.editor())
        label.setBuddy(row.editor())
        label.setToolTip(spec_field.help)
        layout.insertRow(index, label, row)
        row.changed.connect(self.update_state)
        self.rows[spec_field.key] = row
        self._row_layout[spec_field.key] = layout
        return row

    def insert_widget_before(
        self, key: str | None, label: str, widget: QWidget, first_line: QWidget | None = None
    ) -> None:
        """Put an extra row (a provider's own widget) before the row ``key`` (None: at the
        end of the main rows); the label is centred on ``first_line`` (default: a line edit)."""
        index = -1
        if key is not None and key in self.rows:
            for row in range(self.main.rowCount()):
                item = self.main.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if item is not None and item.widget() is self.rows[key]:
                    index = row
        caption = self._row_label(label, first_line or QLineEdit()) if label else None
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        if caption is None:
            self.main.insertRow(index, widget)
        else:
            self.main.insertRow(index, caption, widget)

    def set_row_visible(self, key: str, visible: bool) -> None:
        if key in self.rows:
            self._row_layout[key].setRowVisible(self.rows[key], visible)

    def is_row_visible(self, key: str) -> bool:
        return key in self.rows and not self.rows[key].isHidden()

    def set_required(self, key: str, required: bool) -> None:
        if key in self.rows:
            row = self.rows[key]
            if self.editing is not None and row.field.secret:
                required = False  # left empty, the stored secret stays
            row.required = required
            label = self._row_layout[key].labelForField(row)
            if isinstance(label, QLabel):
                label.setText(self._label_text(row.field, required))

    def _row_label(self, text: str, first_line: QWidget) -> QLabel:
        """A label centred on the first line of its field, also when the field grows (an
        error message under it, a status line under a button)."""
        label = QLabel(text, self)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        gap = max(0, first_line.sizeHint().height() - label.fontMetrics().height())
        label.setContentsMargins(0, gap // 2, 0, gap - gap // 2)
        return label

    @staticmethod
    def _label_text(spec_field: FieldDef, required: bool | None = None) -> str:
        needed = spec_field.required if required is None else required
        return f"{spec_field.label} *" if needed else spec_field.label

    def align_labels(self, others: list[QWidget]) -> None:
        """Give every label column (ours and ``others``) one width, so the fields line up."""
        labels = list(others)
        for layout in (self.main, self.advanced):
            for row in range(layout.rowCount()):
                item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    labels.append(widget)
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)

    # ---- values ---------------------------------------------------------------------------
    def value(self, key: str) -> str:
        """The current value of a field, else the fixed account's option, else the default."""
        if self.is_row_visible(key):
            return self.rows[key].value()
        if self.fixed_account is not None and key in self.fixed_account.options:
            return self.fixed_account.options[key]
        for option in self.spec.options:
            if option.key == key:
                return option.default or ""
        return ""

    def set_value(self, key: str, value: str) -> None:
        if key in self.rows:
            self.rows[key].set_value(value)

    def draft(self) -> Draft:
        visible = {k: r for k, r in self.rows.items() if self.is_row_visible(k)}
        if self.fixed_account is not None:
            account = self.fixed_account
        elif self.editing is not None:
            options = {
                k: r.value()
                for k, r in self.rows.items()
                if not r.field.secret and k not in (NAME, BASE_URL)
            }  # empty values too: an option emptied in the form is removed
            options.update(self.extras.options())
            account = Account(
                name=self.rows[NAME].value(),
                provider=self.spec.name,
                base_url=self.rows[BASE_URL].value() or None,
                options=options,
                enabled=self.editing.enabled,
            )
        else:
            options = {
                k: r.value()
                for k, r in visible.items()
                if not r.field.secret and k not in (NAME, BASE_URL) and r.value()
            }
            options.update(self.extras.options())
            account = Account(
                name=visible[NAME].value(),
                provider=self.spec.name,
                base_url=visible[BASE_URL].value() or None if BASE_URL in visible else None,
                options=options,
            )
        secrets = {k: r.value() for k, r in visible.items() if r.field.secret and r.value()}
        secrets.update(self.extras.secrets())
        return Draft(account, secrets)

    # ---- validation -----------------------------------------------------------------------
    def update_state(self) -> None:
        if NAME in self.rows:
            self.rows[NAME].set_extra_error(name_error(self.rows[NAME].value(), self.taken_names))
        self.extras.update()
        for row in self.rows.values():
            row.refresh_error()
        self.changed.emit()

    def problems(self) -> list[str]:
        found = []
        for key, row in self.rows.items():
            if self.is_row_visible(key) and (message := row.error()):
                found.append(f"{row.field.label}: {message}")
        return found + self.extras.problems()

    def missing(self) -> list[str]:
        """Labels of the required fields still empty."""
        return [
            row.field.label
            for key, row in self.rows.items()
            if self.is_row_visible(key) and row.required and not row.value().strip()
        ]

    def focus_first_empty(self) -> None:
        for key, row in self.rows.items():
            if self.is_row_visible(key) and not row.value():
                row.editor().setFocus()
                return

    def is_valid(self) -> bool:
        return not self.problems() and not self.extras.busy()

    def reveal_errors(self, *, except_focused: bool = False) -> None:
        """Show every field's problem, also in fields the user has not touched yet (but not,
        with ``except_focused``, in the one being typed in: it says so when left)."""
        for key, row in self.rows.items():
            if except_focused and (row.editor().hasFocus() or not row.error()):
                continue
            row.touch()
            if self._row_layout[key] is self.advanced and row.error() and self.is_row_visible(key):
                self.advanced_toggle.setChecked(True)

    def _show_advanced(self, shown: bool) -> None:
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.advanced_box.setVisible(shown)
        window = self.window()
        if window is not self:
            window.adjustSize()

    def shutdown(self) -> None:
        """Cancel what the extras run in the background (a browser sign-in)."""
        self.extras.cancel()
