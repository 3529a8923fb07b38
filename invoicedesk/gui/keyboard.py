"""The window by keyboard: F6 / Shift+F6 move between the panes (accounts, filters, table,
details), Tab moves within a pane and out of the table, Esc clears the search only while the
search has focus, Ctrl+N adds an account, Ctrl+, opens the settings on every desktop, Ctrl+Shift+O
and Ctrl+Shift+P open the selected invoice's PDF and payment link; focus is visible in the table
(its selection turns from grey to the highlight colour)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

translate = QCoreApplication.translate

NEXT_PANE = "F6"
PREVIOUS_PANE = "Shift+F6"
OPEN_PDF = "Ctrl+Shift+O"
OPEN_PAYMENT_LINK = "Ctrl+Shift+P"
SETTINGS = "Ctrl+,"


def panes(window: Any) -> list[QWidget]:
    """Where F6 goes, in order: the visible ones only."""
    sidebar = window.sidebar
    selected = sidebar.selected()
    account: QWidget = sidebar.cards.get(selected, sidebar.all_button)
    candidates: list[QWidget] = [account, window.filter_bar.search]
    if window.tabs.currentIndex() == 0:
        candidates.append(window.table)
    else:
        candidates.append(window.changes.table)
    detail = window.detail
    for button in (detail.pdf_button, detail.pay_button):
        if isinstance(button, QAbstractButton) and button.isEnabled():
            candidates.append(button)
            break
    else:
        candidates.append(detail)
    return [w for w in candidates if w.isVisible() and w.isEnabled()]


def _pane_of(widget: QWidget | None, order: list[QWidget], window: Any) -> int:
    containers = [window.sidebar, window.filter_bar, window.tabs, window.detail]
    while widget is not None:
        for position, pane in enumerate(order):
            if widget is pane:
                return position
        for position, container in enumerate(containers):
            if widget is container:
                return min(position, len(order) - 1)
        widget = widget.parentWidget()
    return -1


def move_between_panes(window: Any, step: int) -> None:
    order = panes(window)
    if not order:
        return
    here = _pane_of(QApplication.focusWidget(), order, window)
    target = order[(here + step) % len(order)] if here >= 0 else order[0]
    target.setFocus(
        Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason
    )


def _click(button: object) -> None:
    if isinstance(button, QAbstractButton) and button.isEnabled():
        button.click()


def install(window: Any) -> dict[str, QAction]:
    """Add the keyboard actions to the window; returns them by name (for tests and menus)."""

    def action(text: str, keys: str, slot: Any) -> QAction:
        act = QAction(text, window)
        act.setShortcut(QKeySequence(keys))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        window.addAction(act)
        return act

    made = {
        "next_pane": action(
            translate("Keyboard", "Next pane"), NEXT_PANE, lambda: move_between_panes(window, 1)
        ),
        "previous_pane": action(
            translate("Keyboard", "Previous pane"),
            PREVIOUS_PANE,
            lambda: move_between_panes(window, -1),
        ),
        "open_pdf": action(
            translate("Keyboard", "Open PDF"), OPEN_PDF, lambda: _click(window.detail.pdf_button)
        ),
        "open_payment_link": action(
            translate("Keyboard", "Open payment link"),
            OPEN_PAYMENT_LINK,
            lambda: _click(window.detail.pay_button),
        ),
    }
    # Tab leaves the table instead of walking its cells; arrows walk the cells
    window.table.setTabKeyNavigation(False)
    window.changes.table.setTabKeyNavigation(False)
    # Esc clears the search only while the search has focus (elsewhere it closes popups etc.)
    clear = window.commands.clear_search
    clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    window.removeAction(clear)
    window.filter_bar.search.addAction(clear)
    # Preferences has no standard key on Linux: Ctrl+, everywhere, plus the platform's own
    settings = window.commands.settings
    keys = [QKeySequence(SETTINGS)]
    keys += [
        k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) if k != keys[0]
    ]
    settings.setShortcuts(keys)
    show_focus_in_table(window.table)
    show_focus_in_table(window.changes.table)
    return made


def show_focus_in_table(table: QWidget) -> None:
    """A focused table shows its selection in the highlight colour, an unfocused one in grey:
    where the keyboard is can be seen."""
    palette = table.palette()
    inactive = QPalette.ColorGroup.Inactive
    base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    grey = base.darker(125) if base.lightness() >= 128 else base.lighter(300)
    palette.setColor(inactive, QPalette.ColorRole.Highlight, grey)
    palette.setColor(inactive, QPalette.ColorRole.HighlightedText, text)
    table.setPalette(palette)
