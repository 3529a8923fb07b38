"""The account menu: on each sidebar card (right-click, the Menu key, Shift+F10) and in the menu
bar (for the selected account): Edit, Rename, Sync this account, Disable/Enable, Remove.

The dialogs live in :mod:`invoicedesk.gui.dialogs.edit_account`; what is written, and how the
account list, keyring and cache stay in step, in :mod:`invoicedesk.sync.account_admin`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Signal
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
from invoicedesk.storage.accounts import Account, AccountError
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

    # ---- menus ------------------------------------------------------------------------------
    def build(self, name: str, menu: QMenu | None = None) -> QMenu:
        menu = menu if menu is not None else QMenu(self.window)
        menu.clear()
        try:
            account = self.context.accounts.get(name)
        except AccountError as exc:
            self.message.emit(describe_error(exc))
            return menu

        def add(text: str, slot: Callable[[], object], enabled: bool = True) -> QAction:
            act = menu.addAction(text)
            act.setEnabled(enabled)
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
        add(translate("AccountMenu", "Re&move…"), lambda: self.remove(name))
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
        account = self._account(name)
        if account is None:
            return
        dialog = EditAccountDialog(
            account, self.context.engine, self.stores, self.window, confirm=self.confirm
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
        if account is None:
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
        try:
            removed = account_admin.remove_account(
                self.context.accounts, self.context.secrets, self.context.cache, name
            )
        except Exception as exc:
            self.message.emit(describe_error(exc))
            return
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
        self.message.emit(text.format(name=name, count=removed.invoices))
        self.changed.emit()
