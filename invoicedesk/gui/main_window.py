"""The main window: accounts sidebar, filter bar, invoice table with totals, detail pane, status
bar with sync progress. It wires the parts together; each part lives in its own module."""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from invoicedesk.domain import Invoice
from invoicedesk.gui import account_actions, changes_view, documents, keyboard, saved_views, tray
from invoicedesk.gui import table_update as updates
from invoicedesk.gui.account_menu import AccountMenu
from invoicedesk.gui.aging_panel import AgingPanel
from invoicedesk.gui.banner import WarningBanner
from invoicedesk.gui.context import AppContext
from invoicedesk.gui.detail_loader import DetailLoader
from invoicedesk.gui.detail_pane import DetailPane, UrlOpener
from invoicedesk.gui.error_text import describe, keyring_help, show
from invoicedesk.gui.export_view import AskPath, ExportController
from invoicedesk.gui.filter_bar import FilterBar
from invoicedesk.gui.first_run import FirstRunPanel, secrets_text
from invoicedesk.gui.follow_ups import FollowUps
from invoicedesk.gui.formatting import Formats
from invoicedesk.gui.gui_first import install as let_gui_thread_first
from invoicedesk.gui.invoice_model import InvoiceTableModel
from invoicedesk.gui.invoice_view import InvoiceTableView
from invoicedesk.gui.language_switch import LanguageSwitch
from invoicedesk.gui.main_actions import build_actions, build_menus, build_toolbar
from invoicedesk.gui.row_actions import RowActions
from invoicedesk.gui.row_filter import RowFilter
from invoicedesk.gui.rows import InvoiceKey
from invoicedesk.gui.search_wait import SearchWait
from invoicedesk.gui.sidebar import AccountsSidebar
from invoicedesk.gui.snapshot import Snapshot, load_snapshot
from invoicedesk.gui.stacked_box import stacked
from invoicedesk.gui.strip_scroll import StripScroller
from invoicedesk.gui.sync_status import SyncStatus, round_summary
from invoicedesk.gui.table_warm_up import TableWarmUp
from invoicedesk.gui.totals import TotalsStrip, currency_totals
from invoicedesk.gui.tray import TrayFactory
from invoicedesk.gui.window_state import restore_window, save_window
from invoicedesk.gui.window_theme import WindowTheme
from invoicedesk.gui.workers import Job, JobRunner, SyncController
from invoicedesk.providers.base import Progress
from invoicedesk.storage.accounts import AccountError
from invoicedesk.sync.engine import AccountResult

#: how often a running sync's progress is shown, at most
PROGRESS_INTERVAL_S = 0.1


