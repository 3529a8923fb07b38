"""The settings dialog: the interface language (stored under ``ui/language``), the automatic
sync interval, notifications and whether closing the window keeps the app in the tray."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.gui import auto_sync
from invoicedesk.gui.dialogs.fit_height import FittingDialog
from invoicedesk.gui.i18n import LANGUAGES, SETTINGS_KEY, SYSTEM, stored_language, system_language

translate = QCoreApplication.translate


class SettingsDialog(FittingDialog):
    """On accept the choice is written to ``settings``; ``language_changed(code)`` is emitted
    when it differs from before ("system" or a language code): the main window then switches
    to it (gui/language_switch.py)."""

    language_changed = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        system_name = LANGUAGES[system_language()]
        self.language.addItem(
            translate("SettingsDialog", "System default ({language})").format(language=system_name),
            SYSTEM,
        )
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self._initial = stored_language(settings) or SYSTEM
        self.language.setCurrentIndex(max(0, self.language.findData(self._initial)))
        self.language.currentIndexChanged.connect(self._update_note)
        self.language.setAccessibleName(translate("SettingsDialog", "Language"))
        form.addRow(translate("SettingsDialog", "Language"), self.language)
        self.interval = QSpinBox(self)
        self.interval.setObjectName("syncInterval")
        self.interval.setRange(0, 24 * 60)
        self.interval.setSingleStep(15)
        self.interval.setSuffix(translate("SettingsDialog", " min"))
        self.interval.setSpecialValueText(translate("SettingsDialog", "Only when I ask (F5)"))
        self.interval.setValue(auto_sync.interval_minutes(settings))
        self.interval.setAccessibleName(translate("SettingsDialog", "Sync automatically every"))
        form.addRow(translate("SettingsDialog", "Sync automatically every"), self.interval)
        self.notify = QCheckBox(
            translate("SettingsDialog", "Notify me when a sync finds payments or overdue claims"),
            self,
        )
        self.notify.setObjectName("notify")
        self.notify.setChecked(auto_sync.notify_enabled(settings))
        form.addRow(self.notify)
        self.close_to_tray = QCheckBox(
            translate("SettingsDialog", "Closing the window keeps invoicedesk in the tray"), self
        )
        self.close_to_tray.setObjectName("closeToTray")
        self.close_to_tray.setChecked(auto_sync.close_to_tray(settings))
        form.addRow(self.close_to_tray)
        layout.addLayout(form)
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setText(
            translate(
                "SettingsDialog", "The window switches to the new language when you press OK."
            )
        )
        self.note.setVisible(False)
        layout.addWidget(self.note)
        layout.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("SettingsDialog", "OK")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("SettingsDialog", "Cancel")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _update_note(self) -> None:
        self.note.setVisible(self.chosen_language() != self._initial)

    def accept(self) -> None:
        chosen = self.chosen_language()
        self.settings.setValue(SETTINGS_KEY, chosen)
        self.settings.setValue(auto_sync.INTERVAL_KEY, self.interval.value())
        self.settings.setValue(auto_sync.NOTIFY_KEY, self.notify.isChecked())
        self.settings.setValue(auto_sync.CLOSE_TO_TRAY_KEY, self.close_to_tray.isChecked())
        self.settings.sync()
        if chosen != self._initial:
            self.language_changed.emit(chosen)
        super().accept()
