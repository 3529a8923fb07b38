""" "Add account": pick the provider, fill in its form, test the connection, save.

Secrets go to the keyring only on save, in the thread pool (an unlock prompt does not freeze the
window); the account is added only once they are stored. A weak keyring is reported and nothing
is saved."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.gui.dialogs.account_form import NAME, AccountForm, Draft
from invoicedesk.gui.dialogs.connection_test import ConnectionTest
from invoicedesk.gui.dialogs.errors import describe_error
from invoicedesk.gui.dialogs.field_row import error_label
from invoicedesk.gui.dialogs.fit_height import FittingDialog
from invoicedesk.gui.dialogs.keyring_save import (
    KeyringSave,
    SaveJob,
    forget_secrets,
    store_secrets,
)
from invoicedesk.gui.error_text import keyring_help
from invoicedesk.providers import available_specs
from invoicedesk.providers.base import ProviderSpec
from invoicedesk.storage.accounts import AccountError, AccountStore
from invoicedesk.storage.secrets import SecretStore
from invoicedesk.sync.engine import SyncEngine
from invoicedesk.sync.identity import refuse_duplicate

translate = QCoreApplication.translate


def unique_name(display_name: str, taken: set[str]) -> str:
    """A usable account name from the provider's name ("MediaConnect/ConnectID" has a slash)."""
    base = " ".join(re.sub(r"[^\w .@+-]", " ", display_name).split())[:60] or "Account"
    if base not in taken:
        return base
    number = 2
    while f"{base} {number}" in taken:
        number += 1
    return f"{base} {number}"


def save_account(accounts: AccountStore, secrets: SecretStore, draft: Draft, job: SaveJob) -> str:
    """In the thread pool: the secrets, then the account, which is kept only with its secrets."""
    name = draft.account.name
    refuse_duplicate(draft.account, draft.secrets, accounts.all(), secrets.get)
    store_secrets(secrets, name, draft.secrets)
    if not job.commit():  # the dialog was closed meanwhile
        forget_secrets(secrets, name)
        return name
    try:
        accounts.add(draft.account)
    except Exception:
        forget_secrets(secrets, name)
        raise
    return name


