"""In nb, da and nl, at 1024×700 and 1600×1000: no English left in the interface (beyond
proper nouns), and no label, button, combo box or column title cut off; the main window with an
invoice of each provider in the detail pane, and every account dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from invoicedesk.gui.context import AppContext
from invoicedesk.gui.dialogs.add_account import AddAccountDialog
from invoicedesk.gui.dialogs.edit_account import EditAccountDialog, Stores
from invoicedesk.gui.i18n import install_translator
from invoicedesk.gui.main_window import MainWindow
from invoicedesk.gui.settings import SettingsDialog
from invoicedesk.providers import available_specs

from .conftest import ALL_PROVIDER_INVOICES
from .ui_walk import clipped, english_left

LANGUAGES = ("nb", "da", "nl")
SIZES = ((1024, 700), (1600, 1000))


def _window(
    qtbot: QtBot, context: AppContext, settings: QSettings, size: tuple[int, int]
) -> MainWindow:
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: not window.is_loading, timeout=10_000)
    return window


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_window_speaks_the_language_and_fits(
    qtbot: QtBot,
    gui_context: AppContext,
    settings: QSettings,
    language: str,
    size: tuple[int, int],
) -> None:
    gui_context.language = language
    window = _window(qtbot, gui_context, settings, size)
    try:
        problems: list[str] = []
        for provider in ALL_PROVIDER_INVOICES:
            position = next(
                p
                for p in range(window.model.rowCount())
                if window.model.row_at(p).provider == provider
            )
            window.table.setCurrentIndex(window.model.index(position, 0))
            qtbot.waitUntil(
                lambda provider=provider: (
                    window.detail.invoice is not None and window.detail.invoice.provider == provider
                ),
                timeout=5000,
            )
            QApplication.processEvents()
            problems += [f"{provider}: {p}" for p in english_left(window, language)]
            problems += [f"{provider}: {p}" for p in clipped(window)]
        assert problems == []
    finally:
        window.shutdown()


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_dialogs_speak_the_language_and_fit(
    qtbot: QtBot, gui_context: AppContext, settings: QSettings, language: str
) -> None:
    dialogs: list[QDialog] = [SettingsDialog(settings)]
    for spec in available_specs():
        dialogs.append(
            AddAccountDialog(
                gui_context.engine, gui_context.accounts, gui_context.secrets, provider=spec.name
            )
        )
    stores = Stores(gui_context.accounts, gui_context.secrets, gui_context.cache)
    dialogs += [
        EditAccountDialog(a, gui_context.engine, stores) for a in gui_context.accounts.all()
    ]
    problems: list[str] = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        name = dialog.windowTitle()
        problems += [f"{name}: {p}" for p in english_left(dialog, language)]
        problems += [f"{name}: {p}" for p in clipped(dialog)]
        dialog.close()
    assert problems == []


def test_the_walk_finds_english_and_clipping(qtbot: QtBot, qapp: QApplication) -> None:
    """The checks can fail: an English button and a too-narrow label are reported."""
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    install_translator(qapp, "nb")
    try:
        root = QWidget()
        qtbot.addWidget(root)
        layout = QVBoxLayout(root)
        layout.addWidget(QPushButton("Open payment link"))
        narrow = QLabel("Alle leverandører og kontoer")
        narrow.setFixedWidth(40)
        layout.addWidget(narrow)
        root.show()
        assert english_left(root, "nb")
        assert clipped(root)
    finally:
        install_translator(qapp, "en")
