"""One line for the user from whatever a background task or a store raised."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from invoicedesk.gui.error_text import describe, text_of
from invoicedesk.storage.secrets import SecretStoreError
from invoicedesk.sync.identity import DuplicateAccount

log = logging.getLogger(__name__)


def describe_error(error: object) -> str:
    if isinstance(error, DuplicateAccount):
        return QCoreApplication.translate(
            "Errors",
            "This login is already added as the account “{name}”. Adding it twice would count "
            "every invoice twice.",
        ).format(name=error.existing.name)
    if text_of(error) is not None:  # provider, keyring, account list, cache: their own line
        return describe(error)
    if isinstance(error, BaseException):
        log.error("unexpected error in an account dialog", exc_info=error)
        return QCoreApplication.translate(
            "Errors", "Unexpected internal error ({name}); details are in the log file."
        ).format(name=type(error).__name__)
    return str(error)


def describe_save_error(error: object, keyring_usable: bool) -> str:
    """Why saving an account failed (nothing of it was kept) and, for the keyring, what to do.

    ``keyring_usable`` False: the keyring is one we refuse, and its message says what to do."""
    if not isinstance(error, SecretStoreError):
        return describe_error(error)
    text = QCoreApplication.translate("Errors", "Not saved: {reason}").format(
        reason=describe(error)
    )
    if keyring_usable:
        text += "\n" + QCoreApplication.translate(
            "Errors",
            "Check that the system keyring is running and unlocked (the desktop may ask for its "
            "password), then save again.",
        )
    return text
