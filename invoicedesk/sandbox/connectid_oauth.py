"""The OAuth 2.0 half of the ConnectID sandbox (``/user/oauth/``): registered clients, the
``authorize`` and ``token`` endpoints, and the check of the access tokens they issue.

``authorize`` validates the client and the redirect URI (registered URIs per client; a
registered ``http://127.0.0.1/callback`` accepts any port, RFC 8252 §7.3; anything else is a 400
page, never a redirect), auto-approves and redirects with ``code`` and ``state``. ``token`` accepts
client authentication by Basic, form body or query string, verifies PKCE (S256 and plain) when a
challenge was sent, keeps codes single-use, short-lived and bound to client and redirect URI,
rotates refresh tokens, and issues access tokens that expire after ``expires_in`` seconds on the
injectable clock or after ``token_max_calls`` API calls.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import secrets
import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, unquote, urlencode, urlsplit, urlunsplit

from invoicedesk.sandbox.base import SandboxRequest, SandboxResponse, SandboxServer

DEMO_CLIENT_ID = "no.invoicedesk.demo"
DEMO_CLIENT_SECRET = "sandbox-demo-secret-7f3c1e9a"
PUBLIC_CLIENT_ID = "no.invoicedesk.public"
WEB_CLIENT_ID = "no.example.web"
WEB_CLIENT_SECRET = "web-client-secret-55d1"
LOOPBACK_REDIRECT = "http://127.0.0.1/callback"
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


@dataclass(frozen=True)
class OAuthClient:
    client_id: str
    #: None: a public client (no secret; PKCE recommended)
    secret: str | None
    redirect_uris: tuple[str, ...] = ()
    grants: frozenset[str] = frozenset({"authorization_code", "refresh_token"})


DEFAULT_CLIENTS = (
    OAuthClient(
        DEMO_CLIENT_ID,
        DEMO_CLIENT_SECRET,
        (LOOPBACK_REDIRECT,),
        frozenset({"authorization_code", "refresh_token", "client_credentials"}),
    ),
    OAuthClient(PUBLIC_CLIENT_ID, None, (LOOPBACK_REDIRECT,)),
    OAuthClient(WEB_CLIENT_ID, WEB_CLIENT_SECRET, ("https://example.no/oauth/callback",)),
)


@dataclass
class _Code:
    client_id: str
    redirect_uri: str
    challenge: str | None
    method: str | None
    issued: float
    customer: int
    used: bool = False
    issued_tokens: list[str] = field(default_factory=list)


@dataclass
class _Access:
    kind: str  # "user" | "client"
    client_id: str
    customer: int | None
    expires: float
    calls: int = 0


@dataclass
class _Refresh:
    client_id: str
    customer: int
    expires: float


class _Reject(Exception):
    def __init__(self, response: SandboxResponse) -> None:
        super().__init__(response.status)
        self.response = response


def _oauth_error(status: int, error: str, description: str, **headers: str) -> _Reject:
    body = {"error": error, "error_description": description}
    return _Reject(SandboxResponse.json(body, status, {"Cache-Control": "no-store", **headers}))


def _page(status: int, title: str, text: str) -> SandboxResponse:
    body = f"<!doctype html><title>{html.escape(title)}</title><h1>{html.escape(title)}</h1>"
    body += f"<p>{html.escape(text)}</p>"
    return SandboxResponse(status, body.encode(), {"Content-Type": "text/html; charset=utf-8"})


def _with_query(url: str, params: dict[str, str]) -> str:
    parts = urlsplit(url)
    extra = urlencode(params)
    query = f"{parts.query}&{extra}" if parts.query else extra
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def pkce_matches(verifier: str, challenge: str, method: str) -> bool:
    if method == "plain":
        return hmac.compare_digest(verifier, challenge)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    computed = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
    return hmac.compare_digest(computed, challenge)


def _pkce_string_ok(value: str) -> bool:
    return 43 <= len(value) <= 128 and set(value) <= _UNRESERVED


class ConnectIDOAuth(SandboxServer):
    """The OAuth endpoints and their token state. ``ConnectIDSandbox`` routes requests here."""

    # knobs and state, set up by ConnectIDSandbox.__init__
    token_max_calls: int | None
    expires_in: int
    refresh_ttl: int
    code_ttl: int
    rotate_refresh_tokens: bool
    client_auth_styles: frozenset[str]
    auto_approve: bool
    redirect_prefix_match: bool
    clients: dict[str, OAuthClient]
    user_customer: int
    _lock: threading.Lock
    _codes: dict[str, _Code]
    _access: dict[str, _Access]
    _refresh: dict[str, _Refresh]
    authorize_log: list[dict[str, str]]
    token_log: list[dict[str, str]]

    # -- knobs for tests ------------------------------------------------------------------------
    def expire_access_tokens(self) -> None:
        with self._lock:
            self._access.clear()

    def revoke_refresh_tokens(self) -> None:
        with self._lock:
            self._refresh.clear()

    # -- OAuth: authorize -----------------------------------------------------------------------
    def _authorize(self, request: SandboxRequest) -> SandboxResponse:
        if request.method != "GET":
            return _page(405, "Method not allowed", "Use GET.")
        params = {k: v[0] for k, v in request.query.items()}
        with self._lock:
            self.authorize_log.append(params)
        client = self.clients.get(params.get("client_id", ""))
        if client is None:
            return _page(400, "Unknown client", "The client_id is not registered.")
        redirect_uri = params.get("redirect_uri", "")
        if not redirect_uri or not self._redirect_ok(client, redirect_uri):
            return _page(400, "Invalid redirect_uri", "The redirect URI is not registered.")
        state = params.get("state")

        def back(**values: str) -> SandboxResponse:
            if state is not None:
                values["state"] = state
            return SandboxResponse(302, b"", {"Location": _with_query(redirect_uri, values)})

        if params.get("response_type") != "code":
            return back(error="unsupported_response_type", error_description="use code")
        if "authorization_code" not in client.grants:
            return back(error="unauthorized_client", error_description="grant not allowed")
        if params.get("scope", "read") not in ("read", ""):
            return back(error="invalid_scope", error_description="the only scope is read")
        challenge = params.get("code_challenge") or None
        method = params.get("code_challenge_method") or ("plain" if challenge else None)
        if challenge is not None and (
            method not in ("S256", "plain") or not _pkce_string_ok(challenge)
        ):
            return back(error="invalid_request", error_description="bad code_challenge")
        if method is not None and challenge is None:
            return back(error="invalid_request", error_description="code_challenge missing")
        if not self.auto_approve:
            return back(error="access_denied", error_description="the user declined")
        code = secrets.token_urlsafe(24)
        with self._lock:
            self._codes[code] = _Code(
                client.client_id, redirect_uri, challenge, method, self.clock(), self.user_customer
            )
        return back(code=code)

    def _redirect_ok(self, client: OAuthClient, uri: str) -> bool:
        try:
            parts = urlsplit(uri)
            port = parts.port
        except ValueError:
            return False
        if parts.fragment:
            return False
        for registered in client.redirect_uris:
            if uri == registered:
                return True
            reg = urlsplit(registered)
            loopback = reg.scheme == "http" and reg.hostname in ("127.0.0.1", "::1")
            if (
                loopback
                and reg.port is None
                and parts.scheme == "http"
                and parts.hostname == reg.hostname
                and port is not None
                and parts.path == reg.path
                and parts.query == reg.query
            ):
                return True  # RFC 8252 §7.3: any port on the loopback address
            if self.redirect_prefix_match and uri.startswith(registered):
                return True
        return False

    # -- OAuth: token ---------------------------------------------------------------------------
    def _token(self, request: SandboxRequest) -> SandboxResponse:
        if request.method != "POST":
            raise _oauth_error(405, "invalid_request", "the token endpoint takes POST")
        form: dict[str, list[str]] = {}
        if "x-www-form-urlencoded" in (request.header("Content-Type") or "") and request.body:
            form = parse_qs(request.body.decode("utf-8", "replace"), keep_blank_values=True)
        params = {k: v[0] for k, v in request.query.items()}
        params.update({k: v[0] for k, v in form.items()})
        grant = params.get("grant_type", "")
        with self._lock:  # every attempt, refused ones too
            self.token_log.append({"grant_type": grant, **self._auth_style(request, form)})
        client, _style = self._authenticate(request, form, params)
        if grant == "authorization_code":
            body = self._grant_code(client, params)
        elif grant == "refresh_token":
            body = self._grant_refresh(client, params)
        elif grant == "client_credentials":
            body = self._grant_client(client)
        elif not grant:
            raise _oauth_error(400, "invalid_request", "grant_type is missing")
        else:
            raise _oauth_error(400, "unsupported_grant_type", f"grant_type {grant} is not known")
        return SandboxResponse.json(body, 200, {"Cache-Control": "no-store", "Pragma": "no-cache"})

    @staticmethod
    def _auth_style(request: SandboxRequest, form: dict[str, list[str]]) -> dict[str, str]:
        header = request.header("Authorization") or ""
        if header[:6].lower() == "basic ":
            try:
                client_id = base64.b64decode(header[6:]).decode("utf-8").partition(":")[0]
            except (ValueError, UnicodeDecodeError):
                client_id = ""
            return {"style": "basic", "client_id": unquote(client_id)}
        if "client_id" in form:
            return {"style": "form", "client_id": form["client_id"][0]}
        if "client_id" in request.query:
            return {"style": "query", "client_id": request.query["client_id"][0]}
        return {"style": "none", "client_id": ""}

    def _authenticate(
        self, request: SandboxRequest, form: dict[str, list[str]], params: dict[str, str]
    ) -> tuple[OAuthClient, str]:
        header = request.header("Authorization") or ""
        basic: tuple[str, str] | None = None
        if header[:6].lower() == "basic ":
            try:
                user, _, password = base64.b64decode(header[6:]).decode("utf-8").partition(":")
            except (ValueError, UnicodeDecodeError):
                raise _oauth_error(401, "invalid_client", "malformed Basic credentials") from None
            basic = (unquote(user), unquote(password))
        if basic is not None:
            style, client_id, secret = "basic", basic[0], basic[1]
            if "client_secret" in params:
                raise _oauth_error(400, "invalid_request", "use one client authentication method")
        elif "client_id" in form:
            style, client_id, secret = "form", form["client_id"][0], params.get("client_secret", "")
        elif "client_id" in request.query:
            style, client_id = "query", request.query["client_id"][0]
            secret = params.get("client_secret", "")
        else:
            raise _oauth_error(401, "invalid_client", "client authentication missing")
        challenge = {"WWW-Authenticate": 'Basic realm="connectid"'} if basic else {}
        client = self.clients.get(client_id)
        if client is None:
            raise _oauth_error(401, "invalid_client", "unknown client", **challenge)
        if style not in self.client_auth_styles and client.secret is not None:
            raise _oauth_error(
                401,
                "invalid_client",
                f"client authentication by {style} is not supported",
                **challenge,
            )
        if client.secret is None:
            if secret:
                raise _oauth_error(401, "invalid_client", "public client sent a secret")
        elif not hmac.compare_digest(secret.encode(), client.secret.encode()):
            raise _oauth_error(401, "invalid_client", "bad client credentials", **challenge)
        return client, style

    def _grant_code(self, client: OAuthClient, params: dict[str, str]) -> dict[str, Any]:
        code = params.get("code", "")
        with self._lock:
            grant = self._codes.get(code)
            if grant is None:
                raise _oauth_error(400, "invalid_grant", "unknown authorization code")
            if grant.used:
                for token in grant.issued_tokens:  # RFC 6749 §4.1.2: revoke on code reuse
                    self._access.pop(token, None)
                    self._refresh.pop(token, None)
                raise _oauth_error(400, "invalid_grant", "authorization code already used")
            if self.clock() - grant.issued > self.code_ttl:
                raise _oauth_error(400, "invalid_grant", "authorization code expired")
            if grant.client_id != client.client_id:
                raise _oauth_error(400, "invalid_grant", "code was issued to another client")
            if params.get("redirect_uri") != grant.redirect_uri:
                raise _oauth_error(400, "invalid_grant", "redirect_uri does not match")
            if grant.challenge is not None:
                verifier = params.get("code_verifier", "")
                if not verifier:
                    raise _oauth_error(400, "invalid_grant", "code_verifier is required")
                if not _pkce_string_ok(verifier) or not pkce_matches(
                    verifier, grant.challenge, grant.method or "plain"
                ):
                    raise _oauth_error(400, "invalid_grant", "PKCE verification failed")
            grant.used = True
            body = self._issue_user(client.client_id, grant.customer)
            grant.issued_tokens += [body["access_token"], body["refresh_token"]]
        return body

    def _grant_refresh(self, client: OAuthClient, params: dict[str, str]) -> dict[str, Any]:
        token = params.get("refresh_token", "")
        with self._lock:
            record = self._refresh.get(token)
            if record is None or record.client_id != client.client_id:
                raise _oauth_error(400, "invalid_grant", "invalid refresh token")
            if self.clock() > record.expires:
                del self._refresh[token]
                raise _oauth_error(400, "invalid_grant", "refresh token expired")
            if self.rotate_refresh_tokens:
                del self._refresh[token]
                return self._issue_user(client.client_id, record.customer)
            body = self._issue_user(client.client_id, record.customer, refresh=False)
            body["refresh_token"] = token
            return body

    def _grant_client(self, client: OAuthClient) -> dict[str, Any]:
        if client.secret is None or "client_credentials" not in client.grants:
            raise _oauth_error(400, "unauthorized_client", "client credentials not allowed")
        access = secrets.token_urlsafe(32)
        with self._lock:
            self._access[access] = _Access(
                "client", client.client_id, None, self.clock() + self.expires_in
            )
        return {
            "access_token": access,
            "token_type": "bearer",
            "expires_in": self.expires_in,
            "scope": "read",
        }

    def _issue_user(self, client_id: str, customer: int, refresh: bool = True) -> dict[str, Any]:
        """Called with the lock held."""
        now = self.clock()
        access = secrets.token_urlsafe(32)
        self._access[access] = _Access("user", client_id, customer, now + self.expires_in)
        body: dict[str, Any] = {
            "access_token": access,
            "token_type": "bearer",
            "expires_in": self.expires_in,
            "scope": "read",
        }
        if refresh:
            token = secrets.token_urlsafe(32)
            self._refresh[token] = _Refresh(client_id, customer, now + self.refresh_ttl)
            body["refresh_token"] = token
        return body

    # -- OAuth: the access token of an API call -------------------------------------------------
    def _check_token(self, request: SandboxRequest) -> _Access:
        header = request.header("Authorization") or ""
        value = header[7:].strip() if header[:7].lower() == "bearer " else ""
        with self._lock:
            token = self._access.get(value) if value else None
            problem = "no access token" if not value else "unknown or expired access token"
            if token is not None and self.clock() >= token.expires:
                token = None
            limit = self.token_max_calls
            if token is not None and limit is not None and token.calls >= limit:
                token = None
                problem = "access token expired"
            if token is None:
                raise _oauth_error(
                    401,
                    "invalid_token",
                    problem,
                    **{"WWW-Authenticate": 'Bearer error="invalid_token"'},
                )
            token.calls += 1
            return token
