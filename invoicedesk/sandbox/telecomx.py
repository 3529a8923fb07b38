"""A faithful fake of the Telecom X API (``api.telecomx.dk``) for tests and demo mode.

Implements the spec's checklist (``/work/shared/providers/telecomx.md`` section 7): login with
15-minute tokens (lifetime a knob, clock injectable), employee M2M tokens, the token in the
``token`` query parameter (or the login cookie; ``Authorization: Bearer`` only with
``accept_bearer=True``), ``GET /invoice`` paging with ``total`` and the 1..500 limit (422 outside,
or clamped with ``clamp_limit=True``), ``GET /invoice/{id}`` with 400/403/404, field visibility by
access level, Copenhagen-midnight UTC dates, ``invoiceNumber`` -1 (number) or a string, CSV, and
``GET /customer/{id}`` (+ ``/name``, ``/security``).

This module is the server: its knobs, the routing, :func:`create` and :func:`demo_account`. Login
and tokens are in :mod:`telecomx_auth`, the endpoints in :mod:`telecomx_invoice_api` and
:mod:`telecomx_customer_api`, the dataset in :mod:`telecomx_data`.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from typing import Any

from invoicedesk.sandbox import DemoAccount
from invoicedesk.sandbox.base import SandboxRequest, SandboxResponse, SandboxServer
from invoicedesk.sandbox.telecomx_auth import Session, User, Users, error
from invoicedesk.sandbox.telecomx_data import Dataset, build
from invoicedesk.sandbox.telecomx_invoice_api import TelecomXInvoiceApi, group_lines, utc_midnight

DEFAULT_SIZE = 1200


class TelecomXSandbox(TelecomXInvoiceApi):
    name = "telecomx"

    def __init__(
        self,
        *,
        port: int = 0,
        clock: Callable[[], float] = time.time,
        today: Callable[[], dt.date] | None = None,
        latency: float = 0.0,
        size: int | None = None,
        token_lifetime_s: float = 900.0,
        clamp_limit: bool = False,
        accept_bearer: bool = False,
        max_page: int = 500,
        expand_customer: bool = True,
        blacklisted: bool = False,
        seed: int = 2015,
    ) -> None:
        super().__init__(port=port, clock=clock, today=today, latency=latency)
        self.token_lifetime_s = token_lifetime_s
        #: clamp ``limit`` into 1..500 instead of answering 422
        self.clamp_limit = clamp_limit
        #: tolerate ``Authorization: Bearer <token>`` (undocumented; a guess)
        self.accept_bearer = accept_bearer
        #: answer at most this many invoices per page, whatever ``limit`` says
        self.max_page = max_page
        #: with ``expand=true`` put the customer object in ``customer`` (False: keep the id)
        self.expand_customer = expand_customer
        #: every request answers 403 blacklisted
        self.blacklisted = blacklisted
        self.dataset: Dataset = build(size or DEFAULT_SIZE, self.today(), seed)
        self.users = Users()
        #: successful logins, and every token ever issued (tests check logs never show them)
        self.logins = 0
        self.refused_logins = 0  # logins with a wrong username or password
        self.issued: list[str] = []
        self._lock = threading.Lock()
        self._sessions: dict[str, Session] = {}

    # ---- dispatch --------------------------------------------------------------------------
    def handle(self, request: SandboxRequest) -> SandboxResponse:
        if self.blacklisted:
            return error(403, "blacklisted", "IP address is blacklisted")
        parts = [p for p in request.path.split("/") if p]
        if parts[:1] == ["auth"]:
            return self._auth(request, parts[1:])
        session, problem = self._session(request)
        if problem is not None:
            return problem
        assert session is not None
        method = request.method
        if parts == ["invoice"] and method == "GET":
            return self._invoice_list(request, session.user)
        if len(parts) == 2 and parts[0] == "invoice" and method == "GET":
            return self._invoice_get(request, session.user, parts[1])
        if parts == ["customer"] and method == "GET":
            return self._customer_list(request, session.user)
        if len(parts) in (2, 3) and parts[0] == "customer" and method == "GET":
            return self._customer_get(session.user, parts[1], parts[2] if len(parts) == 3 else "")
        if len(parts) >= 3 and parts[0] == "employee":
            return self._employee(request, session, parts[1], parts[2:])
        return error(404, "not_found", "Not found")


def create(
    *,
    port: int = 0,
    clock: Callable[[], float] = time.time,
    today: Callable[[], dt.date] | None = None,
    latency: float = 0.0,
    size: int | None = None,
    **knobs: Any,
) -> TelecomXSandbox:
    """A Telecom X sandbox (not started). Knobs: ``token_lifetime_s`` (900), ``clamp_limit``,
    ``accept_bearer``, ``max_page`` (500), ``expand_customer`` (True), ``blacklisted``, ``seed``."""
    return TelecomXSandbox(port=port, clock=clock, today=today, latency=latency, size=size, **knobs)


def demo_account(server: SandboxServer) -> DemoAccount:
    assert isinstance(server, TelecomXSandbox)
    user = server.users.reseller
    return DemoAccount(
        provider="telecomx",
        name="Telecom X demo",
        base_url=server.base_url,
        options={"currency": "DKK"},
        secrets={"username": user.username, "password": user.password},
    )


__all__ = [
    "DEFAULT_SIZE",
    "TelecomXSandbox",
    "User",
    "create",
    "demo_account",
    "group_lines",
    "utc_midnight",
]
