"""A faithful fake of the Telecom X API (``api.telecomx.dk``) for tests and demo mode.

Implements the spec's checklist (``/work/shared/providers/telecomx.md`` section 7): login with
15-minute tokens (lifetime a knob, clock injectable), employee M2M tokens, the token in the
``token`` query parameter (or the login cookie; ``Authorization: Bearer`` only with
``accept_bearer=True``), ``GET /invoice`` paging with ``total`` and the 1..500 limit (422 outside,
or clamped with ``clamp_limit=True``), ``GET /invoice/{id}`` with 400/403/404, field visibility by
access level, Copenhagen-midnight UTC dates, ``invoiceNumber`` -1 (number) or a string, CSV, and
``GET /customer/{id}`` (+ ``/name``, ``/security``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

from invoicedesk.sandbox import DemoAccount
from invoicedesk.sandbox.base import SandboxRequest, SandboxResponse, SandboxServer
from invoicedesk.sandbox.telecomx_data import (
    OTHER_RESELLER_ID,
    RESELLER_EMPLOYEE_ID,
    RESELLER_ID,
    SAMPLE_CUSTOMER_ID,
    TELECOMX_ID,
    Customer,
    Dataset,
    InvoiceRecord,
    LineRecord,
    Totals,
    build,
)

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
DEFAULT_SIZE = 1200
OID = re.compile(r"^[0-9a-fA-F]{24}$")
RESELLER_LEVELS = frozenset({"RESELLER", "RESELLER_ADMIN"})

Json = dict[str, Any]


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


def utc_midnight(day: dt.date) -> str:
    """Copenhagen midnight of ``day`` as the API writes it: ``2014-12-31T23:00:00.000Z``."""
    local = dt.datetime(day.year, day.month, day.day, tzinfo=COPENHAGEN)
    return local.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def error(status: int, token: str, message: str) -> SandboxResponse:
    return SandboxResponse.json({"error": token, "message": message}, status)


class TelecomXSandbox(SandboxServer):
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
        self.issued: list[str] = []
        self._lock = threading.Lock()
        self._sessions: dict[str, Session] = {}

    # ---- helpers for tests -----------------------------------------------------------------
    def visible_invoices(self, user: User) -> list[InvoiceRecord]:
        return [i for i in self.dataset.invoices if self._may_see(user, i)]

    def issue_token(self, user: User, *, m2m: bool = False, persist: bool = False) -> str:
        token = "".join(secrets.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(24))
        expires = None if (m2m or persist) else self.clock() + self.token_lifetime_s
        with self._lock:
            self._sessions[token] = Session(token, user, expires, m2m)
            self.issued.append(token)
        return token

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

    # ---- access ----------------------------------------------------------------------------
    def _may_see(self, user: User, invoice: InvoiceRecord) -> bool:
        if user.access_level == "ADMIN":
            return True
        if user.access_level in RESELLER_LEVELS:
            return invoice.reseller_id == user.customer_id
        return False

    def _may_see_customer(self, user: User, customer: Customer) -> bool:
        return (
            user.access_level == "ADMIN"
            or customer.id == user.customer_id
            or (user.access_level in RESELLER_LEVELS and customer.reseller_id == user.customer_id)
        )

    # ---- invoices --------------------------------------------------------------------------
    def _invoice_list(self, request: SandboxRequest, user: User) -> SandboxResponse:
        if user.access_level != "ADMIN" and user.access_level not in RESELLER_LEVELS:
            return error(403, "access_denied", "Insufficient access level")
        offset = _int(request.q("offset", "0"))
        if offset is None or offset < 0:
            return error(422, "offset", "Offset must be a non-negative integer")
        limit = _int(request.q("limit", "50"))
        if limit is None:
            return error(422, "limit", "Limit must be between 1 and 500")
        if not 1 <= limit <= 500:
            if not self.clamp_limit:
                return error(422, "limit", "Limit must be between 1 and 500")
            limit = min(500, max(1, limit))
        invoices = self.visible_invoices(user)
        for key in ("customer", "reseller"):
            wanted = request.q(key)
            if not wanted:
                continue
            if not OID.match(wanted):
                return error(422, key, f"{key.capitalize()} id is invalid")
            target = self.dataset.customers.get(wanted.lower())
            if target is None:
                return error(404, "not_found", "Not found")
            if not self._may_see_customer(user, target):
                return error(403, "access_denied", "Insufficient access level")
            attr = "customer_id" if key == "customer" else "reseller_id"
            invoices = [i for i in invoices if getattr(i, attr) == target.id]
        for key, keep in (("fromDate", dt.date.__ge__), ("toDate", dt.date.__le__)):
            text = request.q(key)
            if text is None:
                continue
            try:
                bound = dt.date.fromisoformat(text)
            except ValueError:
                return error(422, key, "Date is invalid")
            invoices = [i for i in invoices if keep(i.invoice_date, bound)]
        page = invoices[offset : offset + min(limit, self.max_page)]
        lang = request.q("lang", "da") or "da"
        expand = request.q("expand") == "true"
        if request.q("format") == "csv":
            return self._csv(request, user, page, lang, grouped=False)
        items = [self._invoice_json(i, user, lang, expand=expand, lines=None) for i in page]
        return SandboxResponse.json(
            {"offset": offset, "limit": limit, "total": len(invoices), "invoices": items}
        )

    def _invoice_get(self, request: SandboxRequest, user: User, oid: str) -> SandboxResponse:
        if not OID.match(oid):
            return error(400, "bad_request", "Id not found in request URI")
        invoice = self.dataset.by_id.get(oid.lower())
        if invoice is None:
            return error(404, "not_found", "Not found")
        if not self._may_see(user, invoice):
            return error(403, "access_denied", "Insufficient access level")
        lang = request.q("lang", "da") or "da"
        if lang not in ("da", "en"):
            return error(422, "lang", "Language must be en or da")
        lines = [
            ln
            for ln in invoice.lines
            if not ln.included or request.q("showIncludedProducts") == "true"
        ]
        grouped = request.q("groupInvoiceLines") == "true"
        if grouped:
            lines = group_lines(lines)
        if request.q("format") == "csv":
            return self._csv(request, user, [invoice], lang, grouped=grouped)
        return SandboxResponse.json(self._invoice_json(invoice, user, lang, False, lines))

    def _invoice_json(
        self,
        invoice: InvoiceRecord,
        user: User,
        lang: str,
        expand: bool,
        lines: list[LineRecord] | None,
    ) -> Json:
        level = user.access_level
        wholesale = level == "ADMIN" or level in RESELLER_LEVELS
        cost = level == "ADMIN"
        customer: Any = invoice.customer_id
        if expand and self.expand_customer:
            customer = self._customer_json(self.dataset.customers[invoice.customer_id])
        out: Json = {
            "_id": invoice.id,
            "customer": customer,
            "sent": invoice.sent,
            "invoiceNumber": -1 if invoice.number is None else invoice.number,
            "period": invoice.period,
            "invoiceDate": utc_midnight(invoice.invoice_date),
            "dueDate": utc_midnight(invoice.due_date),
            "paid": invoice.paid,
            "headline": invoice.headline.get(lang, invoice.headline["da"]),
        }
        if lines is not None:
            out["lines"] = [_line_json(ln, lang, wholesale, cost) for ln in lines]
        if lines is None and not expand:
            return out  # subtotals "will also be calculated" only with expand=true
        figures: list[tuple[str, Totals | None]] = [
            ("Cost", invoice.cost if cost else None),
            ("Wholesale", invoice.wholesale if wholesale else None),
            ("", invoice.price),
        ]
        for suffix, totals in figures:
            if totals is not None:
                out["subTotal" + suffix] = totals.sub_total
        for suffix, totals in figures:
            if totals is not None:
                out["vat" + suffix] = totals.vat
        out["total"] = invoice.price.total
        return out

    def _csv(
        self,
        request: SandboxRequest,
        user: User,
        invoices: list[InvoiceRecord],
        lang: str,
        grouped: bool,
    ) -> SandboxResponse:
        level = user.access_level
        wholesale = level == "ADMIN" or level in RESELLER_LEVELS
        columns = [
            "customerName",
            "vatNumber",
            "productCode",
            "amount",
            "wholesalePrice",
            "customerPrice",
            "name",
            "description",
            "customerId",
        ]
        chosen = [c for c in columns if request.q(c) == "true"] or columns
        if not wholesale:
            chosen = [c for c in chosen if c != "wholesalePrice"]
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(chosen)
        for invoice in invoices:
            customer = self.dataset.customers[invoice.customer_id]
            lines = [ln for ln in invoice.lines if not ln.included]
            for line in group_lines(lines) if grouped else lines:
                values = {
                    "customerName": customer.name,
                    "vatNumber": customer.vat_number,
                    "productCode": line.product_code,
                    "amount": _comma(line.units),
                    "wholesalePrice": _comma(line.unit_wholesale),
                    "customerPrice": _comma(line.unit_price),
                    "name": line.name.get(lang, line.name["da"]),
                    "description": line.description.get(lang, line.description["da"]),
                    "customerId": customer.id,
                }
                writer.writerow([values[c] for c in chosen])
        return SandboxResponse(
            200, out.getvalue().encode("utf-8"), {"Content-Type": "text/csv; charset=utf-8"}
        )

    # ---- customers -------------------------------------------------------------------------
    def _customer_list(self, request: SandboxRequest, user: User) -> SandboxResponse:
        offset = _int(request.q("offset", "0"))
        limit = _int(request.q("limit", "100"))
        if offset is None or offset < 0:
            return error(422, "offset", "Offset must be a non-negative integer")
        if limit is None or not 1 <= limit <= 500:
            return error(422, "limit", "Limit must be between 1 and 500")
        visible = [c for c in self.dataset.customers.values() if self._may_see_customer(user, c)]
        page = visible[offset : offset + limit]
        return SandboxResponse.json(
            {
                "offset": offset,
                "limit": limit,
                "total": len(visible),
                "customers": [self._customer_json(c) for c in page],
            }
        )

    def _customer_get(self, user: User, oid: str, what: str) -> SandboxResponse:
        if not OID.match(oid):
            return error(400, "bad_request", "Id not found in request URI")
        customer = self.dataset.customers.get(oid.lower())
        if customer is None or what not in ("", "name", "security"):
            return error(404, "not_found", "Not found")
        if not self._may_see_customer(user, customer):
            return error(403, "access_denied", "Insufficient access level")
        if what == "name":
            return SandboxResponse.json(
                {
                    "_id": customer.id,
                    "name": customer.name,
                    "parentReseller": customer.reseller_id,
                    "features": [],
                }
            )
        if what == "security":
            return SandboxResponse.json({"authenticationSecurity": customer.security})
        return SandboxResponse.json(self._customer_json(customer))

    @staticmethod
    def _customer_json(customer: Customer) -> Json:
        return {
            "_id": customer.id,
            "name": customer.name,
            "phoneNumber": customer.phone,
            "state": "ACTIVE",
            "parentReseller": customer.reseller_id,
            "emailAddress": customer.email,
            "addresses": [
                {
                    "type": "INVOICE",
                    "address": customer.street,
                    "zip": customer.zip,
                    "city": customer.city,
                    "country": "DK",
                }
            ],
            "finance": {
                "vatNumber": customer.vat_number,
                "invoiceMethod": "EMAIL",
                "emailAddress": customer.email,
            },
        }


def group_lines(lines: list[LineRecord]) -> list[LineRecord]:
    """``groupInvoiceLines``: merge lines of one product, period and price (units summed)."""
    merged: dict[tuple[Any, ...], LineRecord] = {}
    for line in lines:
        key = (
            line.product,
            line.period_from,
            line.period_to,
            line.unit_price,
            line.unit_wholesale,
            line.unit_cost,
            line.vat_exempt,
            line.type,
        )
        if key in merged:
            first = merged[key]
            merged[key] = LineRecord(
                first.product,
                first.product_code,
                first.name,
                first.description,
                first.units + line.units,
                first.type,
                first.unit_price,
                first.unit_wholesale,
                first.unit_cost,
                first.vat_exempt,
                first.period_from,
                first.period_to,
                first.included,
            )
        else:
            merged[key] = line
    return list(merged.values())


def _line_json(line: LineRecord, lang: str, wholesale: bool, cost: bool) -> Json:
    out: Json = {
        "product": line.product,
        "productCode": line.product_code,
        "name": line.name.get(lang, line.name["da"]),
        "description": line.description.get(lang, line.description["da"]),
        "units": line.units,
        "type": line.type,
    }
    if cost and line.unit_cost is not None:
        out["unitCost"] = line.unit_cost
    if wholesale and line.unit_wholesale is not None:
        out["unitWholesale"] = line.unit_wholesale
    out["unitPrice"] = line.unit_price
    out["vatExempt"] = line.vat_exempt
    if line.period_from is not None:
        out["from"] = utc_midnight(line.period_from)
    if line.period_to is not None:
        out["to"] = utc_midnight(line.period_to)
    return out


def _comma(value: Decimal | None) -> str:
    return "" if value is None else format(value, "f").replace(".", ",")


def _int(text: str | None) -> int | None:
    if text is None or not re.fullmatch(r"-?\d{1,9}", text.strip()):
        return None
    return int(text)


def _cookie(header: str, name: str) -> str | None:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name and value:
            return value
    return None


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


__all__ = ["DEFAULT_SIZE", "TelecomXSandbox", "User", "create", "demo_account", "utc_midnight"]
