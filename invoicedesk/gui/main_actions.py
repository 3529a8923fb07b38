"""The main window's actions, menus and toolbar, with their keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

#: lupdate finds translate("Context", "text") calls
translate = QCoreApplication.translate


@dataclass
class MainActions:
    sync: QAction
    full_sync: QAction
    cancel_sync: QAction
    export: QAction
    add_account: QAction
    settings: QAction
    quit: QAction
    find: QAction
    clear_search: QAction
    show_aging: QAction


def build_actions(window: QMainWindow) -> MainActions:
    style = window.style()

    def action(
        text: str,
        shortcut: QKeySequence | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        act = QAction(text, window)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            act.setIcon(style.standardIcon(icon))
        window.addAction(act)  # shortcuts work wherever the focus is in the window
        return act

    icons = QStyle.StandardPixmap
    actions = MainActions(
        sync=action(translate("MainWindow", "&Sync"), "F5", icons.SP_BrowserReload),
        full_sync=action(
            translate("MainWindow", "&Full sync (fetch everything again)"), "Shift+F5"
        ),
        cancel_sync=action(translate("MainWindow", "&Cancel sync"), None, icons.SP_BrowserStop),
        export=action(
            translate("MainWindow", "&Export view…"), "Ctrl+E", icons.SP_DialogSaveButton
        ),
        add_account=action(
            translate("MainWindow", "&Add account…"), "Ctrl+N", icons.SP_FileDialogNewFolder
        ),
        settings=action(translate("MainWindow", "Se&ttings…")),
        quit=action(translate("MainWindow", "&Quit"), "Ctrl+Q"),
        find=action(translate("MainWindow", "&Find"), "Ctrl+F"),
        clear_search=action(translate("MainWindow", "Clear search"), "Esc"),
        show_aging=action(translate("MainWindow", "&Aging panel"), "Ctrl+G"),
    )
    actions.show_aging.setCheckable(True)
    actions.show_aging.setChecked(True)
    actions.show_aging.setToolTip(
        translate("MainWindow", "Show or hide what is outstanding by days past due (Ctrl+G)")
    )
    actions.settings.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    actions.sync.setToolTip(
        translate("MainWindow", "Fetch new and changed invoices from every account (F5)")
    )
    actions.export.setToolTip(
        translate("MainWindow", "Save the invoices in view as CSV, Excel or JSON (Ctrl+E)")
    )
    actions.add_account.setToolTip(
        translate(
            "MainWindow",
            "Connect another SendRegning, Telecom X, Buckaroo or ConnectID account (Ctrl+N)",
        )
    )
    actions.cancel_sync.setEnabled(False)
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.clear_search.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    return actions


def build_menus(
    window: QMainWindow, actions: MainActions, column_actions: Callable[[], list[QAction]]
) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(actions.add_account)
    file_menu.addAction(actions.export)
    file_menu.addSeparator()
    file_menu.addAction(actions.settings)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    view_menu.addAction(actions.find)
    view_menu.addAction(actions.clear_search)
    view_menu.addAction(actions.show_aging)
    columns_menu = QMenu(translate("MainWindow", "&Columns"), view_menu)
    view_menu.addMenu(columns_menu)

    def fill_columns() -> None:
        for old in columns_menu.actions():
            columns_menu.removeAction(old)
            old.deleteLater()
        for act in column_actions():
            act.setParent(columns_menu)
            columns_menu.addAction(act)

    columns_menu.aboutToShow.connect(fill_columns)

    sync_menu = bar.addMenu(translate("MainWindow", "&Sync"))
    sync_menu.addAction(actions.sync)
    sync_menu.addAction(actions.full_sync)
    sync_menu.addAction(actions.cancel_sync)


def build_toolbar(window: QMainWindow, actions: MainActions) -> QToolBar:
    toolbar = QToolBar(translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(16, 16))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addAction(actions.sync)
    toolbar.addAction(actions.cancel_sync)
    toolbar.addSeparator()
    toolbar.addAction(actions.export)
    toolbar.addAction(actions.add_account)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar
