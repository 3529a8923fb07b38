"""The settings dialog: the interface language (stored under ``ui/language``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.gui.i18n import LANGUAGES, SETTINGS_KEY, SYSTEM, stored_language, system_language

translate = QCoreApplication.translate


class SettingsDialog(QDialog):
    """On accept the choice is written to ``settings``; ``language_changed(code)`` is emitted
    when it differs from before ("system" or a language code). It applies on the next start."""

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
        form.addRow(translate("SettingsDialog", "Language"), self.language)
        layout.addLayout(form)
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setText(
            translate(
                "SettingsDialog", "A new language is used from the next start of invoicedesk."
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
        self.settings.sync()
        if chosen != self._initial:
            self.language_changed.emit(chosen)
        super().accept()
