"""UI language: English (the source texts), Norwegian Bokmål, Danish and Dutch.

``install_translator`` loads ``translations/invoicedesk_<code>.qm`` and Qt's own
``qtbase_<code>.qm`` (standard buttons, file dialogs) when Qt ships one. English is the source
language; its .qm holds only the plural forms ("1 row", "2 rows"). The language follows the
system unless the settings name one (key ``ui/language``)."""

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
#: other language tags that mean one of ours (Norwegian in general and Nynorsk read Bokmål)
_ALIASES = {"no": "nb", "nn": "nb", "nb": "nb", "da": "da", "nl": "nl", "en": "en"}
_OBJECT_NAME = "invoicedesk-translator"

# Qt's standard dialog buttons are translated by qtbase_<lang>.qm, which Qt does not ship for
# Norwegian Bokmål; these entries let our own .ts files carry them (lupdate extracts them).
QT_STANDARD_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
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


def install_translator(app: QCoreApplication, language: str | None) -> str:
    """Install the translators for ``language`` (None or "system": follow the system) and
    return the chosen code. Earlier installed invoicedesk translators are replaced."""
    code = normalize(language) or system_language()
    for old in app.findChildren(QTranslator, _OBJECT_NAME):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    candidates = [(qm_path(code), True)]  # English too: it holds the plural forms
    if code != DEFAULT:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates.insert(0, (Path(qt_dir) / f"qtbase_{code}.qm", False))
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
