"""In nb, da and nl, every dialog, menu and panel beyond the main window's first view speaks the
language and fits: the browser sign-in (with its long sign-in address), log in again, saving to
the keyring, the tracked Buckaroo invoices, edit/rename/remove an account and its questions, the
row and account menus, the first-run, aging and saved-views panels and their dialogs, the
Changes tab, the export's question, and the detail pane's tables of each provider's invoice at
1024×700. Dialogs are looked at in their default size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from invoicedesk.gui import columns as c
from invoicedesk.gui.context import AppContext
from invoicedesk.gui.dialogs.add_account import AddAccountDialog
from invoicedesk.gui.dialogs.edit_account import (
    EditAccountDialog,
    RenameAccountDialog,
    Stores,
    question_box,
)
from invoicedesk.gui.dialogs.login import ReloginDialog
from invoicedesk.gui.dialogs.provider_extras import BuckarooExtras, ConnectIDExtras
from invoicedesk.gui.dialogs.tracked_invoices import TrackedInvoicesDialog
from invoicedesk.gui.dialogs.tracked_list import TrackedList
from invoicedesk.gui.export_view import replace_box
from invoicedesk.gui.first_run import secrets_text
from invoicedesk.gui.main_window import MainWindow
from invoicedesk.gui.saved_views import name_dialog
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import NeedsLogin
from invoicedesk.storage.accounts import Account
from invoicedesk.storage.paths import Profile
from invoicedesk.storage.secrets import SecretStore

from .conftest import ALL_PROVIDER_INVOICES
from .test_changes_view import _pay_the_sendregning_invoice
from .test_languages_and_fit import LANGUAGES
from .ui_walk import clipped, english_left

#: what ConnectID's sign-in address looks like: one long word that cannot wrap
SIGN_IN_URL = (
    "https://connectid.example.no/oauth/authorize?response_type=code&client_id=mediehuset-"
    "invoicedesk&redirect_uri=http%3A%2F%2F127.0.0.1%3A53682%2Fcallback&scope=openid+profile"
    "+offline_access&state=Zq3xY8c2kLmN0pQrStUvWx&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8"
    "URWbuGJSstw-cM&code_challenge_method=S256"
)
#: the test accounts' names, which the dialogs name in their texts
ACCOUNT_WORDS = frozenset({"Regnskap", "Reseller", "Webshop", "Mediehuset", "Shop"})


def look_at(widget: QWidget, language: str, name: str = "") -> list[str]:
    widget.show()
    for _ in range(10):  # a changed text asks for new layouts, one window up after the other
        QApplication.processEvents()
    name = name or widget.windowTitle() or widget.objectName()
    return [f"{name}: {p}" for p in english_left(widget, language, ACCOUNT_WORDS) + clipped(widget)]


def _tracked() -> TrackedList:
    return TrackedList(
        [
            ("key", "4A1B2C3D4E5F60718293A4B5C6D7E8F9"),
            ("number", "INV-2025-0042"),
            ("customer_id", "CUST-0007"),
        ]
    )


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_browser_sign_in_fits_with_its_address_and_every_state(
    qtbot: QtBot, gui_context: AppContext, language: str
) -> None:
    dialog = AddAccountDialog(
        gui_context.engine,
        gui_context.accounts,
        gui_context.secrets,
        provider="connectid",
        open_url=lambda _url: None,
    )
    qtbot.addWidget(dialog)
    extras = dialog.form.extras
    assert isinstance(extras, ConnectIDExtras)
    signin = extras.signin
    problems = look_at(dialog, language, "connectid, before")
    signin._token = CancelToken()  # as start() does, without a login running
    signin._set_waiting(True)
    signin._show_url(SIGN_IN_URL)
    problems += look_at(dialog, language, "connectid, waiting")
    signin._still_waiting()
    problems += look_at(dialog, language, "connectid, still waiting")
    signin._failed(NeedsLogin("HTTP 401"))
    problems += look_at(dialog, language, "connectid, failed")
    signin._succeeded({"refresh_token": "r"})
    problems += look_at(dialog, language, "connectid, signed in")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_log_in_again_and_saving_to_the_keyring_fit(
    qtbot: QtBot, gui_context: AppContext, language: str
) -> None:
    problems: list[str] = []
    for account in gui_context.accounts.all():
        dialog = ReloginDialog(
            account, gui_context.engine, gui_context.secrets, open_url=lambda _url: None
        )
        qtbot.addWidget(dialog)
        problems += look_at(dialog, language)
        dialog.saving.status.setText("")
        dialog.saving.setVisible(True)
        dialog.saving._still_waiting()
        problems += look_at(dialog, language, f"{account.name}, saving")
        dialog.saving.setVisible(False)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_buckaroo_tracked_invoices_fit(
    qtbot: QtBot, gui_context: AppContext, language: str, tmp_path: Path
) -> None:
    dialog = TrackedInvoicesDialog(_tracked())
    qtbot.addWidget(dialog)
    problems = look_at(dialog, language)
    csv = tmp_path / "tracked.csv"
    csv.write_text("kind,value\nnumber,INV-1\nwhat,x\n", encoding="utf-8")
    dialog.import_csv(csv)
    dialog._append("number", "not a number with spaces")
    dialog._validate()
    problems += look_at(dialog, language, "tracked, imported with errors")
    # the account form's own row for them
    gui_context.accounts.add(
        Account("Shop", "buckaroo", "http://127.0.0.1:9", options=_tracked().as_options())
    )
    stores = Stores(gui_context.accounts, gui_context.secrets, gui_context.cache)
    edit = EditAccountDialog(gui_context.accounts.get("Shop"), gui_context.engine, stores)
    qtbot.addWidget(edit)
    assert isinstance(edit.form.extras, BuckarooExtras)
    problems += look_at(edit, language)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_rename_and_the_questions_fit(qtbot: QtBot, gui_context: AppContext, language: str) -> None:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    stores = Stores(gui_context.accounts, gui_context.secrets, gui_context.cache)
    account = gui_context.accounts.get("Regnskap AS")
    rename = RenameAccountDialog(account, stores)
    qtbot.addWidget(rename)
    problems = look_at(rename, language)
    rename.name_edit.setText("Reseller")  # taken: the error line shows
    problems += look_at(rename, language, "rename, taken")
    questions = [
        question_box(
            None,
            translate("AccountMenu", "Remove account?"),
            translate(
                "AccountMenu",
                "Remove the account “{name}”? Its settings, its password in the keyring and its "
                "{count} cached invoices are deleted from this computer. The invoices stay with "
                "the provider.",
            ).format(name=account.name, count=21),
        ),
        question_box(
            None,
            translate("EditAccount", "Drop cached invoices?"),
            translate(
                "EditAccount",
                "The server or login of “{name}” changed, so its {count} cached invoices belong "
                "to another login. Drop them and fetch this login's invoices at the next sync?",
            ).format(name=account.name, count=21),
        ),
        replace_box(None, Path("invoicedesk-2025-03-15.csv")),
    ]
    for box in questions:
        qtbot.addWidget(box)
        problems += look_at(box, language)
    view_name = name_dialog(None, "x", "y", "Forfalt > 30 dager")
    qtbot.addWidget(view_name)
    panel_texts = {
        "save": ("SavedViewsPanel", "Save view"),
        "rename": ("SavedViewsPanel", "Rename view"),
    }
    for context, title in panel_texts.values():
        view_name.setWindowTitle(translate(context, title))
        view_name.setLabelText(translate(context, "Name of the view:"))
        problems += look_at(view_name, language)
    assert problems == [], "\n".join(problems)


def small_window(
    qtbot: QtBot, context: AppContext, settings: QSettings, language: str
) -> MainWindow:
    """The window at 1024×700 in the language, with a payment in the Changes tab."""
    _pay_the_sendregning_invoice(context)
    context.language = language
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitUntil(lambda: not window.is_loading, timeout=10_000)
    return window


def _menu_texts(menu: QMenu, language: str, name: str) -> list[str]:
    return [f"{name}: {p}" for p in english_left(menu, language)]


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_menus_speak_the_language(
    qtbot: QtBot, gui_context: AppContext, settings: QSettings, language: str
) -> None:
    window = small_window(qtbot, gui_context, settings, language)
    window.table.setCurrentIndex(window.model.index(0, 0))
    window.rows.show_menu = lambda _menu, _at: None
    problems = _menu_texts(window.rows.popup(QPoint(0, 0)), language, "row menu")
    window.account_menu.show_menu = lambda _menu, _at: None
    problems += _menu_texts(
        window.account_menu.popup("Regnskap AS", QPoint(0, 0)), language, "account menu"
    )
    bar_menu = window.account_menu.bar_menu
    bar_menu.aboutToShow.emit()
    problems += _menu_texts(bar_menu, language, "Account menu, nothing selected")
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()
            problems += _menu_texts(menu, language, action.text())
    window.shutdown()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_panels_and_tabs_fit_at_1024x700(
    qtbot: QtBot, gui_context: AppContext, settings: QSettings, language: str
) -> None:
    window = small_window(qtbot, gui_context, settings, language)
    problems: list[str] = []
    # the money and status columns in view, the status as wide as its longest word
    header = window.table.horizontalHeader()
    for column in (c.COL_TOTAL, c.COL_OUTSTANDING, c.COL_STATUS):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        if right > window.table.viewport().width():
            problems.append(f"column {column} ends at {right}, out of view")
    # the detail pane of one invoice of each provider: its tables, facts, offers, transactions
    for provider in ALL_PROVIDER_INVOICES:
        position = next(
            p for p in range(window.model.rowCount()) if window.model.row_at(p).provider == provider
        )
        window.table.setCurrentIndex(window.model.index(position, 0))
        qtbot.waitUntil(
            lambda provider=provider: (
                window.detail.invoice is not None and window.detail.invoice.provider == provider
            ),
            timeout=5000,
        )
        problems += look_at(window, language, f"detail of {provider}")
    # the aging panel shown, a saved view in the sidebar
    window.commands.show_aging.setChecked(True)
    window.saved_views._store.put("Forfalt > 30 dager", window.filter_bar.view_state())
    window.saved_views.refresh(0)
    problems += look_at(window, language, "aging and saved views")
    # the Changes tab with a payment found
    window.tabs.setCurrentWidget(window.changes)
    qtbot.waitUntil(lambda: window.changes.model.rowCount() > 0, timeout=5000)
    problems += look_at(window, language, "changes")
    window.shutdown()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_first_run_panel_fits_at_1024x700(
    qtbot: QtBot, profile_dir: Path, memory_keyring: object, settings: QSettings, language: str
) -> None:
    profile = Profile.at(profile_dir)
    context = AppContext.create(profile, SecretStore(profile.keyring_service), sync_process=False)
    context.language = language
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    try:
        window.resize(1024, 700)
        window.show()
        qtbot.waitUntil(lambda: not window.is_loading, timeout=10_000)
        assert window.pages.currentWidget() is window.first_run
        # the test keyring's name ("memory_keyring.MemoryKeyring") is no word of any language
        window.first_run.secrets_label.setText(secrets_text("Secret Service", usable=True))
        problems = look_at(window, language, "first run")
        assert problems == [], "\n".join(problems)
    finally:
        window.shutdown()
        context.close()


def test_the_walk_finds_an_address_running_out_of_its_dialog(qtbot: QtBot) -> None:
    """The new checks can fail: a long address in a wrapped label, a cut status cell."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QTableView, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    label = QLabel(SIGN_IN_URL)
    label.setWordWrap(True)
    layout.addWidget(label)
    view = QTableView()
    model = QStandardItemModel(1, 1, view)
    model.setItem(0, 0, QStandardItem("Achterstallig · deels betaald"))
    view.setModel(model)
    view.setColumnWidth(0, 60)
    layout.addWidget(view)
    wide = QLineEdit()
    wide.setFixedWidth(600)
    layout.addWidget(wide)
    squat = QLineEdit()
    squat.setFixedHeight(6)
    layout.addWidget(squat)
    dialog.setFixedSize(400, 300)
    dialog.show()
    QApplication.processEvents()
    found = "\n".join(clipped(dialog))
    assert "the word 'https://connectid" in found
    assert "QLineEdit '': reaches past its window" in found
    assert "squeezed to height" in found
    assert "'Achterstallig · deels betaald' needs" in found


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_missing_keyring_warning_speaks_the_language(
    qtbot: QtBot, gui_context: AppContext, settings: QSettings, language: str
) -> None:
    """With no usable keyring: the window's banner and the add-account dialog say so."""
    import keyring.backends.fail

    gui_context.secrets = SecretStore("x", backend=keyring.backends.fail.Keyring())
    window = small_window(qtbot, gui_context, settings, language)
    problems = look_at(window, language, "banner")
    window.shutdown()
    dialog = AddAccountDialog(gui_context.engine, gui_context.accounts, gui_context.secrets)
    qtbot.addWidget(dialog)
    assert dialog.keyring_warning.isVisibleTo(dialog)
    problems += look_at(dialog, language)
    assert problems == [], "\n".join(problems)
