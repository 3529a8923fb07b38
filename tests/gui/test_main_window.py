"""The main window on a cache filled with realistic invoices, and on the demo sandboxes."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring.backends.fail
import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from invoicedesk.gui.context import AppContext
from invoicedesk.gui.error_text import keyring_help
from invoicedesk.gui.invoice_model import COL_CUSTOMER, COL_NET, COL_TOTAL
from invoicedesk.gui.main_window import MainWindow
from invoicedesk.gui.row_filter import DatePreset
from invoicedesk.providers.base import Progress
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import Cancelled
from invoicedesk.storage.accounts import Account
from invoicedesk.storage.paths import Profile
from invoicedesk.storage.secrets import SecretStore
from invoicedesk.sync.engine import AccountResult

from .conftest import TODAY

OpenWindow = Callable[..., MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, settings: QSettings) -> Iterator[OpenWindow]:
    windows: list[MainWindow] = []

    def open_(context: AppContext, **kwargs: object) -> MainWindow:
        window = MainWindow(context, kwargs.pop("settings", settings), **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitUntil(lambda: not window.is_loading, timeout=10_000)
        return window

    yield open_
    for window in windows:
        window.shutdown()


@pytest.fixture
def window(open_window: OpenWindow, gui_context: AppContext) -> MainWindow:
    return open_window(gui_context)


def current_key(window: MainWindow) -> tuple[str, str, str] | None:
    row = window.model.row_at(window.table.currentIndex().row())
    return row.key if row else None


def select(qtbot: QtBot, window: MainWindow, position: int) -> None:
    window.table.setCurrentIndex(window.model.index(position, 0))
    key = window.model.row_at(position).key
    qtbot.waitUntil(
        lambda: window.detail.invoice is not None and window.detail.invoice.key == key,
        timeout=5000,
    )


def test_cached_invoices_accounts_and_totals_are_shown(window: MainWindow) -> None:
    assert window.model.rowCount() == 24
    assert window.count_label.text() == "24 invoices"
    cards = window.sidebar.cards
    assert set(cards) == {"Regnskap AS", "Reseller", "Webshop", "Mediehuset"}
    reseller = cards["Reseller"]
    assert reseller.state_label.text() == "● Needs login"
    assert reseller.message_label.text() == "HTTP 401: the token was refused. Log in again."
    assert not reseller.relogin_button.isHidden()
    assert cards["Regnskap AS"].state_label.text() == "● OK"
    assert cards["Regnskap AS"].sync_label.text().startswith("Last sync ")
    assert cards["Regnskap AS"].relogin_button.isHidden()
    assert cards["Webshop"].sync_label.text() == "Never synced"
    lines = [(g.direction, g.currency) for g in window.totals.groups]
    assert lines == [("receivable", "NOK"), ("receivable", "DKK"), ("payable", "NOK")]
    texts = window.totals.texts()
    assert texts[:5] == ["", "Currency", "Open claims", "Outstanding", "Overdue"]
    nok = window.totals.groups[0]
    money = window.formats.money
    assert texts[5:10] == [
        "Owed to you",
        "NOK",
        str(nok.count),
        money(nok.outstanding, "NOK"),
        f"{nok.overdue_count} · {money(nok.overdue, 'NOK')}",
    ]
    assert nok.overdue > 0
    assert "You owe" in texts


def test_selection_loads_the_detail_and_keys_move_it(qtbot: QtBot, window: MainWindow) -> None:
    select(qtbot, window, 0)
    first = current_key(window)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.detail.invoice.key != first, timeout=5000)
    assert window.detail.invoice.key == window.model.row_at(1).key
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.detail.invoice.key == window.model.row_at(2).key, timeout=5000)
    qtbot.keyClick(window.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.detail.invoice.key == window.model.row_at(1).key, timeout=5000)


def test_search_filters_and_clear_search_restores(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.filter_bar.search, "fjordkraft")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    assert window.count_label.text() == "1 of 24 invoices"
    assert [g.currency for g in window.totals.groups] == ["NOK"]
    window.commands.clear_search.trigger()
    assert window.filter_bar.search.text() == ""
    assert window.model.rowCount() == 24


def test_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    assert window.commands.sync.shortcut() == QKeySequence("F5")
    assert window.commands.find.shortcut() == QKeySequence("Ctrl+F")
    assert window.commands.export.shortcut() == QKeySequence("Ctrl+E")
    assert window.commands.clear_search.shortcut() == QKeySequence("Esc")
    window.activateWindow()
    qtbot.waitActive(window)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_bar.search.hasFocus()
    qtbot.keyClicks(window.filter_bar.search, "kunde 1")
    qtbot.waitUntil(lambda: window.model.rowCount() == 10, timeout=3000)  # Kunde 10-19
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Escape)
    assert window.filter_bar.search.text() == ""
    assert window.model.rowCount() == 24


def test_selection_survives_filter_and_reload(qtbot: QtBot, window: MainWindow) -> None:
    position = next(
        r for r in range(window.model.rowCount()) if window.model.row_at(r).provider == "buckaroo"
    )
    select(qtbot, window, position)
    key = current_key(window)
    window.table.sortByColumn(COL_TOTAL, Qt.SortOrder.AscendingOrder)
    assert current_key(window) == key
    window.filter_bar.status.setCurrentIndex(window.filter_bar.status.findData("paid"))
    assert current_key(window) == key
    with qtbot.waitSignal(window.snapshot_shown, timeout=5000):
        window.reload()
    assert current_key(window) == key
    assert window.detail.invoice is not None and window.detail.invoice.key == key


def test_sidebar_limits_view_to_one_account(qtbot: QtBot, window: MainWindow) -> None:
    card = window.sidebar.cards["Webshop"]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.filter_bar.selected_account() == "Webshop"
    assert {window.model.row_at(r).account for r in range(window.model.rowCount())} == {"Webshop"}
    assert card.property("selected") is True
    qtbot.mouseClick(window.sidebar.all_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 24


def test_date_preset_uses_injected_today(window: MainWindow) -> None:
    window.filter_bar.set_preset(DatePreset.THIS_MONTH)  # March 2025
    dates = {window.model.row_at(r).issue_date for r in range(window.model.rowCount())}
    assert dates and all(d.year == 2025 and d.month == 3 for d in dates)
    assert window.filter_bar.range_label.text() == "01/03/2025 – 31/03/2025"


def test_header_filters_and_geometry_are_remembered(
    qtbot: QtBot, open_window: OpenWindow, gui_context: AppContext, settings: QSettings
) -> None:
    first = open_window(gui_context)
    first.table.set_column_shown(COL_NET, False)
    first.table.horizontalHeader().resizeSection(COL_CUSTOMER, 333)
    first.table.sortByColumn(COL_TOTAL, Qt.SortOrder.DescendingOrder)
    first.filter_bar.search.setText("kunde")
    first.filter_bar.status.setCurrentIndex(first.filter_bar.status.findData("paid"))
    first.close()

    second = open_window(gui_context)
    header = second.table.horizontalHeader()
    assert header.isSectionHidden(COL_NET)
    assert header.sectionSize(COL_CUSTOMER) == 333
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        COL_TOTAL,
        Qt.SortOrder.DescendingOrder,
    )
    assert second.filter_bar.search.text() == "kunde"
    rows = [second.model.row_at(r) for r in range(second.model.rowCount())]
    assert rows and all(r.status.value == "paid" and "Kunde" in (r.customer or "") for r in rows)
    totals = [r.total for r in rows]
    assert totals == sorted(totals, reverse=True)


def test_export_writes_the_current_view(
    qtbot: QtBot, open_window: OpenWindow, gui_context: AppContext, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "view"
    asked: list[str] = []

    def ask_path(_parent: QWidget, _caption: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), filters.split(";;")[0]

    window = open_window(gui_context, ask_path=ask_path)
    window.filter_bar.scope.setCurrentIndex(
        window.filter_bar.scope.findData("provider:sendregning")
    )
    expected = window.model.rowCount()
    with qtbot.waitSignal(window.exporter.finished, timeout=10_000) as done:
        window.commands.export.trigger()
    assert asked[0].endswith(f"invoices-{TODAY.isoformat()}.csv")
    written = target.with_name("view.csv")
    assert str(written) in done.args[0]
    rows = list(csv.DictReader(written.open(encoding="utf-8")))
    assert len(rows) == expected == 21
    assert {r["Provider"] for r in rows} == {"sendregning"}  # the window's column titles


def test_weak_keyring_shows_a_banner(
    open_window: OpenWindow, gui_context: AppContext, profile_dir: Path
) -> None:
    gui_context.secrets = SecretStore("x", backend=keyring.backends.fail.Keyring())
    window = open_window(gui_context)
    assert not window.banner.isHidden()
    report = gui_context.secrets.report()
    assert window.banner.text.text() == keyring_help(report)
    assert window.banner.text.textFormat() == Qt.TextFormat.PlainText


def test_no_banner_with_a_good_keyring(window: MainWindow) -> None:
    assert window.banner.isHidden()


class SlowSync:
    def __init__(self) -> None:
        self.started = threading.Event()

    def __call__(
        self,
        account: Account,
        *,
        full: bool = False,
        cancel: CancelToken | None = None,
        progress: Callable[[str, Progress], None] | None = None,
    ) -> AccountResult:
        assert cancel is not None and progress is not None
        progress(account.name, Progress(1, 4))
        self.started.set()
        try:
            for _ in range(1000):
                cancel.sleep(0.01)
        except Cancelled:
            return AccountResult(account.name, account.provider, "cancelled", "cancelled")
        return AccountResult(account.name, account.provider, "ok")


def record_syncs(monkeypatch: pytest.MonkeyPatch, context: AppContext) -> list[str]:
    """The window's syncs succeed at once; the returned list names the accounts synced."""
    synced: list[str] = []

    def fake_sync(account: Account, **_kwargs: object) -> AccountResult:
        synced.append(account.name)
        return AccountResult(account.name, account.provider, "ok")

    monkeypatch.setattr(context.sync_engine, "sync_account", fake_sync)
    return synced


