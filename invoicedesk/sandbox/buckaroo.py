"""A faithful local Buckaroo JSON API: HMAC-verified requests, signed answers, Credit Management
invoice info (``GET /json/Transaction/InvoiceInfo/{key}``, ``POST /json/Transaction/InvoiceInfos``).

The signature check is written independently of the client (``invoicedesk.providers.buckaroo``)
so the spec's test vectors check both. The URI is rebuilt from the ``Host`` header received plus
the raw path and query, never from a configured URL.

Knobs (keyword arguments of :func:`create`, also attributes of the server, changeable at run time):

- ``website_key`` / ``secret_key`` (plus ``extra_keys``: more website key -> secret pairs);
- ``max_skew`` seconds (default 300; None disables the timestamp check), ``check_replay``
  (a nonce seen inside the skew window is refused);
- ``response_signature``: "valid" (default), "corrupt", "omit", "tamper" (signed, then one
  byte of the body changed), "stale" (validly signed, stamped three days ago) or "replay" (every
  answer to a URI is a copy of the first, validly signed once);
- ``unknown_key``: "404" (default, ``404 {"Message": ...}``) or "empty" (200 with empty fields);
- ``batch_omit_details``: InvoiceInfos leaves out CreditNotes and Transactions;
- ``max_batch`` (default 25; None for no limit): larger batches get ``RequestErrors``;
- ``request_errors_number`` (default "ERR-REQUEST"): looking up that invoice number gives a 200
  with ``RequestErrors``; ``message_number`` (default "ERR-MESSAGE"): a 200 with only ``Message``.
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import hashlib
import hmac
import html
import json
import re
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import quote_plus

from invoicedesk.sandbox import DemoAccount
from invoicedesk.sandbox.base import SandboxRequest, SandboxResponse, SandboxServer
from invoicedesk.sandbox.buckaroo_data import BuckarooDataset, DemoInvoice, generate

DEFAULT_WEBSITE_KEY = "IDeskDemo7"
DEFAULT_SECRET_KEY = "sandbox-secret-4Qm8Zr2Tx9Lw"
DEFAULT_SIZE = 400
DENIED = "Authorization has been denied for this request."

_DETAIL = re.compile(r"(?i)/json/transaction/invoiceinfo/([^/]+)/?")
_BATCH = re.compile(r"(?i)/json/transaction/invoiceinfos/?")
_PAYLINK = re.compile(r"(?i)/paylink/([0-9a-z]+)")
_AUTH = re.compile(r"(?i)hmac ([^:\s]+):([^:\s]+):([^:\s]+):([0-9]+)")

_TEXTS = {
    "en": {"invoice": "Invoice not found.", "customer": "No invoices found for this customer.",
           "empty": "Key, Number or CustomerID is required."},
    "nl": {"invoice": "Factuur niet gevonden.",
           "customer": "Geen facturen gevonden voor deze klant.",
           "empty": "Key, Number of CustomerID is verplicht."},
}  # fmt: skip


# ---- the HMAC check, as Buckaroo's server does it ----------------------------------------------


def signed_uri(host: str, raw_path: str) -> str:
    """``host[:port]/path?query`` URL-encoded as one component, lower-cased."""
    if host.endswith(":80"):
        host = host[:-3]
    return quote_plus(host + raw_path, safe="").lower()


def hmac_signature(
    website_key: str, secret: str, method: str, uri: str, ts: str, nonce: str, body: bytes
) -> str:
    content = base64.b64encode(hashlib.md5(body).digest()).decode() if body else ""
    message = (website_key + method.upper() + uri + ts + nonce + content).encode("utf-8")
    return base64.b64encode(hmac.new(secret.encode(), message, hashlib.sha256).digest()).decode()


def verify(
    header: str, keys: Mapping[str, str], method: str, uri: str, body: bytes
) -> tuple[str, str, str, int] | None:
    """(website key, secret, nonce, timestamp) when ``header`` is a valid signature, else None."""
    match = _AUTH.fullmatch(header.strip())
    if match is None:
        return None
    website_key, signature, nonce, ts = match.groups()
    secret = keys.get(website_key)
    if secret is None:
        return None
    expected = hmac_signature(website_key, secret, method, uri, ts, nonce, body)
    if not hmac.compare_digest(expected.encode(), signature.encode()):
        return None
    return website_key, secret, nonce, int(ts)


# ---- the server ------------------------------------------------------------------------------


class BuckarooSandbox(SandboxServer):
    name = "buckaroo"

    def __init__(
        self,
        *,
        port: int = 0,
        clock: Callable[[], float] = time.time,
        today: Callable[[], dt.date] | None = None,
        latency: float = 0.0,
        size: int | None = None,
        seed: int = 3,
        website_key: str = DEFAULT_WEBSITE_KEY,
        secret_key: str = DEFAULT_SECRET_KEY,
        extra_keys: Mapping[str, str] | None = None,
        max_skew: float | None = 300.0,
        check_replay: bool = True,
        response_signature: str = "valid",
        unknown_key: str = "404",
        batch_omit_details: bool = False,
        max_batch: int | None = 25,
        request_errors_number: str = "ERR-REQUEST",
        message_number: str = "ERR-MESSAGE",
    ) -> None:
        super().__init__(port=port, clock=clock, today=today, latency=latency)
        self.website_key = website_key
        self.secret_key = secret_key
        self.keys = {website_key: secret_key, **(extra_keys or {})}
        self.max_skew = max_skew
        self.check_replay = check_replay
        self.response_signature = response_signature
        self.unknown_key = unknown_key
        self.batch_omit_details = batch_omit_details
        self.max_batch = max_batch
        self.request_errors_number = request_errors_number
        self.message_number = message_number
        self.dataset: BuckarooDataset = generate(size or DEFAULT_SIZE, self.today(), seed)
        #: every InvoiceInfos batch size and Culture header received, for tests
        self.batch_sizes: list[int] = []
        self.cultures: list[str | None] = []
        self._nonces: dict[tuple[str, str], float] = {}
        self._answered: dict[tuple[str, str], SandboxResponse] = {}
        self._lock = threading.Lock()

    # -- routing --------------------------------------------------------------------------------
    def handle(self, request: SandboxRequest) -> SandboxResponse:
        page = _PAYLINK.fullmatch(request.path)
        if page and request.method == "GET":
            return self._paylink(page.group(1))
        detail = _DETAIL.fullmatch(request.path)
        batch = _BATCH.fullmatch(request.path)
        if not detail and not batch:
            return _message(404, f"No HTTP resource was found that matches the request URI "
                                 f"'http://{request.host}{request.path}'.")  # fmt: skip
        uri = signed_uri(request.host, request.raw_path)
        header = request.header("Authorization") or ""
        checked = verify(header, self.keys, request.method, uri, request.body)
        if checked is None:
            response = _message(401, DENIED)
            match = _AUTH.fullmatch(header.strip())
            # A refusal is signed when the website key is known, like every other answer.
            if match and match.group(1) in self.keys:
                return self._sign(request, match.group(1), response)
            return response
        website_key, _secret, nonce, ts = checked
        refusal = self._check_freshness(website_key, nonce, ts)
        if refusal is None:
            with self._lock:
                self.cultures.append(request.header("Culture"))
            if detail:
                refusal = self._get_detail(request, detail.group(1))
            else:
                refusal = self._post_batch(request)
        return self._sign(request, website_key, refusal)

    def _check_freshness(self, website_key: str, nonce: str, ts: int) -> SandboxResponse | None:
        now = self.clock()
        if self.max_skew is not None and abs(now - ts) > self.max_skew:
            return _message(401, f"{DENIED} The timestamp differs more than "
                                 f"{self.max_skew:.0f} seconds from the server time.")  # fmt: skip
        if not self.check_replay:
            return None
        window = self.max_skew if self.max_skew is not None else 300.0
        with self._lock:
            for seen, when in list(self._nonces.items()):
                if now - when > window:
                    del self._nonces[seen]
            if (website_key, nonce) in self._nonces:
                return _message(401, f"{DENIED} The nonce has been used before.")
            self._nonces[(website_key, nonce)] = now
        return None

    def _sign(
        self, request: SandboxRequest, website_key: str, response: SandboxResponse
    ) -> SandboxResponse:
        mode = self.response_signature
        if not response.body or mode == "omit":
            return response
        nonce = uuid.uuid4().hex
        ts = str(int(self.clock()) - (3 * 86400 if mode == "stale" else 0))
        uri = signed_uri(request.host, request.raw_path)
        secret = self.keys[website_key]
        signature = hmac_signature(
            website_key, secret, request.method, uri, ts, nonce, response.body
        )
        if mode == "corrupt":
            signature = ("B" if signature[0] == "A" else "A") + signature[1:]
        response.headers["Authorization"] = f"hmac {website_key}:{signature}:{nonce}:{ts}"
        if mode == "tamper":
            response.body = response.body.replace(b"1", b"7", 1)
        if mode == "replay":  # every later answer to this URI is the first, signature and all
            with self._lock:
                first = self._answered.setdefault((request.method, uri), response)
            return SandboxResponse(first.status, first.body, dict(first.headers))
        return response

    # -- endpoints ------------------------------------------------------------------------------
    def _get_detail(self, request: SandboxRequest, key: str) -> SandboxResponse:
        if request.method != "GET":
            return _message(405, "The requested resource does not support http method "
                                 f"'{request.method}'.")  # fmt: skip
        invoice = self.dataset.by_key(key)
        if invoice is not None:
            return SandboxResponse.json(self._render(invoice, request.host, full=True))
        if self.unknown_key == "empty":
            return SandboxResponse.json(_EMPTY_INVOICE)
        return _message(404, f"No invoice was found with key '{key}'.")

    def _post_batch(self, request: SandboxRequest) -> SandboxResponse:
        if request.method != "POST":
            return _message(405, "The requested resource does not support http method "
                                 f"'{request.method}'.")  # fmt: skip
        content_type = (request.header("Content-Type") or "").lower()
        if "json" not in content_type:
            return _message(415, f"The request entity's media type '{content_type}' is not "
                                 "supported for this resource.")  # fmt: skip
        try:
            body = json.loads(request.body or b"null", parse_float=Decimal)
        except (ValueError, UnicodeDecodeError):
            return _message(400, "The request is invalid.")
        collection = _ci(body).get("invoicecollection")
        if not isinstance(collection, list):
            return _message(400, "The request is invalid.")
        with self._lock:
            self.batch_sizes.append(len(collection))
        if self.max_batch is not None and len(collection) > self.max_batch:
            return _request_errors(
                "InvoiceCollection", f"At most {self.max_batch} invoices per request."
            )
        texts = _TEXTS["nl" if (request.header("Culture") or "").startswith("nl") else "en"]
        found: list[dict[str, Any]] = []
        invalid: list[dict[str, Any]] = []
        for raw in collection:
            entry = _ci(raw)
            key, number, customer = (
                str(entry.get(k) or "") for k in ("key", "number", "customerid")
            )
            if number and number == self.request_errors_number:
                return _request_errors("Number", f"Invoice number '{number}' is not valid.")
            if number and number == self.message_number:
                return _message(200, "An error has occurred.")
            matches = self.dataset.find(key, number, customer) if key or number or customer else []
            found += [self._render(inv, request.host, full=not self.batch_omit_details)
                      for inv in matches]  # fmt: skip
            if not matches:
                reason = texts[
                    "empty"
                    if not (key or number or customer)
                    else "customer"
                    if customer and not (key or number)
                    else "invoice"
                ]
                invalid.append({"Key": key, "Number": number, "CustomerId": customer,
                                "ErrorMessage": reason})  # fmt: skip
        return SandboxResponse.json(
            {"InvoiceCollection": found, "InvalidInvoiceCollection": invalid}
        )

    def _render(self, invoice: DemoInvoice, host: str, *, full: bool) -> dict[str, Any]:
        wire = copy.deepcopy(invoice.wire)
        paylink = wire.get("Paylink")
        if isinstance(paylink, str) and paylink.startswith("/"):
            wire["Paylink"] = f"http://{host}{paylink}"
        if not full:
            wire.pop("CreditNotes", None)
            wire.pop("Transactions", None)
        return wire

    def _paylink(self, token: str) -> SandboxResponse:
        for inv in self.dataset.invoices:
            if inv.wire.get("Paylink") == f"/Paylink/{token}":
                owed = inv.amount_debit - inv.amount_credit - inv.amount_paid
                text = (f"<!doctype html><title>Buckaroo demo payment</title>"
                        f"<h1>Pay invoice {html.escape(inv.number)}</h1>"
                        f"<p>{inv.currency} {owed} outstanding.</p>"
                        f"<p>This is the invoicedesk sandbox: nothing is charged.</p>")  # fmt: skip
                return SandboxResponse(
                    200, text.encode(), {"Content-Type": "text/html; charset=utf-8"}
                )
        return SandboxResponse(404, b"Payment link not found", {"Content-Type": "text/plain"})


_EMPTY_INVOICE: dict[str, Any] = {
    "Key": None, "Number": None, "CustomerID": None, "CreditManagement": False, "Test": False,
    "Status": None, "Paid": False, "Paylink": None, "Currency": None,
    "AmountDebit": Decimal("0.0"), "AmountCredit": Decimal("0.0"), "AmountVat": Decimal("0.0"),
    "AmountCreditVat": Decimal("0.0"), "AmountPaid": Decimal("0.0"),
    "SurchargeAmount": Decimal("0.0"), "MaxReminderLevel": 0, "InvoiceDate": None,
    "DueDate": None, "CreatedDatetime": None, "StatusDatetime": None,
    "EstimatedNextStepDate": None, "CreditNotes": [], "Transactions": [], "Order": None,
}  # fmt: skip


def _ci(value: Any) -> dict[str, Any]:
    """Request JSON property names matched case-insensitively, as ASP.NET Web API does."""
    return {str(k).lower(): v for k, v in value.items()} if isinstance(value, dict) else {}


def _message(status: int, text: str) -> SandboxResponse:
    return SandboxResponse.json({"Message": text}, status)


def _request_errors(name: str, text: str) -> SandboxResponse:
    error = {"Service": "", "Action": "", "Name": name, "Error": "ParameterInvalid",
             "ErrorMessage": text}  # fmt: skip
    return SandboxResponse.json(
        {
            "InvoiceCollection": None,
            "InvalidInvoiceCollection": None,
            "Status": {"Code": {"Code": 491, "Description": "Validation failure"}},
            "RequestErrors": {
                "ChannelErrors": [],
                "ServiceErrors": [],
                "ActionErrors": [],
                "ParameterErrors": [error],
                "CustomParameterErrors": [],
            },
        }
    )


def create(
    *,
    port: int = 0,
    clock: Callable[[], float] = time.time,
    today: Callable[[], dt.date] | None = None,
    latency: float = 0.0,
    size: int | None = None,
    **knobs: Any,
) -> BuckarooSandbox:
    return BuckarooSandbox(port=port, clock=clock, today=today, latency=latency, size=size, **knobs)


def demo_account(server: SandboxServer) -> DemoAccount:
    assert isinstance(server, BuckarooSandbox)
    return DemoAccount(
        provider="buckaroo",
        name="Buckaroo demo",
        base_url=server.base_url,
        options={
            "website_key": server.website_key,
            "customer_ids": ",".join(server.dataset.customer_ids()),
        },
        secrets={"secret_key": server.secret_key},
    )
