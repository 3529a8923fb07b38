"""Sandbox of MediaConnect/Unite ConnectID: an OAuth 2.0 server under ``/user/oauth/`` and the
invoice endpoints under ``/capi``, faithful to the spec's checklist.

This module is the server: its knobs, the routing, :func:`create` and :func:`demo_account`. The
OAuth endpoints are in :mod:`connectid_oauth`, the invoice API in :mod:`connectid_api`, the
dataset in :mod:`connectid_data` (records in :mod:`connectid_records`, JSON shapes in
:mod:`connectid_wire`).
"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from invoicedesk.sandbox import DemoAccount
from invoicedesk.sandbox.base import SandboxRequest, SandboxResponse, SandboxServer
from invoicedesk.sandbox.connectid_api import ConnectIDApi
from invoicedesk.sandbox.connectid_data import generate
from invoicedesk.sandbox.connectid_oauth import (
    DEFAULT_CLIENTS,
    OAuthClient,
    _Access,
    _Code,
    _Refresh,
    _Reject,
)

# moved to connectid_oauth; still importable from here
from invoicedesk.sandbox.connectid_oauth import DEMO_CLIENT_ID as DEMO_CLIENT_ID
from invoicedesk.sandbox.connectid_oauth import DEMO_CLIENT_SECRET as DEMO_CLIENT_SECRET
from invoicedesk.sandbox.connectid_oauth import LOOPBACK_REDIRECT as LOOPBACK_REDIRECT
from invoicedesk.sandbox.connectid_oauth import PUBLIC_CLIENT_ID as PUBLIC_CLIENT_ID
from invoicedesk.sandbox.connectid_oauth import WEB_CLIENT_ID as WEB_CLIENT_ID
from invoicedesk.sandbox.connectid_oauth import WEB_CLIENT_SECRET as WEB_CLIENT_SECRET
from invoicedesk.sandbox.connectid_oauth import pkce_matches as pkce_matches
from invoicedesk.sandbox.connectid_records import PRIMARY_CUSTOMER, Dataset

DEFAULT_SIZE = 300


class ConnectIDSandbox(ConnectIDApi):
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
        #: PDF downloads: (path, the Authorization header sent, if any)
        self.pdf_log: list[tuple[str, str | None]] = []

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
                self.pdf_log.append((path, request.header("Authorization")))
                return self._pdf(path.rsplit("/", 1)[-1])
        except _Reject as reject:
            return reject.response
        return SandboxResponse.json({"exceptionType": "NotFound", "errorMessage": "Not found"}, 404)


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
