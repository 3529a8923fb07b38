"""SendRegning sandbox: Basic auth + Originator-Id, bare-array lists paged by ``perPage``/``page``
with RFC 5988 ``Link`` headers (relative URIs), state lists filtered by invoice date, detail,
credit notes, history and PDF downloads (behind the same auth as the API).
Twin of :mod:`invoicedesk.providers.sendregning`."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hmac
import re
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from invoicedesk.sandbox import DemoAccount
from invoicedesk.sandbox.base import SandboxRequest, SandboxResponse, SandboxServer
from invoicedesk.sandbox.pdf_file import tiny_pdf
from invoicedesk.sandbox.sendregning_data import generate

DEFAULT_SIZE = 300


def _error(status: int, message: str) -> SandboxResponse:
    return SandboxResponse.json({"message": message}, status)


class SendRegningSandbox(SandboxServer):
    name = "sendregning"

    def __init__(
        self,
        *,
        username: str = "demo@regnskap.example.no",
        password: str = "demo-passord-1",
        originator_id: str = "12345",
        size: int | None = None,
        seed: int = 7,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.username = username
        self.password = password
        self.originator_id = originator_id
        self.invoices = generate(size or DEFAULT_SIZE, self.today(), seed)
        self._by_number = {str(inv["number"]): inv for inv in self.invoices}

    # -- state rule [guess in the spec]: paid when currentBalance == 0; due when unpaid and
    #    dueDate < today; not-due otherwise.
    def state(self, invoice: dict[str, Any]) -> str:
        if Decimal(invoice.get("currentBalance", 0)) == 0:
            return "paid"
        if dt.date.fromisoformat(invoice["dueDate"]) < self.today():
            return "due"
        return "not-due"

    def _authorised(self, request: SandboxRequest) -> bool:
        header = request.header("Authorization") or ""
        if not header.startswith("Basic "):
            return False
        try:
            user, _, password = base64.b64decode(header[6:], validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False
        return (
            hmac.compare_digest(user, self.username)
            and hmac.compare_digest(password, self.password)
            and request.header("Originator-Id") == self.originator_id
        )

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        if not self._authorised(request):
            return SandboxResponse.empty(401)
        if request.method != "GET":
            return SandboxResponse.empty(405)
        path = request.path
        if path in ("/invoices/", "/invoices"):
            items = self.invoices
            recipient = request.q("recipientNumber")
            if recipient is not None:
                items = [i for i in items if str(i["recipient"]["number"]) == recipient]
            return self._page(request, items)
        match = re.fullmatch(r"/invoices/(not-due|due|paid)", path)
        if match:
            try:
                start = _date_param(request.q("from"))
                end = _date_param(request.q("to"))
            except ValueError as exc:
                return _error(400, str(exc))
            items = [
                i
                for i in self.invoices
                if self.state(i) == match.group(1)
                and (start is None or i["invoiceDate"] >= start.isoformat())
                and (end is None or i["invoiceDate"] <= end.isoformat())
            ]
            items.sort(key=lambda i: (i["invoiceDate"], i["number"]), reverse=True)
            return self._page(request, items)
        if path == "/invoices/credit-notes":
            return self._page(request, [i for i in self.invoices if i.get("credit")])
        match = re.fullmatch(r"/invoices/(\d+)(/history)?", path)
        if match:
            invoice = self._by_number.get(match.group(1))
            if invoice is None:
                return SandboxResponse.empty(404)
            if match.group(2):
                sent = invoice["invoiceDate"]
                return SandboxResponse.json(
                    [
                        {
                            "description": "Sendt på e-post",
                            "recipientAddress": invoice["recipient"].get("email"),
                            "date": f"{sent} 09:00",
                            "status": "DELIVERED",
                        }
                    ]
                )
            return SandboxResponse.json(invoice)
        match = re.fullmatch(r"/download/i/(\d+)/(\w+)", path)
        if match:
            invoice = self._by_number.get(match.group(1))
            pdf = (invoice or {}).get("_links", {}).get("pdf", {})
            if not invoice or pdf.get("uri") != path:
                return SandboxResponse.empty(404)
            # behind the same Basic auth + Originator-Id as the API (checked above)
            pdf = tiny_pdf(f"SendRegning invoice {match.group(1)}")
            return SandboxResponse(200, pdf, {"Content-Type": "application/pdf"})
        return SandboxResponse.empty(404)

    def _page(self, request: SandboxRequest, items: list[dict[str, Any]]) -> SandboxResponse:
        per_page_text = request.q("perPage")
        if per_page_text is None:
            return SandboxResponse.json(items)
        try:
            per_page = int(per_page_text)
            page = int(request.q("page") or 1)
        except ValueError:
            return _error(400, "perPage and page must be whole numbers")
        if per_page < 1 or page < 1:
            return _error(400, "perPage and page must be at least 1")
        last = max(1, -(-len(items) // per_page))
        chunk = items[(page - 1) * per_page : page * per_page]
        others = [
            (k, v)
            for k, values in request.query.items()
            if k not in ("perPage", "page")
            for v in values
        ]

        def link(p: int, rel: str) -> str:
            query = urlencode([*others, ("perPage", per_page), ("page", p)])
            return f'<{request.path}?{query}>; rel="{rel}"'

        links = []
        if page > 1:
            links.append(link(page - 1, "prev"))
        if page < last:
            links.append(link(page + 1, "next"))
        links += [link(1, "first"), link(last, "last")]
        return SandboxResponse.json(chunk, headers={"Link": ",".join(links)})


def _date_param(value: str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"Invalid date '{value}', expected YYYY-MM-DD") from None


def create(
    *,
    port: int = 0,
    clock: Callable[[], float] = time.time,
    today: Callable[[], dt.date] | None = None,
    latency: float = 0.0,
    size: int | None = None,
    **knobs: Any,
) -> SendRegningSandbox:
    return SendRegningSandbox(
        port=port, clock=clock, today=today, latency=latency, size=size, **knobs
    )


def demo_account(server: SandboxServer) -> DemoAccount:
    assert isinstance(server, SendRegningSandbox)
    return DemoAccount(
        provider="sendregning",
        name="SendRegning demo",
        base_url=server.base_url,
        options={"originator_id": server.originator_id},
        secrets={"username": server.username, "password": server.password},
    )
