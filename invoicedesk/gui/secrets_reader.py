"""An account's secrets, read before a dialog that shows them opens (Edit, Log in again). The read
runs in the thread pool: the keyring may wait for the user to unlock it in the desktop's prompt,
and the window must not freeze meanwhile (it shows a busy cursor and a line in the status bar).
One read at a time. The dialog gets the secrets, or the :class:`SecretStoreError` that its form
then shows (it opens all the same: the options can be edited without the keyring)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Slot
from PySide6.QtWidgets import QWidget

from invoicedesk.gui.dialogs.errors import describe_error
from invoicedesk.gui.workers import start_task
from invoicedesk.storage.secrets import SecretStore, SecretStoreError

translate = QCoreApplication.translate

#: what a dialog is opened with: the stored secrets, or why they could not be read
Stored = dict[str, str] | SecretStoreError


def read_secrets(secrets: SecretStore, name: str) -> Stored:
    """``name``'s secrets, or the keyring's problem (which the dialog shows in its form)."""
    try:
        return secrets.get(name)
    except SecretStoreError as exc:
        return exc


class SecretsReader(QObject):
    def __init__(
        self,
        secrets: SecretStore,
        window: QWidget,
        say: Callable[[str], object],
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(window)
        self.secrets = secrets
        self.window = window
        self.say = say
        #: the pool the reads run in (None: the global one)
        self.pool = pool
        #: the account being read, if any
        self.reading: str | None = None
        self._then: Callable[[Stored], object] | None = None

    def read(self, name: str, then: Callable[[Stored], object]) -> bool:
        """Read ``name``'s secrets in the pool, then ``then(stored)`` on the GUI thread. False:
        another read still runs (a second click while the keyring waits does nothing)."""
        if self.reading is not None:
            return False
        self.reading, self._then = name, then
        self.window.setCursor(Qt.CursorShape.BusyCursor)
        self.say(
            translate(
                "SecretsReader",
                "Reading “{name}” from the keyring… If the system asks you to unlock the keyring, "
                "do so.",
            ).format(name=name)
        )
        secrets = self.secrets
        start_task(lambda: read_secrets(secrets, name), self._read, self._failed, pool=self.pool)
        return True

    @Slot(object)
    def _read(self, stored: object) -> None:
        self._done(stored if isinstance(stored, dict | SecretStoreError) else {})

    @Slot(object)
    def _failed(self, error: object) -> None:
        name = self.reading or ""
        self._then = None
        self._done(None)
        self.say(
            translate("SecretsReader", "Could not read “{name}” from the keyring: {reason}").format(
                name=name, reason=describe_error(error)
            )
        )

    def _done(self, stored: Stored | None) -> None:
        then = self._then
        self.reading = self._then = None
        self.window.unsetCursor()
        if stored is not None and then is not None:
            self.say("")
            then(stored)
