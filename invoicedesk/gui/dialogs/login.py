""" "Log in again" for an account whose credentials were refused: type the password, secret key
or token again, or (ConnectID) sign in with the browser again. New secrets replace the old ones
in the keyring only when the user saves; the write runs in the thread pool (an unlock prompt does
not freeze the window), and closing the dialog meanwhile puts the old ones back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from invoicedesk.gui.dialogs.account_form import AccountForm, Draft
from invoicedesk.gui.dialogs.connection_test import ConnectionTest
from invoicedesk.gui.dialogs.field_row import error_label
from invoicedesk.gui.dialogs.fit_height import FittingDialog
from invoicedesk.gui.dialogs.keyring_save import (
    KeyringSave,
    SaveJob,
    restore_secrets,
    store_secrets,
)
from invoicedesk.gui.dialogs.provider_extras import ConnectIDExtras, TelecomXExtras
from invoicedesk.gui.error_text import describe
from invoicedesk.gui.secrets_reader import read_secrets
from invoicedesk.providers import get_spec
from invoicedesk.storage.accounts import Account
from invoicedesk.storage.secrets import SecretStore, SecretStoreError
from invoicedesk.sync.engine import SyncEngine

translate = QCoreApplication.translate

#: stored secrets shown again (masked where secret) so the user need not retype them
PREFILL = ("username", "client_secret")


def replace_secrets(
    secrets: SecretStore,
    account: str,
    values: dict[str, str],
    previous: dict[str, str] | None,
    job: SaveJob,
) -> None:
    """In the thread pool: store the new secrets; put ``previous`` back if the dialog closed."""
    store_secrets(secrets, account, values)
    if not job.commit():
        restore_secrets(secrets, account, previous)


class ReloginDialog(FittingDialog):
    def __init__(
        self,
        account: Account,
        engine: SyncEngine,
        secrets: SecretStore,
        parent: QWidget | None = None,
        *,
        pool: QThreadPool | None = None,
        open_url: Callable[[str], None] | None = None,
        stored: dict[str, str] | SecretStoreError | None = None,
    ) -> None:
        """``stored``: the account's secrets read ahead, in the pool (the window's way:
        :mod:`invoicedesk.gui.secrets_reader`), or why they could not be; None: read here."""
        super().__init__(parent)
        self.account = account
        self.secrets = secrets
        self.spec = get_spec(account.provider)
        self.setWindowTitle(
            translate("ReloginDialog", "Log in again – {name}").format(name=account.name)
        )
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        self.intro = QLabel(self)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.message = error_label(self)
        self.message.setObjectName("message")

        if stored is None:
            stored = read_secrets(secrets, account.name)
        #: what a save cancelled halfway puts back (None: unreadable, so unknown)
        self.previous: dict[str, str] | None = None
        if isinstance(stored, SecretStoreError):
            self.message.setText(describe(stored))
            self.message.setVisible(True)
            stored = {}
        else:
            self.previous = stored

        self.form = AccountForm(
            self.spec, engine, account=account, pool=pool, open_url=open_url, parent=self
        )
        for key in PREFILL:
            if stored.get(key):
                self.form.set_value(key, stored[key])
        extras = self.form.extras
        if (
            isinstance(extras, TelecomXExtras)
            and stored.get("token")
            and not stored.get("username")
        ):
            extras.use_token.setChecked(True)
        self.browser = isinstance(extras, ConnectIDExtras) and extras.user_mode()
        if isinstance(extras, ConnectIDExtras):
            extras.signin.signed_in.connect(self._signed_in)
        layout.addWidget(self.form)

        self.test = ConnectionTest(engine, self._draft, self, pool)
        self.test.setVisible(not self.browser)
        layout.addWidget(self.test)
        self.saving = KeyringSave(secrets, self, pool)
        self.saving.saved.connect(self._saved)
        self.saving.failed.connect(self._save_failed)
        layout.addWidget(self.saving)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("ReloginDialog", "Save"))
        self.save_button.setVisible(not self.browser)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("ReloginDialog", "Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        provider = self.spec.display_name
        if self.browser:
            text = translate(
                "ReloginDialog",
                "{provider} no longer accepts the sign-in of “{name}”. Sign in again with the "
                "browser; the account is saved as soon as the sign-in succeeds.",
            )
        else:
            text = translate(
                "ReloginDialog",
                "{provider} refused the saved credentials of “{name}”. Enter them again.",
            )
        self.intro.setText(text.format(provider=provider, name=account.name))
        self.form.changed.connect(self._form_changed)
        self._form_changed()
        self.form.focus_first_empty()

    def _draft(self) -> Draft:
        return self.form.draft()

    @Slot()
    def _form_changed(self) -> None:
        valid = self.form.is_valid() and not self.saving.busy()
        self.save_button.setEnabled(valid)
        self.test.set_ready(valid)
        self.test.forget()

    @Slot(dict)
    def _signed_in(self, _secrets: dict[str, str]) -> None:
        if self.browser:
            self.accept()

    def accept(self) -> None:
        if self.saving.busy():
            return
        if not self.form.is_valid():
            self.form.reveal_errors()
            return
        secrets, name, previous = self.secrets, self.account.name, self.previous
        values = self.form.draft().secrets
        self.message.setVisible(False)
        self.saving.start(lambda job: replace_secrets(secrets, name, values, previous, job))
        self._set_saving(True)

    def _set_saving(self, saving: bool) -> None:
        """While saving nothing can be edited, tested or submitted again."""
        self.form.setEnabled(not saving)
        ready = not saving and self.form.is_valid()
        self.save_button.setEnabled(ready)
        self.test.set_ready(ready)

    @Slot(object)
    def _saved(self, _result: object) -> None:
        self.form.shutdown()
        super().accept()

    @Slot(str)
    def _save_failed(self, text: str) -> None:
        self._set_saving(False)
        self.message.setText(text)
        self.message.setVisible(True)

    def reject(self) -> None:
        if not self.saving.cancel():
            return  # the save is complete; its result closes the dialog in a moment
        self.form.shutdown()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.saving.cancel():
            event.ignore()
            return
        self.form.shutdown()
        super().closeEvent(event)


def relogin(
    account: Account,
    engine: SyncEngine,
    secrets: SecretStore,
    parent: QWidget | None,
    *,
    pool: QThreadPool | None = None,
    open_url: Callable[[str], None] | None = None,
    stored: dict[str, str] | SecretStoreError | None = None,
) -> bool:
    """Ask for new credentials (or a new browser sign-in); True when new secrets were stored.
    ``stored``: the secrets read ahead (see :class:`ReloginDialog`)."""
    dialog = ReloginDialog(
        account, engine, secrets, parent, pool=pool, open_url=open_url, stored=stored
    )
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