class MainWindow(QMainWindow):
    #: emitted each time a fresh snapshot of the cache is on screen
    snapshot_shown = Signal()
    #: the first rows are painted and their search and totals made: start-up is over
    warmed_up = Signal()

    def __init__(
        self,
        context: AppContext,
        settings: QSettings,
        *,
        open_url: UrlOpener | None = None,
        ask_path: AskPath | None = None,
        tray_factory: TrayFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.context = context
        self.settings = settings
        self.formats = Formats(context.language)
        self._closed = False
        self._loading = False
        self._reload_again = False
        self._warmed = False
        self._warm_announced = False
        self._progress_shown: dict[str, float] = {}
        self._round: list[AccountResult] = []
        self._selected_key: InvoiceKey | None = None
        self._shown: Snapshot | None = None  # the snapshot whose rows go into the table
        self.setWindowTitle(
            self.tr("invoicedesk — demo") if context.demo else self.tr("invoicedesk")
        )

        self.runner = JobRunner(max_threads=2, parent=self)
        self.sync_runner = JobRunner(max_threads=4, parent=self)
        let_gui_thread_first()  # the workers' long loops give this thread the GIL
        self.follow_ups = FollowUps(self)
        self.warm = TableWarmUp(
            self.runner,
            self.follow_ups,
            self._still_shown,
            lambda: self.sync.busy,
            self._warmed_up,
        )
        self.sync = SyncController(context.sync_engine, self.sync_runner, self)
        self.model = InvoiceTableModel(self.formats, self)
        self.table = InvoiceTableView(self.model)
        self.filter_bar = FilterBar(self.formats, context.today)
        self.totals = TotalsStrip(self.formats)
        self.aging = AgingPanel(self.formats)
        self.detail = DetailPane(self.formats, context.today, open_url or QDesktopServices.openUrl)
        self.sidebar = AccountsSidebar(self.formats)
        keyring = context.secrets.report()
        self.first_run = FirstRunPanel(secrets_text(keyring.name, keyring.ok or context.demo))
        self.banner = WarningBanner()
        # The style sheet goes on the panels it styles, not on the window: a window-wide sheet
        # puts every widget under QStyleSheetStyle, and the invoice table then paints about
        # twice as slowly (every cell through the sheet's rule matching).
        styled = (self.filter_bar, self.totals, self.aging, self.detail, self.sidebar, self.banner)
        self.theme = WindowTheme(self, styled)
        self.sync_status = SyncStatus()
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.detail_loader = DetailLoader(self.runner, context.cache, self)
        self.exporter = ExportController(
            self.runner,
            context.cache,
            today=context.today,
            language=context.language,
            settings=settings,
            parent=self,
        )
        if ask_path:
            self.exporter.ask_path = ask_path
        self.documents = documents.install(self, open_url or QDesktopServices.openUrl, ask_path)
        self.rows = RowActions.for_window(self, open_url or QDesktopServices.openUrl)
        self.commands = build_actions(self)
        build_menus(self, self.commands, self.table.column_actions)
        self.account_menu = AccountMenu(context, self, self.sidebar.selected)
        self.account_menu.install(self.menuBar())
        build_toolbar(self, self.commands)
        self._layout()
        self.saved_views = saved_views.install(self)
        self._connect()
        self.keys = keyboard.install(self)
        self.background = tray.install(self, tray_factory)
        self.language_switch = LanguageSwitch(self, open_url, ask_path, tray_factory)
        self._restore_state()
        self._check_keyring()
        self.reload()

    # ---- layout -----------------------------------------------------------------------------
    def _layout(self) -> None:
        table_box = stacked(
            (self.table, 1), (StripScroller(self.totals), 0), (StripScroller(self.aging), 0)
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Invoices and changes"))
        self.tabs.addTab(table_box, self.tr("Invoices"))
        self.changes = changes_view.install(self, self.tabs)
        self.detail_splitter = QSplitter(Qt.Orientation.Vertical)
        self.detail_splitter.setObjectName("detailSplitter")
        self.detail_splitter.addWidget(self.tabs)
        self.detail_splitter.addWidget(self.detail)
        self.detail_splitter.setStretchFactor(0, 3)
        self.detail_splitter.setStretchFactor(1, 2)
        # the detail pane may be dragged shut (as by default; the state keeps it); the table not
        self.detail_splitter.setCollapsible(0, False)
        right = stacked((self.filter_bar, 0), (self.detail_splitter, 1))
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.sidebar)
        self.pages = QStackedWidget()  # the invoices, or the first-run panel with no account
        self.pages.addWidget(right)
        self.pages.addWidget(self.first_run)
        self.main_splitter.addWidget(self.pages)
        self.main_splitter.setStretchFactor(1, 1)  # the sidebar keeps its width (stretch 0)
        self.main_splitter.setChildrenCollapsible(False)
        self.setCentralWidget(stacked((self.banner, 0), (self.main_splitter, 1)))
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.sync_status)
        # An explicit minimum: the layout then never changes the window's size hints as
        # contents change (which some platforms, e.g. offscreen, warn about).
        self.setMinimumSize(900, 560)
        self.resize(1400, 850)

    def _connect(self) -> None:
        a = self.commands
        a.sync.triggered.connect(lambda: self.sync_all())
        a.full_sync.triggered.connect(lambda: self.sync_all(full=True))
        a.cancel_sync.triggered.connect(self.cancel_sync)
        a.export.triggered.connect(self.export_view)
        a.add_account.triggered.connect(lambda: self.add_account())
        a.settings.triggered.connect(self.open_settings)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.filter_bar.focus_search)
        a.clear_search.triggered.connect(self.filter_bar.clear_search)
        held = SearchWait(self.model, self.runner, self._apply_filter, self)
        self.filter_bar.filter_changed.connect(held.filter)
        self.aging.cell_clicked.connect(self.filter_bar.set_aging)
        a.show_aging.toggled.connect(self.aging.setVisible)
        self.model.modelReset.connect(self._totals_changed)
        self.model.updated.connect(self._totals_changed)
        self.model.updated.connect(self._rows_in)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail_loader.loaded.connect(self._show_detail)
        self.detail_loader.missing.connect(
            lambda _key: self.detail.show_placeholder(self.tr("This invoice is no longer cached."))
        )
        self.detail_loader.failed.connect(self._message)
        self.detail.message.connect(self._message)
        self.sidebar.account_selected.connect(self.filter_bar.show_account)
        self.sidebar.relogin_requested.connect(self.account_menu.relogin)
        self.sidebar.add_account_requested.connect(self.add_account)
        self.first_run.add_requested.connect(self.add_account)
        self.sidebar.menu_requested.connect(self.account_menu.popup)
        self.sidebar.edit_requested.connect(self.account_menu.edit)
        self.account_menu.changed.connect(self.reload)
        self.account_menu.sync_requested.connect(lambda names: self.sync_all(names=names))
        self.account_menu.message.connect(self._message)
        self.sync.account_progress.connect(self._sync_progress)
        self.sync.account_finished.connect(self._sync_finished)
        self.sync.all_finished.connect(self._all_synced)
        self.sync_status.cancel_requested.connect(self.cancel_sync)
        self.exporter.finished.connect(self._message)
        self.exporter.failed.connect(self._message)
        self.warm.on_search(self.filter_bar.search)

    # ---- loading ----------------------------------------------------------------------------
    @property
    def is_loading(self) -> bool:
        return self._loading

    def reload(self) -> None:
        """Read the cache again in a worker; the selection survives the reload."""
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        cache, accounts, today = self.context.cache, self.context.accounts, self.context.today
        sort = self.model.sort_spec
        formats, plan = self.formats, updates.planner(self.model)

        def work(_job: Job) -> Snapshot:
            snapshot = load_snapshot(cache, accounts, today(), sort)
            formats.warm_up()  # the totals strip formats money right after: not on the GUI thread
            return snapshot.with_update(plan(snapshot.table))  # rows to insert, remove, change

        self.runner.submit(work, on_result=self._show_snapshot, on_error=self._load_failed)

    def _show_snapshot(self, snapshot: object) -> None:
        assert isinstance(snapshot, Snapshot)
        self.filter_bar.set_scopes(snapshot.scopes)
        self._shown = snapshot
        incremental = updates.show(self.model, snapshot.table, snapshot.update)
        # the window's own process needs the sync machinery only when it syncs itself
        engine = None if self._warmed or self.context.syncs_elsewhere else self.context.engine
        self._warmed = True
        self.warm.after_paint(self.table.viewport(), snapshot.table, engine)
        if not incremental:
            self._rows_in()

    def _show_accounts(self, snapshot: Snapshot) -> None:
        self.sidebar.set_accounts(snapshot.accounts)
        empty = not snapshot.accounts and not len(snapshot.table)
        self.pages.setCurrentIndex(1 if empty else 0)
        self.commands.sync.setEnabled(any(s.enabled for s in snapshot.accounts))
        self.commands.full_sync.setEnabled(self.commands.sync.isEnabled())
        shown = self.filter_bar.current_filter()
        self.sidebar.select(shown.account, shown.provider)

    def _finish(self, snapshot: Snapshot) -> None:
        self._loading = False
        if snapshot.problem:
            self._message(show(snapshot.problem))
        if self._reload_again:
            self._reload_again = False
            self.reload()
        self.snapshot_shown.emit()

    def _still_shown(self, table: object) -> bool:
        """Is ``table`` the one shown, and no reload already asked to replace it?"""
        shown = table is self.model.table or self.model.updating
        return not self._closed and shown and not self._reload_again

    def _warmed_up(self, _result: object) -> None:
        if not self._closed and not self._warm_announced:
            self._warm_announced = True
            self.warmed_up.emit()

    def _load_failed(self, message: str) -> None:
        self._loading = False
        self._message(self.tr("Could not read the invoice cache: %1").replace("%1", message))

    def _apply_filter(self, flt: RowFilter) -> None:
        self.model.set_filter(flt)
        self._restore_current()
        self.sidebar.select(flt.account, flt.provider)

    def _rows_in(self) -> None:
        """A reload's rows are in the table: the chosen invoice again, and its detail; the rest
        in the next pass of the event loop (docs/profiles/gui-stall-during-sync.txt)."""
        self._restore_current()
        key, snapshot = self._selected_key, self._shown
        if key is not None and self.model.position_of(key) is not None:
            # the selection is the same invoice, but the sync may have changed it
            self.detail_loader.request(key)
        if snapshot is None:
            return
        # one piece per pass of the event loop, input and paints between them (follow_ups.py)
        self.follow_ups.then("aging-lines", lambda: self.aging.prepare(snapshot.table.aging()))
        self.follow_ups.then("aging", lambda: self.aging.show_aging(snapshot.table.aging()))
        self.follow_ups.then("accounts", lambda: self._show_accounts(snapshot))
        self.follow_ups.then("finish", lambda: self._finish(snapshot))

    def _restore_current(self) -> None:
        updates.restore_current(self)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        if row is None or self.model.updating:  # Qt moves it off a removed row: not a choice
            return
        self._selected_key = row.key
        shown = self.detail.invoice
        if shown is not None and shown.key == row.key and self.detail_loader.current == row.key:
            return
        self.detail_loader.request(row.key)

    def _show_detail(self, invoice: object) -> None:
        if isinstance(invoice, Invoice):
            self.detail.show_invoice(invoice)

    def _totals_changed(self) -> None:
        if self._loading:  # a reload's rows: a new line's labels made, then the strip shown
            sums = self.model.visible_totals
            self.follow_ups.then(
                "totals-lines", lambda: self.totals.prepare(currency_totals(sums()))
            )
            self.follow_ups.then("totals", self._show_totals)
        else:
            self._show_totals()

    def _show_totals(self) -> None:
        rows = self.model.visible_indexes()
        self.commands.export.setEnabled(bool(len(rows)))  # nothing to export: not offered
        self.totals.show_totals(currency_totals(self.model.visible_totals()))
        total = len(self.model.table)
        self.count_label.setText(
            self.tr("%1 invoices").replace("%1", str(total))
            if len(rows) == total
            else self.tr("%1 of %2 invoices")
            .replace("%1", str(len(rows)))
            .replace("%2", str(total))
        )

    # ---- syncing ----------------------------------------------------------------------------
    def sync_all(self, full: bool = False, names: list[str] | None = None) -> list[str]:
        try:
            accounts = self.context.accounts.all()
        except AccountError as exc:
            self._message(describe(exc))
            return []
        accounts = [a for a in accounts if a.enabled]  # a disabled account is not synced
        if names is not None:
            accounts = [a for a in accounts if a.name in names]
        if not accounts:
            self._message(self.tr("Add an account first: File → Add account…"))
            return []
        if not self.sync.busy:
            self._round = []
        started = self.sync.start(accounts, full=full)
        for name in started:
            self.sidebar.set_syncing(name, True)
        if self.sync.busy:
            self.sync_status.set_running(True, len(self.sync.running))
            self.sync_status.set_progress(*self.sync.overall_progress())
            self.commands.cancel_sync.setEnabled(True)
        return started

    def cancel_sync(self) -> None:
        if self.sync.busy:
            self.sync.cancel()
            self.sync_status.set_cancelling()

    def _sync_progress(self, name: str, progress: Progress) -> None:
        # Ten updates a second are plenty to watch; more only keep the GUI thread busy.
        now = time.monotonic()
        if now - self._progress_shown.get(name, 0.0) < PROGRESS_INTERVAL_S:
            return
        self._progress_shown[name] = now
        self.sidebar.set_syncing(name, True, progress)
        self.sync_status.set_progress(*self.sync.overall_progress())

    def _sync_finished(self, result: object) -> None:
        assert isinstance(result, AccountResult)
        self._round.append(result)
        self.sidebar.set_syncing(result.account, False)
        if self.sync.busy:
            self.sync_status.set_running(True, len(self.sync.running))
        if result.state in ("error", "needs_login"):
            self._message(f"{result.account}: {show(result.text or result.message)}")
        self.reload()

    def _all_synced(self) -> None:
        self.warm.sync_ended(reload_coming=self._loading)
        self.sync_status.set_running(False)
        self.commands.cancel_sync.setEnabled(False)
        text = round_summary(self._round)
        self._message(text)

    # ---- dialogs (built by their own modules) -------------------------------------------------
    def add_account(self, provider: str | None = None) -> None:
        try:
            account_actions.add_account(
                self.context, self, lambda name: self.sync_all(names=[name]), provider=provider
            )
        except account_actions.DialogUnavailable as exc:
            self._message(str(exc))
        self.reload()

    def open_settings(self) -> None:
        try:
            account_actions.open_settings(self.settings, self, self.language_switch.request)
        except account_actions.DialogUnavailable as exc:
            self._message(str(exc))

    def export_view(self) -> None:
        keys = self.model.visible_keys()
        self.exporter.export(self, keys, self.context.profile.exports_dir)

    # ---- state ------------------------------------------------------------------------------
    def _check_keyring(self) -> None:
        if self.context.demo:
            return
        report = self.context.secrets.report()
        if not report.ok:
            title = self.tr("Passwords cannot be stored safely")
            self.banner.show_warning(title, keyring_help(report))

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main_splitter": self.main_splitter, "detail_splitter": self.detail_splitter}

    def _restore_state(self) -> None:
        self._default_splitters = not restore_window(self.settings, self, self._splitters())
        self.table.restore_state(self.settings)
        self.filter_bar.restore_state(self.settings)
        shown = self.settings.value("window/aging", True, type=bool)
        self.commands.show_aging.setChecked(bool(shown))  # its toggled signal shows the panel

    def save_state(self) -> None:
        save_window(self.settings, self, self._splitters())
        self.table.save_state(self.settings)
        self.filter_bar.save_state(self.settings)
        self.settings.setValue("window/aging", self.commands.show_aging.isChecked())
        self.settings.sync()

    def shutdown(self) -> None:
        """Save state, cancel syncs and wait for background work (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self.follow_ups.stop()
        self.save_state()
        self.sync.cancel()
        self.sync_runner.shutdown()
        self.runner.shutdown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._default_splitters:  # first run: sidebar and detail pane at sensible sizes
            self._default_splitters = False
            self.main_splitter.setSizes([205, max(self.width() - 205, 400)])
            height = self.detail_splitter.height()
            detail = 315 if height >= 600 else 240  # a small screen keeps rows in view
            self.detail_splitter.setSizes([max(height - detail, 200), detail])
            if self.height() < 800 and not self.settings.contains("window/aging"):
                self.commands.show_aging.setChecked(False)  # Ctrl+G shows it

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.background.keeps_running():  # the tray keeps the app: only hide the window
            event.ignore()
            self.hide()
            return
        self.background.auto.stop()
        self.shutdown()
        super().closeEvent(event)

    def _message(self, text: str) -> None:
        self.statusBar().showMessage(text, 15_000)