def test_sync_shows_progress_and_cancels(
    qtbot: QtBot,
    open_window: OpenWindow,
    gui_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = SlowSync()
    monkeypatch.setattr(gui_context.sync_engine, "sync_account", fake)
    window = open_window(gui_context)
    window.commands.sync.trigger()
    assert window.sync.running == {"Regnskap AS", "Reseller", "Webshop", "Mediehuset"}
    assert not window.sync_status.progress.isHidden()
    assert not window.sync_status.cancel_button.isHidden()
    qtbot.waitUntil(
        lambda: window.sidebar.cards["Webshop"].state_label.text() == "● Syncing… 1 of 4",
        timeout=5000,
    )
    window.commands.sync.trigger()  # a second F5 while syncing starts nothing new
    with qtbot.waitSignal(window.sync.all_finished, timeout=10_000):
        qtbot.mouseClick(window.sync_status.cancel_button, Qt.MouseButton.LeftButton)
    assert window.sync_status.progress.isHidden()
    assert window.sync_status.cancel_button.isHidden()
    assert not window.commands.cancel_sync.isEnabled()
    message = window.statusBar().currentMessage()
    assert message.startswith("Sync cancelled") and "attention" not in message


def test_log_in_again_runs_the_dialog_then_syncs(
    qtbot: QtBot,
    open_window: OpenWindow,
    gui_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import invoicedesk.gui.dialogs.login as login

    asked: list[str] = []

    def fake_relogin(
        account: Account, engine: object, secrets: object, parent: object, *, stored: object
    ) -> bool:
        assert stored == {}  # read ahead, in the pool (nothing stored for it in this profile)
        asked.append(account.name)
        return True

    monkeypatch.setattr(login, "relogin", fake_relogin)
    synced = record_syncs(monkeypatch, gui_context)
    window = open_window(gui_context)
    with qtbot.waitSignal(window.sync.all_finished, timeout=5000):
        qtbot.mouseClick(window.sidebar.cards["Reseller"].relogin_button, Qt.MouseButton.LeftButton)
    assert asked == ["Reseller"] and synced == ["Reseller"]


PROVIDERS = ("sendregning", "telecomx", "buckaroo", "connectid")


def _missing_modules() -> list[str]:
    names = [f"invoicedesk.{layer}.{p}" for p in PROVIDERS for layer in ("providers", "sandbox")]
    return [n for n in names if importlib.util.find_spec(n) is None]


@pytest.mark.skipif(bool(_missing_modules()), reason=f"missing: {_missing_modules()}")
def test_demo_from_start_to_table(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, settings: QSettings
) -> None:
    from invoicedesk.demo import DemoEnvironment

    sizes = {"sendregning": 12, "telecomx": 10, "buckaroo": 8, "connectid": 10}
    with DemoEnvironment(tmp_path / "demo", sizes=sizes) as demo:
        context = AppContext.create(
            Profile.at(demo.root),
            demo.secrets,
            demo=True,
            accounts=demo.accounts,
            today=dt.date.today,
        )
        try:
            window = open_window(context)
            assert window.sync_all() == [a.name for a in demo.accounts.all()]

            def every_provider_shown() -> bool:
                rows = window.model.visible_rows()
                return {r.provider for r in rows} == set(PROVIDERS)

            qtbot.waitUntil(every_provider_shown, timeout=60_000)
            qtbot.waitUntil(lambda: not window.sync.busy, timeout=60_000)
            states = {c.status.name: c.status.state for c in window.sidebar.cards.values()}
            qtbot.waitUntil(
                lambda: all(c.status.state == "ok" for c in window.sidebar.cards.values()),
                timeout=10_000,
            )
            assert len(states) == 4
            select(qtbot, window, 0)
            assert window.detail.texts()
            window.shutdown()
        finally:
            context.close()


@pytest.mark.parametrize(
    ("filter_index", "language", "suffix"),
    [(0, "nb", "csv"), (1, "en", "xlsx"), (2, "en", "json")],
)
def test_export_formats_and_csv_language(
    qtbot: QtBot,
    open_window: OpenWindow,
    gui_context: AppContext,
    tmp_path: Path,
    filter_index: int,
    language: str,
    suffix: str,
) -> None:
    gui_context.language = language
    target = tmp_path / "export"

    def ask_path(_parent: QWidget, _caption: str, _suggested: str, filters: str) -> tuple[str, str]:
        return str(target), filters.split(";;")[filter_index]

    window = open_window(gui_context, ask_path=ask_path)
    window.filter_bar.scope.setCurrentIndex(window.filter_bar.scope.findData("provider:buckaroo"))
    with qtbot.waitSignal(window.exporter.finished, timeout=10_000):
        window.export_view()
    written = target.with_name(f"export.{suffix}")
    if suffix == "csv":
        text = written.read_text(encoding="utf-8-sig")
        header, row = text.splitlines()[:2]
        assert header.startswith("Provider;Account;ID")  # Norwegian: ';' and decimal comma
        assert ";302,50;" in row
    elif suffix == "json":
        data = json.loads(written.read_text(encoding="utf-8"))
        (invoice,) = data["invoices"]
        assert invoice["total"] == "302.50" and invoice["transactions"][0]["refunds"]
    else:
        workbook = openpyxl.load_workbook(written)
        rows = list(workbook.active.iter_rows(values_only=True))
        assert rows[0][0] == "Provider" and rows[1][0] == "buckaroo" and len(rows) == 2


def test_column_chooser_hides_and_shows_columns(window: MainWindow) -> None:
    actions = window.table.column_actions()
    assert [a.text() for a in actions][:4] == ["Provider", "Account", "Direction", "Number"]
    assert all(a.isChecked() for a in actions)
    actions[COL_NET].setChecked(False)
    assert window.table.horizontalHeader().isSectionHidden(COL_NET)
    assert not window.table.column_actions()[COL_NET].isChecked()
    actions[COL_NET].setChecked(True)
    assert not window.table.horizontalHeader().isSectionHidden(COL_NET)
    for action in window.table.column_actions():  # the last visible column stays
        action.setChecked(False)
    header = window.table.horizontalHeader()
    assert header.count() - header.hiddenSectionCount() == 1


def test_add_account_dialog_then_sync_of_the_new_account(
    qtbot: QtBot,
    open_window: OpenWindow,
    gui_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QObject, Signal

    import invoicedesk.gui.dialogs.add_account as add_account

    class FakeDialog(QObject):
        account_added = Signal(str)

        def __init__(
            self,
            engine: object,
            accounts: object,
            secrets: object,
            parent: object = None,
            provider: str | None = None,
        ) -> None:
            super().__init__()
            self.accounts = accounts
            self.provider = provider

        def exec(self) -> int:
            gui_context.accounts.add(Account("Ny konto", "sendregning", "http://127.0.0.1:9"))
            self.account_added.emit("Ny konto")
            return 1

    monkeypatch.setattr(add_account, "AddAccountDialog", FakeDialog)
    synced = record_syncs(monkeypatch, gui_context)
    window = open_window(gui_context)
    with qtbot.waitSignal(window.sync.all_finished, timeout=5000):
        qtbot.mouseClick(window.sidebar.add_button, Qt.MouseButton.LeftButton)
    assert synced == ["Ny konto"]
    qtbot.waitUntil(lambda: "Ny konto" in window.sidebar.cards, timeout=5000)


def test_selection_comes_back_when_the_filter_shows_it_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    position = next(
        r for r in range(window.model.rowCount()) if window.model.row_at(r).provider == "telecomx"
    )
    select(qtbot, window, position)
    key = current_key(window)
    window.filter_bar.show_account("Webshop")
    assert current_key(window) != key
    assert "not in the filtered view" in window.detail.texts()[0]
    window.filter_bar.show_account(None)
    assert current_key(window) == key
    qtbot.waitUntil(
        lambda: window.detail.invoice is not None and window.detail.invoice.key == key, timeout=5000
    )


def test_broken_account_list_still_shows_the_cached_invoices(
    open_window: OpenWindow, gui_context: AppContext
) -> None:
    gui_context.accounts.path.write_text("{not json", encoding="utf-8")
    window = open_window(gui_context)
    assert window.model.rowCount() == 24
    assert "cannot read the account list" in window.statusBar().currentMessage()
    assert window.sidebar.cards == {}


def test_account_error_message_is_plain_shortened_and_escaped(qtbot: QtBot) -> None:
    from invoicedesk.gui.formatting import Formats
    from invoicedesk.gui.sidebar import MESSAGE_LIMIT, AccountsSidebar
    from invoicedesk.gui.snapshot import AccountStatus

    sidebar = AccountsSidebar(Formats("en"))
    qtbot.addWidget(sidebar)
    long = "<b>x</b> " + "the provider said no " * 20
    sidebar.set_accounts(
        [
            AccountStatus("a", "buckaroo", "error", long),
            AccountStatus("b", "sendregning", "error", "<b>x</b>"),
        ]
    )
    short, html_card = sidebar.cards["a"].message_label, sidebar.cards["b"].message_label
    assert html_card.text() == "<b>x</b>" and html_card.textFormat() == Qt.TextFormat.PlainText
    assert html_card.toolTip() == ""
    assert short.text().startswith("<b>x</b> the provider") and short.text().endswith("…")
    assert len(short.text()) <= MESSAGE_LIMIT
    assert short.toolTip().startswith("<p>&lt;b&gt;x&lt;/b&gt; the provider")
    assert sidebar.cards["a"].relogin_button.isHidden()


def test_startup_objects_leave_the_gc_once_the_first_rows_are_warmed_up(
    qtbot: QtBot, gui_context: AppContext, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from invoicedesk.gui.app import keep_startup_objects_out_of_gc

    frozen: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(len(frozen)))
    window = MainWindow(gui_context, settings)
    qtbot.addWidget(window)
    keep_startup_objects_out_of_gc(window)
    warmed: list[bool] = []
    window.warmed_up.connect(lambda: warmed.append(window.model.table._totals is not None))
    try:
        window.show()
        qtbot.waitUntil(lambda: bool(frozen), timeout=10_000)
        assert window.model.rowCount() > 0
        assert warmed == [True]  # after the search text and totals of the first rows exist
        window.reload()  # later snapshots warm up too, but start-up is over
        qtbot.waitUntil(lambda: not window.is_loading and not window.runner.pending, timeout=10_000)
        assert frozen == [0] and warmed == [True]
    finally:
        window.shutdown()


def test_the_detail_pane_shows_what_a_reload_brought(qtbot: QtBot, window: MainWindow) -> None:
    import dataclasses

    from invoicedesk.domain import PaymentState

    from .conftest import store

    position = next(
        r
        for r in range(window.model.rowCount())
        if window.model.row_at(r).payment == PaymentState.UNPAID
    )
    select(qtbot, window, position)
    shown = window.detail.invoice
    assert shown is not None and shown.payment is PaymentState.UNPAID
    # a sync marks the selected invoice paid in the cache
    paid = dataclasses.replace(shown, payment=PaymentState.PAID, paid_amount=shown.total)
    store(window.context.engine.cache, [paid])
    window.reload()
    qtbot.waitUntil(
        lambda: (
            window.detail.invoice is not None and window.detail.invoice.payment is PaymentState.PAID
        ),
        timeout=5000,
    )
    assert current_key(window) == shown.key


def test_a_remembered_scope_that_is_gone_does_not_override_a_later_choice(
    qtbot: QtBot, open_window: OpenWindow, gui_context: AppContext, settings: QSettings
) -> None:
    settings.setValue("filters/scope", "account:Removed long ago")
    window = open_window(gui_context, settings=settings)
    bar = window.filter_bar
    assert bar.scope_key() == ""  # the remembered account is gone: all accounts
    bar.scope.setCurrentIndex(bar.scope.findData("account:Webshop"))
    assert window.model.row_filter.account == "Webshop"
    with qtbot.waitSignal(window.snapshot_shown, timeout=5000):
        window.reload()
    assert bar.scope_key() == "account:Webshop"
    assert window.model.row_filter.account == "Webshop"


def test_aging_cell_click_shows_exactly_its_claims_and_the_chip_undoes_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    from decimal import Decimal

    from invoicedesk.domain import Direction

    qtbot.keyClicks(window.filter_bar.search, "kunde")  # another filter first: cleared by a click
    qtbot.waitUntil(lambda: window.model.rowCount() < 24, timeout=3000)
    line = window.aging.report.lines[Direction.RECEIVABLE]["NOK"]
    bucket = max(line.counts, key=line.counts.__getitem__)  # the fullest cell
    assert line.counts[bucket] > 1
    cell = ("receivable", "NOK", bucket)
    button = window.aging.cells[cell]
    assert button.isEnabled() and button.accessibleName().startswith("Owed to you, NOK, ")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.filter_bar.search.text() == ""
    assert window.model.rowCount() == line.counts[bucket]
    rows = window.model.visible_rows()
    assert sum((r.outstanding or Decimal(0) for r in rows), Decimal(0)) == line.amounts[bucket]
    assert all(r.counted and r.direction is Direction.RECEIVABLE for r in rows)
    # the strip of this view says the same figure
    (nok,) = window.totals.groups
    assert (nok.direction, nok.currency, nok.outstanding) == (*cell[:2], line.amounts[bucket])
    assert window.filter_bar.aging_chip.isVisibleTo(window)
    window.filter_bar.aging_chip.click()
    assert window.model.rowCount() == 24 and not window.filter_bar.aging_chip.isVisibleTo(window)


def test_aging_panel_hides_and_is_remembered(
    open_window: OpenWindow, gui_context: AppContext, settings: QSettings
) -> None:
    window = open_window(gui_context)
    assert window.aging.isVisibleTo(window)
    window.commands.show_aging.trigger()
    assert not window.aging.isVisibleTo(window)
    window.save_state()
    again = open_window(gui_context)
    assert not again.aging.isVisibleTo(again) and not again.commands.show_aging.isChecked()


def test_a_reload_after_a_sync_updates_rows_in_place_and_keeps_the_selection(
    qtbot: QtBot, window: MainWindow
) -> None:
    import dataclasses

    from .conftest import store

    window.table.sortByColumn(COL_TOTAL, Qt.SortOrder.DescendingOrder)
    select(qtbot, window, 2)
    key = current_key(window)
    shown = window.detail.invoice
    assert shown is not None and key is not None
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))
    # a sync: a new invoice that sorts first, and the selected one changed (its customer)
    changed = dataclasses.replace(shown, description="Endret av synkroniseringen")
    new = dataclasses.replace(shown, id="new-1", number="NEW-1", total=shown.total * 100)
    store(window.context.engine.cache, [changed, new])
    with qtbot.waitSignal(window.snapshot_shown, timeout=5000):
        window.reload()
    qtbot.waitUntil(lambda: not window.model.updating, timeout=5000)
    assert resets == []  # rows went in, nothing was reset
    assert window.model.rowCount() == 25
    assert window.model.row_at(0).id == "new-1"
    assert current_key(window) == key  # the same invoice, one row further down
    assert window.table.currentIndex().row() == 3
    qtbot.waitUntil(
        lambda: (
            window.detail.invoice is not None
            and window.detail.invoice.description == "Endret av synkroniseringen"
        ),
        timeout=5000,
    )
    assert window.count_label.text() == "25 invoices"


def test_an_invoice_gone_after_a_sync_leaves_no_neighbour_selected(
    qtbot: QtBot, window: MainWindow
) -> None:
    select(qtbot, window, 3)
    key = current_key(window)
    assert key is not None
    cache = window.context.engine.cache
    cache._db.execute(  # the sync found it deleted at the provider
        "DELETE FROM invoices WHERE provider = ? AND account = ? AND id = ?", key
    )
    cache._db.commit()
    with qtbot.waitSignal(window.snapshot_shown, timeout=5000):
        window.reload()
    qtbot.waitUntil(lambda: not window.model.updating, timeout=5000)
    assert window.model.rowCount() == 23
    assert window.model.position_of(key) is None
    assert current_key(window) is None  # Qt moved the current row to a neighbour: undone
    assert window.table.selectionModel().selectedRows() == []
    assert window.detail.invoice is None or window.detail.invoice.key != current_key(window)


def test_a_search_restored_at_start_is_made_off_the_gui_thread(
    open_window: OpenWindow,
    gui_context: AppContext,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first load is a model reset, filtered on the GUI thread: a search kept from the last
    session needs the search text (the largest column, read when first asked for) and the
    totals index; both are made in the loading worker, so the window does not freeze."""
    import invoicedesk.gui.row_totals as row_totals
    import invoicedesk.gui.table_read as table_read

    threads: list[str] = []
    read, index = table_read._search_texts, row_totals.TotalsIndex.__init__

    def search_texts(*args: object) -> object:
        threads.append(f"search {threading.current_thread() is threading.main_thread()}")
        return read(*args)  # type: ignore[arg-type]

    def totals_index(self: object, *args: object, **kwargs: object) -> None:
        threads.append(f"totals {threading.current_thread() is threading.main_thread()}")
        index(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(table_read, "_search_texts", search_texts)
    monkeypatch.setattr(row_totals.TotalsIndex, "__init__", totals_index)
    settings.setValue("filters/text", "kunde 0")
    window = open_window(gui_context)
    assert window.model.row_filter.text == "kunde 0"
    assert 0 < window.model.rowCount() < len(window.model.table)
    assert threads[:2] == ["search False", "totals False"]  # in the worker, before the reset