class AddAccountDialog(FittingDialog):
    account_added = Signal(str)

    def __init__(
        self,
        engine: SyncEngine,
        accounts: AccountStore,
        secrets: SecretStore,
        parent: QWidget | None = None,
        *,
        provider: str | None = None,
        pool: QThreadPool | None = None,
        open_url: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.accounts = accounts
        self.secrets = secrets
        self.pool = pool
        self.open_url = open_url
        self.specs: list[ProviderSpec] = available_specs()
        self.form: AccountForm | None = None
        self._auto_name = ""
        self.setWindowTitle(translate("AddAccountDialog", "Add account"))
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.keyring_warning = error_label(self)
        layout.addWidget(self.keyring_warning)
        report = secrets.report()
        #: nothing can be saved without a usable keyring: "Add account" stays disabled
        self.keyring_ok = report.ok
        if not report.ok:
            self.keyring_warning.setText(keyring_help(report))
            self.keyring_warning.setVisible(True)

        top = QFormLayout()
        top.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.provider_box = QComboBox(self)
        self.provider_box.setObjectName("provider")
        self.provider_box.setAccessibleName(translate("AddAccountDialog", "Provider"))
        for spec in self.specs:
            self.provider_box.addItem(spec.display_name, spec.name)
        self.provider_label = QLabel(translate("AddAccountDialog", "Provider"), self)
        self.provider_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        top.addRow(self.provider_label, self.provider_box)
        layout.addLayout(top)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)

        self.form_holder = QVBoxLayout()
        layout.addLayout(self.form_holder)
        layout.addStretch(1)

        self.test = ConnectionTest(engine, self._draft, self, pool)
        layout.addWidget(self.test)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.hint)
        self.saving = KeyringSave(secrets, self, pool)
        self.saving.saved.connect(self._saved)
        self.saving.failed.connect(self._save_failed)
        layout.addWidget(self.saving)
        self.message = error_label(self)
        self.message.setObjectName("message")
        layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("AddAccountDialog", "Add account"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("AddAccountDialog", "Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        try:
            self.taken = {a.name for a in accounts.all()}
        except AccountError as exc:
            self.taken = set()
            self.message.setText(describe_error(exc))
            self.message.setVisible(True)

        if not self.specs:
            self.hint.setText(translate("AddAccountDialog", "No provider is installed."))
            self.ok_button.setEnabled(False)
            self.test.set_ready(False)
            return
        if provider is not None and self.provider_box.findData(provider) >= 0:
            self.provider_box.setCurrentIndex(self.provider_box.findData(provider))
        self._provider_changed()
        self.provider_box.currentIndexChanged.connect(self._provider_changed)

    # ---- provider / form ------------------------------------------------------------------
    def spec(self) -> ProviderSpec:
        return self.specs[self.provider_box.currentIndex()]

    @Slot()
    def _provider_changed(self) -> None:
        typed_name = ""
        if self.form is not None:
            current = self.form.value(NAME)
            typed_name = current if current != self._auto_name else ""
            self.form.shutdown()
            self.form_holder.removeWidget(self.form)
            self.form.hide()
            self.form.deleteLater()
        spec = self.spec()
        self.form = AccountForm(
            spec,
            self.engine,
            taken_names=self.taken,
            pool=self.pool,
            open_url=self.open_url,
            parent=self,
        )
        self._auto_name = unique_name(spec.display_name, self.taken)
        self.form.set_value(NAME, typed_name or self._auto_name)
        self.form.changed.connect(self._form_changed)
        self.form.align_labels([self.provider_label])
        self.form_holder.addWidget(self.form)
        self.test.forget()
        self.message.setVisible(False)
        self._form_changed()
        self.adjustSize()

    def _draft(self) -> Draft:
        assert self.form is not None
        return self.form.draft()

    @Slot()
    def _form_changed(self) -> None:
        if self.form is None:
            return
        valid = self.form.is_valid() and not self.saving.busy()
        self.ok_button.setEnabled(valid and self.keyring_ok)
        self.test.set_ready(valid)
        self.test.forget()
        # Each field says its own problem beside it; the hint only lists what is still empty
        # and what no single field shows (a provider's extras), never a field's error again.
        missing = self.form.missing()
        if missing:
            hint = QCoreApplication.translate("AddAccountDialog", "Still to fill in: {fields}.")
            self.hint.setText(hint.format(fields=", ".join(missing)))
        else:
            extras = self.form.extras.problems()
            self.hint.setText(extras[0] if extras else "")
            self.form.reveal_errors(except_focused=True)
        self.hint.setVisible(bool(self.hint.text()))

    # ---- save -----------------------------------------------------------------------------
    def accept(self) -> None:
        if self.form is None or self.saving.busy():
            return
        if not self.form.is_valid():
            self.form.reveal_errors()
            return
        draft = self.form.draft()
        name = draft.account.name
        try:
            if any(a.name == name for a in self.accounts.all()):
                raise AccountError(
                    QCoreApplication.translate(
                        "AddAccountDialog", "An account named “{name}” exists already."
                    ).format(name=name)
                )
        except AccountError as exc:
            self._refuse(describe_error(exc))
            return
        accounts, secrets = self.accounts, self.secrets
        self.message.setVisible(False)
        self.saving.start(lambda job: save_account(accounts, secrets, draft, job))
        self._set_saving(True)

    def _set_saving(self, saving: bool) -> None:
        """While saving nothing can be edited, tested or submitted again."""
        self.provider_box.setEnabled(not saving)
        if self.form is not None:
            self.form.setEnabled(not saving)
        ready = not saving and self.form is not None and self.form.is_valid()
        self.ok_button.setEnabled(ready and self.keyring_ok)
        self.test.set_ready(ready)

    @Slot(object)
    def _saved(self, name: object) -> None:
        if self.form is not None:
            self.form.shutdown()
        self.account_added.emit(str(name))
        super().accept()

    @Slot(str)
    def _save_failed(self, text: str) -> None:
        self._set_saving(False)
        self._refuse(text)

    def _refuse(self, text: str) -> None:
        if not self.keyring_ok and "keyring" in text:
            return  # the warning at the top says it already: not the same lines twice
        self.message.setText(text)
        self.message.setVisible(True)

    def reject(self) -> None:
        if not self.saving.cancel():
            return  # the save is complete; its result closes the dialog in a moment
        if self.form is not None:
            self.form.shutdown()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.saving.cancel():
            event.ignore()
            return
        if self.form is not None:
            self.form.shutdown()
        super().closeEvent(event)
