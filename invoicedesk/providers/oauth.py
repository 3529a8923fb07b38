"""OAuth 2.0 for native apps (RFC 8252), Qt-free and reusable by any provider module.

- PKCE (RFC 7636): :func:`pkce_verifier`, :func:`pkce_challenge` (S256).
- :class:`LoopbackListener`: a one-shot redirect receiver bound to 127.0.0.1 on an ephemeral port
  that checks ``state``, answers with a small "you can close this tab" page and stops after one
  redirect; :meth:`LoopbackListener.wait` gives up after a timeout and honours a cancel token.
- :class:`TokenEndpoint`: token requests with the three client-authentication styles seen in the
  wild (HTTP Basic, form body, query string), falling back to another style on ``invalid_client``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from invoicedesk.providers.base import expect_object, parse_json
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import (
    Cancelled,
    ProviderDataError,
    ProviderError,
    SecurityError,
)
from invoicedesk.providers.http import HttpSession, Response

LOOPBACK_HOST = "127.0.0.1"
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


# ---- loopback redirect listener -----------------------------------------------------------------

_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{title}</title></head>
<body style="font-family: sans-serif; margin: 3em">
<h1>{title}</h1><p>{text}</p></body></html>
"""


@dataclass
class _Outcome:
    code: str | None = None
    error: str | None = None
    detail: str | None = None


class _Server(HTTPServer):
    allow_reuse_address = False
    timeout = 0.1

    def __init__(self, listener: LoopbackListener) -> None:
        self.listener = listener
        super().__init__((LOOPBACK_HOST, 0), _Handler)

    def handle_timeout(self) -> None:  # a quiet poll tick
        return


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 5.0  # a client that connects and never speaks cannot hold the listener

    def log_message(self, format: str, *args: Any) -> None:
        return  # the query carries the authorization code: never log it

    def do_GET(self) -> None:
        listener = self.server.listener
        parts = urlsplit(self.path)
        if parts.path != listener.path or listener.finished:
            self._page(404, "Not found", "This address is not part of the sign-in.")
            return
        query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        state = query.get("state", "")
        if not hmac.compare_digest(state.encode(), listener.expected_state.encode()):
            self._page(
                400,
                "Sign-in not accepted",
                f"This answer does not belong to the sign-in {listener.app} started. "
                "Close this tab and start the sign-in again.",
            )
            listener.finish(_Outcome(error="state_mismatch"))
            return
        if query.get("error"):
            self._page(
                400,
                "Sign-in not completed",
                "The sign-in was not completed. You can close this tab.",
            )
            listener.finish(
                _Outcome(error=query["error"], detail=query.get("error_description") or None)
            )
            return
        code = query.get("code", "")
        if not code:
            self._page(400, "Sign-in not completed", "The answer carried no authorization code.")
            listener.finish(_Outcome(error="no_code"))
            return
        self._page(
            200,
            "Signed in",
            f"You are signed in to {listener.app}. You can close this tab and return to the app.",
        )
        listener.finish(_Outcome(code=code))

    def do_POST(self) -> None:
        self._page(405, "Not allowed", "Only the browser's redirect is accepted here.")

    def _page(self, status: int, title: str, text: str) -> None:
        body = _PAGE.format(title=html.escape(title), text=html.escape(text)).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True


class LoopbackListener:
    """A one-shot RFC 8252 redirect receiver on ``http://127.0.0.1:<ephemeral port><path>``.

    Bound at construction (never on 0.0.0.0), so :attr:`redirect_uri` is known before the browser
    opens. :meth:`start` serves in a background thread until one redirect to ``path`` arrived (or
    :meth:`close`); :meth:`wait` returns the authorization code or raises a clear error.
    """

    def __init__(
        self,
        expected_state: str,
        *,
        path: str = "/callback",
        app: str = "invoicedesk",
        provider: str = "the provider",
    ) -> None:
        self.expected_state = expected_state
        self.path = path
        self.app = app
        self.provider = provider
        self._done = threading.Event()
        self._closed = threading.Event()
        self._outcome = _Outcome()
        self._lock = threading.Lock()
        self._server = _Server(self)
        self._thread: threading.Thread | None = None

    @property
    def host(self) -> str:
        return str(self._server.server_address[0])

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def redirect_uri(self) -> str:
        return f"http://{LOOPBACK_HOST}:{self.port}{self.path}"

    @property
    def finished(self) -> bool:
        return self._done.is_set()

    def finish(self, outcome: _Outcome) -> None:
        with self._lock:
            if not self._done.is_set():
                self._outcome = outcome
                self._done.set()

    def start(self) -> LoopbackListener:
        self._thread = threading.Thread(target=self._serve, name="oauth-loopback", daemon=True)
        self._thread.start()
        return self

    def _serve(self) -> None:
        try:
            while not self._done.is_set() and not self._closed.is_set():
                self._server.handle_request()
        finally:
            self._server.server_close()

    def close(self) -> None:
        self._closed.set()
        if self._thread is not None:
            self._thread.join(timeout=6.0)
        else:
            self._server.server_close()

    def __enter__(self) -> LoopbackListener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def wait(self, timeout: float, cancel: CancelToken | None = None) -> str:
        """The authorization code of the one redirect; :class:`Cancelled` if cancelled meanwhile,
        :class:`ProviderError` after ``timeout`` seconds, :class:`SecurityError` on a forged
        ``state``, :class:`ProviderError` when the provider answered with an error."""
        deadline = time.monotonic() + timeout
        while not self._done.wait(min(0.1, max(0.0, deadline - time.monotonic()))):
            if cancel is not None:
                cancel.raise_if_cancelled()
            if time.monotonic() >= deadline:
                self.close()
                raise ProviderError(
                    f"no sign-in arrived from {self.provider} within {timeout:g} seconds",
                    hint="Start the login again and finish signing in in the browser.",
                )
        if cancel is not None:
            cancel.raise_if_cancelled()
        outcome = self._outcome
        if outcome.code is not None:
            return outcome.code
        if outcome.error == "state_mismatch":
            raise SecurityError(
                "the browser returned a sign-in answer that does not belong to this login "
                "(state mismatch), so it was refused",
                hint="Nothing was stored; start the login again.",
            )
        if outcome.error == "access_denied":
            raise ProviderError(
                f"the sign-in at {self.provider} was cancelled or access was refused",
                hint="Start the login again and approve access for invoicedesk.",
            )
        if outcome.error == "no_code":
            raise ProviderError(
                f"{self.provider} sent the browser back without an authorization code",
                hint="Start the login again.",
            )
        detail = f" ({outcome.detail[:120]})" if outcome.detail else ""
        raise ProviderError(
            f"{self.provider} refused the sign-in: {outcome.error}{detail}",
            hint="Check the client id and the authorize URL of the account, then log in again.",
        )


# ---- token endpoint -----------------------------------------------------------------------------


class TokenError(ProviderError):
    """The token endpoint answered with an RFC 6749 error (``invalid_grant``, ...)."""

    def __init__(self, message: str, *, error: str | None, status: int, hint: str | None = None):
        super().__init__(message, status=status, hint=hint)
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
            raise ProviderDataError(f"the {self.provider} token answer has no access token")
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
            f"the {self.provider} sign-in server refused the request: {reason[:160]}",
            error=error,
            status=response.status_code,
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
                f"could not open the web browser for the {provider} sign-in",
                hint=f"Run {login_command} with --no-browser and open the printed address "
                "yourself.",
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
