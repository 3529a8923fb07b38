"""The account menu: on each sidebar card (right-click, the Menu key, Shift+F10) and in the menu
bar (for the selected account): Edit, Rename, Sync this account, Disable/Enable, Remove.

The dialogs live in :mod:`invoicedesk.gui.dialogs.edit_account`; what is written, and how the
account list, keyring and cache stay in step, in :mod:`invoicedesk.sync.account_admin`. Edit,
Rename and Remove touch the keyring, which may wait for an unlock prompt: they run in the
thread pool (the dialogs behind their "Saving to the keyring…" line, Remove behind a busy cursor
and a status line), and a keyring that refuses leaves the account as it was, said in a
message box. Edit and *Log in again* (from a card's button) read the secrets they show in the
pool too, before their dialog opens (:mod:`invoicedesk.gui.secrets_reader`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar, QWidget

from invoicedesk.gui.context import AppContext
from invoicedesk.gui.dialogs.edit_account import (
    Confirm,
    EditAccountDialog,
    RenameAccountDialog,
    Stores,
    ask,
)
from invoicedesk.gui.dialogs.errors import describe_error
from invoicedesk.gui.notice import Warn, show_warning
from invoicedesk.gui.secrets_reader import SecretsReader, Stored
from invoicedesk.gui.workers import start_task
from invoicedesk.storage.accounts import Account, AccountError
from invoicedesk.storage.secrets import SecretStoreError
from invoicedesk.sync import account_admin

translate = QCoreApplication.translate


class AccountMenu(QObject):
    #: the account list, keyring or cache changed: show them again
    changed = Signal()
    #: sync these accounts now
    sync_requested = Signal(list)
    #: one line for the status bar
    message = Signal(str)

    def __init__(
        self,
        context: AppContext,
        window: QWidget,
        selected: Callable[[], str | None],
        *,
        confirm: Confirm = ask,
    ) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.selected = selected
        self.confirm = confirm
        self.stores = Stores(context.accounts, context.secrets, context.cache)
        #: the menu shown last, and how a menu is shown (tests replace it: an offscreen popup)
        self.last_menu: QMenu | None = None
        self.show_menu: Callable[[QMenu, QPoint], None] = QMenu.popup
        #: how a failure is shown over the window (tests replace it)
        self.warn: Warn = show_warning
        #: the account being removed in the pool (one at a time), and that pool (None: global)
        self.removing: str | None = None
        self.pool: QThreadPool | None = None
        #: reads an account's secrets before Edit (or Log in again) opens, in the pool
        self.reader = SecretsReader(context.secrets, window, self.message.emit)

    # ---- menus ------------------------------------------------------------------------------
    def build(self, name: str, menu: QMenu | None = None) -> QMenu:
        menu = menu if menu is not None else QMenu(self.window)
        menu.clear()
        try:
            account = self.context.accounts.get(name)
        except AccountError as exc:
            self.message.emit(describe_error(exc))
            return menu

        idle = name != self.removing

        def add(text: str, slot: Callable[[], object], enabled: bool = True) -> QAction:
            act = menu.addAction(text)
            act.setEnabled(enabled and idle)
            act.triggered.connect(lambda _checked=False: slot())
            return act

        add(translate("AccountMenu", "&Edit…"), lambda: self.edit(name))
        add(translate("AccountMenu", "&Rename…"), lambda: self.rename(name))
        add(
            translate("AccountMenu", "&Sync this account"),
            lambda: self.sync_requested.emit([name]),
            account.enabled,
        )
        menu.addSeparator()
        if account.enabled:
            add(translate("AccountMenu", "&Disable"), lambda: self.set_enabled(name, False))
        else:
            add(translate("AccountMenu", "E&nable"), lambda: self.set_enabled(name, True))
        add(translate("AccountMenu", "Re&move…"), lambda: self.remove(name), self.removing is None)
        return menu

    def popup(self, name: str, at: QPoint) -> QMenu:
        menu = self.build(name)
        self.last_menu = menu
        self.show_menu(menu, at)
        return menu

    def install(self, bar: QMenuBar) -> QMenu:
        """The menu bar's Account menu, for the account selected in the sidebar."""
        menu = bar.addMenu(translate("AccountMenu", "A&ccount"))

        def fill() -> None:
            name = self.selected()
            if name is None:
                menu.clear()
                none = menu.addAction(
                    translate("AccountMenu", "Select an account in the sidebar first")
                )
                none.setEnabled(False)
            else:
                self.build(name, menu)

        menu.aboutToShow.connect(fill)
        self.bar_menu = menu
        return menu

    # ---- actions ----------------------------------------------------------------------------
    def _account(self, name: str) -> Account | None:
        try:
            return self.context.accounts.get(name)
        except AccountError as exc:
            self.message.emit(describe_error(exc))
            return None

    def edit(self, name: str) -> None:
        """The Edit dialog, once the account's secrets are read (in the pool: the keyring may
        wait for an unlock prompt)."""
        account = self._account(name)
        if account is not None:
            self.reader.pool = self.pool
            self.reader.read(name, lambda stored: self._edit(account, stored))

    def relogin(self, name: str) -> None:
        """*Log in again* (a card whose login was refused): the dialog once the account's
        secrets are read, as for Edit; the account syncs once new ones are stored."""
        account = self._account(name)
        if account is not None:
            self.reader.pool = self.pool
            self.reader.read(name, lambda stored: self._relogin(account, stored))

    def _relogin(self, account: Account, stored: Stored) -> None:
        from invoicedesk.gui.dialogs.login import relogin  # its dialog, when first used

        engine, secrets = self.context.engine, self.context.secrets
        if relogin(account, engine, secrets, self.window, stored=stored) and account.enabled:
            self.sync_requested.emit([account.name])

    def _edit(self, account: Account, stored: Stored) -> None:
        dialog = EditAccountDialog(
            account,
            self.context.engine,
            self.stores,
            self.window,
            confirm=self.confirm,
            stored=stored,
        )
        results: list[tuple[str, bool]] = []
        dialog.edited.connect(lambda new, fresh: results.append((new, fresh)))
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        if results:
            new, fresh = results[0]
            self.message.emit(
                translate("AccountMenu", "Saved the account “{name}”.").format(name=new)
            )
            self.changed.emit()
            if fresh and account.enabled:
                self.sync_requested.emit([new])

    def rename(self, name: str) -> None:
        account = self._account(name)
        if account is None:
            return
        dialog = RenameAccountDialog(account, self.stores, self.window)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            new = dialog.new_name
        finally:
            dialog.deleteLater()
        if accepted:
            self.message.emit(
                translate("AccountMenu", "Renamed “{old}” to “{new}”.").format(old=name, new=new)
            )
            self.changed.emit()

    def set_enabled(self, name: str, enabled: bool) -> None:
        try:
            self.context.accounts.set_enabled(name, enabled)
        except AccountError as exc:
            self.message.emit(describe_error(exc))
            return
        text = (
            translate("AccountMenu", "Enabled “{name}”: it is synced and counted again.")
            if enabled
            else translate(
                "AccountMenu", "Disabled “{name}”: kept, but not synced and not in the totals."
            )
        )
        self.message.emit(text.format(name=name))
        self.changed.emit()

    def remove(self, name: str) -> None:
        account = self._account(name)
        if account is None or self.removing is not None:
            return
        count = self.context.cache.count(name)
        question = translate(
            "AccountMenu",
            "Remove the account “{name}”? Its settings, its password in the keyring and its "
            "{count} cached invoices are deleted from this computer. The invoices stay with the "
            "provider.",
        ).format(name=name, count=count)
        if not self.confirm(self.window, translate("AccountMenu", "Remove account?"), question):
            return
        # in the pool: deleting the keyring entry may wait for an unlock prompt
        context = self.context
        self._set_removing(name)
        start_task(
            lambda: account_admin.remove_account(
                context.accounts, context.secrets, context.cache, name
            ),
            self._removed,
            self._remove_failed,
            pool=self.pool,
        )

    def _set_removing(self, name: str | None) -> None:
        """While a removal runs: a busy cursor over the window (which stays usable), a line in
        the status bar, and no account action on that account (nor a second removal)."""
        self.removing = name
        if name is None:
            self.window.unsetCursor()
            return
        self.window.setCursor(Qt.CursorShape.BusyCursor)
        self.message.emit(
            translate(
                "AccountMenu",
                "Removing “{name}”… If the system asks you to unlock the keyring, do so.",
            ).format(name=name)
        )

    @Slot(object)
    def _removed(self, removed: object) -> None:
        assert isinstance(removed, account_admin.Removed)
        self._set_removing(None)
        text = (
            translate(
                "AccountMenu",
                "Removed “{name}”: its settings, its keyring entry and {count} cached invoices.",
            )
            if removed.had_secrets
            else translate(
                "AccountMenu", "Removed “{name}”: its settings and {count} cached invoices."
            )
        )
        self.message.emit(text.format(name=removed.account.name, count=removed.invoices))
        self.changed.emit()

    @Slot(object)
    def _remove_failed(self, error: object) -> None:
        name = self.removing or ""
        self._set_removing(None)
        text = translate(
            "AccountMenu", "“{name}” was not removed; nothing was changed. {reason}"
        ).format(name=name, reason=describe_error(error))
        if isinstance(error, SecretStoreError):
            text += "\n\n" + translate(
                "AccountMenu",
                "Check that the system keyring is running and unlocked (the desktop may ask for "
                "its password), then remove the account again.",
            )
        self.message.emit(text.split("\n")[0])
        self.warn(self.window, translate("AccountMenu", "Account not removed"), text)
        self.changed.emit()
