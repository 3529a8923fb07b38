"""Starting the desktop app: QApplication, settings, language, the window; demo and smoke test.

``run_gui(profile, demo=..., smoke_test=...)`` is what ``invoicedesk`` (no command) calls.
Settings live in ``profile.config_dir / "gui.ini"`` (IniFormat), so ``--profile-dir`` keeps
everything together.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QSettings,
    QSize,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from invoicedesk import APP_ID, APP_NAME, __version__, logsetup
from invoicedesk.gui.context import AppContext
from invoicedesk.gui.display import display_problem
from invoicedesk.gui.error_text import describe
from invoicedesk.gui.language_switch import follow
from invoicedesk.gui.main_window import MainWindow
from invoicedesk.storage.paths import Profile
from invoicedesk.storage.secrets import SecretStore
from invoicedesk.sync.engine import AccountResult

log = logging.getLogger(__name__)

SMOKE_TIMEOUT_MS = 60_000
#: the app icon, rendered from resources/icons/invoicedesk.svg by packaging/make_icons.py
ICON_DIR = Path(__file__).with_name("resources")
ICON_SIZES = (16, 32, 48, 64, 128, 256)
#: ``INVOICEDESK_STARTUP_REPORT=1`` prints one line on stdout once the main window first shows
#: what the cache holds ("startup: main window shown with N invoices"); ``=quit`` also exits 0
#: right after. packaging/measure_start.py uses it to time a (frozen) cold start.
STARTUP_REPORT_ENV = "INVOICEDESK_STARTUP_REPORT"


def app_icon() -> QIcon:
    """The invoicedesk icon in every size we ship (package data, so frozen builds have it)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = ICON_DIR / f"invoicedesk_{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # ties Wayland/X11 windows to <APP_ID>.desktop
    app.setWindowIcon(app_icon())
    return app


def open_settings(config_dir: Path) -> QSettings:
    config_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(config_dir / "gui.ini"), QSettings.Format.IniFormat)


def install_language(app: QApplication, settings: QSettings) -> str:
    """Install the translator the settings ask for; English when translations are missing."""
    try:
        from invoicedesk.gui.i18n import install_translator, stored_language
    except ImportError:
        return "en"
    return install_translator(app, stored_language(settings))


class SmokeTest(QObject):
    """Exit 0 once every demo account has synced and the table shows invoices; exit 1 when an
    account fails or after the time limit."""

    def __init__(self, app: QApplication, window: MainWindow, timeout_ms: int) -> None:
        super().__init__(window)
        self._app = app
        self._window = window
        self._synced = False
        self._failures: list[str] = []
        self._done = False
        window.sync.account_finished.connect(self._account_done)
        window.sync.all_finished.connect(self._all_synced)
        window.snapshot_shown.connect(self._check)
        QTimer.singleShot(timeout_ms, self._timed_out)

    def _account_done(self, result: object) -> None:
        if isinstance(result, AccountResult) and not result.ok:
            self._failures.append(f"{result.account} ({result.provider}): {result.message}")

    def _all_synced(self) -> None:
        self._synced = True
        self._check()

    def _check(self) -> None:
        window = self._window
        if not self._synced or window.is_loading or self._done:
            return
        if self._failures:
            self._finish(1, "smoke test failed: " + "; ".join(self._failures))
        elif window.model.rowCount() > 0:
            providers = sorted({row.provider for row in window.model.visible_rows()})
            self._finish(
                0,
                f"smoke test passed: {window.model.rowCount()} invoices shown "
                f"({', '.join(providers)})",
            )

    def _timed_out(self) -> None:
        if not self._done:
            self._finish(1, "smoke test failed: no invoices shown within the time limit")

    def _finish(self, code: int, message: str) -> None:
        self._done = True
        print(message, file=sys.stdout if code == 0 else sys.stderr, flush=True)
        self._window.close()
        self._app.exit(code)


