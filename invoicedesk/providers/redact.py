"""Redaction of secrets in every log line, from every logger (httpx and httpcore included).

Log records are process-wide, so redaction is too: :func:`install` wraps the log-record factory
once, and every record is redacted when it is created, before any handler (including pytest's
caplog) sees it. Secrets are registered by the HTTP sessions that use them; URL credentials
(``token=``, ``access_token=``, ``code=`` ...) and ``Authorization`` values are masked by pattern
even when never registered.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from typing import Any

MASK = "***"

_QUERY = re.compile(
    r"(?i)(?<![a-z0-9_])((?:access_|refresh_|id_)?token|code|code_verifier|client_secret|"
    r"password|secret_key|secret|apikey|api_key)=([^&\s'\"<>]+)"
)
_JSON = re.compile(
    r"(?i)(\"(?:access_token|refresh_token|token|password|secret_key|secret|client_secret|"
    r"code_verifier|code)\"\s*:\s*\")([^\"]*)"
)
_AUTH = re.compile(r"(?i)\b(Basic|Bearer|hmac) ([A-Za-z0-9+/=._:~-]{6,})")
_RULES = [(_QUERY, "{}=" + MASK), (_JSON, "{}" + MASK), (_AUTH, "{} " + MASK)]


class Redactor:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._secrets: frozenset[str] = frozenset()

    def add(self, secrets: Iterable[str | None]) -> None:
        # Very short strings would mask ordinary words; real secrets are longer.
        fresh = {s for s in secrets if s and len(s) >= 4}
        if fresh - self._secrets:
            with self._lock:
                self._secrets = self._secrets | fresh

    def redact(self, text: str) -> str:
        for secret in sorted(self._secrets, key=len, reverse=True):
            if secret in text:
                text = text.replace(secret, MASK)
        for pattern, template in _RULES:
            text = pattern.sub(_Replacer(template), text)
        return text


class _Replacer:
    def __init__(self, template: str) -> None:
        self.template = template

    def __call__(self, match: re.Match[str]) -> str:
        return self.template.format(match.group(1))


REDACTOR = Redactor()
_installed = False
_install_lock = threading.Lock()


def install(redactor: Redactor = REDACTOR) -> None:
    """Wrap the log-record factory so every record is redacted at creation (idempotent)."""
    global _installed
    with _install_lock:
        if _installed:
            return
        previous = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            try:
                message = record.getMessage()
            except Exception:  # a broken format string must not hide the record
                message = str(record.msg)
            record.msg = redactor.redact(message)
            record.args = None
            if record.exc_info and not record.exc_text:
                record.exc_text = redactor.redact(
                    logging.Formatter().formatException(record.exc_info)
                )
            return record

        logging.setLogRecordFactory(factory)
        _installed = True


def redact(text: str) -> str:
    return REDACTOR.redact(text)


def redact_url(url: str) -> str:
    """A URL safe to show: credentials in the query masked, userinfo dropped."""
    text = re.sub(r"//[^/@\s]+@", "//", url)
    return REDACTOR.redact(text)
