"""Logging in to the Telecom X sandbox: its users, ``/auth/login`` (password, SMS key, persistent
tokens, the login cookie), ``/auth/logout`` and ``/auth/validateToken``, employee M2M tokens
(``/employee/{id}/token``, ``clearTokens``), and which session a request's token belongs to: the
``token`` query parameter, the login cookie, or ``Authorization: Bearer`` with ``accept_bearer``.
Tokens last ``token_lifetime_s`` on the injectable clock.
"""

from __future__ import annotations

import json
import math
import secrets
import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from invoicedesk.sandbox.base import SandboxRequest, SandboxResponse, SandboxServer
from invoicedesk.sandbox.telecomx_records import (
    OTHER_RESELLER_ID,
    RESELLER_EMPLOYEE_ID,
    RESELLER_ID,
    SAMPLE_CUSTOMER_ID,
    TELECOMX_ID,
)


@dataclass
class User:
    username: str
    password: str
    employee_id: str
    customer_id: str
    access_level: str
    sms_key: str | None = None
    may_login: bool = True


@dataclass
class Session:
    token: str
    user: User
    #: epoch seconds; None for persistent and M2M tokens
    expires_at: float | None
    m2m: bool = False


@dataclass
class Users:
    reseller: User = field(
        default_factory=lambda: User(
            "faktura@nordlystelecom.dk",
            "Nordlys-Demo-2015",
            RESELLER_EMPLOYEE_ID,
            RESELLER_ID,
            "RESELLER",
        )
    )
    admin: User = field(
        default_factory=lambda: User(
            "admin@telecomx.dk", "TX-admin-8472", "54463f113fc6ea53780080e1", TELECOMX_ID, "ADMIN"
        )
    )
    owner: User = field(
        default_factory=lambda: User(
            "ejer@bagerietansen.dk",
            "Rugbroed-2015",
            "54463f223fc6ea53780080e2",
            SAMPLE_CUSTOMER_ID,
            "OWNER",
        )
    )
    two_factor: User = field(
        default_factory=lambda: User(
            "bogholder@nordlystelecom.dk",
            "Nordlys-SMS-2015",
            "54463f333fc6ea53780080e3",
            RESELLER_ID,
            "RESELLER",
            sms_key="1563",
        )
    )
    blocked: User = field(
        default_factory=lambda: User(
            "tidligere@nordlystelecom.dk",
            "Nordlys-Old-2015",
            "54463f443fc6ea53780080e4",
            RESELLER_ID,
            "RESELLER",
            may_login=False,
        )
    )
    other_reseller: User = field(
        default_factory=lambda: User(
            "faktura@oresundkom.dk",
            "Oresund-Demo-2015",
            "54463f553fc6ea53780080e5",
            OTHER_RESELLER_ID,
            "RESELLER",
        )
    )

    def all(self) -> list[User]:
        return [
            self.reseller,
            self.admin,
            self.owner,
            self.two_factor,
            self.blocked,
            self.other_reseller,
        ]


def error(status: int, token: str, message: str) -> SandboxResponse:
    return SandboxResponse.json({"error": token, "message": message}, status)


