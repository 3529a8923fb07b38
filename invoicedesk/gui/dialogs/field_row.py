"""One labelled input of the account form: the editor, and an inline error message under it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.gui.dialogs.fields import FieldDef, choice_label
from invoicedesk.gui.dialogs.validation import check_error, required_error
from invoicedesk.gui.theme import text_style


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(text_style("error"))
    label.setVisible(False)
    return label


def field_error_label(parent: QWidget | None = None) -> QLabel:
    """The line under a field for its problem: always there (one line high, empty when fine),
    so an error appearing or going never moves the fields below it."""
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(text_style("error"))
    label.setFixedHeight(label.fontMetrics().height() + 2)
    return label


class FieldRow(QWidget):
    """``changed`` on every edit; ``error()`` is the current problem (None when fine)."""

    changed = Signal()

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.required = field.required
        self._touched = False
        self._extra_error: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.combo: QComboBox | None = None
        self.line: QLineEdit | None = None
        if field.choices:
            self.combo = QComboBox(self)
            if not field.required and field.default is None:
                self.combo.addItem(QCoreApplication.translate("AccountForm", "(not set)"), "")
            for value in field.choices:
                self.combo.addItem(choice_label(field.key, value), value)
            if field.default is not None:
                self.combo.setCurrentIndex(max(0, self.combo.findData(field.default)))
            self.combo.currentIndexChanged.connect(self._edited)
            self.combo.setToolTip(field.help)
            layout.addWidget(self.combo)
        else:
            self.line = QLineEdit(self)
            self.line.setObjectName(f"field_{field.key}")
            self.line.setToolTip(field.help)
            if field.secret and not field.plain:
                self.line.setEchoMode(QLineEdit.EchoMode.Password)
                self.line.setInputMethodHints(
                    Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
                )
            if field.default:
                self.line.setPlaceholderText(field.default)
            elif field.check == "email":
                self.line.setPlaceholderText("name@example.com")
            self.line.textChanged.connect(self._edited)
            self.line.editingFinished.connect(self.touch)
            if field.check == "file":
                row = QHBoxLayout()
                row.setSpacing(6)
                row.addWidget(self.line, 1)
                browse = QPushButton(QCoreApplication.translate("AccountForm", "Browse…"), self)
                browse.clicked.connect(self._browse)
                row.addWidget(browse)
                layout.addLayout(row)
            else:
                layout.addWidget(self.line)
        self.error_label = field_error_label(self)
        layout.addWidget(self.error_label)
        # The form's label is the buddy of an editor nested in this row, which screen readers
        # do not follow: the editor carries the label (and the help) itself.
        editor = self.editor()
        editor.setAccessibleName(field.label)
        if field.help:
            editor.setAccessibleDescription(field.help)

    # ---- value ----------------------------------------------------------------------------
    def value(self) -> str:
        if self.combo is not None:
            return str(self.combo.currentData() or "")
        assert self.line is not None
        return (
            self.line.text()
            if self.field.secret and not self.field.plain
            else self.line.text().strip()
        )

    def set_value(self, value: str) -> None:
        if self.combo is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(value)))
        elif self.line is not None:
            self.line.setText(value)

    def editor(self) -> QWidget:
        return self.combo if self.combo is not None else self.line  # type: ignore[return-value]

    # ---- checks ---------------------------------------------------------------------------
    def error(self) -> str | None:
        text = self.value()
        if self.required and (problem := required_error(text)):
            return problem
        if self.field.check and (problem := check_error(self.field.check, self.field.key, text)):
            return problem
        return self._extra_error

    def set_extra_error(self, message: str | None) -> None:
        """A problem found by a rule spanning fields (e.g. Telecom X's password without user)."""
        self._extra_error = message

    def touch(self) -> None:
        self._touched = True
        self.refresh_error()

    def refresh_error(self) -> None:
        message = self.error() if self._touched else None
        self.error_label.setText(message or "")
        # the full text for a screen reader and a tooltip, should it be cut at the line's end
        self.error_label.setToolTip(message or "")
        self.error_label.setAccessibleName(message or "")

    def _edited(self) -> None:
        if self.combo is not None:
            self._touched = True
        self.refresh_error()
        self.changed.emit()

    def _file_filter(self) -> str:
        everything = QCoreApplication.translate("AccountForm", "All files (*)")
        if self.field.key.endswith("csv"):
            csv = QCoreApplication.translate("AccountForm", "CSV files (*.csv *.txt)")
            return f"{csv};;{everything}"
        if self.field.key == "ca_file":
            pem = QCoreApplication.translate("AccountForm", "Certificates (*.pem *.crt *.cer)")
            return f"{pem};;{everything}"
        return everything

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.field.label,
            self.value(),
            self._file_filter(),
        )
        if path and self.line is not None:
            self.line.setText(path)
            self.touch()
