"""What a provider's account form needs beyond its spec's fields.

- Telecom X: log in with a username and password, or with an employee token.
- Buckaroo: the tracked invoices (keys, numbers, customer ids), edited in a dialog of their own.
- ConnectID: sign in with the browser in user mode; a client secret in client mode.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from invoicedesk.gui.dialogs.browser_signin import BrowserSignIn
from invoicedesk.gui.dialogs.field_row import FieldRow
from invoicedesk.gui.dialogs.plurals import plurals
from invoicedesk.gui.dialogs.tracked_invoices import (
    TrackedInvoicesDialog,
    TrackedList,
)
from invoicedesk.storage.accounts import Account
from invoicedesk.sync.engine import SyncEngine

translate = QCoreApplication.translate


class Form(Protocol):
    """What the extras use of the account form they are built into (``AccountForm``, one floor
    up, which builds its extras: the extras know it only by this)."""

    engine: SyncEngine
    pool: QThreadPool | None
    open_url: Callable[[str], None] | None
    fixed_account: Account | None
    editing: Account | None
    secret_keys: frozenset[str]
    rows: dict[str, FieldRow]
    main: QFormLayout

    def window(self) -> QWidget: ...

    def draft(self) -> Any: ...

    def value(self, key: str) -> str: ...

    def update_state(self) -> None: ...

    def insert_widget_before(
        self, key: str | None, label: str, widget: QWidget, first_line: QWidget | None = None
    ) -> None: ...

    def set_row_visible(self, key: str, visible: bool) -> None: ...

    def is_row_visible(self, key: str) -> bool: ...

    def set_required(self, key: str, required: bool) -> None: ...


class Extras:
    """No extras: the spec's fields are all there is."""

    def __init__(self, form: Form) -> None:
        self.form = form

    def build(self) -> None:
        """Add the provider's own rows to the form."""

    def update(self) -> None:
        """After every edit: show/hide rows, set errors that span fields."""

    def problems(self) -> list[str]:
        return []

    def options(self) -> dict[str, str]:
        return {}

    def secrets(self) -> dict[str, str]:
        return {}

    def busy(self) -> bool:
        return False

    def cancel(self) -> None:
        """Stop background work (the dialog is closing)."""


class TelecomXExtras(Extras):
    PASSWORD_KEYS = ("username", "password")
    TOKEN_KEY = "token"  # noqa: S105 - a field name

    def build(self) -> None:
        box = QWidget()  # the form takes it in insert_widget_before
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.use_password = QRadioButton(translate("TelecomX", "Username and password"), box)
        self.use_token = QRadioButton(translate("TelecomX", "Employee token"), box)
        self.group = QButtonGroup(box)
        for button in (self.use_password, self.use_token):
            self.group.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)
        by_token = (
            self.TOKEN_KEY in self.form.secret_keys and "username" not in self.form.secret_keys
        )
        (self.use_token if by_token else self.use_password).setChecked(True)
        self.group.buttonToggled.connect(lambda *_: self.form.update_state())
        first = next((k for k in ("username", "password", "token") if k in self.form.rows), None)
        self.form.insert_widget_before(first, translate("TelecomX", "Log in with"), box)

    def update(self) -> None:
        by_token = self.use_token.isChecked()
        for key in self.PASSWORD_KEYS:
            self.form.set_row_visible(key, not by_token)
            self.form.set_required(key, not by_token)
        self.form.set_row_visible(self.TOKEN_KEY, by_token)
        self.form.set_required(self.TOKEN_KEY, by_token)


