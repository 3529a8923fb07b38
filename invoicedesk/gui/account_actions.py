"""Opening the account and settings dialogs (built in :mod:`invoicedesk.gui.dialogs` and
:mod:`invoicedesk.gui.settings`) from the main window. They are imported when first used, so the
window works, and its tests run, without them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from invoicedesk.gui.context import AppContext
from invoicedesk.gui.error_text import describe


class DialogUnavailable(RuntimeError):
    """The dialog cannot be opened (its module is missing, the account is gone)."""


def add_account(
    context: AppContext,
    parent: QWidget,
    on_added: Callable[[str], object],
    provider: str | None = None,
) -> None:
    try:
        from invoicedesk.gui.dialogs.add_account import AddAccountDialog
    except ImportError as exc:
        raise DialogUnavailable(describe(exc)) from None
    dialog = AddAccountDialog(
        context.engine, context.accounts, context.secrets, parent, provider=provider
    )
    dialog.account_added.connect(on_added)
    try:
        dialog.exec()
    finally:
        # a save still undoing itself in the pool then reports to nobody (see gui/workers.py)
        dialog.deleteLater()


def open_settings(
    settings: QSettings, parent: QWidget, on_language: Callable[[str], object] | None = None
) -> None:
    """The settings dialog; ``on_language(choice)`` when OK changed the language."""
    try:
        from invoicedesk.gui.settings import SettingsDialog
    except ImportError as exc:
        raise DialogUnavailable(describe(exc)) from None
    dialog = SettingsDialog(settings, parent)
    if on_language is not None:
        dialog.language_changed.connect(on_language)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
