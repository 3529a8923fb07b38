"""Errors a provider client may raise. Nothing else may escape a client: the sync engine, CLI and
GUI turn these into one clear line for the bookkeeper. Messages never contain secrets or URLs
with credentials in them: message and hint are redacted when the error is made, so a provider
that echoes a token or password in its error text ("Invalid access token: ...") cannot leak it
into the CLI's output, the GUI or the cache's account status."""

from __future__ import annotations

import re

from invoicedesk.providers.redact import redact

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(text: str) -> str:
    return _LONE_SURROGATE.sub("\ufffd", redact(text))


class ProviderError(Exception):
    """A provider or network problem, with a human message and what to do about it."""

    def __init__(self, message: str, *, status: int | None = None, hint: str | None = None) -> None:
        message = _clean(message)
        super().__init__(message)
        self.message = message
        self.status = status
        self.hint = _clean(hint) if hint is not None else None

    def describe(self) -> str:
        text = self.message
        if self.status is not None and f"HTTP {self.status}" not in text:
            text = f"HTTP {self.status}: {text}"
        if self.hint:
            text = f"{text}{'' if text.endswith(('.', '!', '?')) else '.'} {self.hint}"
        return text

    def __str__(self) -> str:
        return self.describe()


class NeedsLogin(ProviderError):
    """Credentials were refused or a login/refresh failed: the user must log in again."""


class SecurityError(ProviderError):
    """A response failed a security check (signature, certificate). Nothing from it is stored."""


class ProviderDataError(ProviderError):
    """The provider sent something we cannot read (not JSON, wrong shape)."""


class NetworkError(ProviderError):
    """The provider could not be reached, or the connection broke, after the allowed retries."""


class RateLimited(ProviderError):
    """The provider kept answering 429/503 beyond what the retry policy allows."""


class ConfigError(ProviderError):
    """The account's settings are incomplete or invalid (missing option, missing secret)."""


class Cancelled(Exception):
    """The user cancelled; raised between requests."""

    def __init__(self) -> None:
        super().__init__("cancelled")
