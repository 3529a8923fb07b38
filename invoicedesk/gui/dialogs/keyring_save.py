"""Saving an account dialog's secrets off the GUI thread, behind a "Saving to the keyring…" line.

A keyring that has to be unlocked first (the Secret Service shows a prompt) or a slow D-Bus can
take as long as the user needs to answer, so the write runs in the thread pool
(``gui.workers.start_task``) and the dialog stays responsive meanwhile. The dialog may be closed
while the write is under way: the write then undoes itself in the worker, so an account is never
left without its secrets. A :class:`SaveJob` decides, under a lock, whether the close or the save
came first."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from invoicedesk.gui.dialogs.errors import describe_save_error
from invoicedesk.gui.workers import start_task
from invoicedesk.storage.secrets import SecretStore, SecretStoreError

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

#: one keyring write (with its undo) at a time, so the undo of a cancelled save can never remove
#: the secrets of a later save of the same account
_WRITES = threading.Lock()

#: after this long without an answer the line says that the keyring may be waiting for the user
SLOW_MS = 1500


class SaveJob:
    """Where a save (worker thread) and a cancel (GUI thread) meet; whichever comes first wins."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state: Literal["running", "committed", "cancelled"] = "running"

    @property
    def cancelled(self) -> bool:
        with self._lock:
            return self._state == "cancelled"

    def commit(self) -> bool:
        """Worker, after its keyring write: True to keep it, False to undo it (cancelled)."""
        with self._lock:
            if self._state == "cancelled":
                return False
            self._state = "committed"
            return True

    def cancel(self) -> bool:
        """GUI thread: True when the save will not be kept; False when it is kept already."""
        with self._lock:
            if self._state == "committed":
                return False
            self._state = "cancelled"
            return True


def store_secrets(secrets: SecretStore, account: str, values: dict[str, str]) -> None:
    """``secrets.set`` with whatever the keyring backend raises turned into SecretStoreError."""
    try:
        secrets.set(account, values)
    except SecretStoreError:
        raise
    except Exception as exc:  # a D-Bus error, a dismissed unlock prompt, a backend bug
        log.warning("the keyring failed to store the secrets of %r", account, exc_info=True)
        raise SecretStoreError(
            f"the keyring failed to store the secrets for '{account}' ({type(exc).__name__}: {exc})"
        ) from None


def forget_secrets(secrets: SecretStore, account: str) -> None:
    """Undo a write: remove the entry again (logged, never raised: the caller is unwinding)."""
    try:
        secrets.delete(account)
    except Exception:
        log.warning("could not remove the keyring entry of %r again", account, exc_info=True)


def restore_secrets(secrets: SecretStore, account: str, previous: dict[str, str] | None) -> None:
    """Undo an overwrite: put ``previous`` back (an empty dict: there was no entry; None: it
    could not be read, so the new secrets stay rather than losing both)."""
    if previous is None:
        log.warning("the earlier secrets of %r are unknown; the new ones stay", account)
    elif not previous:
        forget_secrets(secrets, account)
    else:
        try:
            store_secrets(secrets, account, previous)
        except SecretStoreError:
            log.warning("could not put the earlier secrets of %r back", account, exc_info=True)


def keyring_usable(secrets: SecretStore) -> bool:
    """Whether the keyring is one we store secrets in (may ask D-Bus: not on the GUI thread)."""
    try:
        return secrets.report().ok
    except Exception:
        return True


@dataclass(frozen=True)
class _Outcome:
    job: SaveJob
    result: object
    error: Exception | None = None
    keyring_usable: bool = True


class KeyringSave(QWidget):
    """``start(work)`` runs ``work(job)`` in the pool; then ``saved(result)`` or ``failed(text)``,
    once, on the GUI thread. ``work`` calls ``job.commit()`` after its keyring write and undoes
    the write itself when that returns False. Hidden unless a save is under way."""

    saved = Signal(object)
    failed = Signal(str)

    def __init__(
        self, secrets: SecretStore, parent: QWidget | None = None, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("saving")
        self.secrets = secrets
        self.pool = pool
        self._job: SaveJob | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumSize(80, 12)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignVCenter)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status, 1)
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_MS)
        self._slow.timeout.connect(self._still_waiting)
        self.setVisible(False)

    def busy(self) -> bool:
        return self._job is not None

    def start(self, work: Callable[[SaveJob], object]) -> None:
        if self._job is not None:
            return
        job = SaveJob()
        self._job = job

        secrets = self.secrets

        def run() -> _Outcome:
            with _WRITES:
                if job.cancelled:  # closed while an earlier save held the keyring
                    return _Outcome(job, None)
                try:
                    return _Outcome(job, work(job))
                except Exception as exc:  # shown by the dialog
                    return _Outcome(job, None, exc, keyring_usable(secrets))

        self.status.setText(translate("KeyringSave", "Saving to the keyring…"))
        self.setVisible(True)
        self._slow.start()
        start_task(run, self._delivered, self._crashed, pool=self.pool)

    def cancel(self) -> bool:
        """Before the dialog closes. True: nothing of a running save stays (the worker undoes
        it), the dialog may close. False: the save is complete and its result is on the way."""
        job = self._job
        if job is None:
            return True
        if not job.cancel():
            return False
        self._finish()
        return True

    def _finish(self) -> None:
        self._job = None
        self._slow.stop()
        self.setVisible(False)

    def _still_waiting(self) -> None:
        self.status.setText(
            translate(
                "KeyringSave",
                "Still waiting for the keyring… If the system asks you to unlock it, do so.",
            )
        )

    def _delivered(self, outcome: object) -> None:
        assert isinstance(outcome, _Outcome)
        if outcome.job is not self._job:  # cancelled: the worker undid its write
            return
        self._finish()
        if outcome.error is None:
            self.saved.emit(outcome.result)
        else:
            self.failed.emit(describe_save_error(outcome.error, outcome.keyring_usable))

    def _crashed(self, error: object) -> None:
        """Only a BaseException that is no Exception gets here (``run`` catches the others)."""
        if self._job is not None:
            self._finish()
            self.failed.emit(describe_save_error(error, keyring_usable=True))
