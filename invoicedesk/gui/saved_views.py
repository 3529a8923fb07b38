"""Saved views: a named filter set (direction, status, accounts, date preset, search) kept in
the sidebar under the accounts; click to show it; reorder, rename, delete. Stored in the
window's QSettings as JSON, so each profile has its own."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

SETTINGS_KEY = "views/saved"

#: asks for a name (title, label, current text); None when cancelled
AskName = Callable[[QWidget, str, str, str], str | None]


def name_dialog(parent: QWidget | None, title: str, label: str, text: str) -> QInputDialog:
    """The one-line dialog :func:`ask_name` shows."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("viewName")
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    return dialog


def ask_name(parent: QWidget, title: str, label: str, text: str) -> str | None:
    dialog = name_dialog(parent, title, label, text)
    try:
        ok = dialog.exec() == QInputDialog.DialogCode.Accepted
        name = dialog.textValue().strip()
    finally:
        dialog.deleteLater()
    return name if ok and name else None


class SavedViews:
    """The list of (name, state) pairs in QSettings."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def all(self) -> list[tuple[str, dict[str, str]]]:
        try:
            data = json.loads(str(self._settings.value(SETTINGS_KEY, "[]") or "[]"))
        except ValueError:
            return []
        return [
            (str(v["name"]), {str(k): str(x) for k, x in dict(v["state"]).items()})
            for v in data
            if isinstance(v, dict) and "name" in v and isinstance(v.get("state"), dict)
        ]

    def save(self, views: list[tuple[str, dict[str, str]]]) -> None:
        data = [{"name": name, "state": state} for name, state in views]
        self._settings.setValue(SETTINGS_KEY, json.dumps(data, ensure_ascii=False))

    def put(self, name: str, state: dict[str, str]) -> None:
        """Add a view, or replace the one of that name (keeping its place)."""
        views = self.all()
        for i, (existing, _state) in enumerate(views):
            if existing == name:
                views[i] = (name, state)
                break
        else:
            views.append((name, state))
        self.save(views)


class SavedViewsPanel(QWidget):
    #: the state of the view the user chose
    view_chosen = Signal(object)

    def __init__(
        self,
        store: SavedViews,
        current_state: Callable[[], dict[str, str]],
        ask: AskName = ask_name,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("savedViews")
        self._store = store
        self._current = current_state
        self._ask = ask
        title = QLabel(self.tr("Saved views"))
        title.setObjectName("sectionTitle")
        self.list = QListWidget()
        self.list.setObjectName("savedViewsList")
        self.list.setAccessibleName(self.tr("Saved views"))
        self.list.itemActivated.connect(self._activate)
        self.list.itemClicked.connect(self._activate)
        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout()
        row.setSpacing(2)
        for key, text, tip, slot in (
            ("save", "+", self.tr("Save the current filters as a view…"), self.save_current),
            ("rename", "✎", self.tr("Rename the view…"), self.rename_selected),
            ("delete", "✕", self.tr("Delete the view"), self.delete_selected),
            ("up", "↑", self.tr("Move the view up"), lambda: self.move_selected(-1)),
            ("down", "↓", self.tr("Move the view down"), lambda: self.move_selected(1)),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip.rstrip("…"))
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.refresh()

    def names(self) -> list[str]:
        return [name for name, _state in self._store.all()]

    def refresh(self, select: int | None = None) -> None:
        self.list.clear()
        for name, state in self._store.all():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, state)
            self.list.addItem(item)
        if select is not None and 0 <= select < self.list.count():
            self.list.setCurrentRow(select)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        for key in ("rename", "delete"):
            self.buttons[key].setEnabled(row >= 0)
        self.buttons["up"].setEnabled(row > 0)
        self.buttons["down"].setEnabled(0 <= row < self.list.count() - 1)

    def _activate(self, item: QListWidgetItem) -> None:
        self.view_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def save_current(self) -> None:
        name = self._ask(self, self.tr("Save view"), self.tr("Name of the view:"), "")
        if name:
            self._store.put(name, self._current())
            self.refresh(self.names().index(name))

    def rename_selected(self) -> None:
        row = self.list.currentRow()
        views = self._store.all()
        if not 0 <= row < len(views):
            return
        old, state = views[row]
        name = self._ask(self, self.tr("Rename view"), self.tr("Name of the view:"), old)
        if name and name != old:
            views = [v for v in views if v[0] != name or v is views[row]]
            row = next(i for i, v in enumerate(views) if v[0] == old)
            views[row] = (name, state)
            self._store.save(views)
            self.refresh(row)

    def delete_selected(self) -> None:
        row = self.list.currentRow()
        views = self._store.all()
        if 0 <= row < len(views):
            del views[row]
            self._store.save(views)
            self.refresh(min(row, len(views) - 1))

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        views = self._store.all()
        target = row + step
        if 0 <= row < len(views) and 0 <= target < len(views):
            views[row], views[target] = views[target], views[row]
            self._store.save(views)
            self.refresh(target)


def install(window: Any) -> SavedViewsPanel:
    """Put the saved views under the accounts sidebar and let them drive the filter bar."""
    panel = SavedViewsPanel(SavedViews(window.settings), window.filter_bar.view_state)
    panel.view_chosen.connect(window.filter_bar.apply_view_state)
    left = QWidget()
    layout = QVBoxLayout(left)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(window.sidebar, 3)  # out of the splitter, into the new column
    layout.addWidget(panel, 1)
    splitter = window.main_splitter
    splitter.insertWidget(0, left)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    return panel
