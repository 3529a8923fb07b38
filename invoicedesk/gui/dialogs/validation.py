"""Field checks for the account dialogs. Each returns a translated message, or None when fine."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from invoicedesk.storage.accounts import AccountError, validate_name

_EMAIL = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;.]{2,}$")


def is_http_url(text: str) -> bool:
    try:
        parts = urlsplit(text)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        return False
    return (
        parts.scheme in ("http", "https")
        and bool(parts.hostname)
        and port_ok
        and not any(c.isspace() for c in text)
    )


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


def required_error(text: str) -> str | None:
    if text.strip():
        return None
    return QCoreApplication.translate("Validation", "Required.")


def url_error(text: str) -> str | None:
    if not text or is_http_url(text):
        return None
    return QCoreApplication.translate(
        "Validation", "Enter a web address starting with https:// (or http://)."
    )


def email_error(text: str) -> str | None:
    if not text or is_email(text):
        return None
    return QCoreApplication.translate(
        "Validation", "This does not look like an e-mail address (name@example.com)."
    )


def name_error(name: str, taken: set[str]) -> str | None:
    if not name:
        return QCoreApplication.translate("Validation", "Give the account a name.")
    try:
        validate_name(name)
    except AccountError:
        return QCoreApplication.translate(
            "Validation",
            "Use up to 64 letters, digits, spaces and . _ @ + - (no space at the start or end).",
        )
    if name in taken:
        return QCoreApplication.translate("Validation", "An account with this name exists already.")
    return None
