"""Translations: the translator loads nb/da/nl (and English plural forms), dialogs come up
translated, the .qm files match the .ts files, and no translation drops a placeholder."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from invoicedesk.gui.dialogs.plurals import plurals
from invoicedesk.gui.i18n import (
    SETTINGS_KEY,
    TRANSLATIONS_DIR,
    install_translator,
    normalize,
    stored_language,
    system_language,
)
from invoicedesk.gui.settings import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("nb", "da", "nl")
#: contexts of the account dialogs, settings and i18n: always fully translated
DIALOG_CONTEXTS = {
    "AccountForm", "AddAccountDialog", "BrowserSignIn", "Buckaroo", "ConnectID",
    "ConnectionTest", "Errors", "KeyringSave", "Plurals", "ProviderFields", "QLineEdit",
    "QPlatformTheme",
    "ReloginDialog", "SettingsDialog", "TelecomX", "TrackedInvoices", "Validation",
}  # fmt: skip
PLACEHOLDER = re.compile(r"\{\w*\}|%n")


@pytest.fixture(autouse=True)
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    install_translator(qapp, "en")


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


EXPECTED = {
    "nb": ("Legg til konto", "Passord", "Importerte 1 rad fra x", "Importerte 4 rader fra x"),
    "da": ("Tilføj konto", "Adgangskode", "Importerede 1 række fra x",
           "Importerede 4 rækker fra x"),
    "nl": ("Account toevoegen", "Wachtwoord", "1 rij geïmporteerd uit x",
           "4 rijen geïmporteerd uit x"),
}  # fmt: skip


@pytest.mark.parametrize("code", LANGUAGES)
def test_translator_loads_language(qapp: QApplication, code: str) -> None:
    add_account, password, plural_one, plural_many = EXPECTED[code]
    assert install_translator(qapp, code) == code
    assert tr("AddAccountDialog", "Add account") == add_account
    assert tr("ProviderFields", "Password") == password
    assert plurals().imported_rows(1).format(name="x") == plural_one
    assert plurals().imported_rows(4).format(name="x") == plural_many
    # Qt's own standard buttons are translated too (for nb from our file: Qt ships none)
    assert tr("QPlatformTheme", "Cancel") != "Cancel"


STATUS_TERMS = {
    "nb": ("Betalt", "Delvis betalt", "Ubetalt", "Forfalt", "Faktura"),
    "da": ("Betalt", "Delvist betalt", "Ubetalt", "Forfalden", "Faktura"),
    "nl": ("Betaald", "Gedeeltelijk betaald", "Onbetaald", "Achterstallig", "Factuur"),
}


@pytest.mark.parametrize("code", LANGUAGES)
def test_invoice_statuses_use_bookkeeping_terms(qapp: QApplication, code: str) -> None:
    install_translator(qapp, code)
    sources = ("Paid", "Partially paid", "Unpaid", "Overdue", "Invoice")
    assert tuple(tr("formatting", s) for s in sources) == STATUS_TERMS[code]


def test_switching_back_to_english(qapp: QApplication) -> None:
    install_translator(qapp, "nb")
    assert tr("SettingsDialog", "Language") == "Språk"
    assert install_translator(qapp, "en") == "en"
    assert tr("SettingsDialog", "Language") == "Language"
    assert plurals().imported_rows(1).format(name="f") == "Imported 1 row from f"
    assert plurals().imported_rows(2).format(name="f") == "Imported 2 rows from f"


def test_language_follows_the_system(qapp: QApplication) -> None:
    assert system_language(QLocale("da_DK")) == "da"
    assert system_language(QLocale("nn_NO")) == "nb"  # Nynorsk readers get Bokmål
    assert system_language(QLocale("nl_BE")) == "nl"
    assert system_language(QLocale("de_DE")) == "en"
    assert normalize("nb-NO") == "nb" and normalize("system") is None and normalize("fr") == "en"
    assert install_translator(qapp, None) == system_language()
    assert install_translator(qapp, "system") == system_language()


def test_stored_language_setting(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert stored_language(settings) is None
    settings.setValue(SETTINGS_KEY, "nl")
    assert stored_language(settings) == "nl"


def test_dialog_comes_up_translated(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    install_translator(qapp, "da")
    dialog = SettingsDialog(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Indstillinger"
    assert dialog.language.itemText(0).startswith("Systemstandard")


# ---- the translation files --------------------------------------------------------------


def messages(code: str) -> Iterator[tuple[str, ET.Element]]:
    root = ET.parse(TRANSLATIONS_DIR / f"invoicedesk_{code}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def translations_of(message: ET.Element) -> list[str]:
    node = message.find("translation")
    if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
        return []
    forms = node.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [node.text or ""]


@pytest.mark.parametrize("code", LANGUAGES)
def test_dialog_strings_are_all_translated(code: str) -> None:
    missing = [
        f"{name}: {message.findtext('source')}"
        for name, message in messages(code)
        if name in DIALOG_CONTEXTS
        and message.find("translation") is not None
        and message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert not missing, f"untranslated in invoicedesk_{code}.ts: {missing}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_string_is_translated(code: str) -> None:
    """Not only the dialogs: the table, strip, aging panel, filters and detail pane too."""
    missing = [
        f"{name}: {message.findtext('source')}"
        for name, message in messages(code)
        if message.find("translation") is not None
        and message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert not missing, f"untranslated in invoicedesk_{code}.ts: {missing}"


@pytest.mark.parametrize("code", (*LANGUAGES, "en"))
def test_translations_keep_placeholders(code: str) -> None:
    wrong = []
    for name, message in messages(code):
        wanted = sorted(PLACEHOLDER.findall(message.findtext("source") or ""))
        for text in translations_of(message):
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                wrong.append(f"{name}: {text!r}")
    assert not wrong, f"placeholders differ from the source in invoicedesk_{code}.ts: {wrong}"


def load_script() -> ModuleType:
    path = ROOT / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_qm_files_are_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    script = load_script()
    for code in ("en", *LANGUAGES):
        assert (TRANSLATIONS_DIR / f"invoicedesk_{code}.qm").is_file()
    assert script.check() == 0, capsys.readouterr().out
