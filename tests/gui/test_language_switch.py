"""The language changes while the app runs: after OK in the settings dialog the whole window
speaks the new language (menus, actions, the tray menu, combos, column titles, cells, tooltips,
accessible names) with nothing left in the old one, and the user's state stays."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from invoicedesk.gui import columns, i18n
from invoicedesk.gui.context import AppContext
from invoicedesk.gui.i18n import install_translator
from invoicedesk.gui.language_switch import follow
from invoicedesk.gui.main_window import MainWindow
from invoicedesk.gui.settings import SettingsDialog
from invoicedesk.storage.accounts import Account
from invoicedesk.sync.engine import AccountResult

from .ui_walk import language_words, left_behind

#: a cell's date and money as each language writes them
DATE = {"en": r"^\d\d/\d\d/\d{4}$", "nb": r"^\d\d\.\d\d\.\d{4}$", "nl": r"^\d\d-\d\d-\d{4}$"}
MONEY = {"en": r"\.\d\d$", "nb": r",\d\d$", "nl": r",\d\d$"}


@pytest.fixture
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    install_translator(qapp, "en")


#: what the settings dialog showed in another language than English that was English
DIALOG_LEFT: list[str] = []


def _choose_in_settings(window: MainWindow, language: str) -> None:
    """Open Preferences the way the user does, pick ``language`` and press OK."""
    shown = window.formats.language

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog))
        if shown != "en":  # opened after a switch: in the language switched to
            DIALOG_LEFT.extend(left_behind(dialog, "en", shown))
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.commands.settings.trigger()


def _switch(qtbot: QtBot, window: MainWindow, language: str) -> MainWindow:
    with qtbot.waitSignal(window.language_switch.replaced, timeout=10_000) as replaced:
        _choose_in_settings(window, language)
    new = replaced.args[0]
    assert isinstance(new, MainWindow) and new is not window
    with qtbot.waitSignal(new.snapshot_shown, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: new.detail.invoice is not None, timeout=5000)
    QApplication.processEvents()
    return new


def _state(window: MainWindow) -> dict[str, object]:
    header = window.table.horizontalHeader()
    current = window.model.row_at(window.table.currentIndex().row())
    return {
        "selected": current.key if current is not None else None,
        "detail": window.detail.invoice.key if window.detail.invoice is not None else None,
        "search": window.filter_bar.search.text(),
        "status": window.filter_bar.status.currentData(),
        "sort": (header.sortIndicatorSection(), header.sortIndicatorOrder()),
        "rows": window.model.visible_keys(),
        "customer width": header.sectionSize(columns.COL_CUSTOMER),
        "order": [header.logicalIndex(v) for v in range(header.count())],
        "main": window.main_splitter.sizes(),
        "detail_pane": window.detail_splitter.sizes()[1],
        "aging": window.commands.show_aging.isChecked(),
        "geometry": window.geometry().getRect(),
        "tab": window.tabs.currentIndex(),
        "scroll": window.table.verticalScrollBar().value(),
    }


def _cells(window: MainWindow, language: str, previous: str = "en") -> list[str]:
    """Dates and money of the first rows not written the way ``language`` writes them, and
    status and direction words still in the ``previous`` language."""
    wrong = []
    old_words = language_words(previous) - language_words(language)
    for row in range(min(window.model.rowCount(), 20)):
        for column in (columns.COL_STATUS, columns.COL_DIRECTION):
            text = str(window.model.index(row, column).data() or "")
            if any(word in old_words for word in re.findall(r"[a-zæøå]{4,}", text.lower())):
                wrong.append(f"row {row} column {column}: {text!r}")
        for column, pattern in (
            (columns.COL_ISSUE_DATE, DATE[language]),
            (columns.COL_TOTAL, MONEY[language]),
        ):
            text = str(window.model.index(row, column).data() or "")
            if text and not re.search(pattern, text):
                wrong.append(f"row {row} column {column}: {text!r}")
    return wrong


def test_language_switches_live_and_keeps_the_state(
    qtbot: QtBot,
    gui_context: AppContext,
    settings: QSettings,
    qtmodeltester: ModelTester,
    back_to_english: None,
) -> None:
    settings.setValue("ui/language", "en")
    window = MainWindow(gui_context, settings)  # not qtbot's: the switch deletes it
    current = follow(window)
    window.resize(1024, 700)  # the small screen: the table scrolls
    window.show()
    qtbot.waitUntil(lambda: not window.is_loading and window.model.rowCount() > 0, timeout=10_000)
    # the user's state: a search, a changed sort, a narrower column, a selection
    window.filter_bar.search.setText("a")
    qtbot.waitUntil(lambda: window.model.rowCount() > 3, timeout=5000)
    window.table.sortByColumn(columns.COL_TOTAL, Qt.SortOrder.DescendingOrder)
    window.table.horizontalHeader().resizeSection(columns.COL_CUSTOMER, 150)
    window.main_splitter.setSizes([240, 780])
    window.table.setCurrentIndex(window.model.index(2, columns.COL_NUMBER))
    qtbot.waitUntil(lambda: window.detail.invoice is not None, timeout=5000)
    assert window.table.verticalScrollBar().maximum() > 2
    window.table.verticalScrollBar().setValue(2)  # scrolled a little: the selection stays in view
    before = _state(window)
    header = window.table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert before["selected"] is not None and before["detail"] == before["selected"]
    assert not _cells(window, "en")

    previous = "en"
    DIALOG_LEFT.clear()
    for language in ("nb", "nl"):
        window = _switch(qtbot, window, language)
        assert current() is window
        assert gui_context.language == language
        assert _state(window) == before, f"the state changed when switching to {language}"
        header = window.table.horizontalHeader()  # wider only where a title needs it
        assert all(header.sectionSize(c) >= w for c, w in enumerate(widths))
        menus = (window.background.menu,)
        accounts = {a.name for a in gui_context.accounts.all()}  # names: data, not interface
        assert left_behind(window, previous, language, menus, accounts) == []
        assert _cells(window, language, previous) == []
        calendar = window.filter_bar.date_from.calendarWidget().locale()
        assert calendar.name().startswith(language)  # its month and day names
        qtmodeltester.check(window.model)
        # the Changes tab too; the next switch then keeps it as the current tab
        window.tabs.setCurrentWidget(window.changes)
        qtbot.waitUntil(lambda m=window.changes.model: m.rowCount() > 0, timeout=5000)
        assert left_behind(window, previous, language, menus, accounts) == []
        qtmodeltester.check(window.changes.model)
        before = _state(window)
        previous = language
    assert DIALOG_LEFT == []  # the settings dialog opened in nb spoke nb
    window.shutdown()
    window.close()


def test_system_follows_the_system_language(
    qtbot: QtBot,
    gui_context: AppContext,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    back_to_english: None,
) -> None:
    monkeypatch.setattr(i18n, "system_language", lambda locale=None: "da")
    settings.setValue("ui/language", "nb")
    install_translator(QApplication.instance(), "nb")  # type: ignore[arg-type]
    gui_context.language = "nb"
    window = MainWindow(gui_context, settings)  # not qtbot's: the switch deletes it
    window.show()
    qtbot.waitUntil(lambda: not window.is_loading, timeout=10_000)
    window.table.setCurrentIndex(window.model.index(0, 0))
    window = _switch(qtbot, window, "system")
    assert settings.value("ui/language") == "system"
    assert window.formats.language == "da" and gui_context.engine.language == "da"
    accounts = {a.name for a in gui_context.accounts.all()}
    assert left_behind(window, "nb", "da", (window.background.menu,), accounts) == []
    window.shutdown()
    window.close()


class GatedSyncer:
    """Syncs an account only once the test opens the gate (a sync that runs for a while)."""

    def __init__(self) -> None:
        self.gate = threading.Event()

    def sync_account(
        self,
        account: Account,
        *,
        full: bool = False,
        cancel: object = None,
        progress: object = None,
    ) -> AccountResult:
        assert self.gate.wait(10), "the test never let the sync end"
        return AccountResult(account.name, account.provider, "ok", "3 invoices")


def test_a_running_sync_is_not_lost_the_switch_waits_for_it(
    qtbot: QtBot, gui_context: AppContext, settings: QSettings, back_to_english: None
) -> None:
    settings.setValue("ui/language", "en")
    syncer = GatedSyncer()
    gui_context.syncer = syncer  # type: ignore[assignment]
    window = MainWindow(gui_context, settings)  # not qtbot's: the switch deletes it
    window.show()
    qtbot.waitUntil(lambda: not window.is_loading, timeout=10_000)
    assert window.sync_all(names=["Regnskap AS"]) == ["Regnskap AS"]
    finished: list[AccountResult] = []
    window.sync.account_finished.connect(finished.append)
    replaced: list[object] = []
    window.language_switch.replaced.connect(replaced.append)
    with qtbot.waitSignal(window.language_switch.waiting, timeout=5000):
        _choose_in_settings(window, "nb")
    # the old window says so, in the language it still speaks
    assert "as soon as the sync, export" in window.statusBar().currentMessage()
    qtbot.wait(600)
    assert replaced == [] and window.sync.busy and window.isVisible()
    dialog = QDialog(window)  # a dialog opened meanwhile: the switch waits for it too
    dialog.setModal(True)
    dialog.open()
    syncer.gate.set()  # the sync ends: its result reaches the window
    qtbot.waitUntil(lambda: bool(finished) and not window.is_loading, timeout=10_000)
    qtbot.wait(600)
    assert replaced == [] and dialog.isVisible()
    dialog.reject()  # then the switch goes ahead
    qtbot.waitUntil(lambda: bool(replaced), timeout=10_000)
    assert [r.state for r in finished] == ["ok"]
    new = replaced[0]
    assert isinstance(new, MainWindow)
    qtbot.addWidget(new)
    assert new.formats.language == "nb"
    assert new.commands.sync.text() == "&Synkroniser"
    new.shutdown()
    new.close()
