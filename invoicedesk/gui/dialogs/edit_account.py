""" "Edit account" and "Rename account": every option and secret of an existing account, checked
with the same rules as adding it (:mod:`invoicedesk.sync.account_rules`), written by
:mod:`invoicedesk.sync.account_admin` (a changed secret goes to the keyring; on a rename the
cache and the keyring entry follow). A changed server or login asks before the cached invoices
are dropped. The keyring is read and written in the thread pool behind a "Saving to the
keyring…" line (:mod:`invoicedesk.gui.dialogs.keyring_save`): an unlock prompt never freezes the
window, and a keyring that refuses leaves the account as it was."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.gui.dialogs.account_form import AccountForm
from invoicedesk.gui.dialogs.field_row import error_label, field_error_label
from invoicedesk.gui.dialogs.fit_height import FittingDialog
from invoicedesk.gui.dialogs.keyring_save import KeyringSave, SaveJob
from invoicedesk.gui.dialogs.validation import describe, name_error
from invoicedesk.gui.error_text import describe as describe_line
from invoicedesk.gui.secrets_reader import read_secrets
from invoicedesk.providers import get_spec
from invoicedesk.storage.accounts import Account, AccountStore
from invoicedesk.storage.cache import InvoiceCache
from invoicedesk.storage.secrets import SecretStore, SecretStoreError
from invoicedesk.sync import account_admin
from invoicedesk.sync.account_rules import VISIBLE_SECRETS
from invoicedesk.sync.engine import SyncEngine

translate = QCoreApplication.translate

#: asks whether the cached invoices may go; tests replace it
Confirm = Callable[[QWidget, str, str], bool]


def question_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """The Yes/Cancel question :func:`ask` shows (Cancel the default)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("question")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def ask(parent: QWidget, title: str, text: str) -> bool:
    box = question_box(parent, title, text)
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


class Stores:
    """What an account edit writes to: the account list, the keyring and the cache."""

    def __init__(self, accounts: AccountStore, secrets: SecretStore, cache: InvoiceCache) -> None:
        self.accounts = accounts
        self.secrets = secrets
        self.cache = cache


def confirm_drop(parent: QWidget, plan: account_admin.EditPlan, confirm: Confirm) -> bool:
    """Whether a checked edit may go ahead: asks first when it would drop cached invoices."""
    if plan.login_changed and plan.cached:
        text = translate(
            "EditAccount",
            "The server or login of “{name}” changed, so its {count} cached invoices belong to "
            "another login. Drop them and fetch this login's invoices at the next sync?",
        ).format(name=plan.old.name, count=plan.cached)
        if not confirm(parent, translate("EditAccount", "Drop cached invoices?"), text):
            return False
    return True


