"""Sandbox of MediaConnect/Unite ConnectID: an OAuth 2.0 server under ``/user/oauth/`` and the
invoice endpoints under ``/capi``, faithful to the spec's checklist.

OAuth: ``authorize`` validates the client and the redirect URI (registered URIs per client; a
registered ``http://127.0.0.1/callback`` accepts any port, RFC 8252 §7.3; anything else is a 400
page, never a redirect), auto-approves and redirects with ``code`` and ``state``. ``token`` accepts
client authentication by Basic, form body or query string, verifies PKCE (S256 and plain) when a
challenge was sent, keeps codes single-use, short-lived and bound to client and redirect URI,
rotates refresh tokens, and issues access tokens that expire after ``expires_in`` seconds on the
injectable clock or after ``token_max_calls`` API calls.

API: user tokens for ``/v1/customer``, client tokens for ``/v1/client`` (the wrong kind is 403),
``401 {"error": "invalid_token"}`` otherwise; ``Accept: application/xml`` gives 406.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import html
import http.client
import json
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, unquote, urlencode, urlsplit, urlunsplit

from invoicedesk.sandbox import DemoAccount
from invoicedesk.sandbox.base import SandboxRequest, SandboxResponse, SandboxServer
from invoicedesk.sandbox.connectid_data import (
    PRIMARY_CUSTOMER,
    Dataset,
    InvoiceRec,
    client_list_item,
    details,
    generate,
    reminder_list_item,
    user_list_item,
)

DEMO_CLIENT_ID = "no.invoicedesk.demo"
DEMO_CLIENT_SECRET = "sandbox-demo-secret-7f3c1e9a"
PUBLIC_CLIENT_ID = "no.invoicedesk.public"
WEB_CLIENT_ID = "no.example.web"
WEB_CLIENT_SECRET = "web-client-secret-55d1"
LOOPBACK_REDIRECT = "http://127.0.0.1/callback"
DEFAULT_SIZE = 300
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


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


def _api_error(status: int, exception_type: str, message: str) -> _Reject:
    body = {"exceptionType": exception_type, "errorMessage": message}
    return _Reject(SandboxResponse.json(body, status))


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


class ConnectIDSandbox(SandboxServer):
    name = "connectid"

    def __init__(
        self,
        *,
        port: int = 0,
        clock: Callable[[], float] = time.time,
        today: Callable[[], dt.date] | None = None,
        latency: float = 0.0,
        size: int | None = None,
        token_max_calls: int | None = None,
        expires_in: int = 43200,
        refresh_ttl: int = 30 * 86400,
        code_ttl: int = 60,
        rotate_refresh_tokens: bool = True,
        client_auth_styles: Iterable[str] = ("basic", "form", "query"),
        auto_approve: bool = True,
        redirect_prefix_match: bool = False,
        clients: Iterable[OAuthClient] = DEFAULT_CLIENTS,
        user_customer: int = PRIMARY_CUSTOMER,
        seed: int = 20180117,
    ) -> None:
        super().__init__(port=port, clock=clock, today=today, latency=latency)
        self.dataset: Dataset = generate(self.today(), DEFAULT_SIZE if size is None else size, seed)
        self._index = {(r.company, r.number): r for r in self.dataset.invoices}
        self.token_max_calls = token_max_calls
        self.expires_in = expires_in
        self.refresh_ttl = refresh_ttl
        self.code_ttl = code_ttl
        self.rotate_refresh_tokens = rotate_refresh_tokens
        self.client_auth_styles = frozenset(client_auth_styles)
        self.auto_approve = auto_approve
        self.redirect_prefix_match = redirect_prefix_match
        self.clients = {c.client_id: c for c in clients}
        self.user_customer = user_customer
        self._lock = threading.Lock()
        self._codes: dict[str, _Code] = {}
        self._access: dict[str, _Access] = {}
        self._refresh: dict[str, _Refresh] = {}
        #: what tests look at: authorize parameters, token requests, API calls
        self.authorize_log: list[dict[str, str]] = []
        self.token_log: list[dict[str, str]] = []
        self.api_log: list[tuple[str, str, int]] = []

    # -- knobs for tests ------------------------------------------------------------------------
    def expire_access_tokens(self) -> None:
        with self._lock:
            self._access.clear()

    def revoke_refresh_tokens(self) -> None:
        with self._lock:
            self._refresh.clear()

    # -- routing --------------------------------------------------------------------------------
    def handle(self, request: SandboxRequest) -> SandboxResponse:
        path = request.path
        try:
            if path in ("/user/oauth/authorize", "/login/oauth/authorize"):
                return self._authorize(request)
            if path in ("/user/oauth/token", "/login/oauth/token"):
                return self._token(request)
            if path.startswith("/capi/"):
                return self._api(request)
            if path.startswith("/invoice/view/") and request.method in ("GET", "HEAD"):
                return self._pdf(path.rsplit("/", 1)[-1])
        except _Reject as reject:
            return reject.response
        return SandboxResponse.json({"exceptionType": "NotFound", "errorMessage": "Not found"}, 404)

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

    # -- API ------------------------------------------------------------------------------------
    def _api(self, request: SandboxRequest) -> SandboxResponse:
        accept = request.header("Accept") or ""
        try:
            response = self._api_inner(request, accept)
        except _Reject as reject:
            response = reject.response
        with self._lock:
            self.api_log.append((request.path, accept, response.status))
        return response

    def _api_inner(self, request: SandboxRequest, accept: str) -> SandboxResponse:
        if "xml" in accept and "json" not in accept and "*/*" not in accept:
            return SandboxResponse(406, b"", {})
        token = self._check_token(request)
        if request.method != "GET":
            raise _api_error(405, "HttpRequestMethodNotSupportedException", "use GET")
        parts = [p for p in request.path.split("/") if p][1:]  # drop "capi"
        if parts[:4] == ["v1", "customer", "invoice", "payment"] and len(parts) <= 5:
            self._need(token, "user")
            product = parts[4] if len(parts) == 5 else None
            return self._user_list(request, token, product)
        if parts == ["v1", "customer", "invoice", "details"]:
            self._need(token, "user")
            return self._details(request, token)
        if parts[:5] == ["v1", "client", "customer", "invoice", "payment"] and len(parts) in (6, 7):
            self._need(token, "client")
            return self._client_list(request, parts[5], parts[6] if len(parts) == 7 else None)
        raise _api_error(404, "NotFoundException", f"no endpoint {request.path}")

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

    @staticmethod
    def _need(token: _Access, kind: str) -> None:
        if token.kind != kind:
            grant = "a user login" if kind == "user" else "client credentials"
            raise _api_error(
                403, "AccessDeniedException", f"this endpoint needs a token from {grant}"
            )

    def _dates(self, request: SandboxRequest) -> tuple[dt.date | None, dt.date | None]:
        out: list[dt.date | None] = []
        for name in ("from", "to"):
            value = request.q(name) or ""
            if not value:
                out.append(None)
                continue
            try:
                if len(value) > 10:
                    raise ValueError(value)
                out.append(dt.date.fromisoformat(value))
            except ValueError:
                raise _api_error(
                    400, "MethodArgumentTypeMismatchException", f"{name} must be a date YYYY-MM-DD"
                ) from None
        return out[0], out[1]

    @staticmethod
    def _in(day: dt.date, start: dt.date | None, end: dt.date | None) -> bool:
        return (start is None or day >= start) and (end is None or day <= end)

    @staticmethod
    def _product_ok(product: str | None) -> None:
        if product is not None and len(product) > 12:
            raise _api_error(400, "ConstraintViolationException", "productCode is at most 12 long")

    def _user_list(
        self, request: SandboxRequest, token: _Access, product: str | None
    ) -> SandboxResponse:
        self._product_ok(product)
        start, end = self._dates(request)
        unpaid = (request.q("unpaid") or "").lower() == "true"
        recs = [
            r
            for r in self.dataset.for_customer(token.customer or -1)
            if (product is None or r.product.code == product) and not (unpaid and r.paid)
        ]
        invoices = [
            user_list_item(r, request.host)
            for r in sorted(recs, key=lambda r: r.invoice_date, reverse=True)
            if self._in(r.invoice_date, start, end)
        ]
        reminders = [
            reminder_list_item(r, m, request.host)
            for r in recs
            for m in r.reminders
            if self._in(m.date, start, end)
        ]
        return SandboxResponse.json({"invoices": invoices, "reminders": reminders})

    def _details(self, request: SandboxRequest, token: _Access) -> SandboxResponse:
        values: dict[str, str] = {}
        for name in ("companyCode", "invoiceNumber", "reminderNumber"):
            value = request.q(name) or ""
            if not value:
                raise _api_error(
                    400,
                    "MissingServletRequestParameterException",
                    f"Required request parameter '{name}' is not present",
                )
            values[name] = value
        if len(values["companyCode"]) > 12:
            raise _api_error(400, "ConstraintViolationException", "companyCode is at most 12 long")
        try:
            number, reminder_number = int(values["invoiceNumber"]), int(values["reminderNumber"])
        except ValueError:
            raise _api_error(
                400,
                "MethodArgumentTypeMismatchException",
                "invoiceNumber and reminderNumber must be integers",
            ) from None
        rec = self._index.get((values["companyCode"], number))
        if rec is None or rec.customer != token.customer:
            raise _api_error(400, "InvoiceNotFoundException", "Invoice not found")
        reminder = None
        if reminder_number:
            reminder = next((m for m in rec.reminders if m.number == reminder_number), None)
            if reminder is None:
                raise _api_error(400, "InvoiceNotFoundException", "Reminder not found")
        return SandboxResponse.json({"invoiceInfoWithDetail": details(rec, reminder, request.host)})

    def _client_list(
        self, request: SandboxRequest, customer: str, product: str | None
    ) -> SandboxResponse:
        if not customer.isdigit():
            raise _api_error(
                400, "MethodArgumentTypeMismatchException", "customerNumber must be an integer"
            )
        self._product_ok(product)
        number = int(customer)
        if number not in self.dataset.customers():
            raise _api_error(404, "CustomerNotFoundException", f"Customer {number} not found")
        start, end = self._dates(request)
        recs: list[InvoiceRec] = [
            r
            for r in self.dataset.for_customer(number)
            if product is None or r.product.code == product
        ]
        recs.sort(key=lambda r: (r.invoice_date, r.number), reverse=True)
        if start is None and end is None:
            recs = recs[:1]  # documented: without dates only the last invoice
        else:
            recs = [r for r in recs if self._in(r.invoice_date, start, end)]
        items = [client_list_item(r, request.host) for r in recs]
        return SandboxResponse.json({"clientInvoiceInfoList": items})

    def _pdf(self, token: str) -> SandboxResponse:
        found = self.dataset.by_pdf(token)
        if found is None:
            return SandboxResponse(404, b"no such invoice", {"Content-Type": "text/plain"})
        return SandboxResponse(200, _PDF, {"Content-Type": "application/pdf"})


def create(
    *,
    port: int = 0,
    clock: Callable[[], float] = time.time,
    today: dt.date | Callable[[], dt.date] | None = None,
    latency: float = 0.0,
    size: int | None = None,
    **knobs: Any,
) -> ConnectIDSandbox:
    """A ConnectID sandbox (not started). Knobs: ``token_max_calls``, ``expires_in``,
    ``refresh_ttl``, ``code_ttl``, ``rotate_refresh_tokens``, ``client_auth_styles``,
    ``auto_approve``, ``redirect_prefix_match``, ``clients``, ``user_customer``, ``seed``."""
    today_fn: Callable[[], dt.date] | None
    if isinstance(today, dt.date):
        fixed = today
        today_fn = lambda: fixed  # noqa: E731
    else:
        today_fn = today
    return ConnectIDSandbox(
        port=port, clock=clock, today=today_fn, latency=latency, size=size, **knobs
    )


def obtain_user_tokens(
    server: SandboxServer,
    *,
    client_id: str = DEMO_CLIENT_ID,
    client_secret: str | None = DEMO_CLIENT_SECRET,
) -> dict[str, Any]:
    """Authorize (auto-approved) and exchange the code over HTTP, as a browser and the app would.
    The redirect is not followed: its ``code`` is read from the ``Location`` header."""
    host = server.host
    port = int(server.base_url.rsplit(":", 1)[1])
    state = secrets.token_urlsafe(16)
    redirect_uri = "http://127.0.0.1:9/callback"  # any loopback port is accepted
    query = urlencode(
        {
            "client_id": client_id,
            "response_type": "code",
            "scope": "read",
            "redirect_uri": redirect_uri,
            "state": state,
        }
    )
    conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.request("GET", f"/user/oauth/authorize?{query}")
        answer = conn.getresponse()
        answer.read()
        location = answer.getheader("Location") or ""
        back = parse_qs(urlsplit(location).query)
        if answer.status != 302 or back.get("state") != [state] or "code" not in back:
            raise RuntimeError(f"sandbox authorize failed: HTTP {answer.status}")
        form = {
            "grant_type": "authorization_code",
            "code": back["code"][0],
            "redirect_uri": redirect_uri,
            "client_id": client_id,
        }
        if client_secret:
            form["client_secret"] = client_secret
        conn.request(
            "POST",
            "/user/oauth/token",
            urlencode(form),
            {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
        )
        answer = conn.getresponse()
        payload = answer.read()
        if answer.status != 200:
            raise RuntimeError(f"sandbox token exchange failed: HTTP {answer.status}")
    finally:
        conn.close()
    body: dict[str, Any] = json.loads(payload)
    return body


def demo_account(server: SandboxServer) -> DemoAccount:
    """A user-mode account whose secrets already hold tokens (the demo cannot open a browser)."""
    tokens = obtain_user_tokens(server)
    clock = server.clock
    base = server.base_url
    return DemoAccount(
        provider="connectid",
        name="ConnectID demo",
        base_url=f"{base}/capi",
        options={
            "client_id": DEMO_CLIENT_ID,
            "authorize_url": f"{base}/user/oauth/authorize",
            "token_url": f"{base}/user/oauth/token",
            "mode": "user",
        },
        secrets={
            "client_secret": DEMO_CLIENT_SECRET,
            "access_token": str(tokens["access_token"]),
            "refresh_token": str(tokens["refresh_token"]),
            "expires_at": str(int(clock() + int(tokens["expires_in"]))),
        },
    )
