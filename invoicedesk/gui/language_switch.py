"""Changing the interface language while the app runs: after OK in the settings dialog the main
window is built anew in the new language, and the user's state is handed over to it.

Why a new window rather than Qt's ``LanguageChange``/retranslate pattern: every text of the
window (menus, actions, the filter bar's combos, column titles, status words, dates and money in
the cells, tooltips, accessible names, the tray menu) is made where its widget is made, in some
thirty modules; a new window gets every one of them right by construction, where a retranslate
method in each module would leave behind whatever one of them forgot. What the user set up goes
over: what :meth:`MainWindow.save_state` keeps anyway (geometry, splitters, the collapsed detail
pane, column widths, order and sort, the filters and search text, the aging panel) through the
settings, and the rest by hand (:class:`Handover`: the selected invoice, the tab, the table's
scroll position, the Changes tab's choices, the saved view, the focus, a window hidden in the
tray).

Nothing running is lost: while a sync or any of the window's background work (an export, a PDF
download, a reload) runs, or a dialog or menu is open, the switch waits for it to end, and the
status bar says so (in the language the window still speaks). "system" follows the system's
language (:func:`invoicedesk.gui.i18n.install_translator` resolves it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from invoicedesk.gui.i18n import install_translator

translate = QCoreApplication.translate

#: how often a waiting switch looks whether what it waits for has ended
WAIT_INTERVAL_MS = 250


@dataclass
class Handover:
    """What the user sees in the window that the settings do not keep."""

    selected: object
    tab: int
    scroll: int
    changes_account: object
    changes_period: object
    saved_view: int
    focus: str
    visible: bool
    geometry: QRect
    state: Qt.WindowState
    splitters: dict[str, QByteArray]

    @classmethod
    def take(cls, window: Any) -> Handover:
        focus = QApplication.focusWidget()
        return cls(
            selected=window._selected_key,
            tab=window.tabs.currentIndex(),
            scroll=window.table.verticalScrollBar().value(),
            changes_account=window.changes.account.currentData(),
            changes_period=window.changes.period.currentData(),
            saved_view=window.saved_views.list.currentRow(),
            focus=focus.objectName() if focus is not None and focus.window() is window else "",
            visible=window.isVisible(),
            # the window's own, not the saved one Qt fits onto the screen again
            geometry=window.normalGeometry() if window.isMaximized() else window.geometry(),
            state=window.windowState(),
            splitters={name: s.saveState() for name, s in window._splitters().items()},
        )

    def give(self, window: Any) -> None:
        """Before the new window's first rows arrive: they then select the same invoice."""
        window.setGeometry(self.geometry)
        window.setWindowState(self.state)
        for name, splitter in window._splitters().items():  # sized for this geometry now
            splitter.restoreState(self.splitters[name])
        window._selected_key = self.selected
        window.tabs.setCurrentIndex(self.tab)
        window.changes.period.setCurrentIndex(
            max(window.changes.period.findData(self.changes_period), 0)
        )
        window.saved_views.list.setCurrentRow(self.saved_view)

        def rows_shown() -> None:
            window.snapshot_shown.disconnect(rows_shown)
            found = window.changes.account.findData(self.changes_account)
            if found >= 0:
                window.changes.account.setCurrentIndex(found)
            # the same rows in the same order: the rows in view stay where they were
            window.table.verticalScrollBar().setValue(self.scroll)

        window.snapshot_shown.connect(rows_shown)
        if self.visible:
            window.show()
        if self.focus and (widget := window.findChild(QWidget, self.focus)) is not None:
            widget.setFocus()


class LanguageSwitch(QObject):
    """The main window's language switch; ``replaced(new_window)`` is emitted once the new
    window stands (app.py and tests follow it: the old window is deleted)."""

    replaced = Signal(object)
    #: the new language waits for what runs now (a sync, an export, a dialog)
    waiting = Signal()

    def __init__(
        self,
        window: Any,
        open_url: object = None,
        ask_path: object = None,
        tray_factory: object = None,
    ) -> None:
        """The options are the window's own: the new window is made with them too."""
        super().__init__(window)
        self._window = window
        self._options = {"open_url": open_url, "ask_path": ask_path, "tray_factory": tray_factory}
        self._pending: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(WAIT_INTERVAL_MS)
        self._timer.timeout.connect(self._try)

    @property
    def pending(self) -> str | None:
        return self._pending

    def request(self, language: str) -> None:
        """Switch to ``language`` ("system" or a code) as soon as nothing is running."""
        self._pending = language
        if self._running():
            self._window.statusBar().showMessage(
                translate(
                    "LanguageSwitch",
                    "The new language is used as soon as the sync, export or download running "
                    "now has ended.",
                )
            )
            self._timer.start()
            self.waiting.emit()
        else:  # out of the settings dialog's call stack first
            QTimer.singleShot(0, self, self._try)

    def _running(self) -> bool:
        """A sync, or the window's background work (export, PDF, reload, detail, Changes)."""
        window = self._window
        return bool(window.sync.busy or window.runner.pending)

    @staticmethod
    def _in_use() -> bool:
        """A dialog or menu is open (it may belong to the window that would go)."""
        return (
            QApplication.activeModalWidget() is not None
            or QApplication.activePopupWidget() is not None
        )

    def _try(self) -> None:
        window = self._window
        if self._pending is None or window._closed:
            self._timer.stop()
            return
        if self._running() or window.is_loading or self._in_use():
            self._timer.start()
            return
        self._timer.stop()
        language, self._pending = self._pending, None
        self.replaced.emit(switch_window(window, language, self._options))


def switch_window(old: Any, language: str, options: dict[str, Any]) -> Any:
    """Install ``language`` and put a new main window in ``old``'s place; returns it."""
    app = QCoreApplication.instance()
    assert app is not None
    code = install_translator(app, language)
    handover = Handover.take(old)
    background = old.background
    background.auto.stop()
    if background.tray is not None:
        background.tray.hide()
    old.shutdown()  # saves what the settings keep; nothing runs (the switch waited)
    context = old.context
    context.language = code
    context.engine.language = code  # what providers are asked for (texts, culture)
    new = type(old)(context, old.settings, **options)
    handover.give(new)
    old.hide()
    old.deleteLater()
    return new


def follow(window: Any) -> Callable[[], Any]:
    """A function returning the window now shown, however often the language changed."""
    current = [window]

    def replaced(new: object) -> None:
        current[0] = new
        new.language_switch.replaced.connect(replaced)  # type: ignore[attr-defined]

    window.language_switch.replaced.connect(replaced)
    return lambda: current[0]
