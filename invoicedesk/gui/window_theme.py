"""The main window's light or dark look: the panels' style sheet now, and again (with the
table's status colours, the cards and the detail pane) whenever the colour scheme changes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from invoicedesk.gui.keyboard import show_focus_in_table
from invoicedesk.gui.theme import ThemeWatcher, stylesheet


class WindowTheme(ThemeWatcher):
    def __init__(self, window: Any, panels: Sequence[QWidget]) -> None:
        super().__init__(window)
        self._window = window
        self._panels = tuple(panels)
        self.apply()
        self.changed.connect(self.restyle)

    def apply(self) -> None:
        """Colours for the light or dark scheme on every styled panel."""
        sheet = stylesheet()
        for panel in self._panels:
            panel.setStyleSheet(sheet)

    def restyle(self) -> None:
        """The scheme changed: everything that chose a colour chooses again."""
        window = self._window
        if getattr(window, "_closed", False):  # shut down: its cache may be closed already
            return
        self.apply()
        window.model.refresh_colours()
        window.sidebar.refresh_colours()
        window.changes.model.layoutChanged.emit()
        show_focus_in_table(window.table)
        show_focus_in_table(window.changes.table)
        if window.detail.invoice is not None:
            window.detail.show_invoice(window.detail.invoice)