def keep_startup_objects_out_of_gc(window: MainWindow) -> None:
    """Once start-up is over, move everything made so far (modules, Qt wrappers, the first
    rows: some 50,000 objects that live as long as the window) out of the garbage collector's
    sight with ``gc.freeze()``. A full collection walks every tracked object while holding the
    GIL, and with these in it one took 61 ms on the GUI thread during a sync (measured by
    ``tests/benchmarks``), a visible stutter. Frozen objects are still freed by reference
    counting; only cyclic garbage among them would wait, and start-up objects do not die."""

    def freeze() -> None:
        window.warmed_up.disconnect(freeze)
        gc.freeze()

    window.warmed_up.connect(freeze)


def report_startup(app: QApplication, window: MainWindow, mode: str) -> None:
    def shown() -> None:
        window.snapshot_shown.disconnect(shown)
        print(f"startup: main window shown with {window.model.rowCount()} invoices", flush=True)
        if mode == "quit":
            window.close()
            app.exit(0)

    window.snapshot_shown.connect(shown)


def _qt_message_to_log(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    logging.getLogger("qt").log(levels.get(mode, logging.WARNING), "%s", message)


def settings_dir(profile: Profile, demo_profile: Profile | None) -> Path:
    """Where the window keeps its state: the demo's own throw-away profile when it runs."""
    return (demo_profile or profile).config_dir


def route_failures_to_log(log_path: Path | None) -> None:
    """A windowed build has no stderr: Qt's messages, uncaught exceptions (Qt slots included)
    and hard crashes go to the log file, and the user sees one line saying where it is."""
    qInstallMessageHandler(_qt_message_to_log)

    def tell_user(kind: str) -> None:
        text = QCoreApplication.translate(
            "Errors", "Something went wrong ({kind}). The details are in the log file: {path}"
        ).format(kind=kind, path=log_path or "-")
        if sys.stderr is not None:
            print(f"invoicedesk: {text}", file=sys.stderr)
        if QApplication.instance() is not None:
            QMessageBox.warning(None, APP_NAME, text)

    logsetup.route_crashes_to_log(log_path, tell_user)


def run_gui(
    profile: Profile,
    *,
    demo: bool = False,
    smoke_test: bool = False,
    log_path: Path | None = None,
) -> int:
    """Run the desktop app until its window closes; returns the exit code."""
    demo = demo or smoke_test
    if smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif problem := display_problem():
        print(f"invoicedesk: {problem}", file=sys.stderr)
        return 1
    app = application()
    route_failures_to_log(log_path)
    environment = None
    if demo:
        from invoicedesk.demo import DemoEnvironment

        try:
            environment = DemoEnvironment().start()
        except Exception as exc:  # a missing sandbox, a port problem: say so, do not crash
            log.exception("the demo could not start")
            print(f"invoicedesk: the demo could not start: {exc}", file=sys.stderr)
            return 1
    try:
        if environment is not None:
            # the demo's window state and logs stay in its throw-away profile; only the
            # user's chosen language is read from their own settings
            logsetup.configure(environment.profile.log_dir)
            language = install_language(app, open_settings(profile.config_dir))
            settings = open_settings(settings_dir(profile, environment.profile))
        else:
            settings = open_settings(profile.config_dir)
            language = install_language(app, settings)
        if environment is not None:
            context = AppContext.create(
                environment.profile,
                environment.secrets,
                language=language,
                demo=True,
                accounts=environment.accounts,
            )
        else:
            context = AppContext.create(
                profile, SecretStore(profile.keyring_service), language=language
            )
    except Exception as exc:
        log.exception("start-up failed")
        if environment is not None:
            environment.stop()
        if smoke_test:
            print(f"invoicedesk: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, describe(exc))
        return 1

    window = MainWindow(context, settings)
    current_window = follow(window)  # a new language puts a new window in its place
    keep_startup_objects_out_of_gc(window)
    window.show()
    if startup_report := os.environ.get(STARTUP_REPORT_ENV):
        report_startup(app, window, startup_report)
    if demo:
        window.sync_all()
    if smoke_test:
        SmokeTest(app, window, SMOKE_TIMEOUT_MS)
    try:
        return app.exec()
    finally:
        current_window().shutdown()
        context.close()
        if environment is not None:
            environment.stop()
