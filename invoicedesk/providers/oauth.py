"""OAuth 2.0 for native apps (RFC 8252), Qt-free and reusable by any provider module.

- PKCE (RFC 7636): :func:`pkce_verifier`, :func:`pkce_challenge` (S256).
- :class:`LoopbackListener` (in :mod:`invoicedesk.providers.oauth_loopback`): the one-shot
  redirect receiver on 127.0.0.1.
- :class:`TokenEndpoint`: token requests with the three client-authentication styles seen in the
  wild (HTTP Basic, form body, query string), falling back to another style on ``invalid_client``.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from invoicedesk.domain.text import QT_TRANSLATE_NOOP, Param, Text, text
from invoicedesk.providers.base import expect_object, parse_json
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import (
    Cancelled,
    ProviderDataError,
    ProviderError,
)
from invoicedesk.providers.http import HttpSession, Response
from invoicedesk.providers.oauth_loopback import LOOPBACK_HOST, LoopbackListener

CLIENT_AUTH_STYLES = ("basic", "form", "query")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


# ---- PKCE ---------------------------------------------------------------------------------------


def pkce_verifier(nbytes: int = 32) -> str:
    """A fresh code verifier: 32 random bytes give 43 characters of base64url (RFC 7636 §4.1)."""
    return _b64url(secrets.token_bytes(nbytes))


def pkce_challenge(verifier: str) -> str:
    """The S256 challenge: base64url(SHA-256(ASCII(verifier))) without padding."""
    if not 43 <= len(verifier) <= 128 or not set(verifier) <= _UNRESERVED:
        raise ValueError("a PKCE verifier is 43 to 128 unreserved characters (RFC 7636 §4.1)")
    return _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


def new_state() -> str:
    return secrets.token_urlsafe(24)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def with_query(url: str, params: Mapping[str, str]) -> str:
    """``url`` with ``params`` appended to whatever query it already has."""
    parts = urlsplit(url)
    extra = urlencode(list(params.items()))
    query = f"{parts.query}&{extra}" if parts.query else extra
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


# ---- token endpoint -----------------------------------------------------------------------------


class TokenError(ProviderError):
    """The token endpoint answered with an RFC 6749 error (``invalid_grant``, ...)."""

    def __init__(
        self,
        message: str | Text,
        *,
        error: str | None,
        status: int,
        hint: str | Text | None = None,
        **params: Param,
    ):
        super().__init__(message, status=status, hint=hint, **params)
        self.error = error


@dataclass(frozen=True)
class TokenSet:
    access_token: str
    refresh_token: str | None
    #: epoch seconds, None when the server gave no ``expires_in``
    expires_at: float | None
    token_type: str | None = None
    scope: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class TokenEndpoint:
    http: HttpSession
    url: str
    client_id: str
    client_secret: str | None
    style: str = "basic"
    #: style to retry with when the first one gets ``invalid_client`` (None: no retry)
    fallback_style: str | None = "query"
    provider: str = "the provider"
    headers: Mapping[str, str] = field(default_factory=lambda: {"Accept": "application/json"})

    def __post_init__(self) -> None:
        if self.style not in CLIENT_AUTH_STYLES:
            raise ValueError(f"client_auth must be one of {', '.join(CLIENT_AUTH_STYLES)}")
        self.http.add_secrets(self.client_secret)

    def request(
        self, grant: Mapping[str, str], *, now: float, cancel: CancelToken | None = None
    ) -> TokenSet:
        """POST a grant; on ``invalid_client`` retry once with :attr:`fallback_style` (which is
        then kept for later calls). Raises :class:`TokenError` for an RFC 6749 error."""
        try:
            response = self._post(grant, self.style, cancel)
            return self._parse(response, now)
        except TokenError as exc:
            fallback = self.fallback_style
            if exc.error != "invalid_client" or fallback is None or fallback == self.style:
                raise
        response = self._post(grant, fallback, cancel)
        tokens = self._parse(response, now)
        self.style = fallback
        return tokens

    def _post(self, grant: Mapping[str, str], style: str, cancel: CancelToken | None) -> Response:
        headers = dict(self.headers)
        params: dict[str, str] | None = None
        body: dict[str, str] = dict(grant)
        if style == "basic" and self.client_secret:
            pair = f"{self.client_id}:{self.client_secret}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
        else:
            body["client_id"] = self.client_id
            if self.client_secret:
                body["client_secret"] = self.client_secret
        if style == "query":
            params, body = body, {}
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        return self.http.request(
            "POST",
            self.url,
            params=params,
            headers=headers,
            content=urlencode(body).encode("ascii"),
            cancel=cancel,
        )

    def _parse(self, response: Response, now: float) -> TokenSet:
        if response.status_code != 200:
            raise self._error(response)
        body = expect_object(parse_json(response, "token"), "the token answer")
        access = body.get("access_token")
        if not isinstance(access, str) or not access:
            raise ProviderDataError(
                QT_TRANSLATE_NOOP("Errors", "the {provider} token answer has no access token"),
                provider=self.provider,
            )
        refresh = body.get("refresh_token")
        refresh = refresh if isinstance(refresh, str) and refresh else None
        self.http.add_secrets(access, refresh)
        expires_at = None
        lifetime = _seconds(body.get("expires_in"))
        if lifetime is not None:
            expires_at = now + lifetime
        token_type = body.get("token_type")
        scope = body.get("scope")
        return TokenSet(
            access_token=access,
            refresh_token=refresh,
            expires_at=expires_at,
            token_type=token_type if isinstance(token_type, str) else None,
            scope=scope if isinstance(scope, str) else None,
            raw={k: v for k, v in body.items() if k not in ("access_token", "refresh_token")},
        )

    def _error(self, response: Response) -> TokenError:
        error: str | None = None
        description: str | None = None
        try:
            body = parse_json(response, "token error")
        except ProviderDataError:
            body = None
        if isinstance(body, dict):
            value = body.get("error")
            error = value if isinstance(value, str) else None
            value = body.get("error_description") or body.get("errorMessage")
            description = value if isinstance(value, str) else None
        reason = description or error or response.reason_phrase or "error"
        return TokenError(
            QT_TRANSLATE_NOOP(
                "Errors", "the {provider} sign-in server refused the request: {reason}"
            ),
            error=error,
            status=response.status_code,
            provider=self.provider,
            reason=reason[:160],
        )


def _seconds(value: object) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal):
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


# ---- browser sign-in and token keeping ---------------------------------------------------------


@dataclass(frozen=True)
class Authorization:
    """What the browser step yields: the code and what the code exchange must repeat."""

    code: str
    redirect_uri: str
    code_verifier: str | None


def authorize_in_browser(
    *,
    authorize_url: str,
    client_id: str,
    open_url: Callable[[str], None],
    timeout: float,
    cancel: CancelToken | None,
    scope: str | None = None,
    pkce: bool = True,
    provider: str = "the provider",
    login_command: str = "the login",
) -> Authorization:
    """RFC 8252: start a loopback listener, open the browser at the authorize URL (``state`` and,
    unless ``pkce`` is False, an S256 challenge) and wait for the one redirect."""
    state = new_state()
    verifier = pkce_verifier() if pkce else None
    with LoopbackListener(state, provider=provider) as listener:
        listener.start()
        params = {
            "client_id": client_id,
            "response_type": "code",
            "redirect_uri": listener.redirect_uri,
        }
        if scope is not None:
            params["scope"] = scope
        params["state"] = state
        if verifier is not None:
            params["code_challenge"] = pkce_challenge(verifier)
            params["code_challenge_method"] = "S256"
        try:
            open_url(with_query(authorize_url, params))
        except (ProviderError, Cancelled):
            raise
        except Exception:
            if listener.finished:  # the redirect arrived; its outcome is what counts
                return Authorization(listener.wait(0, cancel), listener.redirect_uri, verifier)
            raise ProviderError(
                QT_TRANSLATE_NOOP(
                    "Errors", "could not open the web browser for the {provider} sign-in"
                ),
                hint=text(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Run {login_command} with --no-browser and open the printed address "
                        "yourself.",
                    ),
                    login_command=login_command,
                ),
                provider=provider,
            ) from None
        code = listener.wait(timeout, cancel)
        return Authorization(code, listener.redirect_uri, verifier)


class TokenKeeper:
    """An access token shared by an account's worker threads. ``renew`` (called with the lock
    held) gets a new one: a refresh grant or a client-credentials grant. Workers that all got a
    401 renew once and share the result."""

    def __init__(
        self,
        renew: Callable[[CancelToken | None], TokenSet],
        *,
        clock: Callable[[], float],
        access: str | None = None,
        expires_at: float | None = None,
        skew: float = 60.0,
    ) -> None:
        self._renew = renew
        self._clock = clock
        self._access = access
        self._expires_at = expires_at
        self._skew = skew
        self._lock = threading.Lock()

    def current(self, cancel: CancelToken | None = None) -> str:
        """The access token, renewed first when missing or within ``skew`` of its expiry."""
        with self._lock:
            if self._access is None or self._expiring():
                self._take(self._renew(cancel))
            assert self._access is not None
            return self._access

    def renew_after_401(self, used: str, cancel: CancelToken | None = None) -> str:
        with self._lock:
            if self._access is not None and self._access != used and not self._expiring():
                return self._access  # another worker renewed it meanwhile
            self._take(self._renew(cancel))
            assert self._access is not None
            return self._access

    def _take(self, tokens: TokenSet) -> None:
        self._access = tokens.access_token
        self._expires_at = tokens.expires_at

    def _expiring(self) -> bool:
        return self._expires_at is not None and self._clock() >= self._expires_at - self._skew


__all__ = [
    "CLIENT_AUTH_STYLES",
    "LOOPBACK_HOST",
    "Authorization",
    "LoopbackListener",
    "TokenEndpoint",
    "TokenError",
    "TokenKeeper",
    "TokenSet",
    "authorize_in_browser",
    "new_state",
    "pkce_challenge",
    "pkce_verifier",
    "with_query",
]
