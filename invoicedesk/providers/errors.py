"""Errors a provider client may raise. Nothing else may escape a client: the sync engine, CLI and
GUI turn these into one clear line for the bookkeeper. Messages never contain secrets or URLs
with credentials in them: message and hint are redacted when the error is made, so a provider
that echoes a token or password in its error text ("Invalid access token: ...") cannot leak it
into the CLI's output, the GUI or the cache's account status.

Message and hint are :class:`~invoicedesk.domain.text.Text`: an English template marked for
translation and its parameters (``ProviderError(QT_TRANSLATE_NOOP("Errors", "could not reach
{host}"), host=...)``), so the window can show them in the user's language; ``str()`` and
:meth:`ProviderError.describe` are the English line. Every text parameter is redacted too."""

from __future__ import annotations

import re

from invoicedesk.domain.text import QT_TRANSLATE_NOOP, Param, Text, as_text, text
from invoicedesk.providers.redact import redact

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(text: str) -> str:
    return _LONE_SURROGATE.sub("\ufffd", redact(text))


def clean_text(message: Text) -> Text:
    """``message`` with secrets masked in its template and every text parameter."""
    return message.map_strings(_clean)


class ProviderError(Exception):
    """A provider or network problem, with a human message and what to do about it.

    ``message`` is a template (its ``{names}`` filled from ``params``) or a Text; ``hint`` a
    template without parameters or a Text."""

    def __init__(
        self,
        message: str | Text,
        *,
        status: int | None = None,
        hint: str | Text | None = None,
        **params: Param,
    ) -> None:
        self.text = clean_text(as_text(message, params))
        self.hint_text = clean_text(as_text(hint)) if hint is not None else None
        self.message = str(self.text)
        super().__init__(self.message)
        self.status = status
        self.hint = str(self.hint_text) if self.hint_text is not None else None

    def describe_text(self) -> Text:
        """The whole line (status, message, hint) as one translatable Text."""
        line = self.text
        if self.status is not None and f"HTTP {self.status}" not in self.message:
            line = text(
                QT_TRANSLATE_NOOP("Errors", "HTTP {status}: {message}"),
                status=str(self.status),
                message=line,
            )
        if self.hint_text is not None and self.hint:
            if self.message.endswith((".", "!", "?")):
                line = text(
                    QT_TRANSLATE_NOOP("Errors", "{message} {hint}"),
                    message=line,
                    hint=self.hint_text,
                )
            else:
                line = text(
                    QT_TRANSLATE_NOOP("Errors", "{message}. {hint}"),
                    message=line,
                    hint=self.hint_text,
                )
        return line

    def describe(self) -> str:
        return str(self.describe_text())

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
        self.text = text(QT_TRANSLATE_NOOP("Errors", "cancelled"))