class EditAccountDialog(FittingDialog):
    #: (new name, whether the login changed so the account should sync afresh)
    edited = Signal(str, bool)

    def __init__(
        self,
        account: Account,
        engine: SyncEngine,
        stores: Stores,
        parent: QWidget | None = None,
        *,
        confirm: Confirm = ask,
        pool: QThreadPool | None = None,
        open_url: Callable[[str], None] | None = None,
        stored: dict[str, str] | SecretStoreError | None = None,
    ) -> None:
        """``stored``: the account's secrets read ahead, in the pool (the window's way:
        :mod:`invoicedesk.gui.secrets_reader`), or why they could not be; None: read here."""
        super().__init__(parent)
        self.account = account
        self.stores = stores
        self.confirm = confirm
        self.setWindowTitle(
            translate("EditAccount", "Edit account “{name}”").format(name=account.name)
        )
        self.setMinimumWidth(560)
        if stored is None:
            stored = read_secrets(stores.secrets, account.name)
        keyring_problem = describe_line(stored) if isinstance(stored, SecretStoreError) else None
        if isinstance(stored, SecretStoreError):
            stored = {}
        taken = {a.name for a in stores.accounts.all() if a.name != account.name}
        layout = QVBoxLayout(self)
        self.form = AccountForm(
            get_spec(account.provider),
            engine,
            taken_names=taken,
            editing=account,
            secret_keys=frozenset(stored),
            pool=pool,
            open_url=open_url,
            parent=self,
        )
        for key in VISIBLE_SECRETS & set(stored):
            self.form.set_value(key, stored[key])  # a login name is shown, never a password
        self.form.changed.connect(self._changed)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.message = error_label(self)
        self.message.setObjectName("message")
        layout.addWidget(self.message)
        self.saving = KeyringSave(stores.secrets, self, pool)
        self.saving.saved.connect(self._step_done)
        self.saving.failed.connect(self._save_failed)
        layout.addWidget(self.saving)
        self._plan: account_admin.EditPlan | None = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("EditAccount", "Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("EditAccount", "Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.keyring_ok = keyring_problem is None
        if keyring_problem is not None:
            self._refuse(keyring_problem)
        self._changed()

    def _changed(self) -> None:
        ready = self.form.is_valid() and self.keyring_ok and not self.saving.busy()
        self.save_button.setEnabled(ready)

    def accept(self) -> None:
        """Check the edit, ask if it drops cached invoices, write it: the keyring's part (reads
        and writes, which may wait for an unlock prompt) in the pool, behind the "Saving to the
        keyring…" line; the dialog stays responsive and closes when all is written."""
        if self.saving.busy():
            return
        if not self.form.is_valid():
            self.form.reveal_errors()
            return
        draft = self.form.draft()
        stores, name = self.stores, self.account.name

        def plan(_job: SaveJob) -> account_admin.EditPlan | account_admin.EditRefused:
            try:
                return account_admin.plan_edit(
                    stores.accounts,
                    stores.secrets,
                    stores.cache,
                    name,
                    options=draft.account.options,
                    base_url=draft.account.base_url or "",
                    secret_changes=draft.secrets or None,
                    new_name=draft.account.name,
                )
            except account_admin.EditRefused as exc:  # said beside the fields, not as an error
                return exc

        self._plan = None
        self.message.setVisible(False)
        self.saving.start(plan)
        self._set_saving(True)

    @Slot(object)
    def _step_done(self, result: object) -> None:
        if isinstance(result, account_admin.EditRefused):
            self._set_saving(False)
            self._refuse(
                "; ".join(
                    describe(p) if p.key in self.form.rows else p.message for p in result.problems
                )
            )
            return
        if isinstance(result, account_admin.EditPlan):  # checked: ask, then write it
            self._set_saving(False)
            if not confirm_drop(self, result, self.confirm):
                return
            self._plan = plan = result
            stores = self.stores
            self.saving.start(
                lambda job: account_admin.apply_edit(
                    plan, stores.accounts, stores.secrets, stores.cache, keep=job.commit
                )
            )
            self._set_saving(True)
            return
        written = self._plan
        assert written is not None
        self.form.shutdown()
        self.edited.emit(written.new.name, written.login_changed)
        super().accept()

    @Slot(str)
    def _save_failed(self, text: str) -> None:
        self._set_saving(False)
        self._refuse(text)

    def _set_saving(self, saving: bool) -> None:
        """While saving nothing can be edited or submitted again."""
        self.form.setEnabled(not saving)
        self._changed()

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def reject(self) -> None:
        if not self.saving.cancel():
            return  # written already; its result closes the dialog in a moment
        self.form.shutdown()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.saving.cancel():
            event.ignore()
            return
        self.form.shutdown()
        super().closeEvent(event)


class RenameAccountDialog(FittingDialog):
    """One field, the new name; "Rename" stays disabled until it is a usable, free name."""

    def __init__(
        self,
        account: Account,
        stores: Stores,
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.account = account
        self.stores = stores
        self.new_name = ""
        self.setWindowTitle(translate("EditAccount", "Rename account"))
        self.setMinimumWidth(420)
        self.taken = {a.name for a in stores.accounts.all() if a.name != account.name}
        layout = QVBoxLayout(self)
        note = QLabel(
            translate(
                "EditAccount",
                "The cached invoices and the password in the keyring move to the new name.",
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.name_edit = QLineEdit(account.name, self)
        self.name_edit.setObjectName("newName")
        self.name_edit.selectAll()
        label = QLabel(translate("EditAccount", "New name"), self)
        label.setBuddy(self.name_edit)
        self.name_edit.setAccessibleName(translate("EditAccount", "New name"))
        box = QWidget(self)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(self.name_edit)
        self.error = field_error_label(box)
        box_layout.addWidget(self.error)
        form.addRow(label, box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(form)
        self.message = error_label(self)
        layout.addWidget(self.message)
        self.saving = KeyringSave(stores.secrets, self, pool)
        self.saving.saved.connect(self._renamed)
        self.saving.failed.connect(self._rename_failed)
        layout.addWidget(self.saving)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("EditAccount", "Rename"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("EditAccount", "Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._changed)
        self._changed()

    def _problem(self) -> str | None:
        name = self.name_edit.text().strip()
        if name == self.account.name:
            return None
        return name_error(name, self.taken)

    def _changed(self) -> None:
        problem = self._problem()
        self.error.setText(problem or "")
        name = self.name_edit.text().strip()
        busy = self.saving.busy()
        self.ok_button.setEnabled(problem is None and name != self.account.name and not busy)
        self.name_edit.setEnabled(not busy)

    def accept(self) -> None:
        """Rename in the pool (the keyring entry moves, which may wait for an unlock prompt)."""
        if not self.ok_button.isEnabled() or self.saving.busy():
            return
        name = self.name_edit.text().strip()
        stores, old = self.stores, self.account.name
        self.message.setVisible(False)
        self.saving.start(
            lambda job: account_admin.rename_account(
                stores.accounts, stores.secrets, stores.cache, old, name, keep=job.commit
            )
        )
        self._changed()

    @Slot(object)
    def _renamed(self, account: object) -> None:
        assert isinstance(account, Account)
        self.new_name = account.name
        super().accept()

    @Slot(str)
    def _rename_failed(self, text: str) -> None:
        self._changed()
        self.message.setText(text)
        self.message.setVisible(True)

    def reject(self) -> None:
        if self.saving.cancel():  # else: renamed already; its result closes the dialog
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.saving.cancel():
            event.ignore()
            return
        super().closeEvent(event)
