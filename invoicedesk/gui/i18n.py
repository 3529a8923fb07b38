"""UI language: English (the source texts), Norwegian Bokmål, Danish and Dutch.

``install_translator`` loads ``translations/invoicedesk_<code>.qm`` and Qt's own
``qtbase_<code>.qm`` (standard buttons, the file dialog, context menus): the one Qt ships, else
ours (``translations/qtbase_nb.ts``: Qt ships Nynorsk and Danish but no Bokmål). It also makes
the language's locale Qt's default, so widgets made afterwards (the date edits' calendar, the
file dialog's sizes and dates) speak it too. English is the source language; its .qm holds only
the plural forms ("1 row", "2 rows"). The language follows the system unless the settings name
one (key ``ui/language``); it can change while the app runs (gui/language_switch.py)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).with_name("translations")
SETTINGS_KEY = "ui/language"
SYSTEM = "system"
DEFAULT = "en"
#: code -> the language's own name (shown untranslated, so everyone finds their language)
LANGUAGES: dict[str, str] = {
    "en": "English",
    "nb": "Norsk bokmål",
    "da": "Dansk",
    "nl": "Nederlands",
}
#: code -> the locale Qt's widgets use (the same as gui/formatting.py's Babel locales)
QT_LOCALES: dict[str, str] = {"en": "en_GB", "nb": "nb_NO", "da": "da_DK", "nl": "nl_NL"}
#: other language tags that mean one of ours (Norwegian in general and Nynorsk read Bokmål)
_ALIASES = {"no": "nb", "nn": "nb", "nb": "nb", "da": "da", "nl": "nl", "en": "en"}
_OBJECT_NAME = "invoicedesk-translator"

# The file dialog's "&Look in:" and "Files of &type:" are Qt 6 texts that Qt's own qtbase_da
# and qtbase_nl do not translate yet: our .ts files carry them (lupdate extracts these). Qt's other
# texts come from qtbase_<lang>.qm (da, nl) and our own translations/qtbase_nb.ts (Bokmål).
QT_STANDARD_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def normalize(language: str | None) -> str | None:
    """ "nb", "nb_NO", "no-NO" -> "nb"; None/"system" -> None; unknown -> "en"."""
    if not language or language == SYSTEM:
        return None
    tag = language.replace("-", "_").split("_")[0].lower()
    return _ALIASES.get(tag, DEFAULT)


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's UI languages that we ship, else English."""
    locale = locale or QLocale.system()
    for tag in locale.uiLanguages():
        code = _ALIASES.get(tag.replace("-", "_").split("_")[0].lower())
        if code:
            return code
    return DEFAULT


def stored_language(settings: QSettings) -> str | None:
    """The language the settings name, or None to follow the system."""
    value = settings.value(SETTINGS_KEY, SYSTEM)
    return normalize(str(value)) if value else None


def qm_path(code: str) -> Path:
    return TRANSLATIONS_DIR / f"invoicedesk_{code}.qm"


def qt_qm_path(code: str) -> Path | None:
    """Qt's own texts in the language: Qt's file, else ours; None when neither exists."""
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for path in (qt_dir / f"qtbase_{code}.qm", TRANSLATIONS_DIR / f"qtbase_{code}.qm"):
        if path.exists():
            return path
    return None


def install_translator(app: QCoreApplication, language: str | None) -> str:
    """Install the translators for ``language`` (None or "system": follow the system) and
    return the chosen code. Earlier installed invoicedesk translators are replaced."""
    code = normalize(language) or system_language()
    for old in app.findChildren(QTranslator, _OBJECT_NAME):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    QLocale.setDefault(QLocale(QT_LOCALES[code]))
    candidates = [(qm_path(code), True)]  # English too: it holds the plural forms
    if code != DEFAULT and (qt_texts := qt_qm_path(code)) is not None:
        candidates.insert(0, (qt_texts, False))
    for path, required in candidates:
        if not path.exists():
            if required:
                log.warning("no translation file %s; the interface stays in English", path)
            continue
        # parented to the application: it lives as long as the app, not as this wrapper
        translator = QTranslator(app)
        translator.setObjectName(_OBJECT_NAME)
        if translator.load(str(path)) and QCoreApplication.installTranslator(translator):
            continue
        log.warning("could not load the translation %s", path)
        translator.deleteLater()
    return code