class TelecomXAuth(SandboxServer):
    """The login and token endpoints and the sessions. ``TelecomXSandbox`` routes requests here."""

    # knobs and state, set up by TelecomXSandbox.__init__
    token_lifetime_s: float
    accept_bearer: bool
    users: Users
    logins: int
    refused_logins: int
    issued: list[str]
    _lock: threading.Lock
    _sessions: dict[str, Session]

    # ---- helpers for tests -----------------------------------------------------------------
    def issue_token(self, user: User, *, m2m: bool = False, persist: bool = False) -> str:
        token = "".join(secrets.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(24))
        expires = None if (m2m or persist) else self.clock() + self.token_lifetime_s
        with self._lock:
            self._sessions[token] = Session(token, user, expires, m2m)
            self.issued.append(token)
        return token

    # ---- auth ------------------------------------------------------------------------------
    def _auth(self, request: SandboxRequest, rest: list[str]) -> SandboxResponse:
        if rest == ["login"] and request.method in ("POST", "GET"):
            return self._login(request)
        if rest == ["logout"]:
            session, problem = self._session(request)
            if session is None:
                return problem or error(401, "credentials_invalid", "Authorization required")
            with self._lock:
                for token, other in list(self._sessions.items()):
                    if other.user is session.user and not other.m2m and other.expires_at:
                        del self._sessions[token]
            return SandboxResponse.json({"success": True})
        if rest == ["validateToken"]:
            simple = request.q("simple") == "true"
            session, problem = self._session(request)
            if session is None:
                return (
                    error(403, "access_denied", "Invalid token")
                    if simple
                    else (problem or error(401, "invalid_token", "IP address not authenticated"))
                )
            if request.q("extend") == "true" and session.expires_at is not None:
                session.expires_at = self.clock() + self.token_lifetime_s
            if simple:
                return SandboxResponse.json({"success": True})
            return SandboxResponse.json(
                {
                    "success": True,
                    "employee": session.user.employee_id,
                    "customer": session.user.customer_id,
                    "accessLevel": session.user.access_level,
                }
            )
        return error(404, "not_found", "Not found")

    def _login(self, request: SandboxRequest) -> SandboxResponse:
        fields = self._login_fields(request)
        if fields is None:
            return error(400, "bad_request", "The request body is not valid JSON")
        username = str(fields.get("username") or "")
        password = str(fields.get("password") or "")
        user = next((u for u in self.users.all() if u.username.lower() == username.lower()), None)
        if user is None or not secrets.compare_digest(user.password, password):
            with self._lock:
                self.refused_logins += 1
            return error(401, "credentials_invalid", "Authorization required, please login")
        if not user.may_login:
            return error(409, "employee", "Employee does not have access to login")
        if user.sms_key is not None:
            key = fields.get("smsKey")
            if not key:
                return error(401, "smsKey", "An SMS key has been sent; repeat with smsKey")
            if str(key) != user.sms_key:
                return error(401, "smsKey", "SMS key is invalid")
        persist = fields.get("persist") in (True, "true", 1, "1")
        token = self.issue_token(user, persist=persist)
        self.logins += 1
        minutes = -1 if persist else max(1, math.ceil(self.token_lifetime_s / 60))
        headers = {}
        if fields.get("cookie") in (True, "true", 1, "1"):
            headers["Set-Cookie"] = f"token={token}; Path=/; HttpOnly"
        return SandboxResponse.json(
            {
                "token": token,
                "expiresInMinutes": minutes,
                "employee": user.employee_id,
                "customer": user.customer_id,
                "accessLevel": user.access_level,
            },
            headers=headers,
        )

    @staticmethod
    def _login_fields(request: SandboxRequest) -> dict[str, Any] | None:
        if request.method == "GET":
            return {k: v[0] for k, v in request.query.items()}
        kind = request.header("Content-Type") or ""
        if "x-www-form-urlencoded" in kind:
            form = parse_qs(request.body.decode("utf-8", "replace"))
            return {k: v[0] for k, v in form.items()}
        try:
            body = json.loads(request.body or b"{}")
        except ValueError:
            return None
        return body if isinstance(body, dict) else None

    def _session(self, request: SandboxRequest) -> tuple[Session | None, SandboxResponse | None]:
        token = request.q("token")
        if token is None:
            token = _cookie(request.header("Cookie") or "", "token")
        if token is None and self.accept_bearer:
            auth = request.header("Authorization") or ""
            if auth.lower().startswith("bearer "):
                token = auth[7:].strip()
        if not token:
            return None, error(401, "credentials_invalid", "Authorization required, please login")
        with self._lock:
            session = self._sessions.get(token)
        if session is None:
            return None, error(401, "invalid_token", "IP address not authenticated")
        if session.expires_at is not None and self.clock() >= session.expires_at:
            return None, error(401, "expired", "Session has expired, please login")
        return session, None

    def _employee(
        self, request: SandboxRequest, session: Session, employee: str, rest: list[str]
    ) -> SandboxResponse:
        user = session.user
        if employee.lower() != user.employee_id.lower():
            return error(403, "access_denied", "Insufficient access level")
        if rest == ["token"] and request.method == "POST":
            if user.access_level == "ADMIN":
                return error(403, "access_denied", "Tokens are not allowed for admins")
            return SandboxResponse.json(
                {"success": True, "token": self.issue_token(user, m2m=True)}
            )
        if len(rest) == 2 and rest[0] == "token" and request.method == "DELETE":
            with self._lock:
                found = self._sessions.get(rest[1])
                if found is None or not found.m2m or found.user is not user:
                    return error(404, "not_found", "Not found")
                del self._sessions[rest[1]]
            return SandboxResponse.json({"success": True})
        if rest == ["clearTokens"] and request.method == "GET":
            everything = request.q("all") == "true"
            with self._lock:
                for token, other in list(self._sessions.items()):
                    if other.user is user and (everything or other.expires_at is not None):
                        del self._sessions[token]
            return SandboxResponse.json({"success": True})
        return error(404, "not_found", "Not found")


def _cookie(header: str, name: str) -> str | None:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name and value:
            return value
    return None
