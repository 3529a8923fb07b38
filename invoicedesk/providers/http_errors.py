"""The lines of the HTTP session's own failures (retries used up, an answer lost), apart from
the session's mechanics."""

from __future__ import annotations

from invoicedesk.domain.text import QT_TRANSLATE_NOOP, Text, text
from invoicedesk.providers.errors import NetworkError


def stayed_busy_or_unavailable(busy: bool, attempts: int) -> Text:
    if busy:
        template = (
            QT_TRANSLATE_NOOP(
                "Errors", "the provider stayed busy (too many requests) after 1 attempt"
            )
            if attempts == 1
            else QT_TRANSLATE_NOOP(
                "Errors", "the provider stayed busy (too many requests) after {attempts} attempts"
            )
        )
    else:
        template = (
            QT_TRANSLATE_NOOP("Errors", "the provider stayed unavailable after 1 attempt")
            if attempts == 1
            else QT_TRANSLATE_NOOP(
                "Errors", "the provider stayed unavailable after {attempts} attempts"
            )
        )
    return text(template, attempts=attempts)


def answer_lost(method: str, host: str, problem: Text) -> NetworkError:
    return NetworkError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "the answer from {host} was lost ({problem}); the {method} was not "
            "sent again, since the server may already have carried it out",
        ),
        hint=QT_TRANSLATE_NOOP("Errors", "Check the internet connection, then try again."),
        host=host,
        problem=problem,
        method=method,
    )


def size_text(count: int) -> str:
    """``64 MB``; below a megabyte in kB or bytes (a small limit must not read "0 MB")."""
    if count >= 2**20:
        return f"{count // 2**20} MB"
    return f"{count // 1024} kB" if count >= 1024 else f"{count} bytes"
