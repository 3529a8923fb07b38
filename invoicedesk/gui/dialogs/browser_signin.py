"""ConnectID's "Sign in with browser": runs the provider's login (RFC 8252 loopback flow) in the
thread pool, opens the system browser from the GUI thread, and can be cancelled."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.gui.dialogs.errors import describe_error
from invoicedesk.gui.theme import text_style
from invoicedesk.gui.workers import start_task
from invoicedesk.providers import get_spec
from invoicedesk.providers.base import LoginContext
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import Cancelled
from invoicedesk.sync.engine import GENERIC_OPTIONS, SyncEngine

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

#: after this long without the browser coming back, the dialog says what may have happened
HINT_AFTER_MS = 45_000


def open_in_browser(url: str) -> None:
    if not QDesktopServices.openUrl(QUrl(url)):
        log.warning("could not open the browser at the sign-in address")


class BrowserSignIn(QWidget):
    """``signed_in(secrets)`` when the browser flow succeeded; ``state_changed`` when it starts,
    ends or is cancelled. ``open_url`` is called on the GUI thread with the authorize URL."""

    signed_in = Signal(dict)
    state_changed = Signal()
    # emitted by the worker thread, delivered (queued) on the GUI thread
    _url_ready = Signal(str)

    def __init__(
        self,
        engine: SyncEngine,
        draft: Callable[[], Any],
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.draft = draft
        self.pool = pool
        self.open_url: Callable[[str], None] = open_in_browser
        self._token: CancelToken | None = None
        self._url_ready.connect(self._show_url)
        self.hint_timer = QTimer(self)
        self.hint_timer.setSingleShot(True)
        self.hint_timer.setInterval(HINT_AFTER_MS)
        self.hint_timer.timeout.connect(self._still_waiting)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        self.button = QPushButton(translate("BrowserSignIn", "Sign in with browser…"), self)
        self.button.setObjectName("sign_in")
        self.button.clicked.connect(self.start)
        self.cancel_button = QPushButton(translate("BrowserSignIn", "Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.progress.setVisible(False)
        row.addWidget(self.button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        layout.addLayout(row)
        self.status = QLabel(translate("BrowserSignIn", "Not signed in yet."), self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(self._address_box())

    def _address_box(self) -> QWidget:
        """The sign-in address, for when no browser opened: one long word that cannot wrap,
        so a read-only field (select, scroll) with a Copy button, under a line saying so."""
        self.link = QWidget(self)
        self.link.setObjectName("signInLink")
        box = QVBoxLayout(self.link)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        note = QLabel(
            translate("BrowserSignIn", "If no browser window opened, open this address yourself:"),
            self.link,
        )
        note.setWordWrap(True)
        box.addWidget(note)
        row = QHBoxLayout()
        self.address = QLineEdit(self.link)
        self.address.setObjectName("signInAddress")
        self.address.setReadOnly(True)
        self.address.setAccessibleName(translate("BrowserSignIn", "Sign-in address"))
        self.copy_button = QPushButton(translate("BrowserSignIn", "Copy"), self.link)
        self.copy_button.setObjectName("copySignInAddress")
        self.copy_button.setAccessibleName(translate("BrowserSignIn", "Copy the sign-in address"))
        self.copy_button.clicked.connect(self.copy_address)
        row.addWidget(self.address, 1)
        row.addWidget(self.copy_button)
        box.addLayout(row)
        self.link.setVisible(False)
        return self.link

    @Slot()
    def copy_address(self) -> None:
        QGuiApplication.clipboard().setText(self.address.text())

    def busy(self) -> bool:
        return self._token is not None

    def set_ready(self, ready: bool) -> None:
        self.button.setEnabled(ready and not self.busy())

    @Slot()
    def start(self) -> None:
        if self.busy():
            return
        draft = self.draft()
        spec = get_spec("connectid")
        token = CancelToken()
        self._token = token
        account = draft.account
        options = {
            **{o.key: o.default for o in spec.options if o.default},
            **{k: v for k, v in account.options.items() if k not in GENERIC_OPTIONS},
        }
        secrets = dict(draft.secrets)
        engine = self.engine
        emit_url = self._url_ready.emit
        assert spec.login is not None, "the ConnectID provider has no browser login"
        login = spec.login

        def work() -> dict[str, str]:
            session = engine.open_session(account, spec, secrets)
            try:
                context = LoginContext(
                    account=account.name or spec.display_name,
                    base_url=account.base_url or spec.default_base_url,
                    options=options,
                    secrets=secrets,
                    http=session,
                    open_url=emit_url,
                    cancel=token,
                )
                return dict(login(context))
            finally:
                session.close()

        self._set_waiting(True)
        self.status.setStyleSheet("")
        self.status.setText(QCoreApplication.translate("BrowserSignIn", "Waiting for the browser…"))
        start_task(work, self._succeeded, self._failed, pool=self.pool)
        self.hint_timer.start()
        self.state_changed.emit()

    @Slot()
    def _still_waiting(self) -> None:
        """The browser has not come back for a while: most often ConnectID showed an error page
        (a wrong client ID, or a redirect address the client does not allow) instead of
        returning here. Say so; Cancel stays at hand."""
        if not self.busy():
            return
        self.status.setStyleSheet("")
        self.status.setText(
            QCoreApplication.translate(
                "BrowserSignIn",
                "Still waiting for the browser. If ConnectID showed an error page instead of "
                "coming back here, the client ID or the sign-in address may be wrong, or the "
                "client does not allow this app's return address: close that page, press "
                "Cancel and check the account's settings. Otherwise finish signing in there.",
            )
        )

    @Slot()
    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.status.setText(QCoreApplication.translate("BrowserSignIn", "Cancelling…"))

    def _set_waiting(self, waiting: bool) -> None:
        self.button.setVisible(not waiting)
        self.progress.setVisible(waiting)
        self.cancel_button.setVisible(waiting)
        if not waiting:
            self.link.setVisible(False)

    @Slot(str)
    def _show_url(self, url: str) -> None:
        self.address.setText(url)
        self.address.setCursorPosition(0)  # the start of the address, where it is read
        self.link.setVisible(True)
        self.open_url(url)

    def _finish(self) -> None:
        self.hint_timer.stop()
        self._token = None
        self._set_waiting(False)
        self.button.setEnabled(True)
        self.state_changed.emit()

    def _succeeded(self, secrets: object) -> None:
        self._finish()
        self.status.setStyleSheet(text_style("ok"))
        self.status.setText(QCoreApplication.translate("BrowserSignIn", "✓ Signed in."))
        self.button.setText(QCoreApplication.translate("BrowserSignIn", "Sign in again…"))
        assert isinstance(secrets, dict)
        self.signed_in.emit(secrets)

    def _failed(self, error: object) -> None:
        self._finish()
        if isinstance(error, Cancelled):
            self.status.setStyleSheet("")
            self.status.setText(QCoreApplication.translate("BrowserSignIn", "Sign-in cancelled."))
            return
        self.status.setStyleSheet(text_style("error"))
        self.status.setText(describe_error(error))