class BuckarooExtras(Extras):
    KEYS = ("invoice_keys", "invoice_numbers", "customer_ids")

    def build(self) -> None:
        account = self.form.fixed_account
        if account is not None:  # "log in again" only asks for the secret key
            return
        editing = self.form.editing
        self.tracked = TrackedList.from_options(editing.options) if editing else TrackedList()
        box = QWidget()  # the form takes it in insert_widget_before
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(box)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        edit = QPushButton(translate("Buckaroo", "Edit…"), box)
        edit.setObjectName("edit_tracked")
        edit.clicked.connect(self.edit)
        layout.addWidget(self.summary, 1)
        layout.addWidget(edit)
        first_secret = next((k for k, r in self.form.rows.items() if r.field.secret), None)
        self.form.insert_widget_before(
            first_secret, translate("Buckaroo", "Tracked invoices"), box, edit
        )
        self._show_summary()

    def edit(self) -> None:
        dialog = TrackedInvoicesDialog(self.tracked, self.form.window())
        if dialog.exec():
            self.set_tracked(dialog.tracked())

    def set_tracked(self, tracked: TrackedList) -> None:
        self.tracked = tracked
        self._show_summary()
        self.form.update_state()

    def _show_summary(self) -> None:
        if not len(self.tracked):
            text = translate(
                "Buckaroo", "None yet. Buckaroo cannot list invoices: add the ones to follow."
            )
        else:
            text = plurals().followed(len(self.tracked))
        self.summary.setText(text)

    def options(self) -> dict[str, str]:
        if self.form.fixed_account is not None:
            return {}
        # editing: an emptied kind is given too, so the edit removes it
        editing = self.form.editing is not None
        return {k: v for k, v in self.tracked.as_options().items() if v or editing}


class ConnectIDExtras(Extras):
    MODE = "mode"
    SECRET = "client_secret"  # noqa: S105 - a field name
    CUSTOMERS = "customer_numbers"
    MONTHS = "window_months"

    def build(self) -> None:
        self.tokens: dict[str, str] = {}
        self.signin = BrowserSignIn(self.form.engine, self.form.draft, pool=self.form.pool)
        if self.form.open_url is not None:
            self.signin.open_url = self.form.open_url
        self.signin.signed_in.connect(self._signed_in)
        self.signin.state_changed.connect(self.form.update_state)
        self.form.insert_widget_before(
            None, translate("ConnectID", "Sign-in"), self.signin, self.signin.button
        )

    def user_mode(self) -> bool:
        return self.form.value(self.MODE) != "client"

    def update(self) -> None:
        user = self.user_mode()
        self.form.main.setRowVisible(self.signin, user)
        self.form.set_required(self.SECRET, not user)
        self.form.set_row_visible(self.CUSTOMERS, not user)
        self.form.set_required(self.CUSTOMERS, not user)
        self._check_numbers()
        # the browser needs the client id and addresses right; the account name can come later
        rows = self.form.rows
        self.signin.set_ready(
            not any(rows[k].error() for k in rows if k != "name" and self.form.is_row_visible(k))
        )

    def _check_numbers(self) -> None:
        rows = self.form.rows
        if self.CUSTOMERS in rows:
            parts = [p.strip() for p in rows[self.CUSTOMERS].value().split(",") if p.strip()]
            rows[self.CUSTOMERS].set_extra_error(
                translate("ConnectID", "Whole numbers separated by commas, e.g. 563457, 771204.")
                if any(not p.isdigit() for p in parts)
                else None
            )
        if self.MONTHS in rows:
            months = rows[self.MONTHS].value()
            ok = not months or (months.isdigit() and 1 <= int(months) <= 600)
            rows[self.MONTHS].set_extra_error(
                None if ok else translate("ConnectID", "A whole number of months from 1 to 600.")
            )

    def _signed_in(self, secrets: dict[str, str]) -> None:
        self.tokens = dict(secrets)
        self.form.update_state()

    def problems(self) -> list[str]:
        if self.form.editing is not None and self.form.secret_keys:
            return []  # signed in before; a new sign-in is optional
        if self.user_mode() and not self.tokens:
            return [
                QCoreApplication.translate(
                    "ConnectID", "Sign in with the browser before saving the account."
                )
            ]
        return []

    def secrets(self) -> dict[str, str]:
        return dict(self.tokens) if self.user_mode() else {}

    def busy(self) -> bool:
        return self.signin.busy()

    def cancel(self) -> None:
        self.signin.cancel()


def extras_for(provider: str, form: Form) -> Extras:
    kinds: dict[str, type[Extras]] = {
        "telecomx": TelecomXExtras,
        "buckaroo": BuckarooExtras,
        "connectid": ConnectIDExtras,
    }
    return kinds.get(provider, Extras)(form)
