"""Buckaroo's HMAC scheme: every request is signed (``Authorization: hmac
websiteKey:signature:nonce:timestamp``) and every answer's signature is checked before anything
from it is used. Besides the signature, an answer must be fresh: its timestamp within the same
±5 minutes the server allows a request, and its nonce not seen before in this session, so an
answer recorded earlier cannot be replayed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import re
import threading
import time
import uuid
from collections.abc import Callable, Generator
from urllib.parse import quote_plus

from invoicedesk.domain.text import QT_TRANSLATE_NOOP, Text, text
from invoicedesk.providers.errors import SecurityError
from invoicedesk.providers.http import Auth, Request, Response

log = logging.getLogger("invoicedesk.providers.buckaroo")

#: seconds a timestamp may differ from this computer's clock, both ways (requests and answers)
ALLOWED_SKEW = 300

# ---- HMAC -----------------------------------------------------------------------------------

_SCHEME = re.compile(r"^[^:/.]*[:/]+")
_DEFAULT_PORTS = {"https": ":443", "http": ":80"}


def normalise_uri(url: str) -> str:
    """Buckaroo's signed form of a URL: scheme stripped (a non-default port kept), the rest
    URL-encoded as one component (``/ ? = & :`` encoded, space as ``+``), then lower-cased."""
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    rest = _SCHEME.sub("", url, count=1)
    authority, sep, tail = rest.partition("/")
    default = _DEFAULT_PORTS.get(scheme)
    if default and authority.endswith(default):
        authority = authority[: -len(default)]
    return quote_plus(authority + sep + tail, safe="").lower()


def content_hash(body: bytes) -> str:
    """base64(MD5(body)); the empty string (not the MD5 of nothing) when there is no body."""
    if not body:
        return ""
    return base64.b64encode(hashlib.md5(body, usedforsecurity=False).digest()).decode("ascii")


def signature(
    website_key: str, secret_key: str, method: str, url: str, body: bytes, ts: int, nonce: str
) -> str:
    message = f"{website_key}{method.upper()}{normalise_uri(url)}{ts}{nonce}{content_hash(body)}"
    digest = hmac.new(secret_key.encode("utf-8"), message.encode("utf-8"), hashlib.sha256)
    return base64.b64encode(digest.digest()).decode("ascii")


def authorization(
    website_key: str, secret_key: str, method: str, url: str, body: bytes, ts: int, nonce: str
) -> str:
    """The ``Authorization`` value: ``hmac websiteKey:signature:nonce:timestamp``."""
    sig = signature(website_key, secret_key, method, url, body, ts, nonce)
    return f"hmac {website_key}:{sig}:{nonce}:{ts}"


def new_nonce() -> str:
    return uuid.uuid4().hex


class BuckarooAuth(Auth):
    """Signs each request and checks the signature of each answer (in the auth flow, so an
    answer that fails the check never reaches the caller)."""

    requires_request_body = True
    requires_response_body = True

    def __init__(
        self,
        website_key: str,
        secret_key: str,
        *,
        clock: Callable[[], float] = time.time,
        nonce: Callable[[], str] = new_nonce,
        require_response_signature: str = "warn",
    ) -> None:
        self.website_key = website_key
        self._secret = secret_key
        self._clock = clock
        self._nonce = nonce
        self.require_response_signature = require_response_signature
        self.unsigned = 0
        #: nonce -> timestamp of every signed answer in the skew window (bounded by it)
        self._seen: dict[str, int] = {}
        self._seen_lock = threading.Lock()

    def auth_flow(self, request: Request) -> Generator[Request, Response, None]:
        ts = int(self._clock())
        request.headers["Authorization"] = authorization(
            self.website_key,
            self._secret,
            request.method,
            str(request.url),
            request.content,
            ts,
            self._nonce(),
        )
        response = yield request
        self.check_response(request, response)

    def check_response(self, request: Request, response: Response) -> None:
        header = (response.headers.get("Authorization") or "").strip()
        success = 200 <= response.status_code < 300
        if not header:
            if success:
                self._unsigned()
            return
        if response.status_code == 401:
            # With a wrong secret key the refusal's signature cannot match; the refusal itself
            # is reported (nothing from it is stored).
            return
        parts = header[5:].split(":") if header.lower().startswith("hmac ") else []
        expected = ""
        if len(parts) == 4 and parts[0] == self.website_key and parts[3].isdigit():
            expected = authorization(
                self.website_key,
                self._secret,
                request.method,
                str(request.url),
                response.content,
                int(parts[3]),
                parts[2],
            )
        if not expected or not hmac.compare_digest(expected.encode(), header.encode()):
            raise SecurityError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Buckaroo's answer failed its signature check, so nothing from it was used",
                ),
                status=response.status_code,
                hint=QT_TRANSLATE_NOOP(
                    "Errors",
                    "The connection may be tampered with; check the network (proxy, VPN) "
                    "and the account's secret key, then sync again.",
                ),
            )
        self._check_fresh(parts[2], int(parts[3]), response.status_code)

    def _check_fresh(self, nonce: str, ts: int, status: int) -> None:
        """A validly signed answer is used once, and only when made within the skew window."""
        now = self._clock()
        off = ts - now
        if abs(off) > ALLOWED_SKEW:
            raise SecurityError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Buckaroo's answer is signed with a time {span} ahead of this computer's "
                    "clock, so it may be a replayed answer and nothing from it was used",
                )
                if off > 0
                else QT_TRANSLATE_NOOP(
                    "Errors",
                    "Buckaroo's answer is signed with a time {span} behind this computer's "
                    "clock, so it may be a replayed answer and nothing from it was used",
                ),
                status=status,
                hint=QT_TRANSLATE_NOOP(
                    "Errors",
                    "Check the computer's date, time and time zone; if they are right, the "
                    "connection may be tampered with (proxy, VPN).",
                ),
                span=_span(abs(off)),
            )
        with self._seen_lock:
            for old in [n for n, when in self._seen.items() if now - when > 2 * ALLOWED_SKEW]:
                del self._seen[old]
            if nonce in self._seen:
                raise SecurityError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Buckaroo's answer repeats the signature nonce of an earlier answer (a "
                        "replayed answer), so nothing from it was used",
                    ),
                    status=status,
                    hint=QT_TRANSLATE_NOOP(
                        "Errors",
                        "The connection may be tampered with; check the network (proxy, VPN), "
                        "then sync again.",
                    ),
                )
            self._seen[nonce] = ts

    def _unsigned(self) -> None:
        if self.require_response_signature == "yes":
            raise SecurityError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Buckaroo's answer carries no signature, so it cannot be trusted"
                ),
                hint=QT_TRANSLATE_NOOP(
                    "Errors",
                    "The connection may be tampered with; check the network (proxy, VPN). "
                    "Set require_response_signature=warn only if you trust this network.",
                ),
            )
        if self.unsigned == 0:
            log.warning("Buckaroo sent an answer without a signature (Authorization header)")
        self.unsigned += 1


def _span(seconds: float) -> Text:
    if seconds >= 2 * 86400:
        return text(QT_TRANSLATE_NOOP("Errors", "{count:.0f} days"), count=seconds / 86400)
    if seconds >= 2 * 3600:
        return text(QT_TRANSLATE_NOOP("Errors", "{count:.0f} hours"), count=seconds / 3600)
    return text(QT_TRANSLATE_NOOP("Errors", "{count:.0f} minutes"), count=seconds / 60)


__all__ = [
    "ALLOWED_SKEW",
    "BuckarooAuth",
    "authorization",
    "content_hash",
    "new_nonce",
    "normalise_uri",
    "signature",
]
