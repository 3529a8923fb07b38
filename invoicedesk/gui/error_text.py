"""The one place where an error, or a message of the Qt-free layers, becomes the user's language.

Providers, sync and storage word their messages as :class:`~invoicedesk.domain.text.Text` (an
English template marked for translation, context ``"Errors"``, and named parameters). Here the
template is translated and the parameters are filled in: numbers with the language's decimal
sign, dates in the language's one date format, nested Texts translated the same way; names,
codes, URLs and the provider's own words as they are. A message without a Text (written by an
older version, or a plain string) is shown as it is.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import get_decimal_symbol
from PySide6.QtCore import QCoreApplication, QTranslator

from invoicedesk.domain.text import CONTEXT, Param, Text, english_value, render
from invoicedesk.gui.formatting import babel_locale
from invoicedesk.providers.errors import ProviderError
from invoicedesk.storage.secrets import BackendReport, keyring_help_text

translate = QCoreApplication.translate


def language() -> str:
    """The language of the installed translation ("en" when none is)."""
    app = QCoreApplication.instance()
    if app is not None:
        for translator in app.findChildren(QTranslator):
            code = translator.language()
            if code:
                return code.replace("-", "_").split("_")[0].lower()
    return "en"


def show(message: Text | str | None) -> str:
    """``message`` in the user's language."""
    if message is None:
        return ""
    if isinstance(message, str):
        return message
    locale = babel_locale(language())

    def value(param: Param, conversion: str | None, spec: str) -> str:
        if isinstance(param, dt.date) and not conversion:
            return format_date(param, "short", locale=locale)
        if isinstance(param, (float, Decimal)) and not conversion:
            return english_value(param, None, spec).replace(".", get_decimal_symbol(locale))
        return english_value(param, conversion, spec)

    return render(message, lambda template: translate(CONTEXT, template), value)


def text_of(error: object) -> Text | None:
    """The translatable line of an error of the Qt-free layers, None for any other."""
    if isinstance(error, ProviderError):
        return error.describe_text()
    found = getattr(error, "text", None)
    return found if isinstance(found, Text) else None


def describe(error: object) -> str:
    """An error's one line in the user's language (its English line when it has no Text)."""
    found = text_of(error)
    return show(found) if found is not None else str(error)


def keyring_help(report: BackendReport) -> str:
    """Why no usable keyring was found and what to do, in the user's language."""
    return show(keyring_help_text(report))
