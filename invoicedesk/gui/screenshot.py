"""Make the README screenshots: the demo window, synced, with an invoice selected; with
``--view changes`` the Changes tab after a second sync found payments; with ``--view saved`` a
saved view shown; with ``--switch-from LANG`` the window starts in LANG and is switched to
``--language`` while it runs (as after OK in the settings), then grabbed.

QT_QPA_PLATFORM=offscreen python -m invoicedesk.gui.screenshot docs/screenshot-main.png
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from invoicedesk.demo import DemoEnvironment
from invoicedesk.domain import Direction
from invoicedesk.gui.app import application
from invoicedesk.gui.context import AppContext
from invoicedesk.gui.i18n import install_translator
from invoicedesk.gui.main_window import MainWindow
from invoicedesk.gui.theme import dark_palette, is_dark


def _wait(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
    return True


def _pick(window: MainWindow, context: AppContext, provider: str) -> int:
    """The first invoice of the provider with at least two lines (or offers, transactions)."""
    for position in range(window.model.rowCount()):
        row = window.model.row_at(position)
        if row is None or row.provider != provider:
            continue
        invoice = context.cache.load(*row.key)
        if invoice and (len(invoice.lines) >= 2 or invoice.offers or invoice.transactions):
            return position
    return 0


def _click_fullest_aging_cell(window: MainWindow) -> None:
    """Show the claims of the past-due aging cell that holds the most claims owed to you."""
    cells = [
        (button.text(), cell)
        for cell, button in window.aging.cells.items()
        if cell[0] == "receivable" and cell[2] != "not_due" and button.isEnabled()
    ]
    report = window.aging.report
    best = max(
        (cell for _text, cell in cells),
        key=lambda c: report.lines[Direction(c[0])][c[1]].counts[c[2]],
    )
    window.aging.cells[best].click()


def _pay_some(demo: DemoEnvironment) -> None:
    """On the SendRegning sandbox: three open invoices paid, two part-paid, one reference
    amended, so the second sync has something to find."""
    from decimal import Decimal

    server = demo.servers.get("sendregning")
    invoices = getattr(server, "invoices", [])
    open_ = [
        i
        for i in invoices
        if not i.get("credit") and Decimal(i["currentBalance"]) == Decimal(i["total"]) > 0
    ]
    for invoice in open_[:3]:
        invoice["currentBalance"] = Decimal(0)
    for invoice in open_[3:5]:
        invoice["currentBalance"] = (Decimal(invoice["total"]) / 2).quantize(Decimal("0.01"))
    if len(open_) > 5:
        open_[5]["ourReference"] = "Ingrid Berg"


def _show_view(window: MainWindow, demo: DemoEnvironment, view: str) -> None:
    if view == "changes":
        _pay_some(demo)
        window.sync_all(full=True)
        _wait(lambda: not window.sync.busy and not window.is_loading, 60)
        window.tabs.setCurrentWidget(window.changes)
        window.changes.refresh()
        window.changes.table.setCurrentIndex(window.changes.model.index(0, 0))
        _wait(lambda: window.detail.invoice is not None, 10)
    elif view == "saved":
        from invoicedesk.gui.row_filter import StatusChoice

        bar, panel = window.filter_bar, window.saved_views
        bar.status.setCurrentIndex(bar.status.findData(StatusChoice.OPEN.value))
        bar.direction.setCurrentIndex(bar.direction.findData("receivable"))
        panel._store.put("Owed to us, open", bar.view_state())
        bar.status.setCurrentIndex(bar.status.findData(StatusChoice.OVERDUE.value))
        bar.preset.setCurrentIndex(bar.preset.findData("overdue_over_30"))
        panel._store.put("Overdue > 30 days", bar.view_state())
        bar.status.setCurrentIndex(0)
        bar.preset.setCurrentIndex(bar.preset.findData("vat_term_no_previous"))
        panel._store.put("Previous VAT term", bar.view_state())
        panel.refresh(1)
        panel._activate(panel.list.item(1))
        _wait(lambda: False, 0.5)


def _switched(window: MainWindow, settings: QSettings, language: str) -> MainWindow:
    """The window that replaces ``window`` once the language changed while it runs."""
    settings.setValue("ui/language", language)
    replaced: list[MainWindow] = []
    window.language_switch.replaced.connect(replaced.append)
    window.language_switch.request(language)
    if not _wait(lambda: bool(replaced), 30):
        raise SystemExit("the language switch did not happen within 30 s")
    new = replaced[0]
    _wait(lambda: not new.is_loading and new.detail.invoice is not None, 10)
    return new


def use_dark_scheme(app: QApplication) -> None:
    """A dark colour scheme: the system's where the platform has one, else a dark palette
    (the offscreen platform has none)."""
    app.styleHints().setColorScheme(Qt.ColorScheme.Dark)
    if not is_dark():
        app.setPalette(dark_palette())


def take(
    path: Path,
    provider: str,
    language: str,
    size: tuple[int, int],
    view: str = "main",
    *,
    dark: bool = False,
    switch_from: str | None = None,
) -> None:
    app = application()
    if dark:
        use_dark_scheme(app)
    target, language = language, switch_from or language
    install_translator(app, language)
    with DemoEnvironment() as demo, tempfile.TemporaryDirectory() as settings_dir:
        context = AppContext.create(
            demo.profile, demo.secrets, demo=True, accounts=demo.accounts, language=language
        )
        settings = QSettings(str(Path(settings_dir) / "gui.ini"), QSettings.Format.IniFormat)
        window = MainWindow(context, settings)
        try:
            window.resize(*size)
            window.show()
            window.sync_all()
            if not _wait(lambda: not window.sync.busy and not window.is_loading, 60):
                raise SystemExit("the demo did not finish syncing within 60 s")
            aging = view == "aging"
            if aging:
                _click_fullest_aging_cell(window)
                _wait(lambda: False, 0.2)
            position = 0 if aging else _pick(window, context, provider)
            window.table.setCurrentIndex(window.model.index(position, 0))
            window.table.scrollTo(
                window.model.index(position, 0), window.table.ScrollHint.PositionAtCenter
            )
            wanted = window.model.row_at(position)
            _wait(
                lambda: (
                    wanted is not None
                    and window.detail.invoice is not None
                    and window.detail.invoice.key == wanted.key
                ),
                10,
            )
            _show_view(window, demo, view)
            if target != language:
                window = _switched(window, settings, target)
            _wait(lambda: False, 0.3)  # let layouts settle
            path.parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(path))
        finally:
            window.shutdown()
            window.close()
            context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--provider", default="sendregning")
    parser.add_argument("--language", default="en")
    parser.add_argument("--size", default="1400x850")
    parser.add_argument(
        "--view",
        default="main",
        choices=("main", "aging", "changes", "saved"),
        help="aging: click the fullest past-due aging cell first",
    )
    parser.add_argument("--dark", action="store_true", help="a dark colour scheme")
    parser.add_argument(
        "--switch-from", metavar="LANG", help="start in LANG, switch to --language while running"
    )
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    take(
        args.output,
        args.provider,
        args.language,
        (width, height),
        args.view,
        dark=args.dark,
        switch_from=args.switch_from,
    )


if __name__ == "__main__":
    main()
