"""Qt's own widgets in our languages: the file dialog the exports open (Qt's widget dialog, as on
a desktop without a native one), message box buttons, a line edit's context menu and the date
edits' calendar. Qt ships no Bokmål for them: translations/qtbase_nb.ts is ours."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from invoicedesk.gui.export_view import save_dialog
from invoicedesk.gui.i18n import TRANSLATIONS_DIR, install_translator

#: what the dialog says in English (Qt 6's source texts)
ENGLISH = {
    "&Look in:", "Files of &type:", "File &name:", "&Save", "Cancel", "Back", "Forward",
    "Parent Directory", "Create New Folder", "List View", "Detail View", "Sidebar", "Name",
    "Size", "Date Modified", "Files",  # ("Type" is the same word in nb, da and nl)
}  # fmt: skip
#: some of what it says in each language
EXPECTED = {
    "nb": {"&Se i:", "Filer av &typen:", "Fil&navn:", "&Lagre", "Avbryt", "Tilbake", "Navn"},
    "da": {"&Kig i:", "Filer af &typen:", "&Filnavn:", "&Gem", "Annuller", "Tilbage", "Navn"},
    "nl": {"&Zoeken in:", "Bestanden van &type:", "Bestands&naam:", "Op&slaan", "Annuleren"},
}


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code: str = request.param
    install_translator(qapp, code)
    yield code
    install_translator(qapp, "en")


def _dialog_texts(dialog: QWidget) -> set[str]:
    texts: set[str] = {dialog.windowTitle()}
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        texts |= {widget.toolTip(), widget.accessibleName()}
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            texts |= {str(model.headerData(s, widget.orientation())) for s in range(widget.count())}
    return texts - {""}


@pytest.mark.parametrize("language", ["nb", "da", "nl"], indirect=True)
def test_the_export_file_dialog_speaks_the_language(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    # the exports' own dialog (export_view.save_dialog), opened without blocking
    dialog = save_dialog(None, "Export", str(tmp_path / "invoices.csv"), "CSV (*.csv)")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    texts = _dialog_texts(dialog)
    assert EXPECTED[language] <= texts, f"missing: {EXPECTED[language] - texts}"
    assert texts & ENGLISH == set()
    dialog.reject()


@pytest.mark.parametrize("language", ["nb"], indirect=True)
def test_message_box_context_menu_and_calendar_in_bokmal(qtbot: QtBot, language: str) -> None:
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "t",
        "x",
        buttons.Yes | buttons.No | buttons.Cancel | buttons.Save,
    )
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["&Ja", "&Nei", "Avbryt", "Lagre"]
    edit = QLineEdit("tekst")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    shown = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    assert shown == ["&Angre", "&Gjør om", "Klipp &ut", "&Kopier", "&Lim inn", "Slett", "Merk alt"]
    date = QDateEdit(QDate(2026, 3, 4))
    date.setCalendarPopup(True)
    qtbot.addWidget(date)
    calendar = date.calendarWidget()
    assert calendar.locale().language() == QLocale.Language.NorwegianBokmal
    assert calendar.locale().standaloneMonthName(3) == "mars"


def test_our_bokmal_qt_texts_keep_placeholders_lines_and_one_shortcut() -> None:
    wrong = []
    for message in ET.parse(TRANSLATIONS_DIR / "qtbase_nb.ts").iter("message"):
        source = message.findtext("source") or ""
        text = message.findtext("translation") or ""
        if not text:
            wrong.append(f"{source!r}: untranslated")
        elif sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", text)):
            wrong.append(f"{source!r}: placeholders {text!r}")
        elif source.count("\n") != text.count("\n"):
            wrong.append(f"{source!r}: lines {text!r}")
        elif ("&" in source.replace("&&", "")) != (text.replace("&&", "").count("&") == 1):
            wrong.append(f"{source!r}: shortcut {text!r}")
    assert wrong == []
