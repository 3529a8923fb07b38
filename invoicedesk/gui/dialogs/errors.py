"""One line for the user from whatever a background task or a store raised."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from invoicedesk.providers.errors import ProviderError
from invoicedesk.storage.accounts import AccountError
from invoicedesk.storage.secrets import SecretStoreError

log = logging.getLogger(__name__)


def describe_error(error: object) -> str:
    if isinstance(error, ProviderError):
        return error.describe()
    if isinstance(error, (SecretStoreError, AccountError)):
        return str(error)
    if isinstance(error, BaseException):
        log.error("unexpected error in an account dialog", exc_info=error)
        return QCoreApplication.translate(
            "Errors", "Unexpected internal error ({name}); details are in the log file."
        ).format(name=type(error).__name__)
    return str(error)
